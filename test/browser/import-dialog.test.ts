import type { Browser } from 'playwright-core';
import { CP1251_UPPER_HALF } from '../../src/core/import/cp1251';
import { type Lang, textsFor } from '../../src/i18n';
import { chromiumPresent, launchBrowser, openDialog } from './dialog';

/**
 * The Import dialog in Debian's Chromium: a file is picked as a person picks it, the page reads it in the
 * browser and shows what it found, in the spreadsheet's language. CI installs Chromium; a machine without it
 * skips this suite only when SPK_BROWSER=optional says so.
 */
const run = chromiumPresent() || process.env.SPK_BROWSER !== 'optional' ? describe : describe.skip;

const config = (lang: Lang) => ({ lang, texts: textsFor(lang, ['dlg.', 'import.']) });

/** Text → windows-1251 bytes (the encoding amoCRM exports in for Russian accounts). */
function cp1251(text: string): Buffer {
  const upper = Array.from(CP1251_UPPER_HALF);
  return Buffer.from(
    Array.from(text).map((ch) => {
      const code = ch.charCodeAt(0);
      if (code < 0x80) return code;
      const i = upper.indexOf(ch);
      if (i < 0) throw new Error(`no windows-1251 byte for ${ch}`);
      return 0x80 + i;
    }),
  );
}

const AMO = [
  'ID;Название сделки;Бюджет, руб.;Ответственный;Дата создания сделки;Дата закрытия;Этап сделки;Воронка',
  '101;Поставка;120 000;Анна Петрова;03.11.2026 10:15:00;12.11.2026 18:00:00;Успешно реализовано;Продажи',
  '102;Сервис;45 500;Иван Соколов;05.11.2026 09:00;не закрыта;Переговоры;Продажи',
].join('\r\n');

run('Import dialog in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });

  const previewOf = (page: import('playwright-core').Page) =>
    page.$$eval('#preview tr', (rows) =>
      Object.fromEntries(
        rows.map((r) => {
          const row = r as unknown as { dataset: { key: string }; cells: { textContent: string }[] };
          return [row.dataset.key, row.cells[1].textContent];
        }),
      ),
    );

  test('an amoCRM export in windows-1251 with ";" is read and previewed in Russian', async () => {
    const page = await openDialog(browser, 'ImportDialog', config('ru'), {});
    expect(await page.textContent('h1')).toBe('Импорт фактов из файла');
    await page.setInputFiles('#file', { name: 'amocrm.csv', mimeType: 'text/csv', buffer: cp1251(AMO) });
    await page.waitForSelector('#preview:not([hidden])');
    expect(await previewOf(page)).toEqual({
      'dlg.import.file': 'amocrm.csv',
      'dlg.import.encoding': 'Windows-1251',
      'dlg.import.format': 'CSV, разделитель — точка с запятой',
      'dlg.import.rows': '2',
      'dlg.import.columns':
        'ID, Название сделки, Бюджет, руб., Ответственный, Дата создания сделки, Дата закрытия, Этап сделки, Воронка',
    });
    expect(await page.isHidden('#error')).toBe(true);
    await page.close();
  }, 30_000);

  test('a Bitrix24 "Excel" export (an HTML table in UTF-8 with a BOM) is read as a table, in English', async () => {
    const html =
      '\ufeff<html><body><table><tr><th>ID</th><th>Deal Name</th><th>Income</th></tr>' +
      '<tr><td>7</td><td>Rock &amp; Roll</td><td>1 500</td></tr></table></body></html>';
    const page = await openDialog(browser, 'ImportDialog', config('en'), {});
    await page.setInputFiles('#file', {
      name: 'deals.xls',
      mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.from(html),
    });
    await page.waitForSelector('#preview:not([hidden])');
    const preview = await previewOf(page);
    expect(preview['dlg.import.encoding']).toBe('UTF-8');
    expect(preview['dlg.import.format']).toBe('HTML table (Bitrix24 "Excel" export)');
    expect(preview['dlg.import.rows']).toBe('1');
    await page.close();
  }, 30_000);

  test('an XLSX file is refused with a message saying to use File → Import, nothing previewed', async () => {
    const page = await openDialog(browser, 'ImportDialog', config('ru'), {});
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    await page.setInputFiles('#file', { name: 'deals.xlsx', mimeType: 'application/zip', buffer: zip });
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toBe(textsFor('ru', ['import.'])['import.xlsx']);
    expect(await page.isHidden('#preview')).toBe(true);
    await page.close();
  }, 30_000);

  test('Close closes the dialog through google.script.host', async () => {
    const page = await openDialog(browser, 'ImportDialog', config('ru'), {});
    await page.click('#close');
    expect(await page.evaluate(() => (globalThis as unknown as { __closed?: boolean }).__closed)).toBe(true);
    await page.close();
  }, 30_000);
});
