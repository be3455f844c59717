import { type Addon, openAddon } from '../../local/addon';
import { MOT_COL } from '../../src/sheets/settings/motivation';
import { oldExample } from '../fixtures/old-motivation';
import { callMenu, faultSuite } from '../helpers/fault-injection';

/**
 * Set up converting a Motivation tab in the old layout, with the N-th service call failing, for every N:
 * afterwards the old tab is as it was under its own name, or the conversion is whole; the next Set up
 * finishes it, and the old tab is kept once.
 */
faultSuite();

describe('a fault at any service call of the conversion', () => {
  /** A set-up workbook whose Motivation tab is the old example; the values written. */
  function oldWorkbook(): { a: Addon; old: unknown[][] } {
    const a = openAddon({ locale: 'ru_RU', today: '2026-11-20' });
    a.call('menuSetup');
    const tab = a.ss.getSheetByName('Мотивация')!;
    tab.clear();
    const old = oldExample('ru');
    tab.getRange(1, 1, old.length, old[0].length).setValues(old as never);
    return { a, old };
  }

  test('leaves the old tab as it was under its name, or the conversion whole; the next Set up finishes it', () => {
    const clean = oldWorkbook().a;
    clean.ss.counter.reset();
    callMenu(clean, 'menuSetup');
    const total = clean.ss.counter.total();
    expect(total).toBeGreaterThan(5);
    for (let n = 1; n <= total; n++) {
      const { a, old } = oldWorkbook();
      a.ss.counter.failAt(n, (m) => new Error(`Service error: ${m} (injected)`));
      const failed = callMenu(a, 'menuSetup');
      a.ss.counter.reset();
      const kept = a.ss.getSheetByName('Мотивация (прежний вид)');
      if (failed && !kept) expect(a.ss.getSheetByName('Мотивация')!.getDataRange().getValues()).toEqual(old);
      callMenu(a, 'menuSetup');
      expect([n, a.ss.getSheetByName('Мотивация (прежний вид)')?.getDataRange().getValues()]).toEqual([
        n,
        old,
      ]);
      const values = a.ss.getSheetByName('Мотивация')!.getDataRange().getValues();
      expect([n, values[0][MOT_COL.gateMin - 1]]).toEqual([n, 'Порог входа, % плана']);
      expect(a.ss.getSheetByName('Мотивация (прежний вид) 2')).toBeNull();
    }
  });
});
