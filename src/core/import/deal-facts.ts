import { type Day, dayOf } from '../dates';
import { isStandardClosedStage } from './deal-status';
import type { Deal } from './deals';
import type { Contribution, LogRecord } from './log';
import { memoized } from './memo';
import { personResolver } from './people';
import { type DateKind, DEFAULT_DATES, type ImportSettings } from './settings';
import { SkipList, type SkippedGroup } from './skipped';
import { normalizeText } from './values';

/** What an import counts: a log record per item and the skipped items by reason. */
export interface ImportFacts {
  records: LogRecord[];
  skipped: SkippedGroup[];
}

export interface DealRules {
  settings: ImportSettings;
  person: (crmName: string) => string | undefined;
  /** A stage as the export writes it → its position in the pipeline's order and its step. */
  stage: (stage: string) => { order: number; step: string } | undefined;
  /** Funnel steps with the position of the first stage that reaches each. */
  steps: { metric: string; order: number }[];
  /** Whether a pipeline as the export writes it is counted (a deal with none passes: the export did not say). */
  pipeline: (pipeline: string) => boolean;
  standardClosed: (stage: string) => boolean;
  /** The plan year's first and last day (every day counts when there is no year). */
  from: Day;
  to: Day;
}

/**
 * Deals → facts: leads on the creation date; deals won and revenue on the close date of won deals; receipts
 * (the paid amount) on the payment date whatever the status (an advance on an open deal is money in); each
 * funnel step when the deal's current stage is at or past it (a won deal has passed every step; a lost
 * deal's stage says nothing about how far it got, so it counts for none). Skips, whole deals: an unknown
 * person (no record, so earlier counts stay), another pipeline or currency; single facts: no date, outside
 * the year, an open deal's won metrics, an unknown stage's steps.
 */
export function dealFacts(deals: readonly Deal[], settings: ImportSettings): ImportFacts {
  const rules = dealRules(settings);
  const skipped = new SkipList();
  const records: LogRecord[] = [];
  const counted = settings.currency.toUpperCase();
  for (const deal of deals) {
    const member = rules.person(deal.manager);
    if (member === undefined) {
      skipped.add('unknownPerson', deal.manager);
      continue;
    }
    const record: LogRecord = {
      source: deal.source,
      itemId: deal.id,
      versionKey: versionKey(deal),
      contributions: [],
    };
    records.push(record);
    const skip = dealSkip(deal, rules, counted);
    if (skip) {
      skipped.add(skip.reason, skip.name);
      continue;
    }
    record.contributions = dealContributions(deal, member, rules, skipped);
  }
  return { records, skipped: skipped.groupsList() };
}

/**
 * Why a deal of a known person counts for nothing: another pipeline or currency (with the name to list), or
 * undefined. The one gate of dealFacts and the open-deals store.
 */
export function dealSkip(
  deal: Deal,
  rules: DealRules,
  counted = rules.settings.currency.toUpperCase(),
): { reason: 'otherPipeline' | 'otherCurrency'; name: string } | undefined {
  if (!rules.pipeline(deal.pipeline)) return { reason: 'otherPipeline', name: deal.pipeline };
  const currency = deal.currency === undefined ? counted : deal.currency.toUpperCase();
  return currency === counted ? undefined : { reason: 'otherCurrency', name: currency };
}

/** What a stage link may name that is no funnel step: won, lost, nothing, or a metric counted otherwise. */
const NOT_STEPS = ['', 'won', 'lost', 'leads', 'deals', 'revenue', 'receipts'];

