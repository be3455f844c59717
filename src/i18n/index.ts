import { DomainError, isDomainError } from '../core/errors';
import { formatNumber } from './format';
import type { Catalog, Lang } from './lang';
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

export { formatMoney, formatNumber, formatPercent } from './format';
export { type Bilingual, type Lang, langOfLocale } from './lang';

export const messages: Catalog = {
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
};

/** The text of message `code` with `{name}` parameters filled in; numbers formatted for the language. */
export function t(code: string, lang: Lang, params: Record<string, unknown> = {}): string {
  const entry = messages[code];
  if (!entry) return code;
  return entry[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    if (typeof v === 'number') return formatNumber(v, lang, 6);
    if (typeof v === 'string' && messages[v]) return messages[v][lang];
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
