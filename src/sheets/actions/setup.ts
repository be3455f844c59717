import { ymdOf } from '../../core/dates';
import { t } from '../../i18n';
import { type ActionContext, notify, toast } from '../context';
import type { Grid } from '../grid';
import { calendarTemplate } from '../settings/calendar';
import { funnelTemplate } from '../settings/funnel';
import { motivationTemplate } from '../settings/motivation-template';
import { planTemplate } from '../settings/plan';
import { exampleNames, teamTemplate } from '../settings/team';
import { findSettingsSheet, type SettingsTab, settingsTabName } from '../tabs';
import { writeGrid } from '../write-grid';

/**
 * Menu: Set up workbook. Creates the settings tabs that are missing, with headers, notes, validation and
 * example data; an existing tab is never touched.
 */
export function setupAction(ctx: ActionContext): void {
  const year = ymdOf(ctx.today).year;
  const templates: Record<SettingsTab, () => Grid | undefined> = {
    team: () => teamTemplate(ctx.lang, year),
    plan: () => planTemplate(ctx.lang, year),
    funnel: () => funnelTemplate(ctx.lang),
    motivation: () => motivationTemplate(ctx.lang),
    calendar: () => calendarTemplate(ctx.lang, year, exampleNames(ctx.lang)),
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
  if (created.length) toast(ctx, 'toast.setupDone', { tabs: created.join(', ') });
  else notify(ctx, t('setup.nothingToDo', ctx.lang));
}
