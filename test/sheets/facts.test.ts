import type { Addon } from '../../local/addon';
import {
  alertsSince,
  mapMonthTab,
  missingFacts,
  monthWithFacts,
  runMenu,
  type TabMap,
  type TypedFact,
} from '../helpers/month-facts';

/**
 * Issue 11, items 1, 2 and 7: fact cells keep what a person put there; facts typed while Create month writes
 * are kept; every fact the add-on has seen is in the hidden facts log and comes back from it.
 */

const LOG = 'Журнал фактов';
const monthTab = (a: Addon) => a.ss.getSheetByName('2026-11')!;
const lastToast = (a: Addon) => a.ss.toasts[a.ss.toasts.length - 1]?.message ?? '';

/** The cell of (id, metric, day) in the month tab as it is now. */
function cellOf(a: Addon, id: string, metric: string, day: string) {
  const map = mapMonthTab(monthTab(a));
  return monthTab(a).getRange(map.rows.get(`${id}|${metric}`)!, map.days.get(day)!);
}

/** The month tab's own total (its fact column) of a row. */
function tabFact(a: Addon, id: string, metric: string): unknown {
  const map: TabMap = mapMonthTab(monthTab(a));
  return monthTab(a)
    .getRange(map.rows.get(`${id}|${metric}`)!, map.col.fact)
    .getValue();
}

/** The logged rows of the facts log: [id, metric, date, value, kind]. */
function logRows(a: Addon): unknown[][] {
  const sheet = a.ss.getSheetByName(LOG);
  return sheet ? sheet.getDataRange().getValues().slice(1) : [];
}

const logged = (a: Addon, id: string, metric: string, day: string, value: unknown) =>
  logRows(a).some((r) => r[0] === id && r[1] === metric && r[2] === day && r[3] === value);

/** A day cell no typed fact uses. */
function freeDay(facts: readonly TypedFact[], id: string, metric: string): string {
  for (let d = 1; d <= 19; d++) {
    const day = `2026-11-${String(d).padStart(2, '0')}`;
    if (!facts.some((f) => f.id === id && f.metric === metric && f.day === day)) return day;
  }
  throw new Error('no free day');
}

describe('fact cells keep what a person put there', () => {
  function withOddFacts() {
    const { a, facts } = monthWithFacts(30);
    const odd = {
      formula: { id: 'm1', metric: 'revenue', day: freeDay(facts, 'm1', 'revenue') },
      crm: { id: 'm2', metric: 'calls', day: freeDay(facts, 'm2', 'calls') },
      spaced: { id: 'm3', metric: 'revenue', day: freeDay(facts, 'm3', 'revenue') },
    };
    const at = (k: keyof typeof odd) => cellOf(a, odd[k].id, odd[k].metric, odd[k].day);
    const sums = { m1: tabFact(a, 'm1', 'revenue'), m3: tabFact(a, 'm3', 'revenue') };
    at('formula').setValue('=10+5');
    at('crm').setValue("'see CRM");
    at('spaced').setValue("'1 234,5");
    return { a, facts, at, sums };
  }

  test('a formula stays a formula and text stays text through Create month; the toast counts the text', () => {
    const { a, facts, at } = withOddFacts();
    expect(runMenu(a, 'menuCreateMonth')).toEqual([]);
    expect(at('formula').getFormula()).toBe('=10+5');
    expect(at('formula').getValue()).toBe(15);
    expect(at('crm').getFormula()).toBe('');
    expect(at('crm').getValue()).toBe('see CRM');
    expect(at('spaced').getValue()).toBe('1 234,5');
    expect(lastToast(a)).toMatch(
      /сохранено введённых фактов: 33; из них не числа \(текст, не входит в итоги\): 2/,
    );
    expect(missingFacts(a.ss, facts)).toEqual([]);
  });

  test('Bonuses and Today leave text out of the totals, as the tab’s SUM does; the formula counts', () => {
    const { a, sums } = withOddFacts();
    expect(runMenu(a, 'menuCreateMonth')).toEqual([]);
    expect(tabFact(a, 'm1', 'revenue')).toBe(Number(sums.m1) + 15);
    expect(tabFact(a, 'm3', 'revenue')).toBe(sums.m3);
    runMenu(a, 'menuToday');
    const today = a.ss.getSheetByName('Сегодня')!.getDataRange().getValues();
    const todayFact = (id: string) => today.find((r) => r[0] === id && r[1] === 'revenue')![8];
    expect(todayFact('m1')).toBe(tabFact(a, 'm1', 'revenue'));
    expect(todayFact('m3')).toBe(tabFact(a, 'm3', 'revenue'));
    runMenu(a, 'menuBonuses');
    const bonus = a.ss.getSheetByName('Премии 2026-11')!.getDataRange().getValues();
    const keys = bonus.find((r) => r.includes('id') && r.includes('fact'))!;
    const bonusFact = (id: string) => bonus.find((r) => r[keys.indexOf('id')] === id)![keys.indexOf('fact')];
    expect(bonusFact('m1')).toBe(tabFact(a, 'm1', 'revenue'));
    expect(bonusFact('m3')).toBe(tabFact(a, 'm3', 'revenue'));
  });
});

