import { type DecodedText, decodeBytes } from './bytes';
import { callFacts } from './call-facts';
import { type Call, readCalls } from './calls';
import { dealFacts, type ImportFacts } from './deal-facts';
import { type Deal, readDeals } from './deals';
import { type ColumnMapping, type Detection, detectSource } from './headers';
import type { ImportSettings } from './settings';
import { type ParsedText, parseExportText } from './table';

/** Everything one export gave: how it was read, its items, and what they count for. */
export interface ImportedExport {
  encoding: DecodedText['encoding'] | undefined;
  format: ParsedText['format'];
  detection: Detection;
  rows: number;
  deals: Deal[];
  calls: Call[];
  facts: ImportFacts;
}

/**
 * One export from its bytes (a file) or text (already decoded) to its facts. Throws a DomainError for a
 * file that is not an export (see `decodeBytes`, `parseExportText`, `detectSource`).
 */
export function importExport(
  input: Uint8Array | string,
  settings: ImportSettings,
  mapping: ColumnMapping = {},
): ImportedExport {
  const decoded = typeof input === 'string' ? undefined : decodeBytes(input);
  const { table, format } = parseExportText(decoded ? decoded.text : (input as string));
  const detection = detectSource(table.header, mapping);
  const deals = detection.kind === 'deals' ? readDeals(table, detection) : [];
  const calls = detection.kind === 'calls' ? readCalls(table, detection) : [];
  const facts = detection.kind === 'deals' ? dealFacts(deals, settings) : callFacts(calls, settings);
  return { encoding: decoded?.encoding, format, detection, rows: table.rows.length, deals, calls, facts };
}
