import { DomainError } from '../errors';
import { DelimitedRows, type Delimiter, type KeptColumns, parseDelimited, sniffDelimiter } from './delimited';
import { looksLikeHtmlTable, parseHtmlTable } from './html-table';

/** The most data rows an import reads (the header not counted). */
export const MAX_IMPORT_ROWS = 200_000;

/** A header row and the data rows under it, every row exactly as wide as the header. */
export interface Table {
  header: string[];
  rows: string[][];
}

export interface ParsedText {
  table: Table;
  format: 'html' | Delimiter;
}

/**
 * Text of an export → its table: a BOM stripped, an HTML table (Bitrix24's .xls) or delimited text with the
 * delimiter sniffed from the header line. Blank rows are dropped, the first non-blank row is the header.
 * Refuses empty text and more than MAX_IMPORT_ROWS data rows.
 */
export function parseExportText(text: string): ParsedText {
  const { body, format } = exportFormat(text);
  return { table: bodyTable(body, format), format };
}

/** The table of an export's text as `exportFormat` gives it. */
export function bodyTable(body: string, format: ParsedText['format']): Table {
  const limit = MAX_IMPORT_ROWS + 2;
  return tableOf(format === 'html' ? parseHtmlTable(body, limit) : parseDelimited(body, format, limit));
}

/** An export's text without a BOM, and how it is written: an HTML table or the sniffed delimiter. */
export function exportFormat(text: string): { body: string; format: ParsedText['format'] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (looksLikeHtmlTable(body)) return { body, format: 'html' };
  return { body, format: sniffDelimiter(body.replace(/^\s*(?:\r?\n)+/, '')) };
}

/**
 * Rows → a table: blank rows dropped; the header is the first row with two or more cells filled (a report
 * title or period line above it is skipped), or the first row when none has; the header's unnamed trailing
 * columns dropped; rows fitted to the header.
 */
export function tableOf(raw: readonly (readonly string[])[]): Table {
  const all = raw.filter((r) => r.some((c) => c.trim() !== ''));
  if (all.length === 0) throw new DomainError('import.empty');
  const rows = all.slice(Math.max(0, headerIndex(all)));
  refuseCount(rows.length - 1);
  const header = headerOf(rows[0]);
  const width = header.length;
  return { header, rows: rows.slice(1).map((r) => fitToWidth(r, width)) };
}

/** The refusals of a table's number of data rows: too many, or none. */
function refuseCount(rows: number): void {
  if (rows > MAX_IMPORT_ROWS) throw new DomainError('import.tooManyRows', { max: MAX_IMPORT_ROWS });
  if (rows === 0) throw new DomainError('import.noRows');
}

/** The header row's names trimmed, its unnamed trailing columns dropped. */
function headerOf(row: readonly string[]): string[] {
  const header = row.map((h) => h.trim());
  // Bitrix24 ends every CSV line with ';': an empty last column with no header.
  while (header.length > 1 && header[header.length - 1] === '') header.pop();
  return header;
}

/** What reads a streamed table: the columns it reads, and each data row (one reused array: copy what you keep). */
export interface RowSink {
  columns: readonly number[];
  add(row: readonly string[]): void;
}

/**
 * Delimited text read row by row as `tableOf(parseDelimited(body, delimiter, MAX_IMPORT_ROWS + 2))` reads
 * it, without keeping the table: `open` gets the header and gives the sink of its rows; each data row goes
 * to the sink, as wide as the header, with its columns' text (no text is made for the others past the
 * first few rows: they are ''). The same refusals in the same
 * order: import.empty, import.tooManyRows, import.noRows, then whatever `open` throws. The data rows' count.
 */
export function streamDelimited(
  body: string,
  delimiter: Delimiter,
  open: (header: string[]) => RowSink,
): number {
  const cursor = new DelimitedRows(body, delimiter, MAX_IMPORT_ROWS + 2);
  const { header, data } = headerRows(cursor);
  let sink: RowSink;
  try {
    sink = open(header);
  } catch (e) {
    const none: KeptColumns = { keep: [], row: [] };
    let count = data.length;
    while (cursor.next(none)) if (cursor.filled) count++;
    refuseCount(count);
    throw e;
  }
  const kept = keptColumns(sink.columns, header.length);
  let count = 0;
  const add = (row: readonly string[]) => {
    if (++count > MAX_IMPORT_ROWS) refuseCount(count);
    sink.add(row);
  };
  for (const row of data) add(fitToWidth(row, header.length));
  for (let row = cursor.next(kept); row; row = cursor.next(kept)) if (cursor.filled) add(row);
  refuseCount(count);
  return count;
}

/** The header, found among the first 10 non-blank rows as `tableOf` finds it, and the data rows read with it. */
function headerRows(cursor: DelimitedRows): { header: string[]; data: string[][] } {
  const first: string[][] = [];
  while (first.length < 10) {
    const row = cursor.next();
    if (!row) break;
    if (cursor.filled) first.push(row);
  }
  if (first.length === 0) throw new DomainError('import.empty');
  const at = Math.max(0, headerIndex(first));
  return { header: headerOf(first[at]), data: first.slice(at + 1) };
}

function keptColumns(columns: readonly number[], width: number): KeptColumns {
  const keep = new Array<boolean>(width).fill(false);
  for (const c of columns) if (c >= 0 && c < width) keep[c] = true;
  return { keep, row: new Array<string>(width).fill('') };
}

/** The first of the first 10 rows with at least two cells filled; -1 when there is none. */
function headerIndex(rows: readonly (readonly string[])[]): number {
  const look = Math.min(rows.length, 10);
  for (let i = 0; i < look; i++) {
    let filled = 0;
    for (const c of rows[i]) if (c.trim() !== '' && ++filled >= 2) return i;
  }
  return -1;
}

function fitToWidth(row: readonly string[], width: number): string[] {
  if (row.length === width) return row as string[];
  if (row.length > width) return row.slice(0, width);
  const out = row.slice();
  while (out.length < width) out.push('');
  return out;
}
