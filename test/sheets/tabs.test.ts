import { Spreadsheet } from '../../local/spreadsheet';
import { Problems } from '../../src/sheets/problems';
import { bonusTabName, findGeneratedSheet, planTabName } from '../../src/sheets/tabs';

describe('generated tabs in either language', () => {
  test("last month's Bonus tab made in English is found after the spreadsheet turned Russian (draw balances kept)", () => {
    const ss = new Spreadsheet({ locale: 'ru_RU' });
    ss.insertSheet('Bonus 2026-10');
    const found = findGeneratedSheet(
      ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
      (lang) => bonusTabName(2026, 10, lang),
      'ru',
    );
    expect(found?.getName()).toBe('Bonus 2026-10');
  });

  test('the current language wins when both exist', () => {
    const ss = new Spreadsheet({ locale: 'ru_RU' });
    ss.insertSheet('Bonus 2026-10');
    ss.insertSheet('Премии 2026-10');
    const found = findGeneratedSheet(
      ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
      (lang) => bonusTabName(2026, 10, lang),
      'ru',
    );
    expect(found?.getName()).toBe('Премии 2026-10');
  });
});

describe('a year in a message is a label, shown as typed', () => {
  test.each(['ru', 'en'] as const)('%s: the plan tab and a settings problem say 2031, not 2 031', (lang) => {
    expect(planTabName(2031, lang)).toMatch(/ 2031$/);
    const problems = new Problems();
    problems.add('Calendar', 1, 2, 'calendar.yearNotCovered', { country: 'RU', year: 2031 });
    expect(problems.lines(lang)[0]).toMatch(/\b2031\b/);
  });
});
