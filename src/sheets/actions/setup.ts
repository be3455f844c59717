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
import { importTabName } from '../settings/import-tab';
import { MOT_COL } from '../settings/motivation-columns';
import { convertOldMotivation, isOldLayout } from '../settings/motivation-convert';
import { convertedMotivationTab, motivationTemplate } from '../settings/motivation-template';
import { planTemplate } from '../settings/plan';
import { exampleNames, readTeam, teamTemplate } from '../settings/team';
import { findSettingsSheet, freeTabName, type SettingsTab, settingsTabName } from '../tabs';
import { writeGrid } from '../write-grid';

/**
 * Menu: Set up workbook. Creates the settings tabs that are missing, with headers, notes, validation and
 * example data, and the Import tab with its defaults and the example mapping (extensions, the standard
 * stages of amoCRM and Bitrix24); an existing tab is never touched — except a Motivation tab in the layout
 * before issue 16, which is renamed and converted to a new Motivation tab paying the same money.
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
    // current: null — the tab is missing under either name (just looked up).
    writeGrid(ctx.ss, name, grid, {
      protectionNote: t('protect.settings', ctx.lang),
      written: ctx.written,
      current: null,
    });
    created.push(name);
  }
  // After the loop, which leaves the old tab alone: Plan and Funnel are there for the metric drop-downs.
  const converted = convertOldMotivationTab(ctx);
  if (converted) created.push(converted.tab);
  const importTab = setupImportTab(ctx);
  if (importTab) created.push(importTab);
  if (created.length) toast(ctx, 'toast.setupDone', { tabs: created.join(', ') });
  else notify(ctx, t('setup.nothingToDo', ctx.lang));
  if (converted) notify(ctx, converted.message);
}

/**
 * A Motivation tab in the old layout: renamed «Мотивация (прежний вид)» (kept as it was) and its schemes
 * converted (motivation-convert.ts) into a new Motivation tab, with a note at each cell left to decide; the
 * new tab's name and a message listing those cells, or null when the tab is missing or new.
 */
function convertOldMotivationTab(ctx: ActionContext): { tab: string; message: string } | null {
  const sheet = findSettingsSheet(ctx.ss, 'motivation', ctx.lang);
  const values = sheet?.getDataRange().getValues() ?? [];
  if (!sheet || !isOldLayout(values)) return null;
  const converted = convertOldMotivation(values, ctx.lang, ctx.timeZone);
  const tab = settingsTabName('motivation', ctx.lang);
  const renamed = freeTabName(ctx.ss, t('motivation.convert.oldTab', ctx.lang));
  const original = sheet.getName();
  sheet.setName(renamed);
  try {
    const grid = convertedMotivationTab(ctx.lang, converted, templateMetrics(ctx));
    writeGrid(ctx.ss, tab, grid, { protectionNote: t('protect.settings', ctx.lang), written: ctx.written });
  } catch (e) {
    sheet.setName(original); // nothing half done: the old tab as it was, for Set up to try again
    throw e;
  }
  const problems = new Problems(); // the notes as lines «Мотивация!K2: …», as Check settings lists problems
  for (const n of converted.notes) {
    if (n.row === 0) problems.add(renamed, undefined, undefined, n.code, n.params);
    else problems.add(tab, n.row, MOT_COL[n.field], n.code, n.params);
  }
  const lines = problems.lines(ctx.lang);
  const message = [
    // A first KPI's own T0 with no cell is the one thing that changes the money until it is decided.
    converted.notes.some((n) => n.code === 'motivation.convert.gateAndFloor')
      ? t('motivation.convert.doneButT0', ctx.lang, { tab, old: renamed })
      : t('motivation.convert.done', ctx.lang, { tab, old: renamed }),
    ...(lines.length ? [t('motivation.convert.decide', ctx.lang), ...lines] : []),
  ].join('\n');
  return { tab, message };
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
  createImportTab(ctx, importTabGrid(ctx, { people, funnel }, rows), true);
  return importTabName(ctx.lang);
}
