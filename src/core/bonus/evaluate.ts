import type { MsgRef } from '../errors';
import { percentLines, salaryLines, targetLines, tieredLines } from './components';
import { type BonusInput, Inputs, metricName } from './input';
import { kpiMatrixLines } from './kpi-matrix';
import { atLeast, kopecks, rubles } from './money';
import { poolLines } from './pool-lines';
import { throwFirst } from './problems';
import type { DrawComponent, Gate, Scheme, SchemeComponent, ValidateOptions } from './scheme';
import { drawn, type Part, partOf, type ResultKind, schemeCap } from './steps';
import { infoLine, lineKopecks, money, moneyLine, pct, type TrailLine } from './trail';
import { validateScheme } from './validate';

export type { BonusInput, MetricValues, SalaryDays } from './input';
export type { ResultKind } from './steps';

export interface ComponentResult {
  kind: ResultKind;
  /** The component's own label, or its kind's name (`bonus.kind.*`) as a message. */
  label: string | MsgRef;
  amount: number;
  trail: TrailLine[];
}

export interface SchemeResult {
  scheme: string;
  components: ComponentResult[];
  /** Everything paid for the period: Σ component amounts. */
  total: number;
  /** The fixed part (salary components). */
  salary: number;
  /** total − salary: commissions, bonuses, the cap, draw top-ups and recoveries. */
  variable: number;
  /** Every line, in order; their amounts add up exactly to `total`. */
  trail: TrailLine[];
  /** What a recoverable draw still has to recover after this period (0 without a draw). */
  drawBalance: number;
}

/**
 * Evaluates a scheme for one manager and one period. Throws DomainError on an invalid scheme (the first
 * problem of `validateScheme`) or on input the scheme needs but does not get.
 */
export function evaluateScheme(scheme: Scheme, input: BonusInput, opts: ValidateOptions = {}): SchemeResult {
  throwFirst(validateScheme(scheme, opts));
  return runScheme(scheme, input);
}

/** The pipeline, for a scheme already validated: components → scheme cap → draw → totals. */
export function runScheme(scheme: Scheme, input: BonusInput): SchemeResult {
  const inputs = new Inputs(scheme, input);
  const parts = components(inputs);
  inputs.where = { scheme: scheme.name || scheme.id };
  const capped = schemeCap(parts, scheme.cap);
  const draw = scheme.components.find((c): c is DrawComponent => c.kind === 'draw');
  const pay = drawn(capped, draw, inputs);
  return totals(scheme, pay.parts, pay.balance);
}

/** Each component but the draw (it comes after the cap), with its lines. */
function components(inputs: Inputs): Part[] {
  const out: Part[] = [];
  inputs.scheme.components.forEach((c, i) => {
    if (c.kind === 'draw') return;
    inputs.at(i);
    out.push(partOf(c.kind, c.label, componentLines(inputs, c)));
  });
  return out;
}

/** A component's lines: nothing but the gate's line below its entry threshold; its own cap last. */
function componentLines(inputs: Inputs, c: Exclude<SchemeComponent, DrawComponent>): TrailLine[] {
  if (c.kind === 'salary') return salaryLines(inputs, c.amount);
  const gate = c.gate && entryThreshold(inputs, c.gate);
  if (gate && !gate.passed) return [gate.line];
  const lines = [...(gate ? [gate.line] : []), ...variableLines(inputs, c)];
  return c.cap === undefined ? lines : withCap(lines, c.cap);
}

function variableLines(
  inputs: Inputs,
  c: Exclude<SchemeComponent, DrawComponent | { kind: 'salary' }>,
): TrailLine[] {
  switch (c.kind) {
    case 'percent':
      return percentLines(inputs, c);
    case 'tiered':
      return tieredLines(inputs, c);
    case 'target':
      return targetLines(inputs, c);
    case 'kpi':
      return kpiMatrixLines(inputs, c);
    case 'pool':
      return poolLines(inputs, c);
  }
}

/** The entry threshold (порог входа): whether the attainment reaches it, and the line that says so. */
function entryThreshold(inputs: Inputs, g: Gate): { passed: boolean; line: TrailLine } {
  const fact = inputs.fact(g.metric, g.scope);
  const plan = inputs.plan(g.metric, g.scope);
  const params = { metric: metricName(g.metric), attainment: pct(fact / plan), min: pct(g.min) };
  const passed = atLeast(fact, g.min * plan);
  const code = passed ? 'bonus.trail.gateAttainmentPassed' : 'bonus.trail.gateAttainmentFailed';
  return { passed, line: infoLine(code, params) };
}

/** A component's own cap: what it pays above the cap is taken back by a last line. */
function withCap(lines: TrailLine[], cap: number): TrailLine[] {
  const sum = lineKopecks(lines);
  const most = kopecks(cap);
  if (sum <= most) return lines;
  return [
    ...lines,
    moneyLine('bonus.trail.cap', { before: money(rubles(sum)), cap: money(cap) }, rubles(most - sum)),
  ];
}

/** The result in rubles: each part, the total, its salary and variable parts, the whole trail. */
function totals(scheme: Scheme, parts: Part[], balance: number): SchemeResult {
  const total = parts.reduce((s, p) => s + p.kopecks, 0);
  const salary = parts.filter((p) => p.kind === 'salary').reduce((s, p) => s + p.kopecks, 0);
  return {
    scheme: scheme.id,
    components: parts.map((p) => ({
      kind: p.kind,
      label: p.label,
      amount: rubles(p.kopecks),
      trail: p.trail,
    })),
    total: rubles(total),
    salary: rubles(salary),
    variable: rubles(total - salary),
    trail: parts.flatMap((p) => p.trail),
    drawBalance: rubles(balance),
  };
}
