import {
  type BudgetAssumptions,
  type CarryOver,
  type CustomerAssumptions,
  DEFAULT_ASSUMPTIONS,
  type PerMonth,
} from '../../core/budget';
import { MONTHS } from '../../core/seasonality';
import {
  ASSUMPTIONS,
  type CellRead,
  SCENARIO_COUNT,
  TERM_KEYS,
  type TypedAssumptions,
} from '../budget-layout';

/**
 * The assumptions of a Budget tab: what the person typed on the old tab (kept), the rest the defaults.
 * A blank required cell is 0 (as the tab's formulas read it); a blank optional one, or the tab's own default
 * formula, is the default; a formula of the person's counts with the value it shows. Text that is no number goes to the core as NaN, which lists it as `budget.notNumber` at its cell.
 */

/** The customers block's starting point (no convention to follow: a modest repeat business). */
export const DEFAULT_CUSTOMERS = {
  existingCustomers: 0,
  retention: 0.8,
  purchasesPerMonth: 0.5,
  discount: 0,
} as const;

/** What the defaults are taken from: the plan's carry-over, its deals per month and average check. */
export interface AssumptionDefaults {
  carry: CarryOver;
  deals: readonly number[];
  avgCheck: number;
}

/**
 * The cells whose default is a formula (a month of a per-month assumption, the carry-over, the customers'
 * new customers and average check): the number kept (a blank month as 0), or null for the default formula;
 * any cell: the person's own formula (a string starting with "="), kept as typed. The tab writes every other
 * assumption cell with the value the core computed with.
 */
export interface AssumptionCells {
  value: Map<string, number | string | null>;
  months: Map<string, (number | string | null)[]>;
}

export function assumptionCells(typed: TypedAssumptions | null): AssumptionCells {
  const keep = (c: CellRead | undefined, blank: number | null): number | string | null => {
    if (c?.kind === 'formula') return c.formula;
    return c?.kind === 'number' ? c.value : c?.kind === 'blank' ? blank : null;
  };
  const out: AssumptionCells = { value: new Map(), months: new Map() };
  for (const spec of ASSUMPTIONS) {
    if (!spec.monthsOnly) out.value.set(spec.field, keep(typed?.value.get(spec.field), null));
    if (spec.perMonth || spec.monthsOnly) {
      const months = typed?.months.get(spec.field);
      out.months.set(
        spec.field,
        Array.from({ length: MONTHS }, (_, i) => keep(months?.[i], 0)),
      );
    }
  }
  return out;
}

/** The assumptions the core computes with: typed values, blanks as 0 or the default, the rest the defaults. */
export function budgetAssumptions(
  typed: TypedAssumptions | null,
  d: AssumptionDefaults,
): { assumptions: BudgetAssumptions; years: Map<string, number> } {
  const years = new Map<string, number>();
  const value = (field: string, fallback: number | undefined): number | undefined => {
    const c = typed?.value.get(field);
    if (!c || c.kind === 'default') return fallback;
    if (c.kind === 'blank') return ASSUMPTIONS.find((s) => s.field === field)?.optional ? fallback : 0;
    return c.kind === 'number' || c.kind === 'formula' ? c.value : Number.NaN;
  };
  const need = (field: string, fallback: number) => value(field, fallback) as number;
  const perMonth = (field: string, fallback: number): PerMonth => {
    const year = need(field, fallback);
    years.set(field, year);
    const months = monthsOf(typed?.months.get(field), () => year);
    return months.every((m) => Object.is(m, year)) ? year : months;
  };
  const D = DEFAULT_ASSUMPTIONS;
  const terms = Object.fromEntries(TERM_KEYS.map((k) => [k, need(`terms.${k}`, D.terms[k])]));
  const assumptions: BudgetAssumptions = {
    repeatShare: perMonth('repeatShare', D.repeatShare as number),
    grossMargin: perMonth('grossMargin', D.grossMargin as number),
    costOfSale: perMonth('costOfSale', D.costOfSale as number),
    costPerLead: perMonth('costPerLead', D.costPerLead as number),
    terms: terms as unknown as BudgetAssumptions['terms'],
    scenarios: Array.from({ length: SCENARIO_COUNT }, (_, i) => need(`scenarios[${i}]`, D.scenarios[i])),
    carry: {
      lastQuarter: [0, 1, 2].map((i) => need(`carry.lastQuarter[${i}]`, d.carry.lastQuarter[i])) as [
        number,
        number,
        number,
      ],
      nextJanuary: need('carry.nextJanuary', d.carry.nextJanuary),
    },
    customers: customerAssumptions(typed, value, d),
  };
  return { assumptions, years };
}

function customerAssumptions(
  typed: TypedAssumptions | null,
  value: (field: string, fallback: number | undefined) => number | undefined,
  d: AssumptionDefaults,
): CustomerAssumptions {
  const at = (f: string) => `customers.${f}`;
  const C = DEFAULT_CUSTOMERS;
  const out: CustomerAssumptions = {
    newCustomers: monthsOf(typed?.months.get(at('newCustomers')), (i) => d.deals[i] ?? 0),
    existingCustomers: value(at('existingCustomers'), C.existingCustomers),
    retention: value(at('retention'), C.retention) as number,
    purchasesPerMonth: value(at('purchasesPerMonth'), C.purchasesPerMonth) as number,
    avgCheck: value(at('avgCheck'), d.avgCheck),
    discount: value(at('discount'), C.discount),
  };
  const margin = value(at('margin'), undefined);
  const periods = value(at('periods'), undefined);
  if (margin !== undefined) out.margin = margin;
  if (periods !== undefined) out.periods = periods;
  return out;
}

/** Twelve months: a typed number (or formula's value) kept, a blank 0, text NaN, a default (or no tab) `fallback(i)`. */
function monthsOf(cells: readonly CellRead[] | undefined, fallback: (i: number) => number): number[] {
  return Array.from({ length: MONTHS }, (_, i) => {
    const c = cells?.[i];
    if (!c || c.kind === 'default') return fallback(i);
    if (c.kind === 'blank') return 0;
    return c.kind === 'number' || c.kind === 'formula' ? c.value : Number.NaN;
  });
}
