import type { Addon } from '../../local/addon';
import { mapMonthTab, monthWithFacts, runMenu } from '../helpers/month-facts';

/**
 * Issue 11, item 6: one person's bad data never blocks the team. Of five managers on S1 and the head, one
 * has a scheme the Motivation tab lacks and one is on the KPI scheme S2 with a deals plan of 0 (a ramping
 * hire): everyone else is paid, their rows say why, one dialog lists them.
 */
const SCHEME_COL = 9;

function setScheme(a: Addon, id: string, scheme: string): void {
  const team = a.ss.getSheetByName('Команда')!;
  const r = team
    .getDataRange()
    .getValues()
    .findIndex((row) => row[0] === id);
  team.getRange(r + 1, SCHEME_COL).setValue(scheme);
}

function setMonthPlan(a: Addon, id: string, metric: string, plan: number): void {
  const sheet = a.ss.getSheetByName('2026-11')!;
  const map = mapMonthTab(sheet);
  sheet.getRange(map.rows.get(`${id}|${metric}`)!, map.col.plan).setValue(plan);
}

function bonusRows(a: Addon) {
  const range = a.ss.getSheetByName('Премии 2026-11')!.getDataRange();
  const values = range.getValues();
  const notes = range.getNotes();
  const keys = values.find((r) => r.includes('id') && r.includes('total'))!.map(String);
  // The trail shows its first line; all its lines are in the cell's note.
  const get = (id: string, key: string) => {
    const r = values.findIndex((row) => row[keys.indexOf('id')] === id);
    return (key === 'trail' && notes[r]?.[keys.indexOf(key)]) || values[r]?.[keys.indexOf(key)];
  };
  return { get };
}

test('an unknown scheme and a zero KPI plan: those two get rows saying why, the rest are paid', () => {
  const { a } = monthWithFacts(30, 5);
  setScheme(a, 'm2', 'S9');
  setScheme(a, 'm3', 'S2');
  setMonthPlan(a, 'm3', 'deals', 0);
  const dialogs = runMenu(a, 'menuBonuses');
  const rows = bonusRows(a);
  for (const id of ['m1', 'm4', 'm5', 'h1'])
    expect({ id, total: typeof rows.get(id, 'total') }).toEqual({ id, total: 'number' });
  expect(rows.get('m1', 'total')).toBeGreaterThan(0);
  expect(String(rows.get('m2', 'trail'))).toMatch(/Премия не рассчитана: .*«S9».*\(Команда!I\d+\)/s);
  expect(String(rows.get('m3', 'trail'))).toMatch(/Премия не рассчитана: .*план 0/s);
  expect(rows.get('m2', 'total')).not.toEqual(expect.any(Number));
  expect(dialogs).toHaveLength(1);
  expect(dialogs[0]).toMatch(/рассчитаны для 4 чел\.; не рассчитаны для 2/);
  expect(dialogs[0]).toMatch(/Manager 2/);
  expect(dialogs[0]).toMatch(/Manager 3/);
});
