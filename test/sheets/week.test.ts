import type { Addon } from '../../local/addon';
import { dayOfInstant, isDateValue } from '../../src/core/cells';
import { type Day, dayOf, firstOfMonth, ymdOf } from '../../src/core/dates';
import type { PlanDecomposition } from '../../src/core/decompose';
import { reachable, stageConversions, weekBottleneck } from '../../src/core/week-view';
import { isoWeekDays, rangePlan } from '../../src/core/weeks';
import { weekTab } from '../../src/sheets/actions/week';
import { MONTH } from '../../src/sheets/month-layout';
import { decompose } from '../../src/sheets/plan-input';
import { Problems } from '../../src/sheets/problems';
import { readSettings, type Settings } from '../../src/sheets/settings';
import { WEEK } from '../../src/sheets/week-layout';
import { exampleRows, importFromTab, workbook as importWorkbook } from '../helpers/import-tab';
import { actionContextFor, decomposedWorkbook } from '../helpers/workbook';

const C = WEEK.col;
const M = MONTH.col;
const TODAY = dayOf(2026, 11, 20);
const W47 = { isoYear: 2026, isoWeek: 47 };
const W48 = { isoYear: 2026, isoWeek: 48 };
const W49 = { isoYear: 2026, isoWeek: 49 };

function context(a: Addon) {
  return { ...actionContextFor(a, TODAY), notices: [] as string[], written: [] as string[] };
}

function monthTab(a: Addon, day: Day) {
  const { year, month } = ymdOf(day);
  return a.ss.getSheetByName(`${year}-${String(month).padStart(2, '0')}`)!;
}

/** Types facts for consecutive days from `from` into the month tab(s) of each day. */
function typeFacts(a: Addon, id: string, metric: string, from: Day, facts: number[]): void {
  facts.forEach((v, i) => {
    const d = from + i;
    const sheet = monthTab(a, d);
    const values = sheet.getDataRange().getValues();
    const r = values.findIndex((row) => row[M.id - 1] === id && row[M.metric - 1] === metric) + 1;
    const { year, month } = ymdOf(d);
    sheet.getRange(r, MONTH.firstDayCol + d - firstOfMonth(year, month)).setValue(v);
  });
}

function monthRow(a: Addon, day: Day, id: string, metric: string): unknown[] {
  const values = monthTab(a, day).getDataRange().getValues();
  return values.find((row) => row[M.id - 1] === id && row[M.metric - 1] === metric)!;
}

function weekValues(a: Addon, tab: string): unknown[][] {
  return a.ss.getSheetByName(tab)!.getDataRange().getValues();
}

function rowOf(values: unknown[][], id: string, metric: string): unknown[] {
  const row = values.find((r) => r[C.id - 1] === id && r[C.metric - 1] === metric);
  if (!row) throw new Error(`no Week row ${id} ${metric}`);
  return row;
}

