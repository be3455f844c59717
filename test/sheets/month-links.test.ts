import { dayOf } from '../../src/core/dates';
import { createMonthTab } from '../../src/sheets/actions/month';
import { weekTab } from '../../src/sheets/actions/week';
import { MONTH } from '../../src/sheets/month-layout';
import { WEEK } from '../../src/sheets/week-layout';
import { actionContextFor, decomposedWorkbook, setTeam } from '../helpers/workbook';

/**
 * A month tab written again is a new sheet: the Week tab's live formulas that point into it must follow it
 * when its layout is unchanged (a restore, Create month again), and be visibly lost (#REF!) rather than read
 * another person's row when it changed (a new hire moves the rows).
 */
const TODAY = dayOf(2026, 11, 20);
const W47 = { isoYear: 2026, isoWeek: 47 };

function setup() {
  const a = decomposedWorkbook(5, 'ru_RU', ['2026-11']);
  const ctx = () => ({ ...actionContextFor(a, TODAY), notices: [] as string[], written: [] as string[] });
  const month = () => a.ss.getSheetByName('2026-11')!;
  const mondayCol = MONTH.firstDayCol + 15; // 16 November
  const rowOf = (id: string, metric: string) =>
    month()
      .getDataRange()
      .getValues()
      .findIndex((r) => r[MONTH.col.id - 1] === id && r[MONTH.col.metric - 1] === metric) + 1;
  month().getRange(rowOf('m2', 'calls'), mondayCol).setValue(37);
  weekTab(ctx(), W47);
  const week = () => a.ss.getSheetByName('Неделя 2026-W47')!;
  const weekFact = (id: string) =>
    week()
      .getDataRange()
      .getValues()
      .find((r) => r[WEEK.col.id - 1] === id && r[WEEK.col.metric - 1] === 'calls')![WEEK.col.fact - 1];
  return { a, ctx, month, rowOf, mondayCol, weekFact };
}

describe("other tabs' links into a month tab written again", () => {
  test('same layout: the links follow the new tab and stay live', () => {
    const s = setup();
    expect(s.weekFact('m2')).toBe(37);
    createMonthTab(s.ctx(), 2026, 11);
    expect(s.weekFact('m2')).toBe(37);
    s.month().getRange(s.rowOf('m2', 'calls'), s.mondayCol).setValue(40);
    expect(s.weekFact('m2')).toBe(40);
  });

  test('a new person moved the rows: the links are lost, never pointed at another row', () => {
    const s = setup();
    setTeam(s.a.ss, 6);
    createMonthTab(s.ctx(), 2026, 11);
    expect(String(s.weekFact('m2'))).toMatch(/#REF!/);
  });
});
