import type { Lang } from './lang';

const NBSP = '\u00a0';

/**
 * A number as people write it: "1 234 567,5" in Russian (non-breaking space groups, comma decimal),
 * "1,234,567.5" in English. Up to `maxDecimals` decimals, trailing zeros dropped unless `fixed`.
 */
export function formatNumber(n: number, lang: Lang, maxDecimals = 2, fixed = false): string {
  if (!Number.isFinite(n)) return String(n);
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(n) * factor + 1e-9) / factor;
  let [int, frac = ''] = rounded.toFixed(maxDecimals).split('.');
  if (!fixed) frac = frac.replace(/0+$/, '');
  const sep = lang === 'ru' ? NBSP : ',';
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const sign = n < 0 && rounded !== 0 ? '−' : '';
  return sign + int + (frac ? (lang === 'ru' ? ',' : '.') + frac : '');
}

/** Money to the minor unit: "9 100,00" / "9,100.00". */
export function formatMoney(n: number, lang: Lang): string {
  return formatNumber(n, lang, 2, true);
}

/** A fraction as a percent: 0.075 → "7,5 %" / "7.5%". */
export function formatPercent(fraction: number, lang: Lang, maxDecimals = 2): string {
  const p = formatNumber(fraction * 100, lang, maxDecimals);
  return lang === 'ru' ? `${p}${NBSP}%` : `${p}%`;
}
