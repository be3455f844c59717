import type { Problem } from '../bonus/problems';
import type { ActivityRule, Contest, ContestInput, ContestRule, Prize } from './types';

/**
 * Every problem of a contest's settings, each with the path of the wrong part of the contest (`period.to`,
 * `participants[3]`, `rule.weights[2].points`): all of them, so the settings dialog lists them at once.
 */
export function contestProblems(input: Pick<ContestInput, 'contest' | 'metrics' | 'team'>): Problem[] {
  const { contest } = input;
  return [
    ...periodProblems(contest),
    ...participantProblems(contest, input.team),
    ...teamProblems(contest, input.team),
    ...ruleProblems(contest.rule, new Set(input.metrics)),
    ...prizeProblems(contest.prizes ?? []),
    ...countProblems(contest.showTop, 'showTop'),
    ...countProblems(contest.hideBottom, 'hideBottom'),
  ];
}

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** A number that must be ≥ 0 (or > 0 when `positive`). */
function numberProblems(x: unknown, field: string, positive = false): Problem[] {
  if (!isNumber(x)) return [{ code: 'contest.notANumber', params: { value: String(x) }, field }];
  if (positive && x <= 0) return [{ code: 'contest.notPositive', params: { value: x }, field }];
  if (x < 0) return [{ code: 'contest.negative', params: { value: x }, field }];
  return [];
}

function periodProblems(c: Contest): Problem[] {
  const { from, to } = c.period;
  if (!Number.isInteger(from)) return [{ code: 'contest.notADay', params: {}, field: 'period.from' }];
  if (!Number.isInteger(to)) return [{ code: 'contest.notADay', params: {}, field: 'period.to' }];
  return to < from ? [{ code: 'contest.periodReversed', params: {}, field: 'period.to' }] : [];
}

function participantProblems(c: Contest, team: ContestInput['team']): Problem[] {
  if (c.participants === 'all') return [];
  if (c.participants.length === 0)
    return [{ code: 'contest.noParticipants', params: {}, field: 'participants' }];
  const known = new Set(team.map((m) => m.id));
  const out: Problem[] = [];
  c.participants.forEach((id, i) => {
    if (!known.has(id))
      out.push({ code: 'contest.unknownParticipant', params: { value: id }, field: `participants[${i}]` });
  });
  return out;
}

/** A team contest needs at least one participant with a team in the Team tab's team column. */
function teamProblems(c: Contest, team: ContestInput['team']): Problem[] {
  if (!c.teams) return [];
  const listed = c.participants === 'all' ? undefined : new Set(c.participants);
  const any = team.some((m) => (listed === undefined || listed.has(m.id)) && (m.team ?? '').trim() !== '');
  return any ? [] : [{ code: 'contest.noTeams', params: {}, field: 'teams' }];
}

function metricProblems(metric: unknown, metrics: ReadonlySet<string>, field: string): Problem[] {
  return typeof metric === 'string' && metrics.has(metric)
    ? []
    : [{ code: 'contest.unknownMetric', params: { value: String(metric) }, field }];
}

function ruleProblems(rule: ContestRule, metrics: ReadonlySet<string>): Problem[] {
  switch (rule.kind) {
    case 'race':
      return [
        ...metricProblems(rule.metric, metrics, 'rule.metric'),
        ...numberProblems(rule.target, 'rule.target', true),
      ];
    case 'planPoints': {
      const out = [
        ...metricProblems(rule.metric, metrics, 'rule.metric'),
        ...numberProblems(rule.minimum, 'rule.minimum'),
        ...numberProblems(rule.rate, 'rule.rate'),
        ...numberProblems(rule.rateAbove, 'rule.rateAbove'),
      ];
      // Above 100 % only the higher rate pays: with it 0, nobody can ever score.
      if (isNumber(rule.minimum) && rule.minimum > 100 && rule.rateAbove === 0)
        out.push({
          code: 'contest.minimumUnreachable',
          params: { minimum: rule.minimum },
          field: 'rule.minimum',
        });
      return out;
    }
    case 'activity':
      return activityProblems(rule, metrics);
    case 'improvement': {
      const count = rule.baseline?.count;
      const bad =
        !Number.isInteger(count) ||
        count < 1 ||
        (rule.baseline.unit !== 'week' && rule.baseline.unit !== 'month');
      return [
        ...metricProblems(rule.metric, metrics, 'rule.metric'),
        ...(bad
          ? [{ code: 'contest.badBaseline', params: { value: String(count) }, field: 'rule.baseline.count' }]
          : []),
      ];
    }
    default:
      return [
        {
          code: 'contest.unknownRule',
          params: { value: String((rule as { kind: unknown }).kind) },
          field: 'rule.kind',
        },
      ];
  }
}

function activityProblems(rule: ActivityRule, metrics: ReadonlySet<string>): Problem[] {
  if (rule.weights.length === 0) return [{ code: 'contest.noWeights', params: {}, field: 'rule.weights' }];
  const out: Problem[] = [];
  const seen = new Map<string, number>();
  rule.weights.forEach((w, i) => {
    const at = `rule.weights[${i}]`;
    out.push(
      ...metricProblems(w.metric, metrics, `${at}.metric`),
      ...numberProblems(w.points, `${at}.points`),
    );
    const first = seen.get(w.metric);
    if (first !== undefined)
      out.push({
        code: 'contest.weightOverlap',
        params: { metric: w.metric, index: first + 1 },
        field: `${at}.metric`,
      });
    else seen.set(w.metric, i);
  });
  const applies = new Map<string, number>();
  (rule.multipliers ?? []).forEach((m, i) => {
    const at = `rule.multipliers[${i}]`;
    out.push(...numberProblems(m.factor, `${at}.factor`));
    if (m.metric !== undefined) out.push(...metricProblems(m.metric, metrics, `${at}.metric`));
    if (m.weekday !== undefined && !(Number.isInteger(m.weekday) && m.weekday >= 1 && m.weekday <= 7))
      out.push({ code: 'contest.badWeekday', params: { value: String(m.weekday) }, field: `${at}.weekday` });
    const key = `${m.metric ?? ''}\u0000${m.weekday ?? ''}`;
    const first = applies.get(key);
    if (first !== undefined)
      out.push({ code: 'contest.multiplierOverlap', params: { index: first + 1 }, field: at });
    else applies.set(key, i);
  });
  return out;
}

function prizeProblems(prizes: readonly Prize[]): Problem[] {
  const out: Problem[] = [];
  prizes.forEach((p, i) => {
    const bad = 'kopecks' in p ? !Number.isInteger(p.kopecks) || p.kopecks < 0 : p.text.trim() === '';
    if (bad) out.push({ code: 'contest.badPrize', params: { place: i + 1 }, field: `prizes[${i}]` });
  });
  return out;
}

/** How many places to publish or hide: a whole number of at least 1. */
function countProblems(count: number | undefined, field: 'showTop' | 'hideBottom'): Problem[] {
  if (count === undefined || (Number.isInteger(count) && count >= 1)) return [];
  const code = field === 'showTop' ? 'contest.badShowTop' : 'contest.badHideBottom';
  return [{ code, params: { value: String(count) }, field }];
}
