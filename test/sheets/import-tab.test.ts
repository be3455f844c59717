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
  test('the amoCRM example: every lead, won deal and rouble lands in the November tab; unknown stages are listed on the Import tab', () => {
    const a = workbook();
    const [header, ...rows] = exampleRows(AMO);
    const dialogs = importFromTab(a, 'amo', [header, ...rows]);
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]).toMatch(/^Импорт «amo»: выгрузка amoCRM, 48 строк\. Новых: 48/);
    expect(dialogs[0]).toMatch(/• Анна Смирнова: Лиды 10, Сделки 3, Выручка 264\s500 \(3 сделки\)/);
    expect(tabSum(a, 'leads')).toBe(48);
    const won = rows.filter((r) => r[AMO_COL.stage] === 'Успешно реализовано');
    expect(tabSum(a, 'deals')).toBe(won.length);
    expect(tabSum(a, 'revenue')).toBe(wonRevenue(rows));
    // The stages it did not know are on the Import tab, their step left for the user.
    const importTab = rowsOf(a, 'Импорт');
    const stages = importTab.filter((r) => r[4] !== '' && r[5] === 'Продажи').map((r) => [r[4], r[6]]);
    expect(stages).toEqual([
      ['Принимают решение', ''],
      ['Первичный контакт', ''],
      ['Переговоры', ''],
      ['Согласование договора', ''],
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
    expect(dialog).toMatch(/Новых: 0, изменённых: 0, без изменений: 48/);
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
    expect(tabSum(a, 'leads')).toBe(48);
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
    expect(replaced.length).toBe(3); // Анна Смирнова's three won deals, each on its own day
    expect(values.filter((v) => v !== 7).reduce((s: number, v) => s + Number(v), 0)).toBe(264_500);
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
    expect(leadsBefore).toBe(48 - renamed.filter((r) => r[AMO_COL.manager] === 'А. Смирнова').length);
    expect(tabSum(a, 'leads')).toBe(48);
    expect(tabSum(a, 'revenue')).toBe(wonRevenue(rows));
  });

  test('the Bitrix24 .xls and the call log through tabs; extensions mapped on the Import tab count', () => {
    const a = workbook();
    const [bitrix] = importFromTab(a, 'bitrix', exampleRows('bitrix24-deals-november-2026.xls'));
    expect(bitrix).toMatch(/выгрузка Битрикс24, 36 строк/);
    expect(bitrix).toMatch(/другая валюта — 1: USD \(1\)/);
    const [calls] = importFromTab(a, 'calls', exampleRows('calls-november-2026.csv'));
    expect(calls).toMatch(/журнал звонков, 885 строк/);
    expect(calls).toMatch(/сотрудник не найден в команде — \d+: 10\d/);
    const byName = tabSum(a, 'calls');
    const tab = a.ss.getSheetByName('Импорт')!;
    const values = tab.getDataRange().getValues();
    const names = ['Анна Смирнова', 'Иван Петров', 'Мария Кузнецова', 'Олег Соколов', 'Екатерина Новикова'];
    values.forEach((r, i) => {
      if (/^10[1-5]$/.test(String(r[1]))) tab.getRange(i + 1, 3).setValue(names[Number(r[1]) - 101]);
    });
    const [again] = importFromTab(a, 'calls', exampleRows('calls-november-2026.csv'));
    expect(again).not.toMatch(/сотрудник не найден/);
    expect(tabSum(a, 'calls')).toBeGreaterThan(byName);
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
