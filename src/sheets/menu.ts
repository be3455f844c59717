import { type Lang, langOfLocale, type MessageKey, t } from '../i18n';

/** The menu: label key and the global function it calls, in menu order; null is a separator. */
export const MENU_ITEMS: readonly ([MessageKey, string] | null)[] = [
  ['menu.setup', 'menuSetup'],
  ['menu.checkSettings', 'menuCheckSettings'],
  ['menu.decompose', 'menuDecompose'],
  ['menu.createMonth', 'menuCreateMonth'],
  ['menu.today', 'menuToday'],
  ['menu.weeklyMeeting', 'menuWeeklyMeeting'],
  ['menu.restoreFacts', 'menuRestoreFacts'],
  ['menu.importFromTab', 'menuImportFromTab'],
  ['menu.importFromFile', 'menuImportFromFile'],
  null,
  ['menu.bonuses', 'menuBonuses'],
  ['menu.report', 'menuReport'],
  ['menu.budget', 'menuBudget'],
  ['menu.contests', 'menuContests'],
  null,
  ['menu.help', 'menuHelp'],
];

/**
 * The language of the menu. With authMode NONE (an add-on not yet used in this document) the spreadsheet
 * cannot be read, so the user's own locale decides.
 */
function menuLang(e?: GoogleAppsScript.Events.SheetsOnOpen): Lang {
  const noAccess = e && e.authMode === ScriptApp.AuthMode.NONE;
  try {
    if (!noAccess) return langOfLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    // fall through to the user's locale
  }
  try {
    return langOfLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/** Installed from the Marketplace (an Editor add-on) rather than bound to this spreadsheet. */
function runsAsAddon(): boolean {
  try {
    return ScriptApp.getInstallationSource() !== ScriptApp.InstallationSource.NONE;
  } catch {
    return false;
  }
}

/**
 * Adds the menu. Bound to a spreadsheet it is a top-level menu; as an Editor add-on it sits under Extensions
 * (createAddonMenu). With authMode NONE only the menu is built: nothing is read.
 */
export function buildMenu(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const lang = menuLang(e);
  const menu = runsAsAddon() ? ui.createAddonMenu() : ui.createMenu(t('app.name', lang));
  for (const item of MENU_ITEMS) {
    if (item === null) menu.addSeparator();
    else menu.addItem(t(item[0], lang), item[1]);
  }
  menu.addToUi();
}
