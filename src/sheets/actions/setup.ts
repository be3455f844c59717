import { ymdOf } from '../../core/dates';
import { t } from '../../i18n';
import { type ActionContext, notify, toast } from '../context';
import type { Grid } from '../grid';
import { exampleImportRows } from '../import/import-example';
import { createImportTab, findImportTab, importTabGrid } from '../import/import-tab-writes';
import { Problems } from '../problems';
import { readTabValues } from '../settings';
import { calendarTemplate } from '../settings/calendar';
import { contestsTemplate, templateMetrics } from '../settings/contests-template';
import { funnelTemplate, readFunnel } from '../settings/funnel';
import { motivationTemplate } from '../settings/motivation-template';
import { planTemplate } from '../settings/plan';
import { exampleNames, readTeam, teamTemplate } from '../settings/team';
import { findSettingsSheet, type SettingsTab, settingsTabName } from '../tabs';
import { writeGrid } from '../write-grid';

/**
 * Menu: Set up workbook. Creates the settings tabs that are missing, with headers, notes, validation and
 * example data, and the Import tab with its defaults and the example mapping (extensions, the standard
 * stages of amoCRM and Bitrix24); an existing tab is never touched.
 */
export function setupAction(ctx: ActionContext): void {
  const year = ymdOf(ctx.today).year;
  const templates: Record<SettingsTab, () => Grid | undefined> = {
    team: () => teamTemplate(ctx.lang, year),
    plan: () => planTemplate(ctx.lang, year),
    funnel: () => funnelTemplate(ctx.lang),
    // After Plan and Funnel: its metric drop-downs list the metrics those tabs give facts of.
    motivation: () => motivationTemplate(ctx.lang, templateMetrics(ctx)),
    calendar: () => calendarTemplate(ctx.lang, year, exampleNames(ctx.lang)),
    // After Plan and Funnel: its metric drop-down lists the plan's metrics as those tabs now name them.
    contests: () => contestsTemplate(ctx.lang, ctx.today, templateMetrics(ctx)),
  };
  const created: string[] = [];
  for (const tab of Object.keys(templates) as SettingsTab[]) {
    if (findSettingsSheet(ctx.ss, tab, ctx.lang)) continue;
    const grid = templates[tab]();
    if (!grid) continue;
    const name = settingsTabName(tab, ctx.lang);
    writeGrid(ctx.ss, name, grid, { protectionNote: t('protect.settings', ctx.lang), written: ctx.written });
    created.push(name);
  }
  const importTab = setupImportTab(ctx);
  if (importTab) created.push(importTab);
  if (created.length) toast(ctx, 'toast.setupDone', { tabs: created.join(', ') });
  else notify(ctx, t('setup.nothingToDo', ctx.lang));
}

/**
 * The Import tab when missing, its drop-downs and example mapping from the Team and Funnel tabs as they are
 * now; its name, or null.
 */
function setupImportTab(ctx: ActionContext): string | null {
  if (findImportTab(ctx)) return null;
  const problems = new Problems();
  const tabs = readTabValues(ctx, ['team', 'funnel'], problems);
  const table = (name: string) => ({ tab: name, lang: ctx.lang, timeZone: ctx.timeZone, problems });
  const people = tabs.team ? readTeam(tabs.team.values, table(tabs.team.name)) : [];
  const funnel = tabs.funnel ? readFunnel(tabs.funnel.values, table(tabs.funnel.name)) : [];
  // Problems on those tabs are for the actions that use them to report; the drop-downs take what reads.
  const rows = exampleImportRows(
    ctx.lang,
    people.map((p) => p.name),
    funnel,
  );
  return createImportTab(ctx, importTabGrid(ctx, { people, funnel }, rows)).getName();
}
