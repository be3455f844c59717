/**
 * The entry: only what Apps Script must see as global functions. The build turns each export into a
 * top-level `function NAME(params)` declaration with the JSDoc of its source (custom functions need it).
 */
import { notYetAvailable, showFunctionHelp } from './sheets/actions';
import { buildMenu } from './sheets/menu';

export { PLAN_SPLIT } from './functions/plan-split';

/** Builds the menu when the spreadsheet opens. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(e);
}

/** Builds the menu right after the add-on is installed. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Menu: set up workbook. */
export function menuSetup(): void {
  notYetAvailable();
}

/** Menu: decompose plan. */
export function menuDecompose(): void {
  notYetAvailable();
}

/** Menu: create plan/fact for a month. */
export function menuCreateMonth(): void {
  notYetAvailable();
}

/** Menu: today's morning-meeting view. */
export function menuToday(): void {
  notYetAvailable();
}

/** Menu: calculate bonuses for a month. */
export function menuBonuses(): void {
  notYetAvailable();
}

/** Menu: generate the monthly report. */
export function menuReport(): void {
  notYetAvailable();
}

/** Menu: function reference. */
export function menuHelp(): void {
  showFunctionHelp();
}
