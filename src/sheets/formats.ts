import { currencySign, type Lang } from '../i18n';

/** The sign after an amount (₽ for RUB): one table for the cells' formats here and the texts in i18n. */

/**
 * Number formats of the generated tabs, one per kind of figure, so the same figure reads the same on every
 * tab. Patterns are locale-free: Sheets shows the grouping and decimal separators of the spreadsheet's locale
 * (and its weekday names for `ddd`). Every tab module takes its formats from here.
 */
export const FORMAT = {
  /** Counts and plan figures: 1 234. */
  count: '#,##0',
  /** A count that shows nothing for zero (a day column without a fact). */
  countOrBlank: orBlank('#,##0'),
  /**
   * Completion and attainment of a plan, a ramp-up share, a change against last month, to a tenth: 99,6 %
   * must not read as the 100 % a bonus tier needs.
   */
  completion: '0.0%',
  /** Conversions and shares, where a tenth of a percent matters: 2,5 %. */
  conversion: '0.0%',
  /** A required daily pace: whole above 1, two decimals below ("0,25 a day"), 0 as 0. */
  pace: '[=0]0;[<1]0.00;#,##0',
  /**
   * Deals a stage lost against its benchmark (the Report's funnel): an estimate, but of a count, so whole as
   * the bottleneck's sentence says it (10,2 → 10, rounded half up); below half a deal the tenth stays
   * (0,3), as "0" would say nothing is lost. Counts themselves take `count`; a forecast or an average that
   * may be fractional is an amount of its metric and takes the metric's format.
   */
  dealsLost: '[<0.5]0.0;#,##0',
  /** Contest points and other scores that may carry hundredths. */
  points: '#,##0.##',
  /** A day column's header on the month tab: the weekday and the day, "пн 02" / "Mon 02". */
  dayHeader: 'ddd dd',
} as const;

/** Metrics counted in money: their cells carry the plan's currency. */
export const MONEY_METRICS: readonly string[] = ['revenue', 'margin', 'receipts'];

export const isMoneyMetric = (metric: string): boolean => MONEY_METRICS.includes(metric);

/** Money in the plan's currency: "1 234 ₽" for RUB, "1,234 USD" for a code without a symbol. */
export function moneyFormat(currency: string, decimals = 0): string {
  const digits = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  const sign = currencySign(currency);
  return sign ? `${digits} "${sign}"` : digits;
}

/** The format of a metric's amounts: money in the currency for revenue and receipts, a count otherwise. */
export function metricFormat(metric: string, currency: string): string {
  return isMoneyMetric(metric) ? moneyFormat(currency) : FORMAT.count;
}

/** The same format with zero shown as nothing (a department's day without facts). */
export function orBlank(format: string): string {
  return `${format};-${format};""`;
}

/** A date as people of the language write it: 02.11.2026 (ru), 2 Nov 2026 (en), as formatDay writes it. */
export function dateFormat(lang: Lang): string {
  return lang === 'ru' ? 'dd.mm.yyyy' : 'd mmm yyyy';
}
