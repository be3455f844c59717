import fs from 'node:fs';
import path from 'node:path';
import type { Addon } from '../../local/addon';
import { createAppsScriptGlobals } from '../../local/spreadsheet';
import { decodeBytes, parseExportText } from '../../src/core/import';
import { setupAction } from '../../src/sheets/actions/setup';
import { runAction } from '../../src/sheets/context';
import { importFromTabAction } from '../../src/sheets/import/from-tab';
import { alertsSince, mapMonthTab } from '../helpers/month-facts';
import { exampleWorkbook } from '../helpers/workbook';

/**
 * Issue 14, the Sheets side: an export brought into a tab (File → Import) becomes facts in the month tabs,
 * every deal counted once however often it is imported, nothing typed by hand lost.
 */
const EXAMPLES = path.resolve(__dirname, '../../local/examples');

/** The example workbook (ru, 20 November 2026, tab 2026-11) with the Apps Script globals for src code. */
function workbook(): Addon {
  const a = exampleWorkbook();
  const g = createAppsScriptGlobals(a.ss);
  Object.assign(globalThis, { SpreadsheetApp: g.SpreadsheetApp, LockService: g.LockService });
  return a;
}

/** An example export's rows as text, as File → Import would lay them in a tab. */
function exampleRows(name: string): string[][] {
  const decoded = decodeBytes(new Uint8Array(fs.readFileSync(path.join(EXAMPLES, name))));
  const { table } = parseExportText(decoded.text);
  return [table.header, ...table.rows];
}

/** Puts `rows` into a new tab `name`, makes it active and runs the action; returns its dialogs. */
function importFromTab(
  a: Addon,
  name: string,
  rows: readonly (readonly unknown[])[],
  beforeRun?: () => void,
): string[] {
  let sheet = a.ss.getSheetByName(name);
  if (sheet) a.ss.deleteSheet(sheet);
  sheet = a.ss.insertSheet(name);
  const width = Math.max(...rows.map((r) => r.length));
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(1, width - sheet.getMaxColumns());
  if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(1, rows.length - sheet.getMaxRows());
  const padded = rows.map((r) =>
    [...r, ...new Array(width - r.length).fill('')].map((v) =>
      typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v,
    ),
  );
  sheet.getRange(1, 1, rows.length, width).setValues(padded);
  sheet.activate();
  const from = a.ss.ui.dialogs.length;
  beforeRun?.();
  runAction(importFromTabAction);
  return alertsSince(a, from);
}

/** The month tab's fact cell of (id, metric, ISO day). */
function cell(a: Addon, id: string, metric: string, day: string, tab = '2026-11') {
  const sheet = a.ss.getSheetByName(tab)!;
  const map = mapMonthTab(sheet);
  return sheet.getRange(map.rows.get(`${id}|${metric}`)!, map.days.get(day)!);
}

/** Σ of a metric over the managers' day cells of the month tab. */
function tabSum(a: Addon, metric: string, tab = '2026-11'): number {
  const sheet = a.ss.getSheetByName(tab)!;
  const map = mapMonthTab(sheet);
  const values = sheet.getDataRange().getValues();
  let sum = 0;
  for (const [key, row] of map.rows) {
    if (!key.endsWith(`|${metric}`)) continue;
    for (const col of map.days.values()) {
      const v = values[row - 1][col - 1];
      if (typeof v === 'number') sum += v;
    }
  }
  return Math.round(sum * 100) / 100;
}

const LOG = 'Журнал фактов';
const IMPORT_LOG = 'Журнал импорта';
const rowsOf = (a: Addon, tab: string) => a.ss.getSheetByName(tab)?.getDataRange().getValues() ?? [];
const AMO = 'amocrm-deals-november-2026.csv';
/** Columns of the amoCRM example. */
const AMO_COL = { id: 0, amount: 2, manager: 3, closed: 7, stage: 10 };

/** Σ of the won deals' amounts of amoCRM rows, each deal (by id) at its last row's amount. */
function wonRevenue(rows: readonly (readonly string[])[]): number {
  const last = new Map<string, readonly string[]>();
  for (const r of rows) last.set(r[AMO_COL.id], r);
  let sum = 0;
  for (const r of last.values())
    if (r[AMO_COL.stage] === 'Успешно реализовано') sum += Number(r[AMO_COL.amount].replace(/\s/g, ''));
  return sum;
}

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
    expect(values.filter((v) => v !== 7).reduce((s, v) => s + Number(v), 0)).toBe(264_500);
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

/** An amoCRM export of `n` deals of the five example people over November; every third won, every seventh lost. */
function amoExport(n: number): string[][] {
  const [header] = exampleRows(AMO);
  const people = ['Анна Смирнова', 'Петров Иван', 'Мария Кузнецова', 'Олег Соколов', 'Екатерина Новикова'];
  const rows: string[][] = [header];
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 30)).padStart(2, '0');
    const won = i % 3 === 0;
    const lost = !won && i % 7 === 0;
    const stage = won ? 'Успешно реализовано' : lost ? 'Закрыто и не реализовано' : 'Переговоры';
    const closed = won || lost ? `${day}.11.2026 16:00:00` : 'не закрыта';
    const row = [String(40_000_000 + i), `Сделка ${i}`, String(10_000 + (i % 50) * 1000), people[i % 5]];
    row.push(
      `${day}.11.2026 10:00:00`,
      people[i % 5],
      `${day}.11.2026 12:00:00`,
      closed,
      '',
      '',
      stage,
      'Продажи',
    );
    rows.push([...row, '', '', '']);
  }
  return rows;
}

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
    importFromTab(a, 'deals', rows);
    expect(tabSum(a, 'meetings')).toBe(0);
    const tab = a.ss.getSheetByName('Импорт')!;
    const at = tab
      .getDataRange()
      .getValues()
      .findIndex((r) => r[4] === 'Переговоры');
    tab.getRange(at + 1, 7).setValue('Встречи');
    importFromTab(a, 'deals', rows);
    const won = rows.filter((r) => r[10] === 'Успешно реализовано').length;
    const open = rows.filter((r) => r[10] === 'Переговоры').length;
    expect(tabSum(a, 'meetings')).toBe(won + open);
    // Deal 0 (won on 1 November, 10 000) is lost in a newer export: its deal and revenue are taken back.
    const before = tabSum(a, 'revenue');
    rows[1][10] = 'Закрыто и не реализовано';
    importFromTab(a, 'deals', rows);
    expect(tabSum(a, 'revenue')).toBe(before - 10_000);
    expect(cell(a, 'm1', 'deals', '2026-11-01').getValue()).toBe('');
  });

  test('Set up makes the Import tab with its defaults and the team in the drop-down', () => {
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
    expect(values[head].slice(1, 7)).toEqual([
      'Сотрудник в CRM или добавочный',
      'Кто это в команде',
      '',
      'Этап в CRM',
      'Воронка CRM',
      'Шаг нашей воронки',
    ]);
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
    expect(dialog).toMatch(/^Import of "amo": the amoCRM export, 48 rows\./);
    expect(dialog).toMatch(/person not found in the team: 48: .*added to the Import tab/);
    expect(a.ss.getSheetByName('Import')).not.toBeNull();
    // Nobody known: nothing counted, so no log yet; the names wait on the Import tab.
    expect(a.ss.getSheetByName('Import log')).toBeNull();
    const listed = a.ss
      .getSheetByName('Import')!
      .getDataRange()
      .getValues()
      .map((r) => r[1]);
    expect(listed).toContain('Анна Смирнова');
  });
});
