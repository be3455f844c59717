/**
 * The entry: only what Apps Script must see as global functions. The build turns each export into a
 * top-level `function NAME(params)` declaration with the JSDoc of its source (custom functions need it).
 */
import { showFunctionHelp } from './sheets/actions';
import { bonusAction } from './sheets/actions/bonus';
import { budgetAction } from './sheets/actions/budget';
import { checkSettingsAction } from './sheets/actions/check';
import { contestAction } from './sheets/actions/contest';
import { decomposeAction } from './sheets/actions/decompose';
import { monthAction, restoreAction } from './sheets/actions/month';
import { reportAction } from './sheets/actions/report';
import { setupAction } from './sheets/actions/setup';
import { todayAction } from './sheets/actions/today';
import { weekAction } from './sheets/actions/week';
import { runAction } from './sheets/context';
import {
  importDialogAction,
  importDialogFinishRun,
  importDialogPartRun,
} from './sheets/dialog/import-dialog';
import { importFromTabAction } from './sheets/import/from-tab';
import { buildMenu } from './sheets/menu';

import type { ImportPart, PageAnswer } from './ui/protocol';

export * from './functions';

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
  runAction(setupAction);
}

/** Menu: check every settings tab and list every problem at once. */
export function menuCheckSettings(): void {
  runAction(checkSettingsAction);
}

/** Menu: decompose plan. */
export function menuDecompose(): void {
  runAction(decomposeAction);
}

/** Menu: create plan/fact for a month. */
export function menuCreateMonth(): void {
  runAction(monthAction);
}

/** Menu: restore a month tab's facts from the facts log. */
export function menuRestoreFacts(): void {
  runAction(restoreAction);
}

/** Menu: import facts from the active tab (a CRM or phone export brought in with File → Import). */
export function menuImportFromTab(): void {
  runAction(importFromTabAction);
}

/** Menu: import facts from a file the person picks (the Import dialog). */
export function menuImportFromFile(): void {
  runAction(importDialogAction);
}

/** The Import dialog's page (google.script.run): one part of the file's rows. */
export function importDialogPart(part: ImportPart): PageAnswer {
  return importDialogPartRun(part);
}

/** The Import dialog's page (google.script.run): every part sent, import them. */
export function importDialogFinish(label: string): PageAnswer {
  return importDialogFinishRun(label);
}

/** Menu: today's morning-meeting view. */
export function menuToday(): void {
  runAction(todayAction);
}

/** Menu: the weekly meeting's tab for a week. */
export function menuWeeklyMeeting(): void {
  runAction(weekAction);
}

/** Menu: the leaderboard of every contest on the Contests tab. */
export function menuContests(): void {
  runAction(contestAction);
}

/** Menu: calculate bonuses for a month. */
export function menuBonuses(): void {
  runAction(bonusAction);
}

/** Menu: generate the monthly report. */
export function menuReport(): void {
  runAction(reportAction);
}

/** Menu: the sales budget (the Budget tab: assumptions, snapshot, live formulas). */
export function menuBudget(): void {
  runAction(budgetAction);
}

/** Menu: function reference. */
export function menuHelp(): void {
  showFunctionHelp();
}
