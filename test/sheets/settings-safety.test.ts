import { type Addon, openAddon } from '../../local/addon';
import type { Sheet } from '../../local/spreadsheet';
import { messages } from '../../src/i18n';
import type { ActionContext } from '../../src/sheets/context';
import { MONTH } from '../../src/sheets/month-layout';
import { Problems } from '../../src/sheets/problems';
import { readSettings } from '../../src/sheets/settings';
import { writeNewIds } from '../../src/sheets/settings/new-ids';
import type { Person } from '../../src/sheets/settings/team';
import { settingsCellOf } from '../../src/sheets/settings/where';
import { flatProblems } from '../helpers/problems-dialog';
import { createMonth, preparedWorkbook, setTeam, snapshot } from '../helpers/workbook';

/** An en workbook set up with the example settings (Team, Plan, Funnel, Motivation, Calendar). */
function workbook(): Addon {
  const a = openAddon({ locale: 'en_US' });
  preparedWorkbook(a);
  return a;
}

const tab = (a: Addon, name: string): Sheet => {
  const sheet = a.ss.getSheetByName(name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet;
};

/** The row of a key (hidden column A) on the Plan tab. */
function planRow(a: Addon, key: string): number {
  const row = tab(a, 'Plan')
    .getRange('A1:A40')
    .getValues()
    .findIndex((r) => r[0] === key);
  if (row < 0) throw new Error(`no Plan key ${key}`);
  return row + 1;
}

const lastDialog = (a: Addon): string => {
  const d = a.ss.ui.dialogs[a.ss.ui.dialogs.length - 1];
  return d.message ?? d.title ?? '';
};

/** The bullet lines of the problems dialog. */
const problemLines = (a: Addon): string[] => flatProblems(lastDialog(a));

/** Runs `action`; expects the one problems dialog, every line at a cell, and nothing written. */
function refused(a: Addon, action: () => void): string[] {
  const before = snapshot(a.ss);
  const dialogs = a.ss.ui.dialogs.length;
  action();
  expect(snapshot(a.ss)).toBe(before);
  // One alert after the action's own prompt (Create month asks for the month first).
  expect(a.ss.ui.dialogs.slice(dialogs).filter((d) => d.kind === 'alert')).toHaveLength(1);
  expect(lastDialog(a)).toMatch(/Nothing was written/i);
  const lines = problemLines(a);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line).toMatch(/^• (Team|Plan|Funnel|Calendar)![A-Z]+\d+: /);
  return lines;
}

const A = (a: Addon, row: number) => tab(a, 'Team').getRange(row, 1);

describe('new ids never re-type what a person wrote', () => {
  test('text ids 00123, 2026-03-01 and =1+1, a formula id and a number id survive two new people', () => {
    const a = workbook();
    const team = tab(a, 'Team');
    A(a, 2).setValue(''); // Anna: no id yet
    A(a, 3).setValue("'00123");
    A(a, 4).setValue("'2026-03-01");
    A(a, 5).setValue("'=1+1");
    A(a, 6).setFormula('="m"&"6"');
    A(a, 7).setValue(123);
    team
      .getRange(8, 1, 1, 11)
      .setValues([['', 'New Person', 'manager', 'middle', '', '', 1, 50000, 'S1', 50000, true]]);
    a.call('menuDecompose');
    expect(a.ss.getSheetByName('Plan 2026')).not.toBeNull();
    const range = team.getRange(2, 1, 7, 1);
    expect(range.getValues().map((r) => r[0])).toEqual([
      'm2',
      '00123',
      '2026-03-01',
      '=1+1',
      'm6',
      123,
      'm8',
    ]);
    expect(range.getFormulas().map((r) => r[0])).toEqual(['', '', '', '', '="m"&"6"', '', '']);
    // Ran again, nothing changes: the ids given stay as they were written.
    a.call('menuDecompose');
    expect(range.getValues().map((r) => r[0])).toEqual([
      'm2',
      '00123',
      '2026-03-01',
      '=1+1',
      'm6',
      123,
      'm8',
    ]);
  });

  test('a text id and a number id are compared as the person sees them: 00123 and 123 differ, "1" and 1 clash', () => {
    const a = workbook();
    A(a, 2).setValue("'00123");
    A(a, 3).setValue(123);
    a.call('menuDecompose');
    expect(a.ss.getSheetByName('Plan 2026')).not.toBeNull();

    const b = workbook();
    A(b, 2).setValue("'1");
    A(b, 3).setValue(1);
    const lines = refused(b, () => b.call('menuDecompose'));
    expect(lines).toEqual([expect.stringMatching(/^• Team!A3: the id "1" already appears in row 2/)]);
  });

  test('a new id in a cell formatted as plain text is written without a quote of its own', () => {
    const a = workbook();
    A(a, 2).setValue('');
    A(a, 2).setNumberFormat('@');
    A(a, 3).setValue('');
    a.call('menuDecompose');
    expect(tab(a, 'Team').getRange('A2:A3').getValues()).toEqual([['m2'], ['m1003']]); // m3 is Mary's already
    expect(tab(a, 'Team').getRange('A2:A3').getFormulas()).toEqual([[''], ['']]);
  });

  test.each([5, 200])('writing the new ids of %i people takes the same six service calls', (n) => {
    const a = openAddon({ locale: 'en_US' });
    preparedWorkbook(a, n);
    const people = [2, 3, n + 1].map((row) => ({ row, id: `m${row}` }) as Person);
    for (const p of people) A(a, p.row).setValue('');
    a.ss.counter.reset();
    writeNewIds({ ss: a.ss } as unknown as ActionContext, { newIds: people, teamTab: 'Team' });
    expect(a.ss.counter.total()).toBe(6);
    expect(a.ss.counter.get('Range.setValues')).toBe(1);
    const ids = tab(a, 'Team')
      .getRange(2, 1, n, 1)
      .getValues()
      .map((r) => r[0]);
    const given = new Set(people.map((p) => p.row));
    const expected = Array.from({ length: n }, (_, i) => (given.has(i + 2) ? `m${i + 2}` : `m${i + 1}`));
    expect(ids).toEqual(expected);
  });
});

