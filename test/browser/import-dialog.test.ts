import path from 'node:path';
import type { Page } from 'playwright-core';
import { defaultImportSettings } from '../../src/core/import';
import { type Lang, messageOf, textsFor } from '../../src/i18n';
import type { ImportDialogConfig, ImportPart } from '../../src/ui/protocol';
import { TEAM_RU } from '../core/import/helpers';
import { describeInBrowser, openDialog } from './dialog';

/**
 * The Import dialog in Debian's Chromium: a file is picked as a person picks it, the page reads it in the
 * browser with the core and previews it in the spreadsheet's language, and Import sends it to the server in
 * parts.
 */
const EXAMPLES = path.resolve(__dirname, '../../local/examples');
const METRICS = ['leads', 'meetings', 'deals', 'revenue', 'calls'];

function config(lang: Lang): ImportDialogConfig {
  return {
    lang,
    texts: textsFor(lang, ['dlg.', 'import.']),
    settings: { ...defaultImportSettings(TEAM_RU), year: 2026 },
    metrics: Object.fromEntries(METRICS.map((m) => [m, messageOf(`metric.${m}`)?.[lang] ?? m])),
  };
}

const previewOf = (page: Page) =>
  page.$$eval('#preview tr', (rows) =>
    Object.fromEntries(
      rows.map((r) => {
        const row = r as unknown as { dataset: { key: string }; cells: { textContent: string }[] };
        return [row.dataset.key, row.cells[1].textContent];
      }),
    ),
  );

describeInBrowser('Import dialog in Chromium', (browser) => {
  test('the amoCRM example (windows-1251, ";") is read and previewed in Russian', async () => {
    const page = await openDialog(browser(), 'ImportDialog', config('ru'), {});
    expect(await page.textContent('h1')).toBe('Импорт фактов из файла');
    expect(await page.isDisabled('#import')).toBe(true);
    await page.setInputFiles('#file', path.join(EXAMPLES, 'amocrm-deals-november-2026.csv'));
    await page.waitForSelector('#preview:not([hidden])');
    const preview = await previewOf(page);
    expect(preview).toMatchObject({
      'dlg.import.file': 'amocrm-deals-november-2026.csv',
      'dlg.import.source': 'выгрузка amoCRM',
      'dlg.import.encoding': 'Windows-1251',
      'dlg.import.format': 'CSV, разделитель — точка с запятой',
      'dlg.import.rows': '40',
    });
    expect(preview['dlg.import.period']).toMatch(/^\d\d\.11\.2026 — 19\.11\.2026$/);
    expect(preview['dlg.import.people']).toContain('Анна Смирнова');
    expect(preview['dlg.import.counted']).toContain(`${messageOf('metric.leads')?.ru}: 40`);
    expect(await page.isHidden('#error')).toBe(true);
    expect(await page.isEnabled('#import')).toBe(true);
    await page.close();
  }, 30_000);

  test('the Bitrix24 "Excel" example (an HTML table) in English: the dollar deal is listed as not counted', async () => {
    const page = await openDialog(browser(), 'ImportDialog', config('en'), {});
    await page.setInputFiles('#file', path.join(EXAMPLES, 'bitrix24-deals-november-2026.xls'));
    await page.waitForSelector('#preview:not([hidden])');
    const preview = await previewOf(page);
    expect(preview['dlg.import.source']).toBe('the Bitrix24 export');
    expect(preview['dlg.import.format']).toBe('HTML table (Bitrix24 "Excel" export)');
    expect(preview['dlg.import.skipped']).toContain('(USD)');
    await page.close();
  }, 30_000);

  test('an XLSX file is refused with a message saying to use File → Import, nothing previewed', async () => {
    const page = await openDialog(browser(), 'ImportDialog', config('ru'), {});
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    await page.setInputFiles('#file', { name: 'deals.xlsx', mimeType: 'application/zip', buffer: zip });
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toBe(textsFor('ru', ['import.'])['import.xlsx']);
    expect(await page.isHidden('#preview')).toBe(true);
    expect(await page.isDisabled('#import')).toBe(true);
    await page.close();
  }, 30_000);

  test('Import sends the columns that count in parts, header first, and shows the server’s answer', async () => {
    const parts: ImportPart[] = [];
    const page = await openDialog(browser(), 'ImportDialog', config('ru'), {
      importDialogPart: (part: ImportPart) => {
        parts.push(part);
        return { ok: true, text: '' };
      },
      importDialogFinish: (label: string) => ({ ok: true, text: `готово: ${label}` }),
    });
    await page.setInputFiles('#file', path.join(EXAMPLES, 'calls-november-2026.csv'));
    await page.waitForSelector('#preview:not([hidden])');
    await page.click('#import');
    await page.waitForSelector('#result:has-text("готово")');
    expect(await page.textContent('#result')).toBe('готово: calls-november-2026.csv');
    expect(parts.map((p) => p.header !== null)).toEqual([true]);
    expect(parts[0].rows).toHaveLength(566);
    expect(parts[0].header?.length).toBeLessThanOrEqual(parts[0].rows[0].length);
    expect(await page.isDisabled('#import')).toBe(true);
    await page.close();
  }, 30_000);

  test('Close closes the dialog through google.script.host', async () => {
    const page = await openDialog(browser(), 'ImportDialog', config('ru'), {});
    await page.click('#close');
    expect(await page.evaluate(() => (globalThis as unknown as { __closed?: boolean }).__closed)).toBe(true);
    await page.close();
  }, 30_000);
});
