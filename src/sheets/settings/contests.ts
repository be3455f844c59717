import { hundredth } from '../../core/bonus/money';
import type { Problem } from '../../core/bonus/problems';
import { normalizeChoice } from '../../core/choice';
import {
  parseBaseline,
  parseMultipliers,
  parseParticipants,
  parsePrizes,
  parsePublishing,
  parseWeights,
} from '../../core/contests/text';
import type { Contest, ContestRule } from '../../core/contests/types';
import { contestProblems } from '../../core/contests/validate';
import { msgRef } from '../../core/errors';
import type { Lang } from '../../i18n';
import { quotedList } from '../../i18n/format';
import { contestTeam } from '../contest-input';
import type { ActionContext } from '../context';
import { Problems } from '../problems';
import { settingsTabName } from '../tabs';
import {
  CONTEST_COLUMNS,
  contestMetrics,
  findRule,
  metricFinder,
  RULE_COLUMNS,
  RULE_KINDS,
  type RuleKind,
  ruleLabel,
} from './contests-columns';
import { placeContestProblem } from './contests-problems';
import type { FunnelStage } from './funnel';
import { idKey } from './ids';
import { type Settings, settingsTabValues } from './index';
import { num, readTable, str, type TableContext, type TableRecord } from './table';
import type { Person } from './team';

/**
 * The Contests settings tab: one contest per row (columns and rule names: contests-columns.ts; the texts
 * of weights, multipliers, baseline and prizes: core/contests/text.ts; a new tab: contests-template.ts).
 * Each row becomes a `Contest`, checked by the core's `contestProblems`; every problem, the reader's and the
 * core's, is placed at its cell through one table of field paths (contests-problems.ts).
 */

export { CONTEST_COL, CONTEST_COLUMNS } from './contests-columns';

/**
 * Reads and checks the contests on the Contests tab (one getValues): every one, or those `only` keeps (the
 * Bonus tab reads the contests that ended in its month: a mistake in next month's contest must not stop
 * this month's pay); null when the tab is missing (a problem saying to run Set up) or a problem was added,
 * each at its cell.
 */
export function readContests(
  ctx: ActionContext,
  settings: Settings,
  problems: Problems,
  only?: (c: Contest) => boolean,
): Contest[] | null {
  const tab = settingsTabValues(ctx, 'contests');
  if (!tab) {
    const tab = settingsTabName('contests', ctx.lang);
    problems.add(tab, undefined, undefined, 'settings.missingTab', { tab });
    return null;
  }
  const before = problems.list.length;
  const table = { tab: tab.name, lang: ctx.lang, timeZone: ctx.timeZone, problems };
  const contests = readContestTab(tab.values, table, settings, only);
  return problems.list.length > before ? null : contests;
}

/**
 * What a contest row is checked against: the people of the Team tab, the plan's metrics, the funnel (plan
 * null: the Plan tab unreadable, Check settings checks the contests against the funnel's metrics).
 */
export type ContestEnv = Pick<Settings, 'people' | 'funnel'> & { plan: Settings['plan'] | null };

/**
 * The contests of the tab's values (those `only` keeps); every problem of a contest kept goes to
 * `ctx.problems` at its cell, the cells the table could not read included.
 */
export function readContestTab(
  values: unknown[][],
  ctx: TableContext,
  env: ContestEnv,
  only?: (c: Contest) => boolean,
): Contest[] {
  const metrics = contestMetrics(env.plan, env.funnel);
  const found = new Problems();
  const local: TableContext = { ...ctx, problems: found };
  const reader: RowEnv = {
    ctx: local,
    funnel: env.funnel,
    metric: metricFinder(metrics, env.funnel),
    person: personFinder(env.people),
    people: env.people,
  };
  const team = contestTeam(env.people);
  const names = new Map<string, number>();
  const kept = new Set<number>();
  const out: Contest[] = [];
  for (const r of readTable(values, CONTEST_COLUMNS, 2, local)) {
    const { contest, problems } = contestOf(r, reader);
    const other = names.get(contest.id);
    if (other !== undefined && contest.id !== '')
      problems.push({
        code: 'contestTab.duplicateName',
        params: { name: contest.name, other },
        field: 'name',
      });
    else names.set(contest.id, r.row);
    if (only && !only(contest)) continue;
    kept.add(r.row);
    problems.push(...contestProblems({ contest, metrics, team }));
    for (const p of problems) placeContestProblem(p, r.row, local, env.funnel, ctx.lang);
    out.push(contest);
  }
  for (const p of found.list) if (p.row === undefined || kept.has(p.row)) ctx.problems.list.push(p);
  return out;
}

interface RowEnv {
  ctx: TableContext;
  funnel: readonly FunnelStage[];
  metric: (text: string) => string | undefined;
  person: (text: string) => Person | undefined;
  people: readonly Person[];
}

/** A person by name (case, spaces and ё aside) or by id (case aside). */
function personFinder(people: readonly Person[]): (text: string) => Person | undefined {
  const byName = new Map(people.map((p) => [normalizeChoice(p.name), p]));
  const byId = new Map(people.filter((p) => p.id).map((p) => [idKey(p.id), p]));
  return (text) => byName.get(normalizeChoice(text)) ?? byId.get(idKey(text.trim()));
}

