import { createAppsScriptGlobals } from '../../local/spreadsheet';
import { setupAction } from '../../src/sheets/actions/setup';
import { runAction } from '../../src/sheets/context';
import { AMO, amoExport, cell, exampleRows, importFromTab, tabSum, workbook } from '../helpers/import-tab';
import { flatText } from '../helpers/problems-dialog';
import { exampleWorkbook } from '../helpers/workbook';

/** Issue 14, the Sheets side: what an import costs and where its facts go; Set up; an English spreadsheet. */
describe('Import from a tab: service calls, formulas, other months, stage mapping, Set up, English', () => {
  test('the action makes as many service calls for 10 000 rows as for 100', () => {
    const calls = (n: number) => {
      const a = workbook();
      const rows = amoExport(n);
      importFromTab(a, 'warm-up', rows.slice(0, 2)); // the Import and log tabs made, as on any later day
      const [dialog] = importFromTab(a, 'deals', rows, () => a.ss.counter.reset());
      expect(dialog).toMatch(/выгрузка amoCRM, [\d\s]+ строк/);
      return a.ss.counter.byMethod();
    };
    const small = calls(100);
    const big = calls(10_000);
    // The same calls, but for one insert of rows where the import log outgrows its tab's 1 000 rows.
    expect(small['Sheet.insertRowsAfter']).toBeUndefined();
    expect(big['Sheet.insertRowsAfter']).toBe(1);
    delete big['Sheet.insertRowsAfter'];
    expect(big).toEqual(small);
    expect(Object.values(small).reduce((s, n) => s + n, 0)).toBeLessThan(80);
  });

  test('department rows keep their formulas; a typed value elsewhere in the written block is kept as it was', () => {
    const a = workbook();
    const sheet = a.ss.getSheetByName('2026-11')!;
    const formulasBefore = sheet.getDataRange().getFormulas();
    const note = cell(a, 'm2', 'calls', '2026-11-03');
    note.setValue("'см. CRM");
    importFromTab(a, 'amo', exampleRows(AMO));
    const formulasAfter = sheet.getDataRange().getFormulas();
    expect(formulasAfter).toEqual(formulasBefore);
    expect(note.getValue()).toBe('см. CRM');
    expect(formulasBefore.flat().filter((f) => f !== '').length).toBeGreaterThan(100);
  });

  test('facts of October go to a 2026-10 tab made first; facts of another year are skipped', () => {
    const a = workbook();
    const rows = amoExport(6);
    rows[1][4] = '15.10.2026 10:00:00';
    rows[2][4] = '15.10.2025 10:00:00';
    const [dialog] = importFromTab(a, 'deals', rows);
    expect(a.ss.getSheetByName('2026-10')).not.toBeNull();
    expect(cell(a, 'm1', 'leads', '2026-10-15', '2026-10').getValue()).toBe(1);
    expect(dialog).toMatch(/дата вне года плана — 1/);
    expect(tabSum(a, 'leads') + tabSum(a, 'leads', '2026-10')).toBe(5);
  });

  test('a CRM stage mapped to a funnel step counts it for deals at or past it; a deal lost since is taken back', () => {
    const a = workbook();
    const rows = amoExport(30);
    const won = rows.filter((r) => r[10] === 'Успешно реализовано').length;
    const open = rows.filter((r) => r[10] === 'Переговоры').length;
    const tab = a.ss.getSheetByName('Импорт')!;
    const at = tab
      .getDataRange()
      .getValues()
      .findIndex((r) => r[4] === 'Переговоры');
    // Set up's example mapping has «Переговоры» reach Встречи; set to «не считать», only won deals passed it.
    expect(tab.getRange(at + 1, 7).getValue()).toBe('Встречи');
    tab.getRange(at + 1, 7).setValue('не считать');
    importFromTab(a, 'deals', rows);
    expect(tabSum(a, 'meetings')).toBe(won);
    tab.getRange(at + 1, 7).setValue('Встречи');
    importFromTab(a, 'deals', rows);
    expect(tabSum(a, 'meetings')).toBe(won + open);
    // Deal 0 (won on 1 November, 10 000) is lost in a newer export: its deal and revenue are taken back.
    const before = tabSum(a, 'revenue');
    rows[1][10] = 'Закрыто и не реализовано';
    importFromTab(a, 'deals', rows);
    expect(tabSum(a, 'revenue')).toBe(before - 10_000);
    expect(cell(a, 'm1', 'deals', '2026-11-01').getValue()).toBe('');
  });

  test('Set up makes the Import tab with its defaults, the example mapping and the team in the drop-down', () => {
    const a = workbook();
    const made = a.ss.getSheetByName('Импорт');
    if (made) a.ss.deleteSheet(made);
    runAction(setupAction);
    const values = a.ss.getSheetByName('Импорт')!.getDataRange().getValues();
    const value = (key: string) => values.find((r) => r[0] === key)?.[2];
    expect([value('currency'), value('callSeconds'), value('callDirections')]).toEqual(['RUB', 30, 'все']);
    expect([value('leadsDate'), value('dealsDate'), value('stepsDate')]).toEqual([
      'создания',
      'закрытия',
      'изменения',
    ]);
    const head = values.findIndex((r) => r[0] === 'spk:importTables');
    expect(values[head].slice(1, 10)).toEqual([
      'Сотрудник в CRM или добавочный',
      'Кто это в команде',
      '',
      'Этап в CRM',
      'Воронка CRM',
      'Шаг нашей воронки',
      '',
      'Столбцы: наше поле',
      'Заголовок в файле',
    ]);
    const rows = values.slice(head + 1);
    expect(rows.slice(0, 6).map((r) => [r[1], r[2]])).toEqual([
      ['101', 'Анна Смирнова'],
      ['102', 'Иван Петров'],
      ['103', 'Мария Кузнецова'],
      ['104', 'Олег Соколов'],
      ['105', 'Екатерина Новикова'],
      ['', ''],
    ]);
    const stages = rows.filter((r) => r[4] !== '').map((r) => `${r[4]} (${r[5]}) → ${r[6]}`);
    expect(stages).toEqual([
      'Первичный контакт (Продажи) → не считать',
      'Новая (Общая) → не считать',
      'В работе (Общая) → не считать',
      'Переговоры (Продажи) → Встречи',
      'Принимают решение (Продажи) → Встречи',
      'Согласование договора (Продажи) → Встречи',
      'Подготовка документов (Общая) → Встречи',
      'Счёт на предоплату (Общая) → Встречи',
      'Финальный счёт (Общая) → Встречи',
      'Успешно реализовано (Продажи) → успешно',
      'Закрыто и не реализовано (Продажи) → провалено',
      'Сделка успешна (Общая) → успешно',
      'Сделка провалена (Общая) → провалено',
      'Анализ причины провала (Общая) → провалено',
    ]);
    expect(rows.some((r) => r[8] !== '' || r[9] !== '')).toBe(false);
    const rule = a.ss
      .getSheetByName('Импорт')!
      .getRange(head + 2, 3)
      .getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toContain('Анна Смирнова');
  });

  test('in an English spreadsheet: the Import tab, the log and the dialog in English', () => {
    const a = exampleWorkbook(undefined, 'en_US');
    const g = createAppsScriptGlobals(a.ss);
    Object.assign(globalThis, { SpreadsheetApp: g.SpreadsheetApp, LockService: g.LockService });
    const [dialog] = importFromTab(a, 'amo', exampleRows(AMO));
    expect(dialog).toMatch(/^Import of "amo": the amoCRM export, 40 rows\./);
    expect(dialog).toMatch(/person not found in the team: 40: .*added to the Import tab/);
    expect(a.ss.getSheetByName('Import')).not.toBeNull();
    // Nobody known: nothing counted, so no log yet; the names wait on the Import tab.
    expect(a.ss.getSheetByName('Import log')).toBeNull();
    const listed = a.ss
      .getSheetByName('Import')!
      .getDataRange()
      .getValues()
      .map((r) => r[1]);
    expect(listed).toContain('Анна Смирнова');
    // Set up's example mapping in English: the extensions, the stages as an English interface writes them.
    const rows = a.ss.getSheetByName('Import')!.getDataRange().getValues();
    expect(rows.find((r) => r[1] === '101')?.[2]).toBe('Anna Smith');
    expect(rows.find((r) => r[4] === 'Negotiation')?.slice(4, 7)).toEqual([
      'Negotiation',
      'Sales',
      'Meetings',
    ]);
    expect(rows.find((r) => r[4] === 'Deal won')?.[6]).toBe('won');
    const head = rows.findIndex((r) => r[0] === 'spk:importTables');
    expect(rows[head].slice(8, 10)).toEqual(['Columns: our field', 'Header in the file']);
  });

  test('a team member the Import tab names who is not on the Team tab: a problem at its cell, nothing written', () => {
    const a = workbook();
    importFromTab(a, 'deals', amoExport(3));
    const tab = a.ss.getSheetByName('Импорт')!;
    const head = tab
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === 'spk:importTables');
    tab.getRange(head + 2, 2, 1, 2).setValues([['Петя', 'Пётр Неизвестный']]);
    tab.getRange(head + 3, 5, 1, 3).setValues([['Квалификация', 'Продажи', 'Выставка']]);
    const before = JSON.stringify(a.ss.sheetList().map((s) => [s.getName(), s.getDataRange().getValues()]));
    const [dialog] = importFromTab(a, 'deals 2', amoExport(6));
    expect(flatText(dialog)).toContain(
      `Импорт!C${head + 2}: «Пётр Неизвестный» — такого человека нет на листе «Команда»`,
    );
    expect(flatText(dialog)).toContain(
      `Импорт!G${head + 3}: «Выставка» — нет такого этапа на листе «Воронка»`,
    );
    const after = a.ss.sheetList().filter((s) => s.getName() !== 'deals 2');
    expect(JSON.stringify(after.map((s) => [s.getName(), s.getDataRange().getValues()]))).toBe(before);
  });

  test('through the built add-on: the menu item calls menuImportFromTab, which imports the active tab', () => {
    const a = exampleWorkbook();
    const items = a.ss.ui.menus.flatMap((m) => m.items);
    const item = items.find((i) => i.type === 'item' && i.functionName === 'menuImportFromTab');
    expect(item && 'caption' in item ? item.caption : undefined).toBe('Импортировать факты из этого листа');
    const sheet = a.ss.insertSheet('amo');
    const rows = exampleRows(AMO);
    sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
    sheet.activate();
    const from = a.ss.ui.dialogs.length;
    a.call('menuImportFromTab');
    expect(a.ss.ui.dialogs[from]?.message).toMatch(/^Импорт «amo»: выгрузка amoCRM, 40 строк/);
    expect(tabSum(a, 'leads')).toBe(40);
  });
});
