import { runContest } from '../../core/contests/contest';
import { baselineWindow } from '../../core/contests/improvement';
import type { Contest, TeamMember } from '../../core/contests/types';
import { firstOfMonth, monthsOfSpan, ymdOf } from '../../core/dates';
import { currencySign, formatDay, formatNumber, type Lang, t } from '../../i18n';
import { type ContestMonths, contestInput, contestTeam, readContestMonths, readSpan } from '../contest-input';
import { type ActionContext, notify, toast } from '../context';
import { metricLabel } from '../labels';
import { Problems } from '../problems';
import type { Settings } from '../settings';
import { readContests } from '../settings/contests';
import { contestMetrics } from '../settings/contests-columns';
import { type Planned, settingsAndPlan } from '../settings-plan';
import { findGeneratedSheet, leaderboardTabName, monthKey } from '../tabs';
import { writeGrid } from '../write-grid';
import { boardEntrants } from './contest-cells';
import { leaderboardGrid } from './contest-grid';

/**
 * Menu: Contests → a leaderboard tab for every contest whose period has started (a finished one shows its
 * final standings). Any problem of the settings or the contests: the one dialog, nothing written. The month
 * tabs are read once for all contests; each board is one writeGrid.
 */
export function contestAction(ctx: ActionContext): void {
  const planned = settingsAndPlan(ctx, undefined, { othersBlock: true });
  if (!planned) return;
  const problems = new Problems();
  // The prologue has read and checked the Contests tab; read here only to say that it is missing.
  const contests = planned.contests ?? readContests(ctx, planned.settings, problems);
  if (!contests || !problems.empty) {
    notify(ctx, problems.empty ? t('leaderboard.noContests', ctx.lang) : problems.text(ctx.lang));
    return;
  }
  writeLeaderboards(ctx, planned, contests, contestTeam(planned.settings.people));
}

/**
 * A contest that ended before this month and has its board: its final standings stay as written (its month
 * tabs may be gone by now), and the work does not grow with every contest ever held.
 */
function settled(ctx: ActionContext, c: Contest): boolean {
  const { year, month } = ymdOf(ctx.today);
  if (c.period.to >= firstOfMonth(year, month)) return false;
  return findGeneratedSheet(ctx.ss, (lang) => leaderboardTabName(c.name, lang), ctx.lang) !== null;
}

/**
 * The boards of the contests that have started, for `team` (the Team tab's managers with their groups);
 * the names of the tabs written, or null when it said why none was (no contest started, a problem).
 */
export function writeLeaderboards(
  ctx: ActionContext,
  { settings }: Planned,
  contests: readonly Contest[],
  team: readonly TeamMember[],
): string[] | null {
  const begun = contests.filter((c) => c.period.from <= ctx.today);
  const started = begun.filter((c) => !settled(ctx, c));
  if (started.length === 0) {
    notify(ctx, t(begun.length ? 'leaderboard.allSettled' : 'leaderboard.noneStarted', ctx.lang));
    return null;
  }
  const months = readContestMonths(ctx, started);
  const metrics = contestMetrics(settings.plan, settings.funnel);
  const runs = started.map((contest) => {
    const input = contestInput(contest, team, metrics, months, ctx.today);
    return { contest, input, result: runContest(input) };
  });
  const problems = new Problems();
  const contestsTab = t('tab.contests', ctx.lang);
  for (const { result } of runs)
    for (const p of result.problems) problems.add(contestsTab, undefined, undefined, p.code, p.params);
  if (!problems.empty) {
    notify(ctx, problems.text(ctx.lang));
    return null;
  }
  const names: string[] = [];
  let first: GoogleAppsScript.Spreadsheet.Sheet | undefined;
  for (const { contest, input, result } of runs) {
    const grid = leaderboardGrid({
      contest,
      input,
      standings: result.standings,
      entrants: boardEntrants(input),
      months,
      texts: boardTexts(contest, settings, months, ctx.lang),
      isWorkday: (d) => settings.calendar.isWorkday(d),
      metricName: (m) => metricLabel(m, settings.funnel, ctx.lang),
      currency: settings.plan.currency,
      lang: ctx.lang,
      today: ctx.today,
    });
    const name = leaderboardTabName(contest.name, ctx.lang);
    const sheet = writeGrid(ctx.ss, name, grid, {
      protectionNote: t('protect.generated', ctx.lang),
      current: findGeneratedSheet(ctx.ss, (lang) => leaderboardTabName(contest.name, lang), ctx.lang),
      written: ctx.written,
    });
    if (names.length === 0) first = sheet;
    names.push(name);
  }
  first?.activate();
  toast(ctx, 'leaderboard.toast', { tabs: names.join(', ') });
  return names;
}

