import { ltvFromRetention } from '../finance/ltv';
import { row } from './rows';
import type { CustomerAssumptions, CustomersBlock } from './types';

/**
 * The customers block: the base that buys again and what a customer is worth.
 *
 * The base in a month is last month's base and last month's new customers, of whom `retention` stay:
 * base[Jan] = existing × retention, base[m] = (base[m − 1] + new[m − 1]) × retention — one formula per month.
 * Revenue from the base = base × purchases per month × average check. The LTV is `ltvFromRetention` with the
 * same monthly retention, purchases, check, the margin and the discount.
 */
export interface CustomerDefaults {
  /** The plan's deals per month, null without a funnel. */
  deals: readonly number[] | null;
  /** The plan's average check, null without a funnel. */
  avgCheck: number | null;
  /** The budget's gross margin for the year (Σ gross profit ÷ Σ revenue). */
  margin: number;
}

export function customersBlock(c: CustomerAssumptions, d: CustomerDefaults): CustomersBlock {
  const newCustomers = [...(c.newCustomers ?? d.deals ?? new Array<number>(12).fill(0))];
  const avgCheck = c.avgCheck ?? d.avgCheck ?? 0;
  const base: number[] = [];
  newCustomers.forEach((_, i) => {
    base.push(
      i === 0 ? (c.existingCustomers ?? 0) * c.retention : (base[i - 1] + newCustomers[i - 1]) * c.retention,
    );
  });
  const revenue = base.map((b) => b * c.purchasesPerMonth * avgCheck);
  const ltv = ltvFromRetention({
    avgCheck,
    purchasesPerPeriod: c.purchasesPerMonth,
    margin: c.margin ?? d.margin,
    retention: c.retention,
    ...(c.periods !== undefined ? { periods: c.periods } : {}),
    discount: c.discount ?? 0,
  });
  return { newCustomers, base, revenueFromBase: row(revenue), ltv };
}
