import { dayOfInstant } from '../core/cells';
import type { Day } from '../core/dates';
import { type Lang, langOfLocale, t } from '../i18n';

/** What every menu action needs: the spreadsheet, its language and time zone, and "today" there. */
export interface ActionContext {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  ui: GoogleAppsScript.Base.Ui;
  lang: Lang;
  timeZone: string;
  today: Day;
}

export function actionContext(): ActionContext {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  return {
    ss,
    ui: SpreadsheetApp.getUi(),
    lang: langOfLocale(ss.getSpreadsheetLocale()),
    timeZone,
    today: dayOfInstant(new Date(), timeZone),
  };
}

/**
 * Runs a menu action under the document lock, so two people pressing the same item do not interleave.
 * A failure is shown in a dialog in the spreadsheet's language.
 */
export function runAction(body: (ctx: ActionContext) => void): void {
  const ctx = actionContext();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30_000)) {
    ctx.ui.alert(t('action.busy', ctx.lang));
    return;
  }
  try {
    body(ctx);
  } finally {
    lock.releaseLock();
  }
}

export function toast(ctx: ActionContext, key: string, params: Record<string, unknown> = {}): void {
  ctx.ss.toast(t(key, ctx.lang, params), t('app.name', ctx.lang), 5);
}
