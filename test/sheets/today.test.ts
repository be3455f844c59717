import type { Addon } from '../../local/addon';
import { dayOf } from '../../src/core/dates';
import { formatDay as dateText, t } from '../../src/i18n';
import { LIGHTS } from '../../src/sheets/actions/month-format';
import { TODAY, todayAction } from '../../src/sheets/actions/today';
import { FORMAT, moneyFormat } from '../../src/sheets/formats';
import { MONTH } from '../../src/sheets/month-layout';
import { decompose } from '../../src/sheets/plan-input';
import { Problems } from '../../src/sheets/problems';
import { readSettings } from '../../src/sheets/settings';
import { periodPace } from '../helpers/own-days';
import { flatText } from '../helpers/problems-dialog';
import { actionContextFor, createMonth, decomposedWorkbook, setTeam, snapshot } from '../helpers/workbook';

const C = TODAY.col;
const NOV_1 = dayOf(2026, 11, 1);
const NOV_30 = dayOf(2026, 11, 30);

const workbook = decomposedWorkbook;
const context = actionContextFor;

/** Types the facts of one manager and metric into the month tab (index 0 = the 1st); returns them. */
function typeFacts(a: Addon, id: string, metric: string, facts: (number | '')[]): void {
  const sheet = a.ss.getSheetByName('2026-11')!;
  const values = sheet.getDataRange().getValues();
  const r =
    values.findIndex((row) => row[MONTH.col.id - 1] === id && row[MONTH.col.metric - 1] === metric) + 1;
  if (r === 0) throw new Error(`no row ${id} ${metric}`);
  sheet.getRange(r, MONTH.firstDayCol, 1, facts.length).setValues([facts]);
}

function monthPlanOf(a: Addon, id: string, metric: string): number {
  const values = a.ss.getSheetByName('2026-11')!.getDataRange().getValues();
  const row = values.find((r) => r[MONTH.col.id - 1] === id && r[MONTH.col.metric - 1] === metric)!;
  return Number(row[MONTH.col.plan - 1]);
}

function todayRows(a: Addon, tab = 'Сегодня'): unknown[][] {
  return a.ss.getSheetByName(tab)!.getDataRange().getValues();
}

function rowOf(values: unknown[][], id: string, metric: string): unknown[] {
  const row = values.find((r) => r[C.id - 1] === id && r[C.metric - 1] === metric);
  if (!row) throw new Error(`no Today row ${id} ${metric}`);
  return row;
}

const blankToNull = (v: unknown) => (v === '' ? null : v);

