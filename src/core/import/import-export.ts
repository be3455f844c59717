import { type DecodedText, decodeBytes } from './bytes';
import { callFacts } from './call-facts';
import { type Call, readCalls } from './calls';
import { dealFacts, type ImportFacts } from './deal-facts';
import { type Deal, readDeals } from './deals';
import { type ColumnMapping, type Detection, detectSource } from './headers';
import type { ImportSettings } from './settings';
import { type ParsedText, parseExportText, type Table } from './table';

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
 * for a file that is not an export (see `decodeBytes`, `parseExportText`, `detectSource`).
 */
export function importExport(
  input: Uint8Array | string,
  settings: ImportSettings,
  mapping: ColumnMapping = {},
): ImportedExport {
  const decoded = typeof input === 'string' ? undefined : decodeBytes(input);
  const { table, format } = parseExportText(decoded ? decoded.text : (input as string));
  return { ...importTable(table, settings, mapping), encoding: decoded?.encoding, format };
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
  const detection = detectSource(table.header, mapping);
  const deals = detection.kind === 'deals' ? readDeals(table, detection) : [];
  const calls = detection.kind === 'calls' ? readCalls(table, detection) : [];
  const facts = detection.kind === 'deals' ? dealFacts(deals, settings) : callFacts(calls, settings);
  return { detection, rows: table.rows.length, deals, calls, facts };
}