export function dealRules(settings: ImportSettings): DealRules {
  const stages = new Map<string, { order: number; step: string }>();
  const steps: { metric: string; order: number }[] = [];
  settings.stages.forEach((link, order) => {
    const step = link.step.trim();
    stages.set(normalizeText(link.stage), { order, step });
    if (!NOT_STEPS.includes(step) && !steps.some((s) => s.metric === step))
      steps.push({ metric: step, order });
  });
  const pipelines = new Set(settings.pipelines.map(normalizeText).filter((p) => p !== ''));
  const resolve = personResolver(settings);
  const { year } = settings;
  return {
    settings,
    person: memoized((name) => resolve(name)),
    stage: memoized((stage) => stages.get(normalizeText(stage))),
    steps,
    standardClosed: memoized(isStandardClosedStage),
    pipeline: memoized((p) => {
      const key = normalizeText(p);
      return pipelines.size === 0 || key === '' || pipelines.has(key);
    }),
    from: year === undefined ? -Infinity : dayOf(year, 1, 1),
    to: year === undefined ? Infinity : dayOf(year, 12, 31),
  };
}

function dealContributions(deal: Deal, member: string, rules: DealRules, skipped: SkipList): Contribution[] {
  const out: Contribution[] = [];
  // A deal is listed once per reason, however many of its facts the reason stopped.
  let noDate = false;
  let outside = false;
  const add = (metric: string, value: number) => {
    const day = dayFor(deal, metric, rules.settings);
    if (day === undefined) noDate = true;
    else if (day < rules.from || day > rules.to) outside = true;
    else out.push({ member, day, metric, value });
  };
  eachMetric(deal, rules, skipped, add);
  if (noDate) skipped.add('noDate', deal.id);
  if (outside) skipped.add('outsideYear');
  return out;
}

/** Calls `add` for each metric the deal counts for: its lead, its payment, its win, the steps it has passed. */
function eachMetric(
  deal: Deal,
  rules: DealRules,
  skipped: SkipList,
  add: (metric: string, value: number) => void,
): void {
  add('leads', 1);
  if (deal.paid !== undefined && deal.paid !== 0) add('receipts', deal.paid);
  const { status, order } = stageOf(deal, rules);
  if (status === 'won') {
    add('deals', 1);
    if (deal.amount === undefined) skipped.add('noAmount', deal.id);
    else add('revenue', deal.amount);
  } else if (status === 'open') skipped.add('openDeal');
  if (order === undefined && status !== 'won') {
    if (deal.stage !== '' && !rules.standardClosed(deal.stage)) skipped.add('unknownStage', deal.stage);
    return;
  }
  if (status === 'lost') return;
  for (const step of rules.steps) if (status === 'won' || step.order <= order!) add(step.metric, 1);
}

/** The deal's status after the user's stage mapping (which names won and lost stages the CRM does not). */
export function stageOf(deal: Deal, rules: DealRules): { status: Deal['status']; order: number | undefined } {
  const link = rules.stage(deal.stage);
  if (!link) return { status: deal.status, order: undefined };
  // A status column (Pipedrive) is the CRM's own word; the mapping decides only where it is silent.
  const mapped = link.step === 'won' || link.step === 'lost' ? link.step : undefined;
  const status = deal.status === 'open' && mapped ? mapped : deal.status;
  return { status, order: link.order };
}

function dayFor(deal: Deal, metric: string, settings: ImportSettings): Day | undefined {
  const kind: DateKind = settings.dates[metric] ?? DEFAULT_DATES[metric] ?? 'modified';
  if (kind === 'created') return deal.created;
  if (kind === 'closed') return deal.closed;
  if (kind === 'paid') return deal.paidDate;
  return deal.modified ?? deal.created;
}

/**
 * Everything of a deal that changes what it counts for, joined with `|` (`undefined` written out). Made by
 * one join, not `+`: a joined string is one flat string, where nine `+`s leave a tree of pieces that every
 * record of a 100 000-row import would keep. The payment is added only where there is one, so a deal
 * without one keeps the key the log already holds for it.
 */
function versionKey(d: Deal): string {
  const parts = [d.manager, d.pipeline, d.stage, d.status, `${d.amount}`, `${d.currency}`, `${d.created}`];
  parts.push(`${d.closed}`, `${d.modified}`);
  if (d.paid !== undefined) parts.push(`${d.paid}`, `${d.paidDate}`);
  return parts.join('|');
}
