import { DomainError, isDomainError, isMsgRef, type MsgRef, msgRef } from '../core/errors';
import { formatNumber } from './format';
import type { Bilingual, Catalog, Lang } from './lang';
import { bonusMessages } from './messages/bonus';
import { bonusSheetMessages } from './messages/bonus-sheet';
import { calendarMessages } from './messages/calendar';
import { decomposeMessages } from './messages/decompose';
import { functionsMessages } from './messages/functions';
import { funnelMessages } from './messages/funnel';
import { planfactMessages } from './messages/planfact';
import { reportSheetMessages } from './messages/report-sheet';
import { sheetsMessages } from './messages/sheets';
import { splitMessages } from './messages/split';
import { uiMessages } from './messages/ui';

export { cutText, formatMoney, formatNumber, formatPercent } from './format';
export { type Bilingual, type Lang, langOfLocale } from './lang';
export { isMsgRef, type MsgRef, msgRef };

/** Every message by code; no prototype, so `messages.toString` is no message. */
export const messages: Catalog = Object.assign(Object.create(null) as Catalog, {
  ...calendarMessages,
  ...splitMessages,
  ...decomposeMessages,
  ...planfactMessages,
  ...funnelMessages,
  ...bonusMessages,
  ...bonusSheetMessages,
  ...functionsMessages,
  ...sheetsMessages,
  ...reportSheetMessages,
  ...uiMessages,
});

/** The message `code` in both languages; undefined for an unknown code (`Object.prototype` names included). */
export function messageOf(code: string): Bilingual | undefined {
  return Object.prototype.propertyIsEnumerable.call(messages, code) ? messages[code] : undefined;
}

/**
 * The text of message `code` with `{name}` parameters filled in: numbers formatted for the language, a
 * `msgRef(...)` parameter translated, anything else inserted literally (never looked up as a code).
 */
export function t(code: string, lang: Lang, params: Record<string, unknown> = {}): string {
  const entry = messageOf(code);
  if (!entry) return code;
  return entry[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = Object.prototype.propertyIsEnumerable.call(params, name) ? params[name] : undefined;
    if (v === undefined) return whole;
    if (typeof v === 'number') return formatNumber(v, lang, 6);
    if (isMsgRef(v)) return t(v.msgRef, lang);
    return String(v);
  });
}

/** The user-facing text of any thrown value: a DomainError is translated, anything else keeps its message. */
export function errorText(e: unknown, lang: Lang): string {
  if (isDomainError(e)) return t(e.code, lang, e.params);
  if (e instanceof Error) return e.message;
  return String(e);
}

export { DomainError };
