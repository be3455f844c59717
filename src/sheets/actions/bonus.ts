import { isoString } from '../../core/dates';
import { type Lang, monthName, t } from '../../i18n';
import { formatDay } from '../../i18n/format';
import { type Action, type ActionContext, notify, toast } from '../context';
import { recordFacts } from '../facts-log';
import { rect } from '../grid';
import { askMonth } from '../month-prompt';
import { findMonthTab, monthFigures, readMonthTab } from '../month-tab';
import { Problems } from '../problems';
import { readTabValues } from '../settings';
import { productionCalendar, readCalendarSettings } from '../settings/calendar';
import { readMotivation } from '../settings/motivation';
import { readPlanCurrency, readProrateSalary } from '../settings/plan';
import type { TableContext } from '../settings/table';
import { readTeam } from '../settings/team';
import { bonusTabName, findGeneratedSheet, monthKey, monthTabName } from '../tabs';
import { writeGrid } from '../write-grid';
import { type BonusCalculation, computeBonuses } from './bonus-compute';
import { bonusGrid, LAYOUT, readDrawBalances } from './bonus-layout';

export { type BonusCalculation, type BonusRow, computeBonuses, trailText } from './bonus-compute';
// The Report reads the Bonus tab through these.
export { type BonusStatus, LAYOUT, readBonusStatus } from './bonus-layout';

/**
 * Menu: Calculate bonuses for a month → the tab "Bonus YYYY-MM": each person's plan, fact, attainment, scheme,
 * component amounts, total and the trail of how it was made; then the bonus fund and its share of revenue.
 * Any problem in Team, Motivation or the month tab is listed in one dialog and nothing is written.
 */
export const bonusAction: Action<[number, number]> = {
  ask: (ctx) => askMonth(ctx, 'menu.bonuses'),
  run: (ctx, [year, month]) => calculateBonuses(ctx, year, month),
};

export function calculateBonuses(ctx: ActionContext, year: number, month: number): void {
  const { lang } = ctx;
  const problems = new Problems();
  const tabs = readTabValues(ctx, ['team', 'motivation', 'plan', 'calendar'], problems);
  const monthSheet = findMonthTab(ctx.ss, year, month);
  const monthContent = monthSheet ? readMonthTab(monthSheet) : undefined;
  const monthName = monthContent?.name ?? monthTabName(year, month);
  if (!monthContent) problems.add(monthName, undefined, undefined, 'bonus.noMonthTab', { tab: monthName });
  const table = (tab: string): TableContext => ({ tab, lang, timeZone: ctx.timeZone, problems });
  const people = tabs.team ? readTeam(tabs.team.values, table(tabs.team.name)) : [];
  const schemes = tabs.motivation
    ? readMotivation(tabs.motivation.values, table(tabs.motivation.name))
    : undefined;
  // Of the Plan tab only what the bonus needs: salary for the days worked, and the currency of the steps.
  const prorateSalary = tabs.plan ? readProrateSalary(tabs.plan.values, table(tabs.plan.name)) : true;
  const currency = tabs.plan ? readPlanCurrency(tabs.plan.values, table(tabs.plan.name)) : 'RUB';
  const calendarSettings = tabs.calendar
    ? readCalendarSettings(tabs.calendar.values, people, table(tabs.calendar.name))
    : undefined;
  const calendar =
    calendarSettings && tabs.calendar
      ? productionCalendar(calendarSettings, year, tabs.calendar.name, problems)
      : undefined;
  if (!tabs.team || !schemes || !monthContent || !calendar || !calendarSettings) {
    notify(ctx, problems.text(lang));
    return;
  }
  recordFacts(ctx, monthContent.facts);
  const previous = previousBalances(ctx, year, month);
  const result = computeBonuses({
    people,
    schemes,
    figures: monthFigures(monthContent),
    year,
    month,
    lang,
    drawBalances: previous,
    teamTab: tabs.team.name,
    motivationTab: tabs.motivation!.name,
    monthTab: monthName,
    problems,
    today: ctx.today,
    calendar,
    absences: calendarSettings.absences,
    prorateSalary,
  });
  if (!problems.empty) {
    notify(ctx, problems.text(lang));
    return;
  }
  const monthText = `${monthWord(month, lang)} ${year}`;
  const grid = bonusGrid(result, {
    lang,
    currency,
    title: result.preliminary
      ? t('bonus.titlePreliminary', lang, { month: monthText, date: formatDay(ctx.today, lang) })
      : t('bonus.title', lang, { month: monthText }),
    generated: t('bonus.generated', lang, {
      date: isoString(ctx.today),
      team: tabs.team.name,
      motivation: tabs.motivation!.name,
      monthTab: monthName,
    }),
  });
  // The trail (and the steps) are several lines per person: wrap them and align the table to the top
  // (two or three calls for any team).
  const tableRect = rect(LAYOUT.firstRow, 1, Math.max(result.rows.length, 1), grid.cols);
  const steps = grid.values[LAYOUT.keyRow - 1].indexOf('nextStep') + 1;
  const wrapTrail = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => {
    sheet.getRange(tableRect.row, grid.cols, tableRect.rows, 1).setWrap(true);
    if (steps > 0) sheet.getRange(tableRect.row, steps, tableRect.rows, 1).setWrap(true);
    sheet.getRange(tableRect.row, 1, tableRect.rows, tableRect.cols).setVerticalAlignment('top');
  };
  writeGrid(ctx.ss, bonusTabName(year, month, lang), grid, {
    protectionNote: t('protect.generated', lang),
    written: ctx.written,
    beforeSwap: wrapTrail,
  }).activate();
  toast(ctx, 'toast.bonusDone', { month: monthKey(year, month) });
  if (result.exceptions.length) notify(ctx, exceptionsText(result, lang));
}

/** The dialog after a run with exceptions: who was paid, who was not and why. */
function exceptionsText(result: BonusCalculation, lang: Lang): string {
  const paid = result.rows.filter((r) => r.result).length;
  return [
    t('bonus.exceptions', lang, { paid, count: result.exceptions.length }),
    '',
    ...result.exceptions.map((e) => `• ${e}`),
  ].join('\n');
}

/** «ноябрь» inside a Russian sentence, "November" in English. */
const monthWord = (month: number, lang: Lang) =>
  lang === 'ru' ? monthName(month, lang).toLowerCase() : monthName(month, lang);

/** The draw balances left at the end of the previous month, read from its Bonus tab when there is one. */
function previousBalances(ctx: ActionContext, year: number, month: number): Map<string, number> {
  const prev = month === 1 ? [year - 1, 12] : [year, month - 1];
  const sheet = findGeneratedSheet(ctx.ss, (lang) => bonusTabName(prev[0], prev[1], lang), ctx.lang);
  return sheet ? readDrawBalances(sheet.getDataRange().getValues()) : new Map();
}
