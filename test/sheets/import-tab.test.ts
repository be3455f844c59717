import fs from 'node:fs';
import path from 'node:path';
import type { Addon } from '../../local/addon';
import { createAppsScriptGlobals } from '../../local/spreadsheet';
import { decodeBytes, parseExportText } from '../../src/core/import';
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
function importFromTab(a: Addon, name: string, rows: readonly (readonly unknown[])[]): string[] {
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

describe('Import facts from this tab', () => {
  test('the amoCRM example: leads, won deals and revenue land in the November tab', () => {
    const a = workbook();
    const rows = exampleRows('amocrm-deals-november-2026.csv');
    const dialogs = importFromTab(a, 'amo', rows);
    expect(dialogs).toHaveLength(1);
    console.log(dialogs[0]);
    expect(tabSum(a, 'leads')).toBe(48);
  });
});
