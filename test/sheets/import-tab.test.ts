import { runAction } from '../../src/sheets/context';
import { importFromTabAction } from '../../src/sheets/import/from-tab';
import {
  AMO,
  AMO_COL,
  exampleRows,
  IMPORT_LOG,
  importFromTab,
  LOG,
  rowsOf,
  tabSum,
  wonRevenue,
  workbook,
} from '../helpers/import-tab';
import { alertsSince, mapMonthTab } from '../helpers/month-facts';

/**
 * Issue 14, the Sheets side: an export brought into a tab (File → Import) becomes facts in the month tabs,
 * every deal counted once however often it is imported, nothing typed by hand lost.
 */
describe('Import facts from this tab', () => {
  test('the amoCRM example: every lead, meeting, won deal and rouble lands in the November tab; its stages are already on the Import tab', () => {
    const a = workbook();
    const [header, ...rows] = exampleRows(AMO);
    const dialogs = importFromTab(a, 'amo', [header, ...rows]);
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]).toMatch(/^Импорт «amo»: выгрузка amoCRM, 40 строк\. Новых: 40/);
    // Her 8 deals: 2 won, 3 at «Принимают решение» and 1 at «Переговоры» (a meeting held), 2 not as far.
    expect(dialogs[0]).toMatch(/• Анна Смирнова: Лиды 8, Встречи 6, Сделки 2, Выручка 114\s500 \(2 сделки\)/);
    expect(dialogs[0]).not.toMatch(/не найден|незнаком|добавлены на лист/);
    expect(tabSum(a, 'leads')).toBe(40);
    expect(tabSum(a, 'meetings')).toBe(30);
    const won = rows.filter((r) => r[AMO_COL.stage] === 'Успешно реализовано');
    expect(tabSum(a, 'deals')).toBe(won.length);
    expect(tabSum(a, 'revenue')).toBe(wonRevenue(rows));
    // Set up listed amoCRM's stages; the import appended none.
    const importTab = rowsOf(a, 'Импорт');
    const stages = importTab.filter((r) => r[4] !== '' && r[5] === 'Продажи').map((r) => [r[4], r[6]]);
    expect(stages).toEqual([
      ['Первичный контакт', 'не считать'],
      ['Переговоры', 'Встречи'],
      ['Принимают решение', 'Встречи'],
      ['Согласование договора', 'Встречи'],
      ['Успешно реализовано', 'успешно'],
      ['Закрыто и не реализовано', 'провалено'],
    ]);
    expect(a.ss.getSheetByName(IMPORT_LOG)!.isSheetHidden()).toBe(true);
  });

  test('the same export again changes nothing: no cell written, no log row added', () => {
    const a = workbook();
    const rows = exampleRows(AMO);
    importFromTab(a, 'amo', rows);
    const month = JSON.stringify(rowsOf(a, '2026-11'));
    const logRows = rowsOf(a, IMPORT_LOG).length;
    const [dialog] = importFromTab(a, 'amo', rows);
    expect(dialog).toMatch(/Новых: 0, изменённых: 0, без изменений: 40/);
    expect(dialog).toMatch(/Листы месяцев не изменились/);
    expect(JSON.stringify(rowsOf(a, '2026-11'))).toBe(month);
    expect(rowsOf(a, IMPORT_LOG)).toHaveLength(logRows);
  });

  test('an overlapping newer export: every deal counted once, at its newest amount and stage', () => {
    const a = workbook();
    const [header, ...rows] = exampleRows(AMO);
    const first = rows.slice(0, 30);
    // The newer export: rows 15… with the overlapping won deals 10 000 dearer and one open deal won since.
    const newer = rows.slice(15).map((r, i) => {
      const row = [...r];
      if (i < 15 && row[AMO_COL.stage] === 'Успешно реализовано')
        row[AMO_COL.amount] = String(Number(row[AMO_COL.amount].replace(/\s/g, '')) + 10_000);
      return row;
    });
    const opened = newer.findIndex((r) => r[AMO_COL.closed] === 'не закрыта');
    newer[opened][AMO_COL.stage] = 'Успешно реализовано';
    newer[opened][AMO_COL.closed] = '20.11.2026 12:00:00';
    importFromTab(a, 'export 1', [header, ...first]);
    const [dialog] = importFromTab(a, 'export 2', [header, ...newer]);
    expect(dialog).toMatch(/Импорт «export 2»/);
    const latest = [...rows.slice(0, 15), ...newer];
    expect(tabSum(a, 'leads')).toBe(40);
    expect(tabSum(a, 'deals')).toBe(latest.filter((r) => r[AMO_COL.stage] === 'Успешно реализовано').length);
    expect(tabSum(a, 'revenue')).toBe(wonRevenue(latest));
  });

  test('a value typed by hand that the import replaces is kept in the facts log and listed; one it does not change stays', () => {
    const a = workbook();
    const sheet = a.ss.getSheetByName('2026-11')!;
    const map = mapMonthTab(sheet);
    const row = map.rows.get('m1|revenue')!;
    const days = [...map.days.keys()];
    for (const day of days) sheet.getRange(row, map.days.get(day)!).setValue(7);
    const [dialog] = importFromTab(a, 'amo', exampleRows(AMO));
    const values = days.map((day) => sheet.getRange(row, map.days.get(day)!).getValue());
    const replaced = days.filter((_, i) => values[i] !== 7);
    expect(replaced.length).toBe(2); // Анна Смирнова's two won deals, each on its own day
    expect(values.filter((v) => v !== 7).reduce((s: number, v) => s + Number(v), 0)).toBe(114_500);
    expect(dialog).toMatch(/Заменены значения, введённые вручную \(сохранены в листе «Журнал фактов»\):/);
    for (const day of replaced) {
      expect(dialog).toContain(`2026-11, Анна Смирнова, Выручка, ${day}: было 7, стало`);
      expect(
        rowsOf(a, LOG).some((r) => r[0] === 'm1' && r[1] === 'revenue' && r[2] === day && r[3] === 7),
      ).toBe(true);
    }
    // Typed over the import's own value: a newer export that changes the deal replaces it again (and logs it).
    const day = replaced[0];
    const target = sheet.getRange(row, map.days.get(day)!);
    target.setValue(999);
    const again = importFromTab(a, 'amo', exampleRows(AMO))[0];
    expect(target.getValue()).toBe(999);
    expect(again).not.toMatch(/Заменены значения/);
  });

  test('unknown people are appended to the Import tab; once mapped, their deals count', () => {
    const a = workbook();
    const [header, ...rows] = exampleRows(AMO);
    const renamed = rows.map((r) =>
      r[AMO_COL.manager] === 'Анна Смирнова'
        ? Object.assign([...r], { [AMO_COL.manager]: 'А. Смирнова' })
        : r,
    );
    const [dialog] = importFromTab(a, 'amo', [header, ...renamed]);
    expect(dialog).toMatch(
      /сотрудник не найден в команде — \d+: А\. Смирнова \(\d+\); добавлены на лист «Импорт»/,
    );
    const tab = a.ss.getSheetByName('Импорт')!;
    const values = tab.getDataRange().getValues();
    const at = values.findIndex((r) => r[1] === 'А. Смирнова');
    expect(values[at][2]).toBe('');
    const leadsBefore = tabSum(a, 'leads');
    // Imported again unmapped: not appended twice, and the dialog says to fill it in.
    expect(importFromTab(a, 'amo', [header, ...renamed])[0]).toMatch(
      /уже есть на листе «Импорт», но не сопоставлены/,
    );
    expect(
      tab
        .getDataRange()
        .getValues()
        .filter((r) => r[1] === 'А. Смирнова'),
    ).toHaveLength(1);
    tab.getRange(at + 1, 3).setValue('Анна Смирнова');
    importFromTab(a, 'amo', [header, ...renamed]);
    expect(leadsBefore).toBe(40 - renamed.filter((r) => r[AMO_COL.manager] === 'А. Смирнова').length);
    expect(tabSum(a, 'leads')).toBe(40);
    expect(tabSum(a, 'revenue')).toBe(wonRevenue(rows));
  });

  test('the Bitrix24 .xls and the call log through tabs: Set up mapped their stages and extensions; an extension unmapped is not counted', () => {
    const a = workbook();
    const [bitrix] = importFromTab(a, 'bitrix', exampleRows('bitrix24-deals-november-2026.xls'));
    expect(bitrix).toMatch(/выгрузка Битрикс24, 26 строк/);
    expect(bitrix).toMatch(/другая валюта — 1: USD \(1\)/);
    expect(bitrix).not.toMatch(/не найден|незнаком/);
    expect([tabSum(a, 'deals'), tabSum(a, 'revenue'), tabSum(a, 'meetings')]).toEqual([10, 663_000, 17]);
    // With 101 unmapped, Анна Смирнова's calls logged by extension only are not counted, and the dialog says so.
    const tab = a.ss.getSheetByName('Импорт')!;
    const at = tab
      .getDataRange()
      .getValues()
      .findIndex((r) => String(r[1]) === '101');
    expect(tab.getRange(at + 1, 3).getValue()).toBe('Анна Смирнова');
    tab.getRange(at + 1, 3).setValue('');
    const [unmapped] = importFromTab(a, 'calls', exampleRows('calls-november-2026.csv'));
    expect(unmapped).toMatch(/журнал звонков, 566 строк/);
    expect(unmapped).toMatch(/сотрудник не найден в команде — \d+: 101 \(\d+\)/);
    expect(unmapped).toMatch(/уже есть на листе «Импорт», но не сопоставлены/);
    expect(tabSum(a, 'calls')).toBeLessThan(308);
    tab.getRange(at + 1, 3).setValue('Анна Смирнова');
    const [calls] = importFromTab(a, 'calls', exampleRows('calls-november-2026.csv'));
    expect(calls).not.toMatch(/сотрудник не найден/);
    // 405 answered, 97 of them shorter than 30 seconds.
    expect(tabSum(a, 'calls')).toBe(308);
  });

  test('a Sales Plan Kit tab is refused; a tab that is no export writes nothing and says what is missing', () => {
    const a = workbook();
    a.ss.getSheetByName('2026-11')!.activate();
    const from = a.ss.ui.dialogs.length;
    const before = JSON.stringify(a.ss.sheetList().map((s) => [s.getName(), s.getDataRange().getValues()]));
    runAction(importFromTabAction);
    expect(alertsSince(a, from)[0]).toMatch(/^Лист «2026-11» — лист Sales Plan Kit, а не выгрузка/);
    const [header, ...rows] = exampleRows(AMO);
    const noDates = [
      header.filter((_, i) => i !== 4 && i !== 6 && i !== 7),
      ...rows.map((r) => r.filter((_, i) => i !== 4 && i !== 6 && i !== 7)),
    ];
    const [dialog] = importFromTab(a, 'no dates', noDates);
    expect(dialog).toMatch(
      /^Импорт «no dates» невозможен: выгрузка amoCRM: нет колонки с датой .*Ничего не записано\.$/,
    );
    const after = a.ss.sheetList().filter((s) => s.getName() !== 'no dates');
    expect(JSON.stringify(after.map((s) => [s.getName(), s.getDataRange().getValues()]))).toBe(before);
  });
});
