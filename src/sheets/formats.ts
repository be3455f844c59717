import type { Lang } from '../i18n';

/**
 * Number formats of the generated tabs, one per kind of figure, so the same figure reads the same on every
 * tab. Patterns are locale-free: Sheets shows the grouping and decimal separators of the spreadsheet's locale.
 */
export const FORMAT = {
  /** Counts and plan figures: 1 234. */
  count: '#,##0',
  /** A count that shows nothing for zero (a day column without a fact). */
  countOrBlank: '#,##0;-#,##0;""',
  /** Completion and attainment of a plan: 52 %. */
  completion: '0%',
  /** Conversions and shares, where a tenth of a percent matters: 2,5 %. */
  conversion: '0.0%',
  /** A required daily pace: whole above 1, two decimals below ("0,25 a day"), 0 as 0. */
  pace: '[=0]0;[<1]0.00;#,##0',
  /** Contest points and other scores that may carry hundredths. */
  points: '#,##0.##',
} as const;

/** Money in the plan's currency: "1 234 ₽" for RUB, "1,234 USD" for a code without a symbol. */
export function moneyFormat(currency: string, decimals = 0): string {
  const digits = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  const sign = CURRENCY_SIGNS[currency.toUpperCase()] ?? currency.toUpperCase();
  return sign ? `${digits} "${sign}"` : digits;
}

const CURRENCY_SIGNS: Record<string, string> = {
  RUB: '₽',
  USD: '$',
  EUR: '€',
  KZT: '₸',
  BYN: 'Br',
  UAH: '₴',
};

/** A date as people of the language write it: 02.11.2026 (ru), 2 Nov 2026 (en). */
export function dateFormat(lang: Lang): string {
  return lang === 'ru' ? 'dd.mm.yyyy' : 'd mmm yyyy';
}
