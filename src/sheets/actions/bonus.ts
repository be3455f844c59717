import { type Lang, monthInText, t } from '../../i18n';
import { formatDay } from '../../i18n/format';
import { type Action, type ActionContext, notify, toast } from '../context';
import { recordFacts } from '../facts-log';
import { type Grid, rect } from '../grid';
import { freezeIfOver } from '../month-freeze';
import { askMonth } from '../month-prompt';
import { type MonthTabContent, monthFigures, monthTabOnce } from '../month-tab';
import { Problems } from '../problems';
import { readTabValues, type TabValues } from '../settings';
import { productionCalendar, readCalendarSettings } from '../settings/calendar';
import { readFunnel } from '../settings/funnel';
import { type MotivationMetrics, motivationMetrics, readMotivation } from '../settings/motivation';
import { readPlan, readPlanCurrency, readProrateSalary } from '../settings/plan';
import type { TableContext } from '../settings/table';
import { readTeam } from '../settings/team';
import { bonusTabName, findGeneratedSheet, monthKey, monthTabName } from '../tabs';
import { writeGrid } from '../write-grid';
import { type BonusCalculation, computeBonuses } from './bonus-compute';
import { bonusGrid, LAYOUT, readDrawBalances } from './bonus-layout';
import { addPrizes, contestPrizes } from './bonus-prizes';

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
  const problems = new Problems();
  const input = readBonusInput(ctx, year, month, problems);
  if (!input) {
    notify(ctx, problems.text(ctx.lang));
    return;
  }
  const prizes = contestPrizes(ctx, year, month, problems);
  recordFacts(ctx, input.monthContent.facts);
  const result = computeBonuses(computeInput(ctx, input, year, month, problems));
  if (!problems.empty) {
    notify(ctx, problems.text(ctx.lang));
    return;
  }
  addPrizes(result, prizes, ctx.lang, input.currency);
  writeBonusTab(ctx, input, result, year, month);
  freezeIfOver(ctx, input.monthContent, year, month);
  toast(ctx, 'toast.bonusDone', { month: monthKey(year, month) });
  if (result.exceptions.length) notify(ctx, exceptionsText(result, ctx.lang));
}

/** What the bonus run reads: the settings tabs it needs and the month tab; undefined when any is unusable. */
interface BonusInput {
  teamTab: string;
  motivationTab: string;
  monthTab: string;
  monthContent: MonthTabContent;
  people: ReturnType<typeof readTeam>;
  schemes: NonNullable<ReturnType<typeof readMotivation>>;
  prorateSalary: boolean;
  currency: string;
  calendar: NonNullable<ReturnType<typeof productionCalendar>>;
  absences: NonNullable<ReturnType<typeof readCalendarSettings>>['absences'];
}

function readBonusInput(
  ctx: ActionContext,
  year: number,
  month: number,
  problems: Problems,
): BonusInput | undefined {
  const tabs = readTabValues(ctx, ['team', 'motivation', 'plan', 'calendar'], problems);
  const monthContent = monthTabOnce(ctx, year, month) ?? undefined;
  const monthTab = monthContent?.name ?? monthTabName(year, month);
  if (!monthContent) problems.add(monthTab, undefined, undefined, 'bonus.noMonthTab', { tab: monthTab });
  const table = (tab: string): TableContext => ({ tab, lang: ctx.lang, timeZone: ctx.timeZone, problems });
  const people = tabs.team ? readTeam(tabs.team.values, table(tabs.team.name)) : [];
  const schemes = tabs.motivation
    ? readMotivation(tabs.motivation.values, table(tabs.motivation.name), factMetrics(ctx, tabs.plan))
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
  // A Motivation tab in the old layout reads no scheme: its one problem says what to do, nothing more.
  if (problems.list.some((p) => p.code === 'motivation.oldLayout')) return undefined;
  if (!tabs.team || !tabs.motivation || !schemes || !monthContent || !calendar || !calendarSettings)
    return undefined;
  const { absences } = calendarSettings;
  const [teamTab, motivationTab] = [tabs.team.name, tabs.motivation.name];
  return {
    teamTab,
    motivationTab,
    monthTab,
    monthContent,
    people,
    schemes,
    prorateSalary,
    currency,
    calendar,
    absences,
  };
}

