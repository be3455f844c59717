import { isDomainError, isMsgRef } from '../core/errors';
import { formatNumber } from '../i18n/format';

/** What the server gives a dialog when it opens it: the language and the texts the page shows, by key. */
export interface DialogConfig {
  lang: 'ru' | 'en';
  texts: Record<string, string>;
}

/** A text with `{name}` parameters filled in, numbers written as the server writes them. */
export function textOf(config: DialogConfig, key: string, params: Record<string, unknown> = {}): string {
  const text = config.texts[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    if (isMsgRef(v)) return config.texts[v.msgRef] ?? v.msgRef;
    return typeof v === 'number' ? formatNumber(v, config.lang, 6) : String(v);
  });
}

/** A thrown value as the page shows it: a core error by its code's text, anything else by its message. */
export function errorTextOf(config: DialogConfig, e: unknown): string {
  if (isDomainError(e) && config.texts[e.code] !== undefined) return textOf(config, e.code, e.params);
  return textOf(config, 'dlg.failed', { message: e instanceof Error ? e.message : String(e) });
}
