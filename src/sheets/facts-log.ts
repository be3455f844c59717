import { isoString, parseDayText } from '../core/dates';
import { type Lang, t } from '../i18n';
import { type ActionContext, noteWritten } from './context';
import { asText } from './grid';
import { type Fact, type FactCell, factKey, sameCell } from './month-layout';
import { findGeneratedSheet } from './tabs';
import { ensureRows, growNew } from './write-grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The facts log: a hidden tab where every fact the add-on has seen in a month tab is kept, by person id,
 * metric and date, so a fact can always be recovered ("Restore facts from the log"). Append-only: a fact
 * is added when it is new or differs from its last entry; the last entry of a key wins. A cleared cell is
 * not logged, so a tab emptied by accident is restored whole.
 */
const COLS = ['id', 'metric', 'date', 'value', 'kind', 'seen'] as const;
const KIND = { number: 'number', formula: 'formula', text: 'text' } as const;

export function factsLogName(lang: Lang): string {
  return t('tab.factsLog', lang);
}

/** The log as read once: its tab (null before the first fact), its rows and the last entry of every key. */
export interface FactsLog {
  sheet: Sheet | null;
  rows: number;
  latest: Map<string, Fact>;
}

export function readFactsLog(ss: Spreadsheet, lang: Lang): FactsLog {
  const sheet = findGeneratedSheet(ss, factsLogName, lang);
  const values = sheet ? sheet.getDataRange().getValues() : [];
  return { sheet, rows: values.length, latest: latest(values) };
}

function latest(values: unknown[][]): Map<string, Fact> {
  const out = new Map<string, Fact>();
  for (let r = 1; r < values.length; r++) {
    const fact = decode(values[r]);
    if (fact) out.set(factKey(fact.id, fact.metric, fact.day), fact);
  }
  return out;
}

function decode(row: unknown[]): Fact | undefined {
  const [id, metric, date, value, kind] = row;
  const day = typeof date === 'string' ? parseDayText(date) : undefined;
  if (!id || !metric || day === undefined) return undefined;
  let cell: FactCell;
  if (kind === KIND.formula) cell = { kind: 'formula', formula: String(value), value: undefined };
  else if (kind === KIND.text) cell = { kind: 'text', text: String(value) };
  else if (typeof value === 'number') cell = { kind: 'number', value };
  else return undefined;
  return { id: String(id), metric: String(metric), day, cell };
}

function encode(f: Fact, seen: string): (string | number)[] {
  const value =
    f.cell.kind === 'number'
      ? f.cell.value
      : asText(f.cell.kind === 'formula' ? f.cell.formula : f.cell.text);
  return [asText(f.id), asText(f.metric), asText(isoString(f.day)), value, f.cell.kind, asText(seen)];
}

/**
 * Adds to the log every fact that is new or changed since its last entry; returns how many were added.
 * A fixed number of service calls: one read (none when the caller has just read the log), at most one
 * insert of rows, one write. The log's tab joins the tabs the run wrote.
 */
export function recordFacts(ctx: ActionContext, facts: readonly Fact[], log?: FactsLog): number {
  const { sheet, rows: last, latest: known } = log ?? readFactsLog(ctx.ss, ctx.lang);
  const seen = isoString(ctx.today);
  const rows = facts
    .filter((f) => {
      const entry = known.get(factKey(f.id, f.metric, f.day));
      return !entry || !sameCell(entry.cell, f.cell);
    })
    .map((f) => encode(f, seen));
  if (!rows.length) return 0;
  if (!sheet) createLog(ctx, rows);
  else append(sheet, Math.max(last, 1), rows);
  noteWritten(ctx, factsLogName(ctx.lang));
  return rows.length;
}

function createLog(ctx: ActionContext, rows: (string | number)[][]): void {
  const sheet = ctx.ss.insertSheet(factsLogName(ctx.lang));
  const all = [[...COLS], ...rows];
  growNew(sheet, all.length, COLS.length);
  sheet.getRange(1, 1, all.length, COLS.length).setValues(all);
  sheet.hideSheet();
}

function append(sheet: Sheet, lastRow: number, rows: (string | number)[][]): void {
  ensureRows(sheet, lastRow + rows.length);
  sheet.getRange(lastRow + 1, 1, rows.length, COLS.length).setValues(rows);
}