/**
 * The metrics the month tabs have facts of, from the Plan and Funnel tabs as they are; their own problems
 * are for the actions that use them (as the Contests template's list).
 */
function factMetrics(ctx: ActionContext, planTab: TabValues | undefined): MotivationMetrics {
  const quiet = new Problems();
  const table = (tab: string): TableContext => ({
    tab,
    lang: ctx.lang,
    timeZone: ctx.timeZone,
    problems: quiet,
  });
  const { funnel: funnelTab } = readTabValues(ctx, ['funnel'], quiet);
  const funnel = funnelTab ? readFunnel(funnelTab.values, table(funnelTab.name)) : [];
  const plan = planTab ? readPlan(planTab.values, table(planTab.name)) : null;
  return motivationMetrics(plan, funnel);
}

function computeInput(
  ctx: ActionContext,
  input: BonusInput,
  year: number,
  month: number,
  problems: Problems,
) {
  return {
    people: input.people,
    schemes: input.schemes,
    figures: monthFigures(input.monthContent),
    year,
    month,
    lang: ctx.lang,
    drawBalances: previousBalances(ctx, year, month),
    teamTab: input.teamTab,
    motivationTab: input.motivationTab,
    monthTab: input.monthTab,
    problems,
    today: ctx.today,
    calendar: input.calendar,
    absences: input.absences,
    prorateSalary: input.prorateSalary,
    currency: input.currency,
  };
}

/** The Bonus tab: the grid with its title, written whole and swapped in, the trail cells wrapped. */
function writeBonusTab(
  ctx: ActionContext,
  input: BonusInput,
  result: BonusCalculation,
  year: number,
  month: number,
) {
  const { lang } = ctx;
  const monthText = `${monthInText(month, lang)} ${year}`;
  const grid = bonusGrid(result, {
    lang,
    currency: input.currency,
    title: result.preliminary
      ? t('bonus.titlePreliminary', lang, { month: monthText, date: formatDay(ctx.today, lang) })
      : t('bonus.title', lang, { month: monthText }),
    generated: t('bonus.generated', lang, {
      date: formatDay(ctx.today, lang),
      team: input.teamTab,
      motivation: input.motivationTab,
      monthTab: input.monthTab,
    }),
  });
  writeGrid(ctx.ss, bonusTabName(year, month, lang), grid, {
    protectionNote: t('protect.generated', lang),
    written: ctx.written,
    beforeSwap: (sheet) => wrapTrail(sheet, grid, result.rows.length),
  }).activate();
}

/**
 * The trail (and the steps) are several lines per person: wrap them and align the table to the top (two or
 * three calls for any team).
 */
function wrapTrail(sheet: GoogleAppsScript.Spreadsheet.Sheet, grid: Grid, people: number): void {
  const table = rect(LAYOUT.firstRow, 1, Math.max(people, 1), grid.cols);
  const steps = grid.values[LAYOUT.keyRow - 1].indexOf('nextStep') + 1;
  sheet.getRange(table.row, grid.cols, table.rows, 1).setWrap(true);
  if (steps > 0) sheet.getRange(table.row, steps, table.rows, 1).setWrap(true);
  sheet.getRange(table.row, 1, table.rows, table.cols).setVerticalAlignment('top');
}

/** The dialog after a run with exceptions: who was paid, who was not and why. */
function exceptionsText(result: BonusCalculation, lang: Lang): string {
  const paid = result.rows.filter((r) => r.result).length;
  return [
    t('bonus.exceptions', lang, { paid, count: result.rows.length - paid }),
    '',
    ...result.exceptions.map((e) => `• ${e}`),
  ].join('\n');
}

/** The draw balances left at the end of the previous month, read from its Bonus tab when there is one. */
function previousBalances(ctx: ActionContext, year: number, month: number): Map<string, number> {
  const prev = month === 1 ? [year - 1, 12] : [year, month - 1];
  const sheet = findGeneratedSheet(ctx.ss, (lang) => bonusTabName(prev[0], prev[1], lang), ctx.lang);
  return sheet ? readDrawBalances(sheet.getDataRange().getValues()) : new Map();
}
