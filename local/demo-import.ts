/**
 * `npm run demo -- --import FILE`: an export put into the workbook as a person would with Sheets' File →
 * Import (a new tab of its rows), ready for the add-on's "Import actuals from this tab". CSV, TSV and the
 * Bitrix24 HTML .xls are read with the add-on's own core; an XLSX through exceljs, as Sheets would open it.
 * A file the core refuses is reported in the workbook's language before anything is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DomainError } from '../src/core/errors';
import { decodeBytes, detectSource, parseExportText, type Table, tableOf } from '../src/core/import';
import { errorText, type Lang } from '../src/i18n';
import type { Spreadsheet } from './spreadsheet';

/** A file the import cannot read: `message` is the add-on's own words. */
export class ImportRefused extends Error {}

const isXlsx = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03;

/** The first worksheet's cells as text, as Sheets' File → Import opens an XLSX. */
async function xlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws?.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(row.getCell(c).text ?? '');
    rows.push(cells);
  });
  return rows;
}

/** An XLSX's rows; a file exceljs cannot open is refused as the core refuses binary data. */
async function xlsxTable(bytes: Uint8Array): Promise<Table> {
  let rows: string[][];
  try {
    rows = await xlsxRows(bytes);
  } catch {
    throw new DomainError('import.binary');
  }
  return tableOf(rows);
}

/**
 * The export's table, once the core has recognised its source (so a file that is no export stops the run
 * before anything is written); throws ImportRefused with the add-on's message for a file it cannot read.
 */
export async function readExport(file: string, lang: Lang): Promise<Table> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  try {
    const table = isXlsx(bytes) ? await xlsxTable(bytes) : parseExportText(decodeBytes(bytes).text).table;
    detectSource(table.header);
    return table;
  } catch (e) {
    throw new ImportRefused(`${path.basename(file)}: ${errorText(e, lang)}`);
  }
}

/** A new tab named after the file holding the export's cells as text; it becomes the active tab. */
export function stageExport(ss: Spreadsheet, file: string, table: Table): string {
  const base = path
    .basename(file)
    .replace(/\.[^.]+$/, '')
    .slice(0, 90);
  let name = base;
  for (let n = 2; ss.getSheetByName(name); n++) name = `${base} (${n})`;
  const sheet = ss.insertSheet(name);
  const rows = [table.header, ...table.rows];
  // A new tab has 1 000 rows and 26 columns; File → Import makes it as large as the file.
  if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(1, rows.length - sheet.getMaxRows());
  const width = table.header.length;
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(1, width - sheet.getMaxColumns());
  const range = sheet.getRange(1, 1, rows.length, width);
  range.setNumberFormat('@');
  range.setValues(rows);
  sheet.activate();
  return name;
}
