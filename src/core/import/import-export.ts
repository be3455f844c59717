import { type DecodedText, decodeBytes } from './bytes';
import { callFacts } from './call-facts';
import { type Call, type CallReader, callReader } from './calls';
import { dealFacts, type ImportFacts } from './deal-facts';
import { type Deal, type DealReader, dealReader } from './deals';
import { type ColumnMapping, type Detection, detectSource } from './headers';
import type { ImportSettings } from './settings';
import { bodyTable, exportFormat, type ParsedText, streamDelimited, type Table } from './table';

/** Everything one export gave: how it was read, its items, and what they count for. */
export interface ImportedExport {
  /** Undefined when the input was text. */
  encoding: DecodedText['encoding'] | undefined;
  format: ParsedText['format'];
  detection: Detection;
  rows: number;
  deals: Deal[];
  calls: Call[];
  facts: ImportFacts;
}

/**
 * One export from its bytes (a file) or text (decoded by the browser) to its facts. Throws a DomainError
 * for a file that is not an export (see `decodeBytes`, `parseExportText`, `detectSource`). Delimited text
 * is read row by row into deals or calls, with text made only for the columns they read: the same result
 * as `importTable(parseExportText(text).table)` without a table of every cell in memory.
 */
export function importExport(
  input: Uint8Array | string,
  settings: ImportSettings,
  mapping: ColumnMapping = {},
): ImportedExport {
  const decoded = typeof input === 'string' ? undefined : decodeBytes(input);
  const { body, format } = exportFormat(decoded ? decoded.text : (input as string));
  if (format === 'html') {
    const table = bodyTable(body, format);
    return { ...importTable(table, settings, mapping), encoding: decoded?.encoding, format };
  }
  let items: Items | undefined;
  const rows = streamDelimited(body, format, (header) => {
    items = itemsOf(detectSource(header, mapping));
    return items.reader;
  });
  return { ...factsOf(items!, rows, settings), encoding: decoded?.encoding, format };
}

/**
 * A table already read (a tab the user imported into: `tableOf(sheetValuesToText(values, timeZone))`) to
 * its facts: the source detected, its deals or calls read, what they count for.
 */
export function importTable(
  table: Table,
  settings: ImportSettings,
  mapping: ColumnMapping = {},
): Omit<ImportedExport, 'encoding' | 'format'> {
  const items = itemsOf(detectSource(table.header, mapping));
  for (const row of table.rows) items.reader.add(row);
  return factsOf(items, table.rows.length, settings);
}

/** The reader of one export's items: deals or calls, by what was detected. */
type Items =
  | { detection: Detection; kind: 'deals'; reader: DealReader }
  | { detection: Detection; kind: 'calls'; reader: CallReader };

function itemsOf(detection: Detection): Items {
  return detection.kind === 'deals'
    ? { detection, kind: 'deals', reader: dealReader(detection) }
    : { detection, kind: 'calls', reader: callReader(detection) };
}

function factsOf(
  items: Items,
  rows: number,
  settings: ImportSettings,
): Omit<ImportedExport, 'encoding' | 'format'> {
  const { detection } = items;
  if (items.kind === 'calls') {
    const calls = items.reader.calls;
    return { detection, rows, deals: [], calls, facts: callFacts(calls, settings) };
  }
  const deals = items.reader.deals();
  return { detection, rows, deals, calls: [], facts: dealFacts(deals, settings) };
}
