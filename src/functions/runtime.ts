import { isDomainError } from '../core/errors';
import { errorText, t } from '../i18n';
import { contextLang } from './context';

/**
 * Runs a custom function's body; any problem becomes an Error whose message names the function, the
 * argument and the problem in the spreadsheet's language (Sheets shows it under #ERROR!).
 */
export function runCustom<T>(name: string, body: () => T): T {
  try {
    return body();
  } catch (e) {
    const lang = contextLang();
    const arg = isDomainError(e) ? e.params.arg : undefined;
    const at = isDomainError(e) && e.params.row !== undefined ? t('arg.at', lang, e.params) : '';
    const problem = errorText(e, lang) + at;
    const text = arg ? t('fn.argError', lang, { fn: name, arg, problem }) : `${name}: ${problem}`;
    throw new Error(text);
  }
}

/** Undefined results (no day elapsed yet) are blank cells, never NaN or Infinity. */
export function cellOut(x: number | null | undefined): number | string {
  return x === null || x === undefined || !Number.isFinite(x) ? '' : x;
}
