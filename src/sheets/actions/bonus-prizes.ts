import { kopecks, rubles } from '../../core/bonus/money';
import { runContest } from '../../core/contests/contest';
import { type PrizePayout, prizePayouts } from '../../core/contests/payout';
import type { Contest } from '../../core/contests/types';
import { firstOfMonth, lastOfMonth } from '../../core/dates';
import { formatMoney, type Lang, t } from '../../i18n';
import { renderTrailLine } from '../../i18n/trail';
import { contestInput, contestTeam, readContestMonths } from '../contest-input';
import type { ActionContext } from '../context';
import type { Problems } from '../problems';
import { readSettings, settingsTabValues } from '../settings';
import { readContests } from '../settings/contests';
import { contestMetrics } from '../settings/contests-columns';
import type { BonusCalculation } from './bonus-compute';

/**
 * The money prizes of the contests that ended in the bonus month (their last day in it, before today), per
 * member id, computed by the core from the month tabs as the leaderboards compute them, to be paid with the
 * month's bonus. No Contests tab: none. A problem in one of those contests, or in the settings they read,
 * stops the bonus run like any settings problem (a prize left out would be pay left out); the other
 * contests are not read.
 */
export function contestPrizes(
  ctx: ActionContext,
  year: number,
  month: number,
  problems: Problems,
): Map<string, PrizePayout[]> {
  const out = new Map<string, PrizePayout[]>();
  if (!settingsTabValues(ctx, 'contests')) return out;
  const settings = readSettings(ctx, problems);
  const [from, to] = [firstOfMonth(year, month), lastOfMonth(year, month)];
  const endedHere = (c: Contest) => c.period.to >= from && c.period.to <= to && c.period.to < ctx.today;
  const ended = settings ? readContests(ctx, settings, problems, endedHere) : null;
  if (!settings || !ended?.length) return out;
  const months = readContestMonths(ctx, ended);
  const team = contestTeam(settings.people);
  const metrics = contestMetrics(settings.plan, settings.funnel);
  for (const contest of ended) {
    const input = contestInput(contest, team, metrics, months, ctx.today);
    const result = runContest(input);
    for (const p of result.problems)
      problems.add(t('tab.contests', ctx.lang), undefined, undefined, p.code, p.params);
    for (const pay of prizePayouts(input, result.standings))
      out.set(pay.member, [...(out.get(pay.member) ?? []), pay]);
  }
  return out;
}

/**
 * Each winner's prizes on their Bonus row: the amount in its own column, added to the total and the variable
 * pay (at the forecast too: the contest is over, the prize is certain), one trail line per prize. A person
 * whose bonus could not be calculated keeps the prize in its column, outside the fund, and the exceptions say so.
 */
export function addPrizes(
  calc: BonusCalculation,
  prizes: Map<string, PrizePayout[]>,
  lang: Lang,
  currency: string,
): void {
  for (const row of calc.rows) {
    const won = prizes.get(row.person.id);
    if (!won?.length) continue;
    const prize = won.reduce((s, p) => s + p.kopecks, 0);
    const add = (v: number) => rubles(kopecks(v) + prize);
    row.prizes = rubles(prize);
    calc.hasPrizes = true;
    if (!row.result) {
      // Not paid here with the rest: the dialog after the run says so, next to why the bonus is missing.
      const amount = formatMoney(row.prizes, lang, currency);
      calc.exceptions.push(t('bonus.prizeNotPaid', lang, { name: row.person.name, amount }));
      continue;
    }
    row.trail = [...row.trail, ...won.map((p) => renderTrailLine(p.line, lang, currency))];
    row.result = { ...row.result, total: add(row.result.total), variable: add(row.result.variable) };
    const f = row.forecast?.result;
    if (row.forecast && f) row.forecast.result = { ...f, total: add(f.total), variable: add(f.variable) };
  }
}
