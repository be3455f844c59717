import { DomainError, isDomainError, isMsgRef, type MsgRef, msgRef } from '../core/errors';
import { formatNumber } from './format';
import type { Bilingual, Catalog, Lang } from './lang';
import { bonusMessages } from './messages/bonus';
import { bonusSheetMessages } from './messages/bonus-sheet';
import { calendarMessages } from './messages/calendar';
import { decomposeMessages } from './messages/decompose';
import { dialogMessages } from './messages/dialog';
import { functionsMessages } from './messages/functions';
import { funnelMessages } from './messages/funnel';
import { importMessages } from './messages/import';
import { importSheetMessages } from './messages/import-sheet';
import { planfactMessages } from './messages/planfact';
import { reportSheetMessages } from './messages/report-sheet';
import { sheetsMessages } from './messages/sheets';
import { splitMessages } from './messages/split';
import { uiMessages } from './messages/ui';

export { cutText, formatDay, formatMoney, formatNumber, formatPercent } from './format';
export { type Bilingual, type Lang, langOfLocale } from './lang';
export { isMsgRef, type MsgRef, msgRef };

let built: Catalog | null = null;

/**
 * Every message by code, built on first use: a custom function that succeeds never builds it (the catalogs
 * are a third of the bundle). No prototype, so `toString` is no message.
 */
export function catalog(): Catalog {
  if (built) return built;
  built = Object.assign(Object.create(null) as Catalog, {
    ...calendarMessages(),
    ...splitMessages(),
    ...decomposeMessages(),
    ...planfactMessages(),
    ...funnelMessages(),
    ...bonusMessages(),
    ...bonusSheetMessages(),
    ...functionsMessages(),
    ...sheetsMessages(),
    ...reportSheetMessages(),
    ...uiMessages(),
    ...importMessages(),
    ...importSheetMessages(),
    ...dialogMessages(),
  });
  return built;
}

/** Whether the catalog has been built (the bundle tests check a successful custom function leaves it so). */
export function catalogBuilt(): boolean {
  return built !== null;
}

/** The message `code` in both languages; undefined for an unknown code (`Object.prototype` names included). */
export function messageOf(code: string): Bilingual | undefined {
  const all = catalog();
  return Object.prototype.propertyIsEnumerable.call(all, code) ? all[code] : undefined;
}

/**
 * The text of message `code` with `{name}` parameters filled in: numbers formatted for the language (a
 * `year` as typed), a `msgRef(...)` parameter translated, anything else inserted literally (never looked up
 * as a code).
 */
export function t(code: string, lang: Lang, params: Record<string, unknown> = {}): string {
  const entry = messageOf(code);
  if (!entry) return code;
  const param = (name: string) =>
    Object.prototype.propertyIsEnumerable.call(params, name) ? params[name] : undefined;
  const text = entry[lang].replace(/\{(\w+)\|([^{}]*)\}/g, (whole, name: string, forms: string) => {
    const n = param(name);
    return typeof n === 'number' ? pluralForm(n, lang, forms.split('|')) : whole;
  });
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = param(name);
    if (v === undefined) return whole;
    // A year is a label, not a quantity: shown as typed ("2027"), never grouped like a number ("2 027").
    if (typeof v === 'number') return name === 'year' ? String(v) : formatNumber(v, lang, 6);
    if (isMsgRef(v)) return t(v.msgRef, lang);
    return String(v);
  });
}

/**
 * The form of a word for a count: `{count|ошибка|ошибки|ошибок}` in Russian (one, few, many),
 * `{count|problem|problems}` in English (one, other), chosen by the language's plural rules.
 */
export function pluralForm(n: number, lang: Lang, forms: readonly string[]): string {
  const category = pluralCategory(n, lang);
  const order = lang === 'ru' ? ['one', 'few', 'many'] : ['one', 'other'];
  const i = order.indexOf(category);
  return forms[i >= 0 ? i : forms.length - 1] ?? '';
}

function pluralCategory(n: number, lang: Lang): string {
  if (typeof Intl !== 'undefined' && typeof Intl.PluralRules === 'function')
    return new Intl.PluralRules(lang).select(n);
  // The same rules where Intl is missing: Russian whole numbers, English one/other.
  if (lang === 'en') return n === 1 ? 'one' : 'other';
  if (!Number.isInteger(n)) return 'other';
  const [d, h] = [n % 10, n % 100];
  if (d === 1 && h !== 11) return 'one';
  return d >= 2 && d <= 4 && (h < 12 || h > 14) ? 'few' : 'many';
}

/** The texts a dialog page shows (those whose keys start with one of `prefixes`), in one language, by key. */
export function textsFor(lang: Lang, prefixes: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(catalog()))
    if (prefixes.some((p) => key.startsWith(p))) out[key] = entry[lang];
  return out;
}

/** The user-facing text of any thrown value: a DomainError is translated, anything else keeps its message. */
export function errorText(e: unknown, lang: Lang): string {
  if (isDomainError(e)) return t(e.code, lang, e.params);
  if (e instanceof Error) return e.message;
  return String(e);
}

export { DomainError };
