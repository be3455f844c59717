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

interface WeekTable {
  /** 1-based: the header's row on the tab. */
  at: number;
  header: Row;
  workdays: Row;
  managers: Row[];
  department: Row;
  /** The 0-based column of a header text. */
  col: (head: string) => number;
}

/** The week table under the section titled `title`: its header, working days, managers and department rows. */
function weekTable(a: Addon, tab: string, title: string): WeekTable {
  const values = a.ss.getSheetByName(tab)!.getDataRange().getValues() as Row[];
  const at = values.findIndex((r) => r[0] === title) + 1;
  expect(at).toBeGreaterThan(0);
  let end = at + 1;
  while (end < values.length && values[end].some((x) => x !== '')) end++;
  const [header, workdays, ...rest] = values.slice(at, end);
  const col = (head: string) => {
    expect(header).toContain(head);
    return header.indexOf(head);
  };
  return {
    at: at + 1,
    header,
    workdays,
    managers: rest.slice(0, -1),
    department: rest[rest.length - 1],
    col,
  };
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** The example workbook as set up (its own team: a senior, two middles, hires in September and October, a vacation), decomposed. */
function exampleTeam(locale: string, team?: number): Addon {
  const a = exampleWorkbook(team, locale, []);
  const g = createAppsScriptGlobals(a.ss);
  Object.assign(globalThis, {
    SpreadsheetApp: g.SpreadsheetApp,
    LockService: g.LockService,
    Charts: g.Charts,
  });
  return a;
}

const NAMES = ['Анна Смирнова', 'Иван Петров', 'Мария Кузнецова', 'Олег Соколов', 'Екатерина Новикова'];

describe('Plan tab: the weekly plan per manager (example team, RU calendar 2026)', () => {
  const a = exampleTeam('ru_RU');
  const sheet = a.ss.getSheetByName('План 2026')!;
  const revenue = weekTable(a, 'План 2026', 'Выручка по неделям: менеджеры и отдел');
  const column = (head: string) => {
    const c = revenue.col(head);
    return [revenue.workdays, ...revenue.managers, revenue.department].map((r) => r[c]);
  };

  it('a row per manager and the department last, a column per ISO week with a working day and the year', () => {
    expect(revenue.header.slice(0, 2)).toEqual(['Сотрудник', 'Показатель']);
    expect(revenue.managers.map((r) => r.slice(0, 2))).toEqual(NAMES.map((n) => [n, 'Выручка']));
    expect(revenue.workdays.slice(0, 2)).toEqual(['Рабочих дней', '']);
    expect(revenue.department.slice(0, 2)).toEqual(['Отдел', 'Выручка']);
    // 51 weeks: the January holidays (1–11 January) make no week; W53 is 28–31 December (31st off).
    const weeks = revenue.header.slice(2, -1);
    expect(weeks).toHaveLength(51);
    expect(revenue.header).toHaveLength(54);
    expect(weeks[0]).toBe('Н03\n12–18.01');
    expect(weeks[50]).toBe('Н53\n28.12–03.01');
    expect(revenue.header[53]).toBe('Итого');
    expect(revenue.workdays.slice(2, 4)).toEqual([5, 5]);
    expect(revenue.workdays[52]).toBe(3);
    expect(revenue.workdays.slice(2).every((x) => Number(x) > 0)).toBe(true);
    expect(revenue.workdays[53]).toBe(sum(revenue.workdays.slice(2, 53).map(Number)));
    expect(new Set(weeks).size).toBe(51);
  });

  it('a week crossing a month end is one column whose note names both months; a week whose next-month part is a weekend names none', () => {
    const w49 = revenue.col('Н49\n30.11–06.12');
    const w44 = revenue.col('Н44\n26.10–01.11');
    expect([revenue.workdays[w49], revenue.workdays[w44]]).toEqual([5, 5]);
    expect(sheet.getRange(revenue.at, w49 + 1).getNote()).toBe(
      'Неделя в двух месяцах: Ноябрь / Декабрь; её план — сумма частей в каждом',
    );
    expect(sheet.getRange(revenue.at, w44 + 1).getNote()).toBe('');
    // two lines: the number, the dates
    expect(sheet.getRange(revenue.at, w49 + 1).getWrap()).toBe(true);
  });

  it('Иван on vacation 9–13 November gets 0 in W46; each week and the year the department is the sum of the managers', () => {
    expect(column('Н46\n09–15.11')).toEqual([5, 1_008_000, 0, 776_000, 407_000, 272_000, 2_463_000]);
    expect(column('Н48\n23–29.11').slice(1)).toEqual([
      1_008_000, 775_000, 775_000, 407_000, 271_000, 3_236_000,
    ]);
    for (let c = 2; c < revenue.header.length; c++)
      expect(sum(revenue.managers.map((r) => Number(r[c])))).toBe(revenue.department[c]);
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
      const figures = (r: Row) => r.slice(2, 2 + weeks.length).map(Number);
      expect(figures(table.workdays)).toEqual(weeks.map((w) => w.workdays));
      expect(table.managers.map(figures)).toEqual(
        plan.managers.map((_, k) => weeks.map((w) => w.managers[k][metric.id])),
      );
      expect(figures(table.department)).toEqual(weeks.map((w) => w.department[metric.id]));
      const year = table.col('Итого');
      expect(table.managers.map((r) => r[year])).toEqual(plan.totals.managers.map((m) => m[metric.id]));
    }
    const revenueYear = revenue.department[revenue.col('Итого')];
    expect(revenueYear).toBe(120_000_000);
  });

  it('figures in the metric’s format; the department row bold on the total background, the year column bold', () => {
    const [row, cols] = [revenue.at, revenue.header.length];
    const last = row + 2 + NAMES.length;
    expect(sheet.getRange(row + 1, 3).getNumberFormat()).toBe('#,##0');
    expect(sheet.getRange(row + 2, 3).getNumberFormat()).toMatch(/₽/);
    expect(sheet.getRange(last, 3).getDisplayValue()).toMatch(/₽$/);
    expect(
      sheet
        .getRange(last, 1, 1, cols)
        .getFontWeights()[0]
        .every((w) => w === 'bold'),
    ).toBe(true);
    expect(new Set(sheet.getRange(last, 1, 1, cols).getBackgrounds()[0])).toEqual(new Set(['#f2f2f2']));
    expect(
      sheet
        .getRange(row + 1, cols, last - row, 1)
        .getFontWeights()
        .flat(),
    ).toEqual(Array(last - row).fill('bold'));
    expect(sheet.getRange(row + 2, 3).getFontWeights()).toEqual([['normal']]);
  });
});