describe('ids are validated as listed problems at their cell', () => {
  test('reserved ids (__unassigned, __department), "|" and a line break in an id', () => {
    const a = workbook();
    A(a, 2).setValue('__unassigned');
    A(a, 3).setValue('__department');
    A(a, 4).setValue('a|b');
    A(a, 5).setValue('a\nb');
    const lines = refused(a, () => a.call('menuDecompose'));
    expect(lines).toEqual([
      expect.stringMatching(
        /^• Team!A2: Anna Smith: the id "__unassigned" starts with "__", which is reserved/,
      ),
      expect.stringMatching(/^• Team!A3: John Peters: the id "__department" starts with "__"/),
      expect.stringMatching(/^• Team!A4: Mary Cook: the id "a\|b" contains "\|"/),
      expect.stringMatching(/^• Team!A5: Oliver Stone: the id "a�b" contains "\|" or an invisible character/),
    ]);
  });

  test('ids are unique regardless of case', () => {
    const a = workbook();
    A(a, 3).setValue('M1');
    expect(refused(a, () => a.call('menuDecompose'))).toEqual([
      expect.stringMatching(/^• Team!A3: the id "M1" already appears in row 2 \(case does not matter\)/),
    ]);
  });

  test('funnel stage ids: unique regardless of case and not a plan metric', () => {
    const a = workbook();
    const funnel = tab(a, 'Funnel');
    funnel.getRange('A3').setValue('Calls');
    funnel.getRange('A4').setValue('revenue');
    expect(refused(a, () => a.call('menuDecompose'))).toEqual([
      expect.stringMatching(/^• Funnel!A3: the stage id "Calls" already appears in row 2/),
      expect.stringMatching(/^• Funnel!A4: stage "Meetings": the id "revenue" is taken by a plan metric/),
    ]);
  });
});

