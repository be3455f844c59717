import type { Day } from '../dates';
import type { SourceId } from './aliases';
import { dealRules, dealSkip, stageOf } from './deal-facts';
import type { Deal } from './deals';
import type { ImportSettings } from './settings';

/**
 * The open deals kept from CRM imports, for the weekly meeting's "expected to close next week": each open
 * deal of a team member with an expected close date, as the latest export that named it left it.
 */
export interface OpenDeal {
  source: SourceId;
  /** The deal's id in its CRM. */
  id: string;
  /** The Team tab's member id the deal's responsible person maps to. */
  member: string;
  title: string;
  stage: string;
  /** Undefined when the export's amount cell was blank. */
  amount: number | undefined;
  /** The export's (expected) close date. */
  expected: Day;
}

/**
 * The open deals of an export that the store keeps: open after the user's stage mapping, of a person the
 * import maps to a member (the import's own people mapping), with a close date, in a pipeline and currency
 * the import counts (as dealFacts counts them). Undefined entries stand for the deals the export names
 * that are not kept (won, lost, undated, another pipeline or currency): `mergeOpenDeals` drops those. A deal
 * of an unmapped person has no entry, like no log record in dealFacts: the store keeps what it had.
 */
function keptOf(deals: readonly Deal[], settings: ImportSettings): Map<string, OpenDeal | undefined> {
  const rules = dealRules(settings);
  const out = new Map<string, OpenDeal | undefined>();
  for (const deal of deals) {
    const member = rules.person(deal.manager);
    // As in dealFacts: a person nobody mapped says nothing about the deal, so what is stored stays.
    if (member === undefined) continue;
    const open = stageOf(deal, rules).status === 'open';
    const kept = open && deal.closed !== undefined && !dealSkip(deal, rules);
    out.set(keyOf(deal), kept ? openDeal(deal, member, deal.closed!) : undefined);
  }
  return out;
}

function openDeal(deal: Deal, member: string, expected: Day): OpenDeal {
  const { source, id, title, stage, amount } = deal;
  return { source, id, member, title, stage, amount, expected };
}

/** The open deals an export gives on its own (what an empty store becomes after importing it). */
export function openDealsOf(deals: readonly Deal[], settings: ImportSettings): OpenDeal[] {
  return mergeOpenDeals([], deals, settings);
}

/**
 * The store after an import of `deals`: a deal the export names replaces its stored row (by source and id)
 * or, when it is no longer an open deal to keep (won, lost, undated), leaves the store; stored deals the
 * export does not name, or names with a person nobody mapped, stay (an export may be partial). Sorted
 * by member, expected day, source and id, so the same store is always laid out the same way.
 */
export function mergeOpenDeals(
  stored: readonly OpenDeal[],
  deals: readonly Deal[],
  settings: ImportSettings,
): OpenDeal[] {
  const incoming = keptOf(deals, settings);
  const out: OpenDeal[] = [];
  const seen = new Set<string>();
  for (const d of stored) {
    const key = keyOf(d);
    if (incoming.has(key) || seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  for (const d of incoming.values()) if (d) out.push(d);
  return out.sort(byMemberDay);
}

/**
 * The deals expected from `from` to `to` (days, both included), sorted by member, then expected day (then
 * source and id): the Week tab lists each manager's deals in this order.
 */
export function openDealsBetween(list: readonly OpenDeal[], from: Day, to: Day): OpenDeal[] {
  return list.filter((d) => d.expected >= from && d.expected <= to).sort(byMemberDay);
}

function keyOf(d: { source: string; id: string }): string {
  return `${d.source}\u0000${d.id}`;
}

/** By member (m2 before m10), expected day, source and id: plain comparisons, no collator (10 000 deals sort in a few ms). */
function byMemberDay(a: OpenDeal, b: OpenDeal): number {
  return (
    natural(a.member, b.member) || a.expected - b.expected || plain(a.source, b.source) || natural(a.id, b.id)
  );
}

const TRAILING_NUMBER = /^(.*?)(\d+)$/;

/** Texts compared with a trailing number as a number ("m2" < "m10", "999" < "4207"), otherwise as texts. */
function natural(a: string, b: string): number {
  if (a === b) return 0;
  const x = TRAILING_NUMBER.exec(a);
  const y = TRAILING_NUMBER.exec(b);
  if (x && y && x[1] === y[1] && Number(x[2]) !== Number(y[2])) return Number(x[2]) - Number(y[2]);
  return plain(a, b);
}

function plain(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
