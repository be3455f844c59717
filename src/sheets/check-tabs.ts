import { schemeKey } from '../core/bonus';
import type { Contest } from '../core/contests/types';
import type { ActionContext } from './context';
import { findImportTab } from './import/import-tab-writes';
import { Problems } from './problems';
import { type SettingsSoFar, settingsTabValues } from './settings';
import { readContestTab } from './settings/contests';
import { readImportTab } from './settings/import-tab';
import { motivationMetrics, readMotivation } from './settings/motivation';
import { isOldLayout } from './settings/motivation-convert';
import type { TableContext } from './settings/table';
import { type Person, teamColumn } from './settings/team';

/**
 * The settings tabs beyond the four every action reads (Team, Plan, Funnel, Calendar), checked whole against
 * what those gave (`env`: the settings, or what could be read of them when they have problems): the
 * Motivation tab (every scheme, and every scheme the Team tab names must be on it), the Contests tab (every
 * contest) and, for Check settings (`strict`), the Import tab. A tab that is not there is no problem here:
 * Set up makes them, and the Bonus, Contests and Import actions say so when they need one. Flat in team size:
 * one find and one getDataRange().getValues() per tab present. The contests read are returned: the
 * Contests action takes them rather than reading the tab again (the find tries the other language's name
 * only when this one's is missing).
 */
export function checkOtherTabs(
  ctx: ActionContext,
  env: SettingsSoFar,
  problems: Problems,
  strict = false,
): Contest[] | undefined {
  const motivation = settingsTabValues(ctx, 'motivation');
  if (motivation) {
    const { name, values } = motivation;
    const found = new Problems();
    // The metrics with facts, as the bonus run reads them (a custom funnel stage is a KPI); with the Funnel
    // tab missing, a new workbook's.
    const metrics = env.funnel ? motivationMetrics(env.plan ?? null, env.funnel) : undefined;
    const schemes = readMotivation(values, tableOf(ctx, name, found), metrics);
    // A tab in the layout before issue 16 is no mistake made today: it stops the bonus run and is listed by
    // Check settings (strict), but does not stop the plan, the month tabs or the meetings.
    const old = isOldLayout(values);
    if (!old || strict) problems.list.push(...found.list);
    // An old tab reads no scheme: "unknown scheme" for everyone would drown the one line that says what to do.
    if (!old && env.people && env.teamTab) {
      const known = new Set([...schemes.keys()].map(schemeKey));
      schemesOnTeam({ tab: env.teamTab, people: env.people }, known, name, problems);
    }
  }
  if (strict) checkImportTab(ctx, env, problems);
  return contestsOf(ctx, env, problems);
}

function contestsOf(ctx: ActionContext, env: SettingsSoFar, problems: Problems) {
  const { people, funnel } = env;
  const contests = people && funnel && settingsTabValues(ctx, 'contests');
  if (!people || !funnel || !contests) return undefined;
  const table = tableOf(ctx, contests.name, problems);
  return readContestTab(contests.values, table, { people, funnel, plan: env.plan ?? null });
}

/** The Import tab, when there is one, checked against the Team tab and the funnel. */
function checkImportTab(ctx: ActionContext, env: SettingsSoFar, problems: Problems): void {
  const tab = env.people && env.funnel && findImportTab(ctx);
  if (!env.people || !env.funnel || !tab) return;
  const values = tab.sheet.getDataRange().getValues();
  readImportTab(values, env.people, env.funnel, tableOf(ctx, tab.name, problems));
}

const tableOf = (ctx: ActionContext, tab: string, problems: Problems): TableContext => ({
  tab,
  lang: ctx.lang,
  timeZone: ctx.timeZone,
  problems,
});

/**
 * Each scheme the Team tab names is on the Motivation tab (case and spaces aside). One problem per unknown
 * scheme, at the first person's cell, naming everyone on it: five managers on a misspelt scheme are one line.
 */
function schemesOnTeam(
  team: { tab: string; people: readonly Person[] },
  known: Set<string>,
  motivationTab: string,
  problems: Problems,
) {
  const unknown = new Map<string, Person[]>();
  for (const p of team.people) {
    if (!p.scheme || known.has(schemeKey(p.scheme))) continue;
    unknown.set(schemeKey(p.scheme), [...(unknown.get(schemeKey(p.scheme)) ?? []), p]);
  }
  for (const [, people] of unknown) {
    problems.add(team.tab, people[0].row, teamColumn('scheme'), 'bonus.unknownScheme', {
      name: people.map((p) => p.name).join(', '),
      scheme: people[0].scheme,
      tab: motivationTab,
    });
  }
}
