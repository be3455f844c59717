import { dayOfInstant } from '../core/cells';
import type { Day } from '../core/dates';
import { errorText, type Lang, langOfLocale, type MessageKey, t } from '../i18n';
import { ReadMemo } from './read-memo';
import { withTrace } from './trace';

/** What every menu action needs: the spreadsheet, its language and time zone, and "today" there. */
export interface ActionContext {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  ui: GoogleAppsScript.Base.Ui;
  lang: Lang;
  timeZone: string;
  today: Day;
  /** Messages for the person, shown once the lock is released (absent: shown at once). */
  notices?: string[];
  /** Tabs this run has written so far, in order, once per write (the failure dialog names each once). */
  written?: string[];
  /** Tabs read once per action until it writes (absent: every read asks the spreadsheet). */
  memo?: ReadMemo;
}

/**
 * A menu action in two phases: `ask` puts its questions to the person before the document lock is taken
 * (null: cancelled); `run` does the work under the lock and never waits for a person.
 */
export interface Action<T> {
  ask?: (ctx: ActionContext) => T | null;
  run: (ctx: ActionContext, input: T) => void;
}

export function actionContext(): ActionContext {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const written: string[] = [];
  return {
    ss,
    ui: SpreadsheetApp.getUi(),
    lang: langOfLocale(ss.getSpreadsheetLocale()),
    timeZone,
    today: dayOfInstant(new Date(), timeZone),
    notices: [],
    written,
    memo: new ReadMemo(written),
  };
}

/**
 * Runs a menu action: its questions first, then the work under the document lock, so two people pressing
 * the same item do not interleave. It ends in success or in one localized dialog saying what happened and
 * what was written; the stack goes to the log. No dialog waits while the lock is held. With the script
 * property SPK_TRACE on, its service calls are timed into the log (trace.ts).
 */
export function runAction<T>(action: Action<T> | ((ctx: ActionContext) => void)): void {
  const { ask, run } = typeof action === 'function' ? { ask: undefined, run: action } : action;
  let ctx = null as ActionContext | null;
  let failure: string | null = null;
  const asked = withTrace(() => {
    try {
      ctx = actionContext();
      const input = ask ? ask(ctx) : (undefined as T);
      if (ask && input === null) return false;
      failure = underLock(ctx, () => run(ctx!, input as T));
    } catch (e) {
      failure = failureText(e, ctx);
    }
    return true;
  });
  if (asked) showAfterwards(ctx, failure);
}

/**
 * Runs work a dialog's page asked for (through google.script.run) under the document lock, and gives back
 * what a menu action would have shown in alerts, for the page to show: its messages, or the failure text
 * saying what was written. `ok` is false on failure, so the page can offer to try again.
 */
export function runForPage(run: (ctx: ActionContext) => void): { ok: boolean; text: string } {
  // Assigned inside the traced closure: typed wide, so the compiler does not narrow it to null.
  let ctx = null as ActionContext | null;
  let failure: string | null = null;
  withTrace(() => {
    try {
      ctx = actionContext();
      failure = underLock(ctx, () => run(ctx!));
    } catch (e) {
      failure = failureText(e, ctx);
    }
  });
  return {
    ok: failure === null,
    text: [...(ctx?.notices ?? []), ...(failure ? [failure] : [])].join('\n\n'),
  };
}

/** Runs `body` under the document lock; a failure becomes its dialog text (the lock released first). */
function underLock(ctx: ActionContext, body: () => void): string | null {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30_000)) return t('action.busy', ctx.lang);
  try {
    body();
    return null;
  } catch (e) {
    return failureText(e, ctx);
  } finally {
    releaseQuietly(lock);
  }
}

function releaseQuietly(lock: GoogleAppsScript.Lock.Lock): void {
  try {
    lock.releaseLock();
  } catch (e) {
    logStack(e);
  }
}

/** The failure dialog: what went wrong, then what was and was not written. */
export function failureText(e: unknown, ctx: ActionContext | null): string {
  logStack(e);
  if (!ctx)
    return `${t('action.failed', 'ru', { reason: errorText(e, 'ru') })}\n\n${t('action.failed', 'en', { reason: errorText(e, 'en') })}`;
  const written = [...new Set(ctx.written ?? [])];
  const outcome = written.length
    ? t('action.partlyWritten', ctx.lang, { tabs: written.join(', ') })
    : t('action.nothingWritten', ctx.lang);
  return `${t('action.failed', ctx.lang, { reason: errorText(e, ctx.lang) })}\n\n${outcome}`;
}

function logStack(e: unknown): void {
  try {
    console.error(e instanceof Error && e.stack ? e.stack : String(e));
  } catch {
    // no console: nothing more to do
  }
}

/** Shows what the action had to say, then the failure if any: after the lock is released. */
function showAfterwards(ctx: ActionContext | null, failure: string | null): void {
  const texts = [...(ctx?.notices ?? []), ...(failure ? [failure] : [])];
  for (const text of texts) {
    try {
      (ctx?.ui ?? SpreadsheetApp.getUi()).alert(text);
    } catch (e) {
      logStack(e);
    }
  }
}

/** Records a write to a tab, for the failure dialog's "what was written" (and so the read memo forgets). */
export function noteWritten(ctx: ActionContext, tab: string): void {
  ctx.written?.push(tab);
}

/** A message for the person: queued until the lock is released when run by `runAction`. */
export function notify(ctx: ActionContext, text: string): void {
  if (ctx.notices) ctx.notices.push(text);
  else ctx.ui.alert(text);
}

export function toast(ctx: ActionContext, key: MessageKey, params: Record<string, unknown> = {}): void {
  ctx.ss.toast(t(key, ctx.lang, params), t('app.name', ctx.lang), 5);
}
