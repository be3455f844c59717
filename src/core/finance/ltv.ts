import { cellPrecision } from '../allocate';
import { DomainError } from '../errors';

/** A customer's economics per period (a month or a year: all rates are per the same period). */
export interface RetentionTerms {
  /** Average check, money per purchase; ≥ 0. */
  avgCheck: number;
  /** Purchases of a retained customer per period; ≥ 0. */
  purchasesPerPeriod: number;
  /** Gross margin as a share of revenue, 0..1 (0.4 = 40 %). */
  margin: number;
  /** Share of customers still buying in the next period, 0..1. */
  retention: number;
  /** Periods counted (t = 0 … periods − 1), a whole number ≥ 0; omitted: the infinite sum. */
  periods?: number;
  /** Discount rate per period (0.01 = 1 %), > −1; default 0. */
  discount?: number;
}

/**
 * Lifetime value from retention: Σ_t avgCheck × purchasesPerPeriod × margin × q^t with q = retention ÷
 * (1 + discount), t = 0 … periods − 1, or t ≥ 0 when periods is omitted (a DomainError when q ≥ 1: the
 * infinite sum does not converge). Closed forms: v × (1 − q^n) ÷ (1 − q), n × v when q = 1, v ÷ (1 − q)
 * for the infinite sum. No rounding to money; the float noise of the closed forms (1000 × (1 − 0.8) ÷ 0.2 =
 * 999.9999999999999) is dropped by keeping 15 significant digits, as a spreadsheet cell does.
 */
export function ltvFromRetention(terms: RetentionTerms): number {
  const { avgCheck, purchasesPerPeriod, margin, retention, periods, discount = 0 } = terms;
  checkTerms(terms);
  const perPeriod = avgCheck * purchasesPerPeriod * margin;
  const q = retentionFactor(retention, discount);
  // 1 − q = (discount + (1 − retention)) ÷ (1 + discount): no cancellation of 1 + discount against retention.
  const gap = discount + (1 - retention);
  if (periods === undefined) {
    if (q >= 1) {
      const field = discount < 0 ? 'discount' : 'retention';
      throw new DomainError('finance.ltv.noConvergence', { retention, discount }, field);
    }
    return cellPrecision((perPeriod * (1 + discount)) / gap);
  }
  if (periods === 0 || perPeriod === 0) return 0;
  if (q === 1) return cellPrecision(perPeriod * periods);
  if (retention === 0) return cellPrecision(perPeriod);
  // 1 − q^n without cancellation when q is near 1 (retention 0.999 over 600 months).
  const qn = -Math.expm1(periods * (Math.log(retention) - Math.log1p(discount)));
  return cellPrecision((perPeriod * qn * (1 + discount)) / gap);
}

/** How far from 1 the factor q may be and still be 1: float noise, 0.95 ÷ (1 − 0.05) vs −0.05 + (1 − 0.95). */
const Q_NOISE = 1e-12;

/** q = retention ÷ (1 + discount), each next period's weight, read as exactly 1 within 1e-12 of it. */
export function retentionFactor(retention: number, discount = 0): number {
  const q = retention / (1 + discount);
  return Math.abs(1 - q) <= Q_NOISE ? 1 : q;
}

/**
 * The infinite sum has no value: q ≥ 1. The one test of LTV_RETENTION and of the Budget tab's assumptions,
 * so the budget refuses exactly what the function refuses.
 */
export function ltvDiverges(retention: number, discount = 0): boolean {
  return retentionFactor(retention, discount) >= 1;
}

function checkTerms(terms: RetentionTerms): void {
  const { avgCheck, purchasesPerPeriod, margin, retention, periods, discount = 0 } = terms;
  const numbers = { avgCheck, purchasesPerPeriod, margin, retention, discount };
  for (const [field, value] of Object.entries(numbers)) {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new DomainError('finance.notFiniteValue', {}, field);
  }
  if (avgCheck < 0) throw new DomainError('finance.ltv.negative', { value: avgCheck }, 'avgCheck');
  if (purchasesPerPeriod < 0)
    throw new DomainError('finance.ltv.negative', { value: purchasesPerPeriod }, 'purchasesPerPeriod');
  if (margin < 0 || margin > 1) throw new DomainError('finance.ltv.badMargin', { value: margin }, 'margin');
  if (retention < 0 || retention > 1)
    throw new DomainError('finance.ltv.badRetention', { value: retention }, 'retention');
  if (discount <= -1) throw new DomainError('finance.ltv.badDiscount', { value: discount }, 'discount');
  if (periods !== undefined && !(Number.isInteger(periods) && periods >= 0))
    throw new DomainError('finance.ltv.badPeriods', { value: periods }, 'periods');
}
