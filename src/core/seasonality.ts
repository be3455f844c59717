import { splitExact } from './allocate';
import { DomainError } from './errors';

/**
 * Year → months: equal, by explicit coefficients, or by seasonality indices from sales history.
 *
 * Seasonality indices: history is N years × 12 months (a row per year). Blank cells (null) are allowed —
 * a year the company did not yet sell in March simply has no March — as long as every month has at
 * least one value. Each month's statistic is the mean (or median) of its values over the years that have
 * it; the index is that statistic divided by the mean of the 12 statistics, so the indices always average
 * exactly 1 (sum to 12) whatever the blanks, and a year plan split by them keeps its total.
 */
export type SeasonalityMethod = 'mean' | 'median';

export type SeasonalityMode =
  | { kind: 'equal' }
  | { kind: 'coefficients'; coefficients: readonly number[] }
  | { kind: 'history'; history: readonly (readonly (number | null)[])[]; method?: SeasonalityMethod };

export const MONTHS = 12;

export function seasonalityIndices(
  history: readonly (readonly (number | null)[])[],
  method: SeasonalityMethod = 'mean',
): number[] {
  if (method !== 'mean' && method !== 'median') {
    throw new DomainError('decompose.seasonalityMethod', { method: String(method) }, 'method');
  }
  if (history.length === 0) throw new DomainError('decompose.historyEmpty', {}, 'history');
  const byMonth: number[][] = Array.from({ length: MONTHS }, () => []);
  history.forEach((row, r) => {
    if (row.length !== MONTHS)
      throw new DomainError(
        'decompose.historyRowLength',
        { row: r + 1, length: row.length },
        `history[${r}]`,
      );
    row.forEach((v, m) => {
      if (v === null || v === undefined) return;
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        throw new DomainError(
          'decompose.historyValue',
          { row: r + 1, month: m + 1, value: String(v) },
          `history[${r}][${m}]`,
        );
      }
      byMonth[m].push(v);
    });
  });
  const stats = byMonth.map((values, m) => {
    if (values.length === 0)
      throw new DomainError('decompose.historyMonthEmpty', { month: m + 1 }, 'history');
    return method === 'median' ? median(values) : values.reduce((a, b) => a + b, 0) / values.length;
  });
  const overall = stats.reduce((a, b) => a + b, 0) / MONTHS;
  if (overall === 0) throw new DomainError('decompose.historyAllZero', {}, 'history');
  return stats.map((s) => Number((s / overall).toPrecision(15)));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The 12 month weights of a seasonality mode (not normalised: only their proportions matter). */
export function monthWeights(mode: SeasonalityMode): number[] {
  switch (mode.kind) {
    case 'equal':
      return new Array(MONTHS).fill(1);
    case 'coefficients': {
      const c = mode.coefficients;
      if (c.length !== MONTHS)
        throw new DomainError('decompose.coefficientsLength', { length: c.length }, 'coefficients');
      c.forEach((v, m) => {
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
          throw new DomainError(
            'decompose.coefficientBad',
            { month: m + 1, value: String(v) },
            `coefficients[${m}]`,
          );
        }
      });
      if (c.every((v) => v === 0)) throw new DomainError('decompose.coefficientsAllZero', {}, 'coefficients');
      return [...c];
    }
    case 'history':
      return seasonalityIndices(mode.history, mode.method);
    default:
      throw new DomainError(
        'decompose.seasonalityMode',
        { mode: String((mode as { kind: unknown }).kind) },
        'kind',
      );
  }
}

/** A year total split into 12 month parts, each a multiple of `step`, summing exactly to the total. */
export function splitYear(total: number, mode: SeasonalityMode, step = 1): number[] {
  return splitExact(total, monthWeights(mode), step);
}
