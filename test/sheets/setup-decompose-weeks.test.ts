import type { Addon } from '../../local/addon';
import { createAppsScriptGlobals } from '../../local/spreadsheet';
import { dayOf } from '../../src/core/dates';
import { decomposePlan } from '../../src/core/decompose';
import { planWeeks } from '../../src/core/weeks';
import { planInput } from '../../src/sheets/plan-input';
import { Problems } from '../../src/sheets/problems';
import { readSettings } from '../../src/sheets/settings';
import { actionContextFor, exampleWorkbook } from '../helpers/workbook';

type Row = (string | number)[];

/** The rows of the week table under the section titled `title`: the header, then the weeks, then the total. */
function weekTable(a: Addon, tab: string, title: string): { header: Row; weeks: Row[]; total: Row } {
  const values = a.ss.getSheetByName(tab)!.getDataRange().getValues() as Row[];
  const at = values.findIndex((r) => r[0] === title);
  expect(at).toBeGreaterThan(0);
  const end = values.findIndex((r, i) => i > at + 1 && r[1] === '' && r[0] !== '');
  // Nine columns: week, month, working days, the five managers, the department (the tab is wider).
  const cut = (r: Row) => r.slice(0, 9);
  return { header: cut(values[at + 1]), weeks: values.slice(at + 2, end).map(cut), total: cut(values[end]) };
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** The example workbook as set up (its own team: a senior, two middles, hires in September and October, a vacation), decomposed. */
function exampleTeam(locale: string): Addon {
  const a = exampleWorkbook(undefined, locale, []);
  const g = createAppsScriptGlobals(a.ss);
  Object.assign(globalThis, {
    SpreadsheetApp: g.SpreadsheetApp,
    LockService: g.LockService,
    Charts: g.Charts,
  });
  return a;
}

describe('Plan tab: the weekly plan per manager (example team, RU calendar 2026)', () => {
  const a = exampleTeam('ru_RU');
  const revenue = weekTable(a, 'План 2026', 'Выручка по неделям: менеджеры и отдел');
  const row = (label: string) => revenue.weeks.filter((r) => r[0] === label);

  it('a row per ISO week with a working day, the managers as columns and the department last', () => {
    expect(revenue.header).toEqual([
      'Неделя',
      'Месяц',
      'Рабочих дней',
      'Анна Смирнова',
      'Иван Петров',
      'Мария Кузнецова',
      'Олег Соколов',
      'Екатерина Новикова',
      'Отдел',
    ]);
    // 51 weeks: the January holidays (1–11 January) make no week; W53 is 28–31 December (31st off).
    expect(revenue.weeks).toHaveLength(51);
    expect(revenue.weeks[0].slice(0, 3)).toEqual(['Н03 · 12–18.01', 'Январь', 5]);
    expect(revenue.weeks[50].slice(0, 3)).toEqual(['Н53 · 28.12–03.01', 'Декабрь', 3]);
    expect(revenue.weeks.every((r) => Number(r[2]) > 0)).toBe(true);
    expect(new Set(revenue.weeks.map((r) => r[0])).size).toBe(51);
  });

  it('a week crossing a month end is one row naming both months; a week whose next-month part is a weekend names one', () => {
    expect(row('Н49 · 30.11–06.12').map((r) => r.slice(1, 3))).toEqual([['Ноябрь / Декабрь', 5]]);
    expect(row('Н44 · 26.10–01.11').map((r) => r.slice(1, 3))).toEqual([['Октябрь', 5]]);
  });

  it('Иван on vacation 9–13 November gets 0 in W46; each week the department is the sum of the managers', () => {
    expect(row('Н46 · 09–15.11')[0]).toEqual([
      'Н46 · 09–15.11',
      'Ноябрь',
      5,
      1_008_000,
      0,
      776_000,
      407_000,
      272_000,
      2_463_000,
    ]);
    expect(row('Н48 · 23–29.11')[0].slice(3)).toEqual([
      1_008_000, 775_000, 775_000, 407_000, 271_000, 3_236_000,
    ]);
    for (const r of revenue.weeks) expect(sum(r.slice(3, 8).map(Number))).toBe(r[8]);
  });

  it('equals the core: planWeeks of the settings’ plan, every metric, every week; totals = the year plans', () => {
    const ctx = actionContextFor(a, dayOf(2026, 11, 20));
    const plan = decomposePlan(planInput(readSettings(ctx, new Problems())!));
    const weeks = planWeeks(plan);
    const titles: Record<string, string> = {
      revenue: 'Выручка',
      calls: 'Звонки',
      leads: 'Лиды',
      meetings: 'Встречи',
      deals: 'Сделки',
      receipts: 'Поступления',
    };
    expect(plan.metrics.map((m) => m.id)).toEqual(Object.keys(titles));
    for (const metric of plan.metrics) {
      const table = weekTable(a, 'План 2026', `${titles[metric.id]} по неделям: менеджеры и отдел`);
      expect(table.weeks.map((r) => r.slice(2, 9).map(Number))).toEqual(
        weeks.map((w) => [w.workdays, ...w.managers.map((m) => m[metric.id]), w.department[metric.id]]),
      );
      expect(table.total.slice(3, 8)).toEqual(plan.totals.managers.map((m) => m[metric.id]));
      expect(table.total[0]).toBe('Итого');
    }
    expect(weekTable(a, 'План 2026', 'Выручка по неделям: менеджеры и отдел').total[8]).toBe(120_000_000);
  });
});

test('in English: "W48 · 23–29 Nov", a week across months once as "November / December"', () => {
  const a = exampleTeam('en_US');
  const { header, weeks } = weekTable(a, 'Plan 2026', 'Revenue by week: managers and department');
  expect(header.slice(0, 3)).toEqual(['Week', 'Month', 'Working days']);
  expect(header[8]).toBe('Department');
  const labels = weeks.map((r) => `${r[0]} | ${r[1]}`);
  expect(labels).toContain('W48 · 23–29 Nov | November');
  expect(labels).toContain('W49 · 30 Nov–6 Dec | November / December');
  expect(labels).toContain('W53 · 28 Dec–3 Jan | December');
});
