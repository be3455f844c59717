import fs from 'node:fs';
import path from 'node:path';
import type { Addon } from '../../local/addon';
import { createAppsScriptGlobals } from '../../local/spreadsheet';
import { decodeBytes, parseExportText } from '../../src/core/import';
import { runAction } from '../../src/sheets/context';
import { importFromTabAction } from '../../src/sheets/import/from-tab';
import { alertsSince, mapMonthTab } from './month-facts';
import { exampleWorkbook } from './workbook';

/** The Sheets side of import (issue 14) through the in-memory spreadsheet: exports put into tabs and imported. */
export const EXAMPLES = path.resolve(__dirname, '../../local/examples');

/** The example workbook (ru, 20 November 2026, tab 2026-11) with the Apps Script globals for src code. */
export function workbook(): Addon {
  const a = exampleWorkbook();
  const g = createAppsScriptGlobals(a.ss);
  Object.assign(globalThis, { SpreadsheetApp: g.SpreadsheetApp, LockService: g.LockService });
  return a;
}

/** An example export's rows as text, as File → Import would lay them in a tab. */
export function exampleRows(name: string): string[][] {
  const decoded = decodeBytes(new Uint8Array(fs.readFileSync(path.join(EXAMPLES, name))));
  const { table } = parseExportText(decoded.text);
  return [table.header, ...table.rows];
}

/** Puts `rows` into a new tab `name`, makes it active and runs the action; returns its dialogs. */
export function importFromTab(
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
export function cell(a: Addon, id: string, metric: string, day: string, tab = '2026-11') {
  const sheet = a.ss.getSheetByName(tab)!;
  const map = mapMonthTab(sheet);
  return sheet.getRange(map.rows.get(`${id}|${metric}`)!, map.days.get(day)!);
}

/** Σ of a metric over the managers' day cells of the month tab. */
export function tabSum(a: Addon, metric: string, tab = '2026-11'): number {
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

export const LOG = 'Журнал фактов';
export const IMPORT_LOG = 'Журнал импорта';
export const rowsOf = (a: Addon, tab: string) => a.ss.getSheetByName(tab)?.getDataRange().getValues() ?? [];
export const AMO = 'amocrm-deals-november-2026.csv';
/** Columns of the amoCRM example. */
export const AMO_COL = { id: 0, amount: 2, manager: 3, closed: 7, stage: 10 };

/** Σ of the won deals' amounts of amoCRM rows, each deal (by id) at its last row's amount. */
export function wonRevenue(rows: readonly (readonly string[])[]): number {
  const last = new Map<string, readonly string[]>();
  for (const r of rows) last.set(r[AMO_COL.id], r);
  let sum = 0;
  for (const r of last.values())
    if (r[AMO_COL.stage] === 'Успешно реализовано') sum += Number(r[AMO_COL.amount].replace(/\s/g, ''));
  return sum;
}

/** An amoCRM export of `n` deals of the five example people over November; every third won, every seventh lost. */
export function amoExport(n: number): string[][] {
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
