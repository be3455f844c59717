import { langOfLocale, t } from '../i18n';

/** Menu actions not built yet tell the user so instead of failing silently. */
export function notYetAvailable(): void {
  const lang = langOfLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  SpreadsheetApp.getUi().alert(t('ui.notYet', lang));
}

export function showFunctionHelp(): void {
  const lang = langOfLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  SpreadsheetApp.getUi().alert(t('ui.help', lang));
}
