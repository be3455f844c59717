import type { Addon } from '../../local/addon';
import { alertsSince, mapMonthTab, missingFacts, monthWithFacts, runMenu } from '../helpers/month-facts';
import { snapshot } from '../helpers/workbook';

/**
 * Issue 11, item 3: the month tab is read by its structure (key-row markers), so a row or column a person
 * inserts changes nothing; a tab changed beyond reading is refused with one dialog and nothing written; a
 * renamed tab is found.
 */

/** Each person's plan, fact and total as the Bonus tab shows them (columns found by its key row). */
function bonusFigures(a: Addon, tab = 'Премии 2026-11'): Record<string, unknown[]> {
  const values = a.ss.getSheetByName(tab)!.getDataRange().getValues();
  const keys = values.find((r) => r.includes('id') && r.includes('total'))!.map(String);
  const at = (k: string) => keys.indexOf(k);
  const out: Record<string, unknown[]> = {};
  for (const r of values) {
    const id = String(r[at('id')]);
    if (/^(m\d+|h1|[a-z]+\d*)$/.test(id) && id !== 'id')
      out[id] = [r[at('plan')], r[at('fact')], r[at('total')]];
  }
  return out;
}

/** The numbers of the Today tab, row by row (its texts may name the month tab). */
function todayNumbers(a: Addon): unknown[][] {
  const values = a.ss.getSheetByName('Сегодня')!.getDataRange().getValues();
  return values.map((r) => r.filter((v) => typeof v === 'number')).filter((r) => r.length);
}

const lastToast = (a: Addon) => a.ss.toasts[a.ss.toasts.length - 1]?.message;

/** What Bonuses, Today and Create month read from a workbook, in that order. */
function readings(a: Addon) {
  const dialogs = [...runMenu(a, 'menuBonuses'), ...runMenu(a, 'menuToday')];
  const bonus = bonusFigures(a);
  const today = todayNumbers(a);
  dialogs.push(...runMenu(a, 'menuCreateMonth'));
  return { dialogs, bonus, today, toast: lastToast(a) };
}

function untouched() {
  const { a } = monthWithFacts(30);
  return readings(a);
}

beforeAll(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));

describe('rows and columns a person inserts are tolerated', () => {
  let expected: ReturnType<typeof readings>;
  beforeAll(() => {
    expected = untouched();
  });

  test('the untouched case reads the typed facts (not zeros)', () => {
    expect(expected.dialogs).toEqual([]);
    expect(expected.toast).toMatch(/сохранено введённых фактов: 30/);
    expect(Object.values(expected.bonus).some(([, fact]) => typeof fact === 'number' && fact > 0)).toBe(true);
  });

  test('a row inserted at the top with a note: Bonuses, Today and Create month read the same facts', () => {
    const { a, facts } = monthWithFacts(30);
    const sheet = a.ss.getSheetByName('2026-11')!;
    sheet.insertRowsBefore(1, 1);
    sheet.getRange(1, 3).setValue('Заметка: позвонить клиенту');
    expect(readings(a)).toEqual(expected);
    expect(missingFacts(a.ss, facts)).toEqual([]);
  });

  test('a column inserted between day columns: the same facts', () => {
    const { a, facts } = monthWithFacts(30);
    const sheet = a.ss.getSheetByName('2026-11')!;
    const map = mapMonthTab(sheet);
    sheet.insertColumnsAfter(map.days.get('2026-11-05')!, 1);
    sheet.getRange(map.keyRow + 3, map.days.get('2026-11-05')! + 1).setValue('комментарий');
    expect(readings(a)).toEqual(expected);
    expect(missingFacts(a.ss, facts)).toEqual([]);
  });

  test('the tab renamed ("Ноябрь"): Create month regenerates it under that name, Today and Bonuses find it', () => {
    const { a, facts } = monthWithFacts(30);
    a.ss.getSheetByName('2026-11')!.setName('Ноябрь');
    const got = readings(a);
    expect(got.dialogs).toEqual([]);
    expect(got.bonus).toEqual(expected.bonus);
    expect(got.today).toEqual(expected.today);
    expect(got.toast).toBe(expected.toast?.replace('2026-11', 'Ноябрь'));
    expect(a.ss.getSheetByName('2026-11')).toBeNull();
    expect(missingFacts(a.ss, facts, 'Ноябрь')).toEqual([]);
  });
});

describe('a month tab changed beyond reading is refused, nothing written', () => {
  /** Runs Today, Bonuses and Create month after `damage`; each must show one dialog and write nothing. */
  function refusedAfter(damage: (sheet: ReturnType<typeof monthSheet>) => void) {
    const { a } = monthWithFacts(30);
    runMenu(a, 'menuToday');
    runMenu(a, 'menuBonuses');
    damage(monthSheet(a));
    for (const fn of ['menuToday', 'menuBonuses', 'menuCreateMonth']) {
      const before = snapshotWithoutLog(a);
      const from = a.ss.ui.dialogs.length;
      expect(() => runMenu(a, fn)).not.toThrow();
      const alerts = alertsSince(a, from);
      expect({ fn, count: alerts.length }).toEqual({ fn, count: 1 });
      expect(alerts[0]).toMatch(/«2026-11»/);
      expect(alerts[0]).toMatch(/не прочитать/);
      expect(snapshotWithoutLog(a)).toBe(before);
    }
  }

  test('the hidden key row deleted', () => {
    refusedAfter((sheet) => sheet.deleteRow(mapMonthTab(sheet).keyRow));
  });

  test('the id column deleted', () => {
    refusedAfter((sheet) => sheet.deleteColumn(mapMonthTab(sheet).col.id));
  });
});

function monthSheet(a: Addon) {
  return a.ss.getSheetByName('2026-11')!;
}

/** Every tab's values and formulas except the hidden facts log's. */
function snapshotWithoutLog(a: Addon): string {
  const log = a.ss.getSheetByName('Журнал фактов');
  const rows = log ? log.getDataRange().getValues().length : 0;
  return `${snapshot(a.ss).replace(/\["Журнал фактов".*?\]\]\]/s, '')}|${rows}`;
}