describe('facts typed while Create month writes the new tab are kept', () => {
  /** Types into the current month tab the moment the new one is inserted (after the first read). */
  function typeDuringWrite(a: Addon, type: () => void): void {
    const ss = a.ss as unknown as { insertSheet: (...args: unknown[]) => unknown };
    const insert = ss.insertSheet.bind(ss);
    ss.insertSheet = (...args: unknown[]) => {
      if (String(args[0]).endsWith(' ~new')) type();
      return insert(...args);
    };
  }

  test('a new fact and a changed one: both in the new tab and in the log', () => {
    const { a, facts } = monthWithFacts(30);
    const fresh = { id: 'm4', metric: 'deals', day: freeDay(facts, 'm4', 'deals') };
    const changed = facts[0];
    typeDuringWrite(a, () => {
      cellOf(a, fresh.id, fresh.metric, fresh.day).setValue(7);
      cellOf(a, changed.id, changed.metric, changed.day).setValue(999);
    });
    expect(runMenu(a, 'menuCreateMonth')).toEqual([]);
    expect(cellOf(a, fresh.id, fresh.metric, fresh.day).getValue()).toBe(7);
    expect(cellOf(a, changed.id, changed.metric, changed.day).getValue()).toBe(999);
    expect(missingFacts(a.ss, facts.slice(1))).toEqual([]);
    expect(logged(a, fresh.id, fresh.metric, fresh.day, 7)).toBe(true);
    expect(logged(a, changed.id, changed.metric, changed.day, 999)).toBe(true);
  });
});

describe('the facts log and Restore facts from the log', () => {
  test('the whole fact block cleared by hand: Today logs no blanks, Restore brings every fact back', () => {
    const { a, facts } = monthWithFacts(30);
    expect(runMenu(a, 'menuToday')).toEqual([]);
    expect(a.ss.getSheetByName(LOG)!.isSheetHidden()).toBe(true);
    const rowsSeen = logRows(a).length;
    expect(rowsSeen).toBe(facts.length);
    const map = mapMonthTab(monthTab(a));
    const rows = [...map.rows.values()];
    const days = [...map.days.values()];
    monthTab(a)
      .getRange(Math.min(...rows), Math.min(...days), rows.length, days.length)
      .clearContent();
    expect(missingFacts(a.ss, facts)).toHaveLength(facts.length);
    expect(runMenu(a, 'menuToday')).toEqual([]);
    expect(logRows(a)).toHaveLength(rowsSeen);
    const from = a.ss.ui.dialogs.length;
    expect(runMenu(a, 'menuRestoreFacts')).toEqual([]);
    expect(alertsSince(a, from)).toEqual([]);
    expect(missingFacts(a.ss, facts)).toEqual([]);
    expect(lastToast(a)).toMatch(new RegExp(`добавлено фактов: ${facts.length}`));
    expect(a.ss.getSheetByName(LOG)!.isSheetHidden()).toBe(true);
  });

  test('formula and text facts come back from the log as they were typed', () => {
    const { a, facts } = monthWithFacts(5);
    const f = cellOf(a, 'm1', 'revenue', freeDay(facts, 'm1', 'revenue'));
    const text = cellOf(a, 'm2', 'calls', freeDay(facts, 'm2', 'calls'));
    f.setValue('=2*21');
    text.setValue("'1 234,5");
    const [fRow, fCol, tRow, tCol] = [f.getRow(), f.getColumn(), text.getRow(), text.getColumn()];
    runMenu(a, 'menuToday');
    monthTab(a).getRange(fRow, fCol).clearContent();
    monthTab(a).getRange(tRow, tCol).clearContent();
    runMenu(a, 'menuRestoreFacts');
    expect(monthTab(a).getRange(fRow, fCol).getFormula()).toBe('=2*21');
    expect(monthTab(a).getRange(tRow, tCol).getValue()).toBe('1 234,5');
  });
});
