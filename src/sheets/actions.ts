import { langOfLocale, t } from '../i18n';

export function showFunctionHelp(): void {
  const lang = langOfLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  SpreadsheetApp.getUi().alert(t('ui.help', lang));
}
