import type { ColumnMapping, ImportSettings } from '../core/import';
import type { DialogConfig } from './texts';

/**
 * What the Import dialog and the server say to each other (types only: the server imports them too). The
 * page reads the file and previews it with the core; on Import it stages the columns the import reads in a
 * hidden tab, a part at a time (google.script.run carries plain data, big data in parts), and the server then
 * imports that tab exactly as "Import facts from this tab" does.
 */
export interface ImportDialogConfig extends DialogConfig {
  settings: ImportSettings;
  /** The Import tab's Columns table (field → header), over what the import detects. */
  mapping?: ColumnMapping;
  /** Metric id → its name in the spreadsheet's language. */
  metrics: Record<string, string>;
}

/** Rows of a part; the first part also carries the header and the file's name. */
export interface ImportPart {
  label: string;
  header: string[] | null;
  rows: string[][];
}

/**
 * The server's answer to each call: what a menu action would have shown in alerts (the import's result, or
 * what went wrong and what was written), and whether it went through.
 */
export interface PageAnswer {
  ok: boolean;
  text: string;
}

/** Rows per part: about 1 MB of JSON for a 10-column export. */
export const PART_ROWS = 5000;
