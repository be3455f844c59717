import { isoString, parseDayText } from '../../core/dates';
import type { Contribution, LogRecord, SourceId } from '../../core/import';
import { entry } from '../../core/import/memo';
import { type Lang, t } from '../../i18n';
import { type ActionContext, noteWritten } from '../context';
import { asText } from '../grid';
import { findGeneratedSheet } from '../tabs';
import { ensureRows, growNew } from '../write-grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The import log: a hidden, append-only tab with one row per contribution of every deal or call an import
 * counted (an item that now counts nothing gets one row with no member, so its earlier counts are dropped).
 * Read back, the rows of an item's latest import are its record: the same or an overlapping export merges
 * into it, never counting a deal twice (see `mergeLog`). Modelled on the facts log (facts-log.ts).
 */
const COLS = ['import', 'time', 'source', 'label', 'itemId', 'version', 'member', 'day', 'metric', 'value'];

export function importLogName(lang: Lang): string {
  return t('tab.importLog', lang);
}

/** The log as read once: its tab (null before the first import), its rows, the records and the last import's number. */
export interface ImportLog {
  sheet: Sheet | null;
  rows: number;
  records: LogRecord[];
  lastImport: number;
}

export function readImportLog(ss: Spreadsheet, lang: Lang): ImportLog {
  const sheet = findGeneratedSheet(ss, importLogName, lang);
  const values = sheet ? sheet.getDataRange().getValues() : [];
  return { sheet, rows: values.length, ...decode(values) };
}

function decode(values: unknown[][]): { records: LogRecord[]; lastImport: number } {
  // source → item id → the record of its latest import and that import's number
  const bySource = new Map<string, Map<string, { n: number; record: LogRecord }>>();
  let lastImport = 0;
  for (let r = 1; r < values.length; r++) {
    const [n, , source, , itemId, version, member, day, metric, value] = values[r];
    if (typeof n !== 'number' || !source || itemId === '' || itemId === undefined) continue;
    lastImport = Math.max(lastImport, n);
    const items = entry(bySource, String(source), () => new Map<string, { n: number; record: LogRecord }>());
    const id = String(itemId);
    let latest = items.get(id);
    if (!latest || latest.n < n) {
      const record = {
        source: String(source) as SourceId,
        itemId: id,
        versionKey: String(version),
        contributions: [],
      };
      latest = { n, record };
      items.set(id, latest);
    } else if (latest.n > n) continue;
    const c = contribution(member, day, metric, value);
    if (c) latest.record.contributions.push(c);
  }
  const records: LogRecord[] = [];
  for (const items of bySource.values()) for (const { record } of items.values()) records.push(record);
  return { records, lastImport };
}

function contribution(
  member: unknown,
  day: unknown,
  metric: unknown,
  value: unknown,
): Contribution | undefined {
  const d = typeof day === 'string' ? parseDayText(day) : undefined;
  if (!member || !metric || d === undefined || typeof value !== 'number') return undefined;
  return { member: String(member), day: d, metric: String(metric), value };
}

/** The incoming records that are new (and count something) or differ from the log's record of the item. */
export function changedRecords(previous: readonly LogRecord[], incoming: readonly LogRecord[]): LogRecord[] {
  const known = new Map<string, Map<string, LogRecord>>();
  for (const r of previous) {
    entry(known, r.source, () => new Map<string, LogRecord>()).set(r.itemId, r);
  }
  return incoming.filter((r) => {
    const old = known.get(r.source)?.get(r.itemId);
    if (!old) return r.contributions.length > 0;
    return old.versionKey !== r.versionKey || !sameContributions(old.contributions, r.contributions);
  });
}

function sameContributions(a: readonly Contribution[], b: readonly Contribution[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((c, i) => {
    const d = b[i];
    return c.member === d.member && c.day === d.day && c.metric === d.metric && c.value === d.value;
  });
}

/**
 * Appends `records` as import number `lastImport + 1`: one insert of rows at most and one write (the tab
 * made, hidden, on the first import). Returns the rows added; the log's tab joins the tabs the run wrote.
 */
export function appendImportLog(
  ctx: ActionContext,
  log: ImportLog,
  records: readonly LogRecord[],
  label: string,
): number {
  const n = log.lastImport + 1;
  const time = new Date();
  const rows: (string | number | Date)[][] = [];
  for (const r of records) {
    const head = [n, time, asText(r.source), asText(label), asText(r.itemId), asText(r.versionKey)];
    if (r.contributions.length === 0) rows.push([...head, '', '', '', '']);
    for (const c of r.contributions)
      rows.push([...head, asText(c.member), asText(isoString(c.day)), asText(c.metric), c.value]);
  }
  if (!rows.length) return 0;
  if (!log.sheet) createLog(ctx, rows);
  else append(log.sheet, Math.max(log.rows, 1), rows);
  noteWritten(ctx, importLogName(ctx.lang));
  return rows.length;
}

function createLog(ctx: ActionContext, rows: (string | number | Date)[][]): void {
  const sheet = ctx.ss.insertSheet(importLogName(ctx.lang));
  // Hidden first: a run stopped before the rows are written leaves a hidden tab the next run fills.
  sheet.hideSheet();
  const all = [[...COLS], ...rows];
  growNew(sheet, all.length, COLS.length);
  sheet.getRange(1, 1, all.length, COLS.length).setValues(all);
}

function append(sheet: Sheet, lastRow: number, rows: (string | number | Date)[][]): void {
  // A run stopped between making the tab and hiding it left it visible.
  if (!sheet.isSheetHidden()) sheet.hideSheet();
  ensureRows(sheet, lastRow + rows.length);
  sheet.getRange(lastRow + 1, 1, rows.length, COLS.length).setValues(rows);
}
