import { Spreadsheet } from '../../local/spreadsheet';
import { bonusTabName, findGeneratedSheet } from '../../src/sheets/tabs';

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
