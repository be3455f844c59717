import { openAddon } from '../../local/addon';
import { makeCalendar } from '../../src/core/calendar';
import { flatText } from '../helpers/problems-dialog';
import { preparedWorkbook, snapshot } from '../helpers/workbook';

describe('Set up workbook', () => {
  test('creates the five settings tabs in the spreadsheet language, with notes and example data', () => {
    const ru = openAddon({ locale: 'ru_RU' });
    ru.call('menuSetup');
    const names = ru.ss.sheetList().map((s) => s.getName());
    expect(names).toEqual(expect.arrayContaining(['Команда', 'План', 'Воронка', 'Мотивация', 'Календарь']));
    const team = ru.ss.getSheetByName('Команда')!;
    expect(team.getRange('B1').getValue()).toBe('Сотрудник');
    expect(
      team
        .getRange(1, 1, 1, 11)
        .getNotes()[0]
        .every((n) => n !== ''),
    ).toBe(true);
    expect(team.getRange('B2').getValue()).toBe('Анна Смирнова');
    expect(team.isColumnHiddenByUser(1)).toBe(true);

    const en = openAddon({ locale: 'en_US' });
    en.call('menuSetup');
    expect(en.ss.sheetList().map((s) => s.getName())).toEqual(
      expect.arrayContaining(['Team', 'Plan', 'Funnel', 'Motivation', 'Calendar']),
    );
  });

  test('never overwrites an existing settings tab', () => {
    const a = openAddon({ locale: 'ru_RU' });
    a.call('menuSetup');
    a.ss.getSheetByName('Команда')!.getRange('B2').setValue('Своя Менеджерка');
    a.ss.deleteSheet(a.ss.getSheetByName('Воронка')!);
    a.call('menuSetup');
    expect(a.ss.getSheetByName('Команда')!.getRange('B2').getValue()).toBe('Своя Менеджерка');
    expect(a.ss.getSheetByName('Воронка')).not.toBeNull();
  });
});

describe('Decompose plan', () => {
  test('writes "План 2026" whose month totals are the RU calendar and sum to the year plan', () => {
    const a = openAddon({ locale: 'ru_RU' });
    preparedWorkbook(a);
    a.call('menuDecompose');
    const values = a.ss.getSheetByName('План 2026')!.getDataRange().getValues();
    const header = values.findIndex((r) => r[0] === 'Месяц');
    const months = values.slice(header + 1, header + 13);
    const cal = makeCalendar('RU');
    expect(months.map((r) => r[1])).toEqual([15, 19, 21, 22, 19, 21, 23, 21, 22, 22, 20, 22]);
    expect(cal.covers(2026)).toBe(true);
    const revenueCol = values[header].indexOf('Выручка');
    expect(months.reduce((s, r) => s + Number(r[revenueCol]), 0)).toBe(120_000_000);
    expect(values[header + 13][revenueCol]).toBe(120_000_000);
  });

  test('bad settings: one dialog listing every problem with its cell, and nothing written', () => {
    const a = openAddon({ locale: 'ru_RU' });
    preparedWorkbook(a);
    const team = a.ss.getSheetByName('Команда')!;
    team.getRange('G3').setValue('много');
    team.getRange('B4').setValue('Анна Смирнова');
    a.ss.getSheetByName('План')!.getRange('C5').setValue('');
    const before = snapshot(a.ss);
    a.call('menuDecompose');
    expect(snapshot(a.ss)).toBe(before);
    const dialog = a.ss.ui.dialogs[a.ss.ui.dialogs.length - 1];
    expect(flatText(dialog.message ?? '')).toMatch(/Команда!G3: «Доля»: «много» не число/);
    expect(flatText(dialog.message ?? '')).toMatch(/Команда!B4: «Анна Смирнова» уже есть в строке 2/);
    expect(dialog.message ?? dialog.title).toMatch(/Ничего не записано/);
  });

  test('a manager named like a formula stays a name', () => {
    const a = openAddon({ locale: 'en_US' });
    preparedWorkbook(a);
    a.ss.getSheetByName('Team')!.getRange('B2').setValue('\'=HYPERLINK("http://x","boss")');
    a.call('menuDecompose');
    const plan = a.ss.getSheetByName('Plan 2026')!;
    const cells = plan.getDataRange();
    // The managers' table: a block per manager, the name in its first column.
    const row = cells.getValues().findIndex((r) => r[0] === '=HYPERLINK("http://x","boss")');
    expect(row).toBeGreaterThan(0);
    expect(cells.getFormulas()[row][0]).toBe('');
  });
});

test('a plan year the production calendar lacks is a problem, not a silent Monday–Friday', () => {
  const a = openAddon({ locale: 'en_US' });
  preparedWorkbook(a);
  const plan = a.ss.getSheetByName('Plan')!;
  const yearRow =
    plan
      .getRange('A1:A20')
      .getValues()
      .findIndex((r) => r[0] === 'year') + 1;
  plan.getRange(yearRow, 3).setValue(2023);
  const before = snapshot(a.ss);
  a.call('menuDecompose');
  expect(snapshot(a.ss)).toBe(before);
  expect(flatText(a.ss.ui.dialogs[a.ss.ui.dialogs.length - 1].message)).toMatch(
    /Calendar!B1: the RU production calendar has no data for 2023/,
  );
});

test('so is the year of a Bonus run: listed at the same cell, the year as typed', () => {
  const a = openAddon({ locale: 'en_US' });
  preparedWorkbook(a);
  a.ss.ui.answer({ button: 'OK', text: '2023-03' });
  const before = snapshot(a.ss);
  a.call('menuBonuses');
  expect(snapshot(a.ss)).toBe(before);
  expect(flatText(a.ss.ui.dialogs[a.ss.ui.dialogs.length - 1].message)).toMatch(
    /Calendar!B1: the RU production calendar has no data for 2023\b/,
  );
});
