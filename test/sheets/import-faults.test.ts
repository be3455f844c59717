import type { Addon } from '../../local/addon';
import { AMO, exampleRows, importFromTab, LOG, rowsOf, workbook } from '../helpers/import-tab';
import { isLocalizedFailure, mapMonthTab } from '../helpers/month-facts';

/**
 * Issue 14: an import stopped at any service call (a service error, the 6-minute kill) shows one localized
 * dialog, loses no hand-typed value, and the next run of the same import ends exactly where an undisturbed
 * run ends: the import log, the month tab and the facts log agree again. Twelve faults spread over the run's
 * calls (every one of its 67 calls passed once, in 50 s: too slow to run each time).
 */
const TYPED = 7;

/** The example workbook with 7 typed into every day of Анна Смирнова's revenue row. */
function typedWorkbook(): Addon {
  const a = workbook();
  const sheet = a.ss.getSheetByName('2026-11')!;
  const map = mapMonthTab(sheet);
  const row = map.rows.get('m1|revenue')!;
  const cols = [...map.days.values()];
  sheet.getRange(row, Math.min(...cols), 1, cols.length).setValues([cols.map(() => TYPED)]);
  return a;
}

const monthValues = (a: Addon) => JSON.stringify(rowsOf(a, '2026-11'));
const typedLogged = (a: Addon) =>
  rowsOf(a, LOG).filter((r) => r[0] === 'm1' && r[1] === 'revenue' && r[3] === TYPED);

test('a fault at any service call: one localized dialog, nothing typed lost, the next run ends as an undisturbed one', () => {
  jest.spyOn(console, 'error').mockImplementation(() => {});
  const rows = exampleRows(AMO);
  const clean = typedWorkbook();
  importFromTab(clean, 'amo', rows, () => clean.ss.counter.reset());
  const calls = clean.ss.counter.total();
  const expected = monthValues(clean);
  expect(typedLogged(clean)).toHaveLength(2); // Анна Смирнова's two won deals
  const points = [...new Set(Array.from({ length: 12 }, (_, i) => 1 + Math.floor((i * calls) / 12)))];
  for (const n of points) {
    const a = typedWorkbook();
    const dialogs = importFromTab(a, 'amo', rows, () => a.ss.counter.failAt(n));
    // A failure's dialog; the result when the fault hit after the work (releasing the lock, the alert itself).
    expect(dialogs.length).toBeLessThanOrEqual(1);
    for (const d of dialogs) expect(isLocalizedFailure(d) || d.startsWith('Импорт «amo»')).toBe(true);
    // Every typed value is in the month tab or in the facts log.
    const sheet = a.ss.getSheetByName('2026-11')!;
    const map = mapMonthTab(sheet);
    const row = sheet.getRange(map.rows.get('m1|revenue')!, 1, 1, sheet.getLastColumn()).getValues()[0];
    const typedLeft = [...map.days.values()].filter((c) => row[c - 1] === TYPED).length;
    expect(typedLeft + typedLogged(a).length).toBeGreaterThanOrEqual(map.days.size);
    importFromTab(a, 'amo', rows);
    expect(monthValues(a)).toBe(expected);
    expect(typedLogged(a)).toHaveLength(2);
    expect(a.ss.getSheetByName('Журнал импорта')!.isSheetHidden()).toBe(true);
  }
});
