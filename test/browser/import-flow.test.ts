import path from 'node:path';
import type { Addon } from '../../local/addon';
import { AMO, EXAMPLES, exampleRows, tabSum, wonRevenue } from '../helpers/import-tab';
import { flatText } from '../helpers/problems-dialog';
import { exampleWorkbook } from '../helpers/workbook';
import { describeInBrowser, openHtml } from './dialog';

/**
 * The whole way in through a file: the built add-on opens its Import dialog (menu → HtmlService →
 * Ui.showModalDialog), the page as it served it runs in Chromium, the person picks the amoCRM example and
 * presses Import, and google.script.run reaches the add-on's own globals over the in-memory spreadsheet.
 */

function dialogOf(a: Addon): string {
  const dialogs = a.ss.ui.dialogs.filter((d) => d.kind === 'modal');
  expect(dialogs).toHaveLength(1);
  return dialogs[0].message;
}

describeInBrowser('Import from a file, end to end', (browser) => {
  /** Menu → the served page in Chromium → the file picked → Import; the text the page shows at the end. */
  async function importThroughDialog(
    a: Addon,
    file: string | { name: string; mimeType: string; buffer: Buffer },
  ): Promise<string> {
    a.ss.ui.dialogs.length = 0;
    a.call('menuImportFromFile');
    const page = await openHtml(browser(), dialogOf(a), {
      importDialogPart: (part: unknown) => a.call('importDialogPart', part),
      importDialogFinish: (label: unknown) => a.call('importDialogFinish', label),
    });
    await page.setInputFiles('#file', typeof file === 'string' ? path.join(EXAMPLES, file) : file);
    await page.waitForSelector('#preview:not([hidden])');
    await page.click('#import');
    await page.waitForSelector('#result:not(:has-text("…"))');
    expect(await page.isHidden('#error')).toBe(true);
    const result = (await page.textContent('#result')) ?? '';
    await page.close();
    return result;
  }

  test('the amoCRM example lands in the month tab; importing it again changes nothing', async () => {
    const a = exampleWorkbook();
    const before = tabSum(a, 'revenue');
    const won = wonRevenue(exampleRows(AMO));
    expect(won).toBeGreaterThan(0);
    expect(await importThroughDialog(a, AMO)).toContain(AMO);
    expect(tabSum(a, 'revenue')).toBeCloseTo(before + won, 2);
    await importThroughDialog(a, AMO);
    expect(tabSum(a, 'revenue')).toBeCloseTo(before + won, 2);
    expect(a.ss.getSheetByName('~import upload')).toBeNull();
  }, 60_000);

  test('a column mapped by hand on the Import tab: the page previews and sends it, the add-on counts it', async () => {
    const a = exampleWorkbook();
    const before = tabSum(a, 'revenue');
    const [header, ...rows] = exampleRows(AMO);
    const renamed = [header.map((h) => (h.trim() === 'Бюджет' ? 'Сумма сделки, руб' : h)), ...rows];
    const text = renamed.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(';')).join('\r\n');
    const file = { name: 'amo-renamed.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
    const tab = a.ss.getSheetByName('Импорт')!;
    const head = tab
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === 'spk:importTables');
    tab.getRange(head + 2, 9, 1, 2).setValues([['Сумма', 'Сумма сделки, руб']]);
    expect(await importThroughDialog(a, file)).toContain('amo-renamed.csv');
    expect(tabSum(a, 'revenue')).toBeCloseTo(before + 508_000, 2);
  }, 60_000);

  test('settings with problems: the menu shows the problems dialog instead of the page', () => {
    const a = exampleWorkbook();
    a.ss.getSheetByName('Команда')?.getRange('G2').setValue('много');
    a.call('menuImportFromFile');
    expect(a.ss.ui.dialogs.filter((d) => d.kind === 'modal')).toHaveLength(0);
    expect(flatText(a.ss.ui.dialogs.at(-1)?.message ?? '')).toContain('Команда!G2');
  });
});
