import type { ErrorParams } from '../errors';
import { ltvDiverges } from '../finance/ltv';
import { sharesAbove100 } from '../finance/receipts';
import { MONTHS } from '../seasonality';
import type { BudgetAssumptions, CustomerAssumptions, PaymentTerms, PerMonth } from './types';

/** The assumptions of a new Budget tab: the finance person's starting point, each value editable. */
export const DEFAULT_ASSUMPTIONS: BudgetAssumptions = {
  repeatShare: 0.3,
  terms: { advance: 0, sameMonth: 0.5, plus1: 0.4, plus2: 0.1, plus3: 0 },
  grossMargin: 0.4,
  costOfSale: 0.02,
  costPerLead: 500,
  scenarios: [0.8, 1, 1.2],
};

/**
 * A problem with the assumptions, as data: the edge turns the code into text and the field (a path such as
 * `terms.plus1` or `grossMargin[3]`, month 4) into the assumption's cell. Codes:
 * - budget.notNumber: not a finite number;
 * - budget.shareBad {value}: a share outside 0–100 %;
 * - budget.negative {value}: an amount or count below 0;
 * - budget.monthsLength {length}: a per-month list that is not twelve values;
 * - budget.termsAboveOne {percent}: payment terms that sum to more than 100 %;
 * - budget.scenariosEmpty: no scenario;
 * - budget.discountBad {value}: a discount rate of −100 % or less;
 * - budget.periodsBad {value}: LTV months not a whole number ≥ 0;
 * - budget.noConvergence {retention, discount}: the LTV's infinite sum diverges (`ltvDiverges`: retention ÷ (1 + discount) ≥ 1);
 * - budget.noAvgCheck: the customers block has no average check and the plan has no funnel to take it from.
 */
export type BudgetProblemCode =
  | 'budget.notNumber'
  | 'budget.shareBad'
  | 'budget.negative'
  | 'budget.monthsLength'
  | 'budget.termsAboveOne'
  | 'budget.scenariosEmpty'
  | 'budget.discountBad'
  | 'budget.periodsBad'
  | 'budget.noConvergence'
  | 'budget.noAvgCheck';

export interface BudgetProblem {
  code: BudgetProblemCode;
  params: ErrorParams;
  field: string;
}

/** Every problem of the assumptions; `planHasAvgCheck`: the plan has a funnel (the customers' default check). */
export function checkAssumptions(a: BudgetAssumptions, planHasAvgCheck: boolean): BudgetProblem[] {
  const out: BudgetProblem[] = [];
  checkPerMonth(out, a.repeatShare, 'repeatShare', 'share');
  checkPerMonth(out, a.grossMargin, 'grossMargin', 'share');
  checkPerMonth(out, a.costOfSale, 'costOfSale', 'share');
  checkPerMonth(out, a.costPerLead, 'costPerLead', 'amount');
  checkTerms(out, a.terms);
  if (a.scenarios.length === 0) out.push({ code: 'budget.scenariosEmpty', params: {}, field: 'scenarios' });
  a.scenarios.forEach((s, i) => {
    checkValue(out, s, `scenarios[${i}]`, 'amount');
  });
  if (a.carry) {
    a.carry.lastQuarter.forEach((v, i) => {
      checkValue(out, v, `carry.lastQuarter[${i}]`, 'amount');
    });
    checkValue(out, a.carry.nextJanuary, 'carry.nextJanuary', 'amount');
  }
  if (a.customers) checkCustomers(out, a.customers, planHasAvgCheck);
  return out;
}

type Kind = 'share' | 'amount';

function checkValue(out: BudgetProblem[], v: unknown, field: string, kind: Kind): boolean {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    out.push({ code: 'budget.notNumber', params: {}, field });
    return false;
  }
  if (kind === 'share' && (v < 0 || v > 1))
    out.push({ code: 'budget.shareBad', params: { value: v }, field });
  else if (v < 0) out.push({ code: 'budget.negative', params: { value: v }, field });
  else return true;
  return false;
}

function checkPerMonth(out: BudgetProblem[], v: PerMonth, field: string, kind: Kind): void {
  if (typeof v !== 'object') {
    checkValue(out, v, field, kind);
    return;
  }
  if (v.length !== MONTHS) out.push({ code: 'budget.monthsLength', params: { length: v.length }, field });
  v.forEach((x, i) => {
    checkValue(out, x, `${field}[${i}]`, kind);
  });
}

function checkTerms(out: BudgetProblem[], t: PaymentTerms): void {
  const keys: (keyof PaymentTerms)[] = ['advance', 'sameMonth', 'plus1', 'plus2', 'plus3'];
  const fine = keys.map((k) => checkValue(out, t[k], `terms.${k}`, 'share')).every(Boolean);
  const percent = fine ? sharesAbove100(keys.map((k) => t[k])) : undefined;
  if (percent !== undefined) out.push({ code: 'budget.termsAboveOne', params: { percent }, field: 'terms' });
}

function checkCustomers(out: BudgetProblem[], c: CustomerAssumptions, planHasAvgCheck: boolean): void {
  const at = (f: string) => `customers.${f}`;
  if (c.newCustomers) checkPerMonth(out, c.newCustomers, at('newCustomers'), 'amount');
  if (c.existingCustomers !== undefined)
    checkValue(out, c.existingCustomers, at('existingCustomers'), 'amount');
  const retentionFine = checkValue(out, c.retention, at('retention'), 'share');
  checkValue(out, c.purchasesPerMonth, at('purchasesPerMonth'), 'amount');
  if (c.avgCheck !== undefined) checkValue(out, c.avgCheck, at('avgCheck'), 'amount');
  else if (!planHasAvgCheck) out.push({ code: 'budget.noAvgCheck', params: {}, field: at('avgCheck') });
  if (c.margin !== undefined) checkValue(out, c.margin, at('margin'), 'share');
  const discount = c.discount ?? 0;
  const discountFine = typeof discount === 'number' && Number.isFinite(discount) && discount > -1;
  if (!discountFine)
    out.push({ code: 'budget.discountBad', params: { value: String(discount) }, field: at('discount') });
  if (c.periods !== undefined && !(Number.isInteger(c.periods) && c.periods >= 0))
    out.push({ code: 'budget.periodsBad', params: { value: String(c.periods) }, field: at('periods') });
  if (c.periods === undefined && retentionFine && discountFine && ltvDiverges(c.retention, discount)) {
    const params = { retention: c.retention, discount };
    out.push({ code: 'budget.noConvergence', params, field: at(discount < 0 ? 'discount' : 'retention') });
  }
}