describe('Today (the morning meeting view)', () => {
  test('yesterday, month to date, forecast and pace equal what the core computes for the same facts', () => {
    const a = workbook();
    // m1 revenue: the 1st to the 19th typed, half of today typed too; m2: two days only.
    const m1 = Array.from({ length: 30 }, (_, i) => (i < 19 ? 100_000 + i * 1000 : 0));
    m1[19] = 55_000;
    typeFacts(a, 'm1', 'revenue', m1);
    const m2: (number | '')[] = new Array(30).fill('');
    m2[2] = 70_000;
    m2[18] = 30_000;
    typeFacts(a, 'm2', 'revenue', m2);
    typeFacts(a, 'm1', 'deals', [0, 1, 0, 0, 1, 1, 0, 0, 2]);
    const today = dayOf(2026, 11, 20);
    const ctx = context(a, today);
    todayAction(ctx);

    const settings = readSettings(ctx, new Problems())!;
    const plan = decompose(settings);
    const nov = plan.months[10];
    const yesterday = dayOf(2026, 11, 19);
    const k = nov.workdays.indexOf(yesterday);
    const dayPlan = (id: string, metric: string) => nov.managers.find((m) => m.id === id)!.byDay[metric][k];
    const cal = settings.calendar;
    const values = todayRows(a);

    const check = (id: string, metric: string, daily: number[]) => {
      const row = rowOf(values, id, metric);
      const monthPlan = monthPlanOf(a, id, metric);
      const p = periodPace(cal, NOV_1, NOV_30, today, monthPlan, daily);
      const yPlan = dayPlan(id, metric);
      expect(row[C.yesterdayPlan - 1]).toBe(yPlan);
      expect(row[C.yesterdayFact - 1]).toBe(daily[18]);
      if (yPlan > 0) expect(row[C.yesterdayCompletion - 1]).toBeCloseTo(daily[18] / yPlan, 12);
      expect(row[C.plan - 1]).toBe(monthPlan);
      expect(row[C.fact - 1]).toBe(p.fact);
      expect(row[C.completion - 1]).toBeCloseTo(p.completion!, 12);
      expect(row[C.forecast - 1]).toBeCloseTo(p.forecast!, 6);
      expect(row[C.forecastCompletion - 1]).toBeCloseTo(p.forecastCompletion!, 12);
      expect(row[C.pace - 1]).toBeCloseTo(p.paceRequired!, 6);
      return p;
    };
    const p1 = check('m1', 'revenue', m1);
    // Worked numbers: 19 typed days 100 000…118 000 (sum 2 071 000) + 55 000 today; 13 working days closed of 20.
    expect(p1.fact).toBe(2_126_000);
    expect(p1.elapsed).toBe(13);
    expect(p1.remaining).toBe(7);
    check(
      'm2',
      'revenue',
      m2.map((v) => (v === '' ? 0 : v)),
    );
    check('m1', 'deals', [0, 1, 0, 0, 1, 1, 0, 0, 2, ...new Array(21).fill(0)]);

    // The department: the sums of its managers, its day plan the sum of theirs.
    const dept = rowOf(values, MONTH.departmentId, 'revenue');
    const deptDaily = m1.map((v, i) => v + (m2[i] === '' ? 0 : (m2[i] as number)));
    const deptPlan = [1, 2, 3, 4, 5].reduce((s, i) => s + monthPlanOf(a, `m${i}`, 'revenue'), 0);
    const pd = periodPace(cal, NOV_1, NOV_30, today, deptPlan, deptDaily);
    expect(dept[C.name - 1]).toBe('Отдел');
    expect(dept[C.yesterdayPlan - 1]).toBe(
      [1, 2, 3, 4, 5].reduce((s, i) => s + dayPlan(`m${i}`, 'revenue'), 0),
    );
    expect(dept[C.yesterdayFact - 1]).toBe(118_000 + 30_000);
    expect(dept[C.plan - 1]).toBe(deptPlan);
    expect(dept[C.fact - 1]).toBe(pd.fact);
    expect(dept[C.forecast - 1]).toBeCloseTo(pd.forecast!, 6);
    expect(dept[C.pace - 1]).toBeCloseTo(pd.paceRequired!, 6);

    // A manager with no facts: forecast 0 (the run-rate of nothing), the whole plan over the days left.
    const m3 = rowOf(values, 'm3', 'revenue');
    expect(m3[C.yesterdayFact - 1]).toBe(0);
    expect(m3[C.forecast - 1]).toBe(0);
    expect(m3[C.pace - 1]).toBeCloseTo(monthPlanOf(a, 'm3', 'revenue') / 7, 6);

    // Title with the date; one row per manager and metric plus the department's.
    expect(values[TODAY.titleRow - 1][C.name - 1]).toBe('Планёрка 20.11.2026');
    expect(String(values[TODAY.infoRow - 1][C.name - 1])).toContain('19.11.2026');
    expect(values.length - TODAY.firstDataRow + 1).toBe(6 * 6);
  });

  test('a snapshot of values with number formats, traffic lights and frozen headers', () => {
    const a = workbook();
    todayAction(context(a, dayOf(2026, 11, 20)));
    const sheet = a.ss.getSheetByName('Сегодня')!;
    const range = sheet.getDataRange();
    expect(
      range
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    // One precision per kind (completion as on the month tab); revenue in the plan's currency.
    expect(sheet.getRange(TODAY.firstDataRow, C.completion).getNumberFormat()).toBe(FORMAT.completion);
    expect(sheet.getRange(TODAY.firstDataRow, C.forecast).getNumberFormat()).toBe(moneyFormat('RUB'));
    // One light per row, the same rule as the month tab (forecast ÷ plan), painted on the completion columns.
    expect(sheet.getConditionalFormatRules().length).toBe(0);
    const lit = range.getValues().slice(TODAY.firstDataRow - 1);
    lit.forEach((row, i) => {
      const ratio = row[C.forecastCompletion - 1];
      if (typeof ratio !== 'number') return;
      const bg = sheet.getRange(TODAY.firstDataRow + i, C.completion).getBackground();
      expect(Object.values(LIGHTS)).toContain(bg);
      expect(sheet.getRange(TODAY.firstDataRow + i, C.forecastCompletion).getBackground()).toBe(bg);
    });
    expect(sheet.getFrozenRows()).toBe(TODAY.headerRow);
    expect(sheet.isColumnHiddenByUser(C.id)).toBe(true);
    expect(a.ss.getActiveSheet().getName()).toBe('Сегодня');
    expect(a.ss.toasts.at(-1)?.message).toBe(t('toast.todayDone', 'ru', { date: '20.11.2026' }));
  });

  test('on the first working day there is no yesterday and no forecast; the pace is the plan over all days', () => {
    const a = workbook();
    const today = dayOf(2026, 11, 2); // Monday; the 1st is a Sunday
    todayAction(context(a, today));
    const values = todayRows(a);
    const row = rowOf(values, 'm1', 'revenue');
    expect(blankToNull(row[C.yesterdayPlan - 1])).toBeNull();
    expect(blankToNull(row[C.yesterdayFact - 1])).toBeNull();
    expect(blankToNull(row[C.forecast - 1])).toBeNull();
    expect(row[C.pace - 1]).toBeCloseTo(monthPlanOf(a, 'm1', 'revenue') / 20, 6);
    expect(values[TODAY.infoRow - 1][C.name - 1]).toBe(t('today.noClosedDay', 'ru', { workdays: 20 }));
  });

  test('yesterday skips the weekend and holidays: on Monday 9 November it is Friday 6 November', () => {
    const a = workbook();
    const facts: number[] = new Array(30).fill(0);
    facts[5] = 42_000; // Friday the 6th
    facts[7] = 99_000; // Sunday the 8th: typed on a day off, not "yesterday"
    typeFacts(a, 'm4', 'revenue', facts);
    todayAction(context(a, dayOf(2026, 11, 9)));
    const row = rowOf(todayRows(a), 'm4', 'revenue');
    expect(row[C.yesterdayFact - 1]).toBe(42_000);
    expect(row[C.fact - 1]).toBe(141_000);
    expect(String(todayRows(a)[TODAY.infoRow - 1][C.name - 1])).toContain(dateText(dayOf(2026, 11, 6), 'ru'));
  });

  test('without the month tab: a dialog saying to create it, and nothing is written', () => {
    const a = workbook(5, 'ru_RU', []);
    const before = snapshot(a.ss);
    todayAction(context(a, dayOf(2026, 11, 20)));
    expect(a.ss.ui.dialogs.at(-1)?.message).toBe(t('today.noMonth', 'ru', { month: '2026-11' }));
    expect(a.ss.getSheetByName('Сегодня')).toBeNull();
    expect(snapshot(a.ss)).toBe(before);
  });

  test('bad settings: one dialog listing the problems, nothing written', () => {
    const a = workbook();
    a.ss.getSheetByName('Команда')!.getRange('G3').setValue('много');
    const before = snapshot(a.ss);
    todayAction(context(a, dayOf(2026, 11, 20)));
    expect(flatText(a.ss.ui.dialogs.at(-1)?.message ?? '')).toContain('Команда!G3');
    expect(snapshot(a.ss)).toBe(before);
  });

  test('regenerating rewrites the tab; a manager named like a formula stays text', () => {
    const a = workbook();
    const evil = '=HYPERLINK("http://example.com","x")';
    todayAction(context(a, dayOf(2026, 11, 20)));
    a.ss.getSheetByName('Команда')!.getRange('B2').setValue(`'${evil}`);
    createMonth(a);
    todayAction(context(a, dayOf(2026, 11, 20)));
    const sheet = a.ss.getSheetByName('Сегодня')!;
    expect(rowOf(sheet.getDataRange().getValues(), 'm1', 'revenue')[C.name - 1]).toBe(evil);
    expect(
      sheet
        .getDataRange()
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    expect(a.ss.getSheets().filter((s) => s.getName() === 'Сегодня').length).toBe(1);
  });

  test('facts of a manager no longer in the plan (the unassigned block) are not a line of their own', () => {
    const a = workbook();
    typeFacts(a, 'm5', 'revenue', [5000, 6000]);
    setTeam(a.ss, 4);
    createMonth(a);
    const month = a.ss.getSheetByName('2026-11')!.getDataRange().getValues();
    expect(month.some((r) => r[MONTH.col.name - 1] === t('month.unassigned', 'ru'))).toBe(true);
    todayAction(context(a, dayOf(2026, 11, 20)));
    const values = todayRows(a);
    expect(values.length - TODAY.firstDataRow + 1).toBe(6 * 5);
    expect(values.some((r) => r[C.id - 1] === 'm5')).toBe(false);
    expect(rowOf(values, MONTH.departmentId, 'revenue')[C.fact - 1]).toBe(0);
  });

  test('in English: the tab "Today" with English headers', () => {
    const a = workbook(5, 'en_US');
    todayAction(context(a, dayOf(2026, 11, 20), 'en'));
    const values = todayRows(a, 'Today');
    expect(values[TODAY.titleRow - 1][C.name - 1]).toBe('Morning meeting, 20 Nov 2026');
    expect(values[TODAY.headerRow - 1][C.pace - 1]).toBe('Needed today');
    expect(rowOf(values, MONTH.departmentId, 'revenue')[C.name - 1]).toBe('Department');
  });

  test('the same number of service calls for 5 and for 50 managers', () => {
    const calls = (team: number) => {
      const a = workbook(team);
      typeFacts(a, 'm1', 'revenue', [1000, 2000, 3000]);
      a.ss.counter.reset();
      todayAction(context(a, dayOf(2026, 11, 20)));
      expect(todayRows(a).length - TODAY.firstDataRow + 1).toBe(6 * (team + 1));
      return a.ss.counter.byMethod();
    };
    const five = calls(5);
    expect(calls(50)).toEqual(five);
  });
});
