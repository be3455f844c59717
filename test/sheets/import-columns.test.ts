import { AMO, exampleRows, importFromTab, rowsOf, tabSum, workbook } from '../helpers/import-tab';
import { flatText } from '../helpers/problems-dialog';

/**
 * Issue 14: "let the Import tab map any column by hand". The Columns table (our field → the header in the
 * file) overrides what the import detects, for a tab imported and for the file dialog alike.
 */
const RENAMED = 'Сумма сделки, руб';

/** The amoCRM example with its «Бюджет » column renamed to a header no alias knows. */
function renamedAmo(): string[][] {
  const [header, ...rows] = exampleRows(AMO);
  return [header.map((h) => (h.trim() === 'Бюджет' ? RENAMED : h)), ...rows];
}

/** Types `cells` into the Columns table's first row (columns I:J under the tables' header row). */
function mapColumn(a: ReturnType<typeof workbook>, cells: [string, string]): number {
  const tab = a.ss.getSheetByName('Импорт')!;
  const head = rowsOf(a, 'Импорт').findIndex((r) => r[0] === 'spk:importTables') + 1;
  tab.getRange(head + 1, 9, 1, 2).setValues([cells]);
  return head + 1;
}

describe('the Import tab maps a column by hand', () => {
  test('an amount column the import does not know counts once «Сумма → Сумма сделки, руб» is on the Import tab', () => {
    const a = workbook();
    const [unmapped] = importFromTab(a, 'amo', renamedAmo());
    expect(unmapped).toMatch(/выгрузка amoCRM, 40 строк/);
    expect(unmapped).toMatch(/нет суммы — 9/);
    expect([tabSum(a, 'deals'), tabSum(a, 'revenue')]).toEqual([9, 0]);
    mapColumn(a, ['Сумма', RENAMED]);
    const [mapped] = importFromTab(a, 'amo', renamedAmo());
    expect(mapped).not.toMatch(/нет суммы/);
    expect([tabSum(a, 'deals'), tabSum(a, 'revenue')]).toEqual([9, 508_000]);
  });

  test('the field named in either language (a workbook whose language changed); the header, case and spaces aside', () => {
    const a = workbook();
    mapColumn(a, ['Amount', '  сумма СДЕЛКИ, руб ']);
    importFromTab(a, 'amo', renamedAmo());
    expect(tabSum(a, 'revenue')).toBe(508_000);
  });

  test('a mapped header the file does not have: the import says which, and writes nothing', () => {
    const a = workbook();
    mapColumn(a, ['Сумма', 'Стоимость']);
    const before = JSON.stringify(a.ss.sheetList().map((s) => [s.getName(), s.getDataRange().getValues()]));
    const [dialog] = importFromTab(a, 'amo', renamedAmo());
    expect(dialog).toBe(
      'Импорт «amo» невозможен: колонки «Стоимость», указанной для поля Сумма, в файле нет. Ничего не записано.',
    );
    const after = a.ss.sheetList().filter((s) => s.getName() !== 'amo');
    expect(JSON.stringify(after.map((s) => [s.getName(), s.getDataRange().getValues()]))).toBe(before);
  });

  test('a field that is none of the list: a problem at its cell, nothing imported', () => {
    const a = workbook();
    const row = mapColumn(a, ['Бюджетик', RENAMED]);
    const [dialog] = importFromTab(a, 'amo', renamedAmo());
    expect(flatText(dialog)).toContain(
      `Импорт!I${row}: «Бюджетик» — такого поля нет; выберите одно из: «Дата создания»,`,
    );
    expect(tabSum(a, 'leads')).toBe(0);
  });

  test('the file dialog gets the mapping with the import settings, so its preview reads the same columns', () => {
    const a = workbook();
    mapColumn(a, ['Сумма', RENAMED]);
    a.ss.ui.dialogs.length = 0;
    a.call('menuImportFromFile');
    const page = a.ss.ui.dialogs.find((d) => d.kind === 'modal')!.message;
    const config = JSON.parse(/<script[^>]*id="spk-config"[^>]*>([^<]*)<\/script>/.exec(page)![1]);
    expect(config.mapping).toEqual({ amount: RENAMED });
  });

  test('Set up writes the Columns table empty, its field column a drop-down of the fields in the language', () => {
    const a = workbook();
    const tab = a.ss.getSheetByName('Импорт')!;
    const head = rowsOf(a, 'Импорт').findIndex((r) => r[0] === 'spk:importTables') + 1;
    const rule = tab.getRange(head + 1, 9).getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual(
      expect.arrayContaining([
        'Дата создания',
        'Дата закрытия',
        'Сумма',
        'Сотрудник',
        'Длительность',
        'Отвечен',
      ]),
    );
  });
});
