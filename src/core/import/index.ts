/**
 * The import core: an export's bytes or text → a table → its source and columns → normalized deals or
 * calls → facts per (member, day, metric) with the skipped items → the import log merged and totalled.
 * Pure: the Sheets side, the file dialog and the local runner all call this.
 */
export type { CallField, DealField, ImportField, ImportKind, SourceId } from './aliases';
export { SOURCES } from './aliases';
export { type DecodedText, decodeBytes } from './bytes';
export { callFacts } from './call-facts';
export { type Call, readCalls } from './calls';
export { dealFacts, type ImportFacts } from './deal-facts';
export type { DealStatus } from './deal-status';
export { type Deal, readDeals } from './deals';
export { type ColumnMapping, type Detection, detectSource, normalizeHeader } from './headers';
export { type ImportedExport, importExport, importTable } from './import-export';
export { type Contribution, type LogRecord, type MergedLog, mergeLog, totalsOf } from './log';
export {
  type DateKind,
  DEFAULT_DATES,
  defaultImportSettings,
  type ImportSettings,
  type PersonLink,
  type StageLink,
} from './settings';
export { sheetValuesToText } from './sheet-values';
export { SKIP_REASONS, type SkippedGroup, type SkipReason } from './skipped';
export { MAX_IMPORT_ROWS, type ParsedText, parseExportText, type Table, tableOf } from './table';