test('in English: "W48" over "23–29 Nov", a week across months as "30 Nov–6 Dec" with a note', () => {
  const a = exampleTeam('en_US');
  const { header, department, col, at } = weekTable(
    a,
    'Plan 2026',
    'Revenue by week: managers and department',
  );
  expect(header.slice(0, 2)).toEqual(['Name', 'Metric']);
  expect(header[header.length - 1]).toBe('Total');
  expect(department[0]).toBe('Department');
  expect(header).toContain('W48\n23–29 Nov');
  expect(header).toContain('W53\n28 Dec–3 Jan');
  const w49 = col('W49\n30 Nov–6 Dec');
  expect(
    a.ss
      .getSheetByName('Plan 2026')!
      .getRange(at, w49 + 1)
      .getNote(),
  ).toBe('A week in two months: November / December; its plan is the sum of its parts in each');
});

test('the tab grows with the team in rows only: 5 → 30 managers, as many columns, 13 rows more a manager', () => {
  const size = (team: number) => {
    const tab = exampleWorkbook(team, 'ru_RU', []).ss.getSheetByName('План 2026')!;
    return [tab.getLastRow(), tab.getMaxColumns(), tab.getLastColumn()];
  };
  const [five, thirty] = [size(5), size(30)];
  expect(thirty[1]).toBe(five[1]);
  expect(thirty[2]).toBe(five[2]);
  expect(five[2]).toBe(54);
  // each manager: working days + 6 metrics in the managers' table (no ramp-up in the generated team), a row in
  // each of the 6 week tables; before, a column more in each week table
  expect(thirty[0] - five[0]).toBe(25 * (1 + 6 + 6));
});
