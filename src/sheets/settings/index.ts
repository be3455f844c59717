import { type Calendar, makeCalendar } from '../../core/calendar';
import type { ActionContext } from '../context';
import type { Problems } from '../problems';
import { findSettingsSheet, type SettingsTab, settingsTabName } from '../tabs';
import { type CalendarSettings, readCalendarSettings } from './calendar';
import { type FunnelStage, readFunnel } from './funnel';
import { type PlanSettings, readPlan } from './plan';
import { assignMissingIds, type Person, readTeam } from './team';

export interface Settings {
  people: Person[];
  /** People the Team tab lacked an id for: the action writes the ids it gave them. */
  newIds: Person[];
  plan: PlanSettings;
  funnel: FunnelStage[];
  calendarSettings: CalendarSettings;
  calendar: Calendar;
  /** The Team tab's values as read (the Motivation tab is read by the bonus action). */
  teamTab: string;
}

/** Each settings tab's values, one getDataRange().getValues() per tab; a missing tab is a problem. */
export function readTabValues(ctx: ActionContext, tabs: readonly SettingsTab[], problems: Problems) {
  const out: Partial<Record<SettingsTab, { name: string; values: unknown[][] }>> = {};
  for (const tab of tabs) {
    const sheet = findSettingsSheet(ctx.ss, tab, ctx.lang);
    if (!sheet) {
      problems.add(settingsTabName(tab, ctx.lang), undefined, undefined, 'settings.missingTab', {
        tab: settingsTabName(tab, ctx.lang),
      });
      continue;
    }
    out[tab] = { name: sheet.getName(), values: sheet.getDataRange().getValues() };
  }
  return out;
}

/** Reads and checks the Team, Plan, Funnel and Calendar tabs; null with every problem listed otherwise. */
export function readSettings(ctx: ActionContext, problems: Problems): Settings | null {
  const tabs = readTabValues(ctx, ['team', 'plan', 'funnel', 'calendar'], problems);
  if (!tabs.team || !tabs.plan || !tabs.funnel || !tabs.calendar) return null;
  const table = (name: string) => ({ tab: name, lang: ctx.lang, timeZone: ctx.timeZone, problems });
  const people = readTeam(tabs.team.values, table(tabs.team.name));
  const plan = readPlan(tabs.plan.values, table(tabs.plan.name));
  const funnel = readFunnel(tabs.funnel.values, table(tabs.funnel.name));
  const calendarSettings = readCalendarSettings(tabs.calendar.values, people, table(tabs.calendar.name));
  if (!people.some((p) => p.role === 'manager' && p.active)) {
    problems.add(tabs.team.name, undefined, undefined, 'team.noManagers');
  }
  if (!problems.empty || !plan) return null;
  const calendar = makeCalendar(calendarSettings.country, calendarSettings.overrides);
  // A year the production calendar lacks would silently pass as Monday–Friday: refuse it instead.
  if (!calendar.covers(plan.year)) {
    problems.add(tabs.calendar.name, 1, 2, 'calendar.yearNotCovered', {
      country: calendarSettings.country,
      year: String(plan.year),
    });
    return null;
  }
  const newIds = assignMissingIds(people);
  return { people, newIds, plan, funnel, calendarSettings, calendar, teamTab: tabs.team.name };
}

/** Writes the ids given to new people into the hidden id column, one call for the whole column. */
export function writeNewIds(ctx: ActionContext, settings: Settings): void {
  if (settings.newIds.length === 0) return;
  const sheet = ctx.ss.getSheetByName(settings.teamTab);
  if (!sheet) return;
  const last = Math.max(...settings.people.map((p) => p.row));
  const ids: string[][] = Array.from({ length: last - 1 }, () => ['']);
  for (const p of settings.people) ids[p.row - 2][0] = p.id;
  const range = sheet.getRange(2, 1, last - 1, 1);
  const current = range.getValues();
  range.setValues(ids.map((r, i) => [r[0] || String(current[i][0] ?? '')]));
}