/** One row's contest (parts that cannot be read left as NaN or as typed, for the core's check to name). */
function contestOf(r: TableRecord, env: RowEnv): { contest: Contest; problems: Problem[] } {
  const problems: Problem[] = [];
  const name = str(r, 'contest.name');
  const participants = parseParticipants(str(r, 'contest.participants'), (t) => env.person(t)?.id);
  if (participants !== 'all')
    participants.forEach((id, i) => {
      const p = env.people.find((x) => x.id === id);
      if (p && p.role !== 'manager')
        problems.push({
          code: 'contestTab.notManager',
          params: { value: p.name },
          field: `participants[${i}]`,
        });
    });
  const prizesText = str(r, 'contest.prizes');
  const prizes = prizesText ? parsePrizes(prizesText, env.ctx.lang) : undefined;
  if (prizes) problems.push(...prizes.problems);
  const publishingText = str(r, 'contest.showTop');
  const publishing = parsePublishing(publishingText);
  if (!publishing)
    problems.push({ code: 'contestTab.badPublishing', params: { value: publishingText }, field: 'showTop' });
  const contest: Contest = {
    id: normalizeChoice(name),
    name,
    period: { from: num(r, 'contest.from') ?? Number.NaN, to: num(r, 'contest.to') ?? Number.NaN },
    participants,
    rule: ruleOf(r, env, problems),
    ...(r.get('contest.teams') === true ? { teams: true } : {}),
    ...(prizes ? { prizes: prizes.prizes } : {}),
    ...publishing,
  };
  return { contest, problems };
}

/** The row's rule from its own columns; a column of another rule filled in is a problem. */
function ruleOf(r: TableRecord, env: RowEnv, problems: Problem[]): ContestRule {
  const typed = str(r, 'contest.rule');
  const kind = findRule(typed);
  if (!kind) {
    if (typed)
      problems.push({
        code: 'settings.badChoice',
        params: {
          column: msgRef('col.contest.rule'),
          value: typed,
          choices: quotedList(
            RULE_KINDS.map((k) => ruleLabel(k, env.ctx.lang)),
            env.ctx.lang,
          ),
        },
        field: 'rule.kind',
      });
    return { kind: typed } as never;
  }
  const used = RULE_COLUMNS[kind];
  for (const field of new Set(Object.values(RULE_COLUMNS).flat()))
    if (!used.includes(field) && r.get(`contest.${field}`) !== null)
      problems.push(ruleProblem('contestTab.unusedColumn', kind, field));
  return buildRule(kind, r, env, problems);
}

function ruleProblem(code: string, kind: RuleKind, field: string): Problem {
  const path = field === 'baseline' ? 'rule.baseline.count' : `rule.${field}`;
  return {
    code,
    params: { column: msgRef(`col.contest.${field}`), rule: msgRef(`contestTab.rule.${kind}`) },
    field: path,
  };
}

function buildRule(kind: RuleKind, r: TableRecord, env: RowEnv, problems: Problem[]): ContestRule {
  const lang: Lang = env.ctx.lang;
  const required = (field: string): number => {
    const v = num(r, `contest.${field}`);
    if (v === null) problems.push(ruleProblem('contestTab.required', kind, field));
    return v ?? Number.NaN;
  };
  const metric = (): string => {
    const typed = str(r, 'contest.metric');
    if (!typed) problems.push(ruleProblem('contestTab.required', kind, 'metric'));
    return env.metric(typed) ?? typed;
  };
  switch (kind) {
    case 'race':
      return { kind, metric: metric(), target: required('target') };
    case 'planPoints': {
      const minimum = num(r, 'contest.minimum');
      const rate = required('rate');
      const rateAbove = num(r, 'contest.rateAbove') ?? rate;
      return {
        kind,
        metric: metric(),
        minimum: minimum === null ? 0 : hundredth(minimum * 100),
        rate,
        rateAbove,
      };
    }
    case 'activity': {
      const w = parseWeights(str(r, 'contest.weights'), env.metric, lang);
      const m = parseMultipliers(str(r, 'contest.multipliers'), env.metric, lang);
      problems.push(...w.problems, ...m.problems);
      return { kind, weights: w.weights, ...(m.multipliers.length ? { multipliers: m.multipliers } : {}) };
    }
    case 'improvement':
      return { kind, metric: metric(), baseline: baselineOf(r, kind, problems) };
  }
}

function baselineOf(r: TableRecord, kind: RuleKind, problems: Problem[]) {
  const typed = str(r, 'contest.baseline');
  if (!typed) problems.push(ruleProblem('contestTab.required', kind, 'baseline'));
  const baseline = parseBaseline(typed);
  if (typed && !baseline)
    problems.push({ code: 'contest.badBaseline', params: { value: typed }, field: 'rule.baseline.count' });
  return baseline ?? { unit: 'week' as const, count: Number.NaN };
}