describe('domain errors become listed problems at the settings cell', () => {
  test.each([
    ['Decompose plan', (a: Addon) => a.call('menuDecompose')],
    ['Create month', (a: Addon) => createMonth(a, '2026-03')],
  ])('%s: a day that is both an extra day off and an extra working day', (_name, action) => {
    const a = workbook();
    const calendar = tab(a, 'Calendar');
    calendar.getRange('A5').setValue('2026-03-09');
    calendar.getRange('D6').setValue('2026-03-09');
    expect(refused(a, () => action(a))).toEqual([
      '• Calendar!D6: the date 9 Mar 2026 is listed as an extra working day and as an extra day off (A5): keep one',
    ]);
  });

  test('swapped traffic-light thresholds (red below 150 %, amber below 50 %)', () => {
    const a = workbook();
    const plan = tab(a, 'Plan');
    plan.getRange(planRow(a, 'redBelow'), 3).setValue(1.5);
    plan.getRange(planRow(a, 'amberBelow'), 3).setValue(0.5);
    expect(refused(a, () => a.call('menuDecompose'))).toEqual([
      `• Plan!C${planRow(a, 'redBelow')}: the red threshold 150% is not below the amber one 50%: red must be below amber`,
    ]);
  });

  test.each([
    ['Decompose plan', (a: Addon) => a.call('menuDecompose')],
    ['Create month', (a: Addon) => createMonth(a, '2026-11')],
  ])('%s: all seasonality coefficients zero, at the first coefficient', (_name, action) => {
    const a = workbook();
    const plan = tab(a, 'Plan');
    plan.getRange(planRow(a, 'seasonality'), 3).setValue('coefficients');
    const months = planRow(a, 'months');
    plan.getRange(months + 1, 3, 12, 1).setValues(Array.from({ length: 12 }, () => [0]));
    expect(refused(a, () => action(a))).toEqual([
      expect.stringMatching(new RegExp(`^• Plan!C${months + 1}: all monthly coefficients are zero`)),
    ]);
  });

  test('a yearly plan that is not a multiple of its step: at the yearly plan', () => {
    const a = workbook();
    tab(a, 'Plan').getRange(planRow(a, 'revenueYear'), 3).setValue(120_000_500);
    expect(refused(a, () => a.call('menuDecompose'))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^• Plan!C${planRow(a, 'revenueYear')}: the yearly plan of .*120,000,500 is not a multiple`,
        ),
      ),
    ]);
  });

  test('a monthly plan that is not a multiple of its step: at that month', () => {
    const a = workbook();
    const plan = tab(a, 'Plan');
    const months = planRow(a, 'months');
    const monthly = Array.from({ length: 12 }, (_, m) => [m === 4 ? 10_000_500 : 10_000_000]);
    plan.getRange(months + 1, 4, 12, 1).setValues(monthly);
    expect(refused(a, () => a.call('menuDecompose'))).toEqual([
      expect.stringMatching(new RegExp(`^• Plan!D${months + 5}: `)),
    ]);
  });
});

describe('a year is shown as written', () => {
  test('a month outside the plan year: the plan year reads 2026, never "2 026"', () => {
    const a = openAddon({ locale: 'ru_RU' });
    preparedWorkbook(a);
    createMonth(a, '2027-01');
    expect(lastDialog(a)).toMatch(/год плана 2026/);
    expect(lastDialog(a)).not.toMatch(/2\u00a0026/);
  });

  test('the provisional-calendar warning says 2028, never "2 028"', () => {
    const a = openAddon({ locale: 'ru_RU' });
    preparedWorkbook(a);
    const plan = tab(a, 'План');
    const row =
      plan
        .getRange('A1:A40')
        .getValues()
        .findIndex((r) => r[0] === 'year') + 1;
    plan.getRange(row, 3).setValue(2028);
    setTeam(a.ss, 3);
    a.call('menuDecompose');
    if (!a.ss.getSheetByName('План 2028')) throw new Error(lastDialog(a));
    const text = JSON.stringify(tab(a, 'План 2028').getDataRange().getValues());
    expect(text).toMatch(/календарь на 2028 год предварительный/);
    expect(text).not.toMatch(/2\u00a0028/);
    // The month tab says it where the working days are counted.
    createMonth(a, '2028-01');
    const note = tab(a, '2028-01')
      .getRange(MONTH.infoRow, MONTH.info.totalCol - 1)
      .getNote();
    expect(note).toMatch(/^календарь на 2028 год предварительный: праздники по закону/);
  });
});

describe('every decomposition problem has a settings cell', () => {
  /** Codes about inputs the settings tabs do not have (day weights are custom-function arguments). */
  const NOT_SETTINGS = /weekdayWeight|shortenedWeight|dayWeightsZero/;

  test('each decompose.* code (and a split refusal) maps to a tab and a cell', () => {
    const a = workbook();
    const problems = new Problems();
    const ctx = { ss: a.ss, ui: a.ss.ui, lang: 'en', timeZone: 'Europe/Moscow' } as unknown as ActionContext;
    const settings = readSettings(ctx, problems)!;
    expect(problems.lines('en')).toEqual([]);
    const codes = Object.keys(messages('ru')).filter(
      (c) => c.startsWith('decompose.') && !c.startsWith('decompose.warn.') && !NOT_SETTINGS.test(c),
    );
    expect(codes.length).toBeGreaterThan(30);
    for (const code of [...codes, 'split.tooLarge', 'calendar.overrideConflict']) {
      const where = settingsCellOf(code, { metric: 'revenue', month: 3, index: 1, row: 1 }, settings);
      expect({ code, cell: where.row !== undefined && where.col !== undefined }).toEqual({
        code,
        cell: true,
      });
    }
  });
});

describe('a month column names itself in its problems', () => {
  test('a bad seasonality coefficient is reported under «Coefficient», not «Month» (issue 13)', () => {
    const a = workbook();
    const plan = tab(a, 'Plan');
    plan.getRange(planRow(a, 'seasonality'), 3).setValue('coefficients');
    const header = planRow(a, 'months');
    for (let m = 1; m <= 12; m++) plan.getRange(header + m, 3).setValue(1);
    plan.getRange(header + 4, 3).setValue(-1);
    const lines = refused(a, () => a.call('menuDecompose'));
    expect(lines).toEqual([`• Plan!C${header + 4}: "Coefficient": -1 is below 0`]);
  });
});
