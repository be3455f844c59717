import type { Calendar } from '../../core/calendar';
import type { ActionContext } from '../context';
import type { Problems } from '../problems';
import { findSettingsTab, type SettingsTab, settingsTabName } from '../tabs';
import { type CalendarSettings, productionCalendar, readCalendarSettings } from './calendar';
import { type FunnelStage, readFunnel } from './funnel';
import { type PlanSettings, readPlan } from './plan';
import { assignMissingIds, type Person, readTeam } from './team';

export { writeNewIds } from './new-ids';

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
  /** The settings tabs' names as found (problems name the tab and cell). */
  tabs: Record<'team' | 'plan' | 'funnel' | 'calendar', string>;
}

/**
 * Each settings tab's values, one getDataRange().getValues() per tab; a missing tab is a problem. The Team
 * tab's id column holds the text each id shows (getDisplayValues): an id typed as text "00123" and one
 * kept as a number are compared as the person sees them, never as 123.
 */
export function readTabValues(ctx: ActionContext, tabs: readonly SettingsTab[], problems: Problems) {
  const out: Partial<Record<SettingsTab, TabValues>> = {};
  for (const tab of tabs) {
    const found = settingsTabValues(ctx, tab);
    if (found) out[tab] = found;
    else
      problems.add(settingsTabName(tab, ctx.lang), undefined, undefined, 'settings.missingTab', {
        tab: settingsTabName(tab, ctx.lang),
      });
  }
  return out;
}

export interface TabValues {
  /** The name the tab was found under (either language's). */
  name: string;
  values: unknown[][];
}

/**
 * One settings tab's values (see readTabValues), null when the tab is missing. Read once per action until it
 * writes the tab; each caller gets rows of its own.
 */
export function settingsTabValues(ctx: ActionContext, tab: SettingsTab): TabValues | null {
  const read = () => {
    const found = findSettingsTab(ctx.ss, tab, ctx.lang);
    return found && { name: found.name, values: tabValues(found.sheet, tab) };
  };
  const known = ctx.memo ? ctx.memo.get(`settings:${tab}`, read, (v) => v?.name ?? null) : read();
  return known && { name: known.name, values: known.values.map((row) => row.slice()) };
}

function tabValues(sheet: GoogleAppsScript.Spreadsheet.Sheet, tab: SettingsTab): unknown[][] {
  const range = sheet.getDataRange();
  const values = range.getValues();
  if (tab === 'team') {
    const shown = range.getDisplayValues();
    values.forEach((row, i) => {
      if (row.length > 0) row[0] = shown[i]?.[0] ?? row[0];
    });
  }
  return values;
}

/**
 * What the Team, Plan and Funnel tabs gave when all four tabs are there, whatever their problems: the other
 * settings tabs are checked against it (check-tabs.ts). `plan` null: the Plan tab could not be read.
 */
export type SettingsSoFar = Partial<Pick<Settings, 'people' | 'funnel' | 'teamTab'>> & {
  plan?: PlanSettings | null;
};

/**
 * Reads and checks the Team, Plan, Funnel and Calendar tabs; null with every problem listed otherwise.
 * `soFar` is filled with what could be read, problems or not.
 */
export function readSettings(ctx: ActionContext, problems: Problems, soFar?: SettingsSoFar): Settings | null {
  const tabs = readTabValues(ctx, ['team', 'plan', 'funnel', 'calendar'], problems);
  if (!tabs.team || !tabs.plan || !tabs.funnel || !tabs.calendar) return null;
  const table = (name: string) => ({ tab: name, lang: ctx.lang, timeZone: ctx.timeZone, problems });
  const people = readTeam(tabs.team.values, table(tabs.team.name));
  // Ids first: the Calendar tab's absences name people, and a person added without an id has one too.
  const newIds = assignMissingIds(people);
  const plan = readPlan(tabs.plan.values, table(tabs.plan.name));
  const funnel = readFunnel(tabs.funnel.values, table(tabs.funnel.name));
  const calendarSettings = readCalendarSettings(tabs.calendar.values, people, table(tabs.calendar.name));
  if (soFar) Object.assign(soFar, { people, plan, funnel, teamTab: tabs.team.name });
  if (!people.some((p) => p.role === 'manager' && p.active)) {
    problems.add(tabs.team.name, undefined, undefined, 'team.noManagers');
  }
  if (!problems.empty || !plan) return null;
  const calendar = productionCalendar(calendarSettings, plan.year, tabs.calendar.name, problems);
  if (!calendar) return null;
  const names = { team: tabs.team.name, plan: tabs.plan.name, funnel: tabs.funnel.name };
  return {
    people,
    newIds,
    plan,
    funnel,
    calendarSettings,
    calendar,
    teamTab: tabs.team.name,
    tabs: { ...names, calendar: tabs.calendar.name },
  };
}