function planOf(a: Addon): { settings: Settings; plan: PlanDecomposition } {
  const settings = readSettings(context(a) as never, new Problems())!;
  return { settings, plan: decompose(settings) };
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const verdict = (v: boolean | null) => (v === null ? '' : v ? 'да' : 'нет');

describe('the Week tab (in memory)', () => {
  let a: Addon;
  beforeAll(() => {
    a = decomposedWorkbook(5, 'ru_RU', ['2026-11', '2026-12']);
  });

  test('W49 across the month end: plans equal rangePlan, facts the sum of both month tabs, month to date the December tab', () => {
    const mon = dayOf(2026, 11, 23);
    const m1 = [100, 200, 300, 400, 500, 0, 0, 1000, 2000, 3000, 4000, 5000, 60, 7];
    typeFacts(a, 'm1', 'revenue', mon, m1); // 23 Nov – 6 Dec
    typeFacts(a, 'm2', 'calls', dayOf(2026, 11, 30), [10, 20]);
    typeFacts(a, 'm2', 'leads', dayOf(2026, 11, 30), [4, 1]);
    typeFacts(a, 'm2', 'meetings', dayOf(2026, 11, 30), [2, 0]);
    typeFacts(a, 'm2', 'deals', dayOf(2026, 12, 2), [1]);
    const ctx = context(a);
    weekTab(ctx, W49);
    expect(ctx.notices).toEqual([]);
    const { plan, settings } = planOf(a);
    const { monday, sunday } = isoWeekDays(W49);
    const week = rangePlan(plan, monday, sunday);
    const prev = rangePlan(plan, monday - 7, sunday - 7);
    const next = rangePlan(plan, monday + 7, sunday + 7);
    const values = weekValues(a, 'Неделя 2026-W49');
    plan.managers.forEach((m, i) => {
      for (const metric of plan.metrics.map((x) => x.id)) {
        const row = rowOf(values, m.id, metric);
        expect([row[C.plan - 1], row[C.prevPlan - 1], row[C.nextPlan - 1]]).toEqual([
          week.managers[i][metric],
          prev.managers[i][metric],
          next.managers[i][metric],
        ]);
      }
    });
    const dept = rowOf(values, WEEK.departmentId, 'revenue');
    expect(dept[C.plan - 1]).toBe(week.department.revenue);
    const r1 = rowOf(values, 'm1', 'revenue');
    expect(r1[C.fact - 1]).toBe(sum(m1.slice(7)));
    expect(r1[C.prevFact - 1]).toBe(sum(m1.slice(0, 7)));
    expect(dept[C.fact - 1]).toBe(sum(m1.slice(7)));
    expect(r1[C.completion - 1]).toBeCloseTo(sum(m1.slice(7)) / week.managers[0].revenue, 12);
    expect(r1[C.change - 1]).toBeCloseTo(sum(m1.slice(7)) / sum(m1.slice(0, 7)) - 1, 12);
    // Month to date: the December tab's own cells (the week's last working day is 4 December).
    const dec = monthRow(a, dayOf(2026, 12, 1), 'm1', 'revenue');
    expect(r1[C.planToDate - 1]).toBe(dec[M.planToDate - 1]);
    expect(r1[C.factToDate - 1]).toBe(dec[M.fact - 1]);
    expect(r1[C.factToDate - 1]).toBe(sum(m1.slice(8)));
    expect(r1[C.forecast - 1]).toBe(dec[M.forecast - 1]);
    // The funnel of the week: m2's conversions from the week's facts, the bottleneck by the core's rule.
    funnelMatchesCore(values, settings, 'Manager 2', [30, 5, 2, 1]);
  });

  test('a fact typed on the month tab changes the Week tab (live)', () => {
    const before = rowOf(weekValues(a, 'Неделя 2026-W49'), 'm3', 'deals')[C.fact - 1];
    typeFacts(a, 'm3', 'deals', dayOf(2026, 12, 3), [4]);
    typeFacts(a, 'm3', 'deals', dayOf(2026, 11, 30), [2]);
    const after = weekValues(a, 'Неделя 2026-W49');
    expect(before).toBe(0);
    expect(rowOf(after, 'm3', 'deals')[C.fact - 1]).toBe(6);
    expect(rowOf(after, WEEK.departmentId, 'deals')[C.fact - 1]).toBe(7);
  });

  test('W47: month to date and "reachable?" equal the November tab and the core rule', () => {
    // m4 sells far ahead of plan before the 20th, m5 a little: one reachable, one not.
    typeFacts(a, 'm4', 'revenue', dayOf(2026, 11, 2), new Array(18).fill(200_000));
    typeFacts(a, 'm5', 'revenue', dayOf(2026, 11, 2), new Array(18).fill(20_000));
    const ctx = context(a);
    weekTab(ctx, W47);
    const values = weekValues(a, 'Неделя 2026-W47');
    const seen = new Set<string>();
    for (const id of ['m1', 'm4', 'm5', WEEK.departmentId]) {
      for (const metric of ['revenue', 'calls', 'deals']) {
        const row = rowOf(values, id, metric);
        const nov = monthRow(a, TODAY, id, metric);
        expect(row[C.planToDate - 1]).toBe(nov[M.planToDate - 1]);
        expect(row[C.factToDate - 1]).toBe(nov[M.fact - 1]);
        expect(row[C.forecast - 1]).toBe(nov[M.forecast - 1]);
        const info = monthTab(a, TODAY).getDataRange().getValues()[MONTH.infoRow - 1];
        const own = id === WEEK.departmentId ? info[MONTH.info.totalCol - 1] : nov[M.ownDays - 1];
        const elapsed = id === WEEK.departmentId ? info[MONTH.info.elapsedCol - 1] : nov[M.ownElapsed - 1];
        const expected = reachable({
          plan: Number(nov[M.plan - 1]),
          fact: Number(nov[M.fact - 1]),
          ownDays: Number(own),
          ownElapsed: Number(elapsed),
        });
        expect(row[C.reachable - 1]).toBe(verdict(expected));
        seen.add(String(row[C.reachable - 1]));
      }
    }
    expect(rowOf(values, 'm4', 'revenue')[C.reachable - 1]).toBe('да');
    expect(rowOf(values, 'm5', 'revenue')[C.reachable - 1]).toBe('нет');
    expect(seen).toEqual(new Set(['да', 'нет']));
  });
});

describe('commitments and notes typed on Week', () => {
  test("survive regeneration, go to the meeting log and show on next week as last week's", () => {
    const a = decomposedWorkbook(5, 'ru_RU', ['2026-11', '2026-12']);
    weekTab(context(a), W48);
    const tab = 'Неделя 2026-W48';
    const cellOf = (id: string, col: number) => {
      const r = weekValues(a, tab).findIndex((row) => row[C.id - 1] === id) + 1;
      return a.ss.getSheetByName(tab)!.getRange(r, col);
    };
    cellOf('m1', C.commitment).setValue('Довести 3 сделки до оплаты');
    cellOf(WEEK.departmentId, C.commitment).setValue('Разбор холодной базы в среду');
    cellOf(`${WEEK.notePrefix}1`, C.name).setValue('Петров в отпуске с 7.12');
    weekTab(context(a), W48);
    const again = weekValues(a, tab);
    expect(rowOf(again, 'm1', 'revenue')[C.commitment - 1]).toBe('Довести 3 сделки до оплаты');
    expect(rowOf(again, WEEK.departmentId, 'revenue')[C.commitment - 1]).toBe('Разбор холодной базы в среду');
    expect(again.find((r) => r[C.id - 1] === `${WEEK.notePrefix}1`)![C.name - 1]).toBe(
      'Петров в отпуске с 7.12',
    );
    const log = a.ss.getSheetByName('Журнал планёрок')!.getDataRange().getValues();
    expect(log).toContainEqual(['2026-11-23', 'week:m1', 'Довести 3 сделки до оплаты', '2026-11-20']);
    expect(log).toContainEqual(['2026-11-23', 'week:__notes:1', 'Петров в отпуске с 7.12', '2026-11-20']);
    // Changed on W48 and not regenerated: next week's tab reads it from the W48 tab.
    cellOf('m1', C.commitment).setValue('Довести 4 сделки до оплаты');
    weekTab(context(a), W49);
    const next = weekValues(a, 'Неделя 2026-W49');
    expect(rowOf(next, 'm1', 'revenue')[C.promised - 1]).toBe('Довести 4 сделки до оплаты');
    expect(rowOf(next, 'm1', 'revenue')[C.commitment - 1]).toBe('');
    expect(rowOf(next, 'm2', 'revenue')[C.promised - 1]).toBe('');
    expect(rowOf(next, WEEK.departmentId, 'revenue')[C.promised - 1]).toBe('Разбор холодной базы в среду');
    // Next week's plan (right-aligned) and the promise (left-aligned text) apart: a narrow empty column between.
    const m1 = rowOf(next, 'm1', 'revenue');
    expect([C.gap - C.nextPlan, C.promised - C.gap, typeof m1[C.nextPlan - 1], m1[C.gap - 1]]).toEqual([
      1,
      1,
      'number',
      '',
    ]);
    expect(a.ss.getSheetByName('Неделя 2026-W49')!.getColumnWidth(C.gap)).toBe(12);
    const label = next.findIndex((r) => r[C.name - 1] === 'Заметки прошлой недели:');
    expect(next[label + 1][C.name - 1]).toBe('Петров в отпуске с 7.12');
    // The W48 tab itself keeps its texts; its week is not changed by making W49.
    expect(rowOf(weekValues(a, tab), 'm1', 'revenue')[C.commitment - 1]).toBe('Довести 4 сделки до оплаты');
  });
});

describe('a month tab that does not exist', () => {
  test('counts 0 for its days and a note says so', () => {
    const a = decomposedWorkbook(5, 'ru_RU', ['2026-11']);
    typeFacts(a, 'm1', 'calls', dayOf(2026, 11, 27), [5, 0, 0, 7]);
    const ctx = context(a);
    weekTab(ctx, W49);
    const values = weekValues(a, 'Неделя 2026-W49');
    expect(String(values[WEEK.noteRow - 1][C.name - 1])).toContain('2026-12');
    const row = rowOf(values, 'm1', 'calls');
    expect(row[C.fact - 1]).toBe(7);
    expect(row[C.prevFact - 1]).toBe(5);
    expect([row[C.planToDate - 1], row[C.factToDate - 1], row[C.reachable - 1]]).toEqual(['', '', '']);
  });
});

describe('open deals expected next week', () => {
  test('listed per manager from the store the CRM imports keep (the Bitrix24 example: two in W49)', () => {
    const a = importWorkbook();
    importFromTab(a, 'bitrix', exampleRows('bitrix24-deals-november-2026.xls'));
    weekTab(context(a), W48);
    const values = weekValues(a, 'Неделя 2026-W48');
    const title = values.findIndex((r) => String(r[C.name - 1]).startsWith('Открытые сделки с закрытием'));
    expect(values[title + 1].slice(C.name - 1, C.name + 4)).toEqual([
      'Сотрудник',
      'Сделка',
      'Этап',
      'Сумма',
      'Ожидаемое закрытие',
    ]);
    // A date cell reads back as a Date: its day in the spreadsheet's zone.
    const deal = (r: unknown[]) =>
      r.slice(C.name - 1, C.name + 4).map((v) => (isDateValue(v) ? dayOfInstant(v, 'Europe/Moscow') : v));
    const names = new Map(values.map((r) => [r[C.id - 1], r[C.name - 1]]));
    expect(deal(values[title + 2])).toEqual([
      names.get('m1'),
      'Консалтинг',
      'В работе',
      180000,
      dayOf(2026, 12, 1),
    ]);
    expect(deal(values[title + 3])[0]).toBe(names.get('m3'));
    expect(deal(values[title + 3]).slice(2)).toEqual(['Подготовка документов', 36000, dayOf(2026, 12, 3)]);
    expect(values[title + 4][C.name - 1]).toBe('');
  });

  test('a line says so when no deal was imported', () => {
    const a = decomposedWorkbook(5, 'ru_RU', ['2026-11']);
    weekTab(context(a), W48);
    const values = weekValues(a, 'Неделя 2026-W48');
    const title = values.findIndex((r) => String(r[C.name - 1]).startsWith('Открытые сделки с закрытием'));
    expect(values[title + 1][C.name - 1]).toMatch(/^Сделки из CRM не загружались/);
  });
});

describe('English', () => {
  test('the tab and its texts in English', () => {
    const a = decomposedWorkbook(5, 'en_US', ['2026-11']);
    const ctx = { ...actionContextFor(a, TODAY, 'en'), notices: [] as string[], written: [] as string[] };
    weekTab(ctx, W47);
    const values = weekValues(a, 'Week 2026-W47');
    expect(values[WEEK.headerRow - 1][C.reachable - 1]).toBe('Reachable?');
    expect(values[WEEK.headerRow - 1][C.commitment - 1]).toBe('Commitments for the week');
    expect(['yes', 'no']).toContain(rowOf(values, 'm1', 'revenue')[C.reachable - 1]);
    expect(values.some((r) => r[C.name - 1] === 'Funnel of the week')).toBe(true);
  });
});

/** The funnel block's row of a person: conversions, ratios and bottleneck as the core computes them. */
function funnelMatchesCore(values: unknown[][], settings: Settings, name: string, counts: number[]) {
  const head = values.findIndex((r) => r[C.name - 1] === 'Сотрудник' && r[C.label - 1] !== 'Показатель');
  const bench = values[head + 1];
  const row = values.slice(head).find((r) => r[C.name - 1] === name)!;
  const k = settings.funnel.length - 1;
  const conv = stageConversions(counts);
  const benchmarks = settings.funnel.slice(0, -1).map((s) => s.benchmark ?? s.conversion);
  conv.forEach((c, i) => {
    expect(row[C.label - 1 + i]).toBe(c === null ? '' : c);
    expect(bench[C.label - 1 + i]).toBe(benchmarks[i]);
  });
  const neck = weekBottleneck(conv, benchmarks);
  const header = values[head];
  expect(row[C.label - 1 + 2 * k]).toBe(neck === null ? 'нет' : header[C.label - 1 + neck]);
}
