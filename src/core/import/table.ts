import { DomainError } from '../errors';
import { type Delimiter, parseDelimited, sniffDelimiter } from './delimited';
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
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const limit = MAX_IMPORT_ROWS + 2;
  let raw: string[][];
  let format: ParsedText['format'];
  if (looksLikeHtmlTable(body)) {
    raw = parseHtmlTable(body, limit);
    format = 'html';
  } else {
    format = sniffDelimiter(body.replace(/^\s*(?:\r?\n)+/, ''));
    raw = parseDelimited(body, format, limit);
  }
  return { table: tableOf(raw), format };
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
  if (rows.length - 1 > MAX_IMPORT_ROWS)
    throw new DomainError('import.tooManyRows', { max: MAX_IMPORT_ROWS });
  const header = rows[0].map((h) => h.trim());
  // Bitrix24 ends every CSV line with ';': an empty last column with no header.
  while (header.length > 1 && header[header.length - 1] === '') header.pop();
  const width = header.length;
  const data = rows.slice(1).map((r) => fitToWidth(r, width));
  if (data.length === 0) throw new DomainError('import.noRows');
  return { header, rows: data };
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
