import { schemeKey } from '../core/bonus';
import type { Contest } from '../core/contests/types';
import type { ActionContext } from './context';
import { findImportTab } from './import/import-tab-writes';
import { Problems } from './problems';
import { readTabValues, type Settings } from './settings';
import { readContestTab } from './settings/contests';
import { readImportTab } from './settings/import-tab';
import { motivationMetrics, readMotivation } from './settings/motivation';
import type { TableContext } from './settings/table';
import { type Person, readTeam, teamColumn } from './settings/team';
import { findSettingsSheet } from './tabs';

/**
 * The settings tabs beyond the four every action reads (Team, Plan, Funnel, Calendar), checked whole against
 * them: the Motivation tab (every scheme, and every scheme the Team tab names must be on it), the Contests tab
 * (every contest); for Check settings, the Import tab as well (checkImportTab). A tab that is not there is no problem here:
 * Set up makes them, and the Bonus, Contests and Import actions say so when they need one. Flat in team size:
 * one find and one getDataRange().getValues() per tab present. The contests read are returned: the
 * Contests action takes them rather than reading the tab again (the find tries the other language's name
 * only when this one's is missing).
 */
export function checkOtherTabs(
  ctx: ActionContext,
  settings: Settings | null,
  problems: Problems,
  strict = false,
): Contest[] | undefined {
  const motivation = findSettingsSheet(ctx.ss, 'motivation', ctx.lang);
  if (motivation) {
    const name = motivation.getName();
    const found = new Problems();
    // The metrics with facts, as the bonus run reads them (a custom funnel stage is a KPI); with the Plan or
    // Funnel tab unreadable, a new workbook's.
    const metrics = settings ? motivationMetrics(settings.plan, settings.funnel) : undefined;
    const values = motivation.getDataRange().getValues();
    const schemes = readMotivation(values, tableOf(ctx, name, found), metrics);
    // A tab in the layout before issue 16 is no mistake made today: it stops the bonus run and is listed by
    // Check settings (strict), but does not stop the plan, the month tabs or the meetings.
    const old = found.list.some((p) => p.code === 'motivation.oldLayout');
    if (!old || strict) problems.list.push(...found.list);
    // An old tab reads no scheme: "unknown scheme" for everyone would drown the one line that says what to do.
    const team = old
      ? null
      : settings
        ? { tab: settings.tabs.team, people: settings.people }
        : teamAlone(ctx);
    if (team) schemesOnTeam(team, new Set([...schemes.keys()].map(schemeKey)), name, problems);
  }
  return contestsOf(ctx, settings, problems);
}

function contestsOf(ctx: ActionContext, settings: Settings | null, problems: Problems) {
  const contests = settings && findSettingsSheet(ctx.ss, 'contests', ctx.lang);
  if (!settings || !contests) return undefined;
  const values = contests.getDataRange().getValues();
  return readContestTab(values, tableOf(ctx, contests.getName(), problems), settings);
}

/** The Import tab, when there is one, checked against the Team tab and the funnel (Check settings only). */
export function checkImportTab(ctx: ActionContext, settings: Settings | null, problems: Problems): void {
  const tab = settings && findImportTab(ctx);
  if (!settings || !tab) return;
  const values = tab.getDataRange().getValues();
  readImportTab(values, settings.people, settings.funnel, tableOf(ctx, tab.getName(), problems));
}

const tableOf = (ctx: ActionContext, tab: string, problems: Problems): TableContext => ({
  tab,
  lang: ctx.lang,
  timeZone: ctx.timeZone,
  problems,
});

/**
 * The Team tab's people when the settings as a whole could not be read (a problem on another tab): read again
 * on this path only, its own problems already listed, so a wrong scheme still shows up with the rest.
 */
function teamAlone(ctx: ActionContext): { tab: string; people: Person[] } | undefined {
  const scratch = new Problems();
  const team = readTabValues(ctx, ['team'], scratch).team;
  return team && { tab: team.name, people: readTeam(team.values, tableOf(ctx, team.name, scratch)) };
}

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
