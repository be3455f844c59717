import { isoString, parseDayText } from '../../core/dates';
import { type Deal, type ImportSettings, SOURCES, type SourceId } from '../../core/import';
import { mergeOpenDeals, type OpenDeal } from '../../core/import/open-deals';
import { type Lang, t } from '../../i18n';
import { type ActionContext, noteWritten } from '../context';
import { asText } from '../grid';
import { findGeneratedSheet } from '../tabs';
import { ensureRows } from '../write-grid';

export type { OpenDeal } from '../../core/import/open-deals';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The open-deals store: a hidden tab «Открытые сделки» / "Open deals" with a row per open deal kept from
 * CRM imports (see core/import/open-deals.ts), rewritten whole after an import of deals changes it. The
 * Week tab reads it for the deals expected to close next week. Small (the open deals of a team), so one
 * read and one write; a row a person damaged is left out when read, not fatal.
 */
const COLS = ['source', 'id', 'member', 'title', 'stage', 'amount', 'expected'] as const;

function openDealsName(lang: Lang): string {
  return t('tab.openDeals', lang);
}

/** The open deals kept from CRM imports ([] before the first import of deals). */
export function readOpenDeals(ss: Spreadsheet, lang: Lang): OpenDeal[] {
  return readStore(ss, lang).deals;
}

interface Store {
  sheet: Sheet | null;
  rows: number;
  deals: OpenDeal[];
}

function readStore(ss: Spreadsheet, lang: Lang): Store {
  const sheet = findGeneratedSheet(ss, openDealsName, lang);
  const values = sheet ? sheet.getDataRange().getValues() : [];
  const deals: OpenDeal[] = [];
  for (let r = 1; r < values.length; r++) {
    const deal = decode(values[r]);
    if (deal) deals.push(deal);
  }
  return { sheet, rows: values.length, deals };
}

const SOURCE_IDS = new Set<string>(SOURCES.map((s) => s.id));

function decode(row: readonly unknown[]): OpenDeal | undefined {
  const [source, id, member, title, stage, amount, expected] = row;
  const day = typeof expected === 'string' ? parseDayText(expected) : undefined;
  if (!SOURCE_IDS.has(String(source)) || !text(id) || !text(member) || day === undefined) return undefined;
  return {
    source: String(source) as SourceId,
    id: text(id),
    member: text(member),
    title: text(title),
    stage: text(stage),
    amount: typeof amount === 'number' ? amount : undefined,
    expected: day,
  };
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value).trim();
}

/**
 * After an import of `deals` (the import's own settings: people, stages, pipelines, currency): the store
 * merged with them and, when that changes it, written whole in one write — blank rows over a longer old
 * store, so no clear comes first. Nothing read or written for an export without deals (a call log).
 */
export function storeOpenDeals(ctx: ActionContext, deals: readonly Deal[], settings: ImportSettings): void {
  if (!deals.length) return;
  const store = readStore(ctx.ss, ctx.lang);
  const merged = mergeOpenDeals(store.deals, deals, settings);
  if (store.sheet && store.rows === merged.length + 1 && same(store.deals, merged)) return;
  const rows = [[...COLS] as (string | number)[], ...merged.map(encode)];
  if (!store.sheet && merged.length === 0) return;
  // A run stopped between making the tab and hiding it left it visible.
  if (store.sheet && !store.sheet.isSheetHidden()) store.sheet.hideSheet();
  const sheet = store.sheet ?? create(ctx);
  while (rows.length < store.rows) rows.push(COLS.map(() => ''));
  ensureRows(sheet, rows.length);
  sheet.getRange(1, 1, rows.length, COLS.length).setValues(rows);
  noteWritten(ctx, sheet.getName());
}

function create(ctx: ActionContext): Sheet {
  const sheet = ctx.ss.insertSheet(openDealsName(ctx.lang));
  // Hidden first: a run stopped before the rows are written leaves a hidden tab the next import fills.
  sheet.hideSheet();
  if (sheet.getMaxColumns() < COLS.length) sheet.insertColumnsAfter(1, COLS.length - sheet.getMaxColumns());
  return sheet;
}

function encode(d: OpenDeal): (string | number)[] {
  const amount = d.amount === undefined ? '' : d.amount;
  return [
    asText(d.source),
    asText(d.id),
    asText(d.member),
    asText(d.title),
    asText(d.stage),
    amount,
    asText(isoString(d.expected)),
  ];
}

function same(a: readonly OpenDeal[], b: readonly OpenDeal[]): boolean {
  return a.length === b.length && a.every((d, i) => JSON.stringify(d) === JSON.stringify(b[i]));
}