/** The tab's words: the rule, the prizes and the notes (live counting, missing month tabs, the baseline). */
function boardTexts(
  contest: Contest,
  settings: Pick<Settings, 'funnel' | 'plan'>,
  months: ContestMonths,
  lang: Lang,
) {
  const notes = [t('leaderboard.note.live', lang)];
  const missing = monthsOfSpan(readSpan(contest))
    .map(({ year, month }) => monthKey(year, month))
    .filter((key) => !months.get(key));
  if (missing.length)
    notes.push(
      t('leaderboard.note.missingMonths', lang, {
        months: missing.map((m) => `«${m}»`).join(', '),
        count: missing.length,
      }),
    );
  const rule = contest.rule;
  if (rule.kind === 'improvement') {
    const w = baselineWindow(rule, contest.period.from);
    notes.push(
      t('leaderboard.note.baseline', lang, { from: formatDay(w.from, lang), to: formatDay(w.to, lang) }),
    );
  }
  return {
    rule: ruleText(contest, settings, lang),
    prizes: prizesText(contest, settings.plan.currency, lang),
    notes,
  };
}

function ruleText(contest: Contest, settings: Pick<Settings, 'funnel'>, lang: Lang): string {
  const rule = contest.rule;
  const label = (metric: string) => metricLabel(metric, settings.funnel, lang);
  const team = contest.teams ? ` ${t('leaderboard.rule.teams', lang)}` : '';
  switch (rule.kind) {
    case 'race':
      return t('leaderboard.rule.race', lang, { metric: label(rule.metric), target: rule.target }) + team;
    case 'planPoints':
      return t('leaderboard.rule.planPoints', lang, { ...rule, metric: label(rule.metric) }) + team;
    case 'improvement': {
      const params = { metric: label(rule.metric), count: rule.baseline.count };
      return (
        (rule.baseline.unit === 'week'
          ? t('leaderboard.rule.improvementWeeks', lang, params)
          : t('leaderboard.rule.improvementMonths', lang, params)) + team
      );
    }
    case 'activity': {
      const weekdays = t('leaderboard.weekdays', lang).split(',');
      const weights = rule.weights.map((w) => `${label(w.metric)} × ${formatNumber(w.points, lang)}`);
      const factors = (rule.multipliers ?? []).map((m) => {
        const on = [m.metric ? label(m.metric) : '', m.weekday ? weekdays[m.weekday - 1] : ''];
        return `${on.filter(Boolean).join(', ')} × ${formatNumber(m.factor, lang)}`;
      });
      const text = t('leaderboard.rule.activity', lang, { weights: weights.join(', ') });
      return factors.length
        ? `${text} ${t('leaderboard.rule.multipliers', lang, { list: factors.join('; ') })}${team}`
        : text + team;
    }
  }
}

function prizesText(contest: Contest, currency: string, lang: Lang): string {
  const prizes = contest.prizes ?? [];
  if (prizes.length === 0) return '';
  const list = prizes.map((p, i) =>
    t('leaderboard.prize', lang, {
      place: i + 1,
      prize: 'kopecks' in p ? `${formatNumber(p.kopecks / 100, lang)} ${currencySign(currency)}` : p.text,
    }),
  );
  return t('leaderboard.prizes', lang, { list: list.join('; ') });
}
