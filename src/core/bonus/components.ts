import { bandNote, bandParts, counted, withBase } from './bands';
import { curveAt } from './curve';
import type { Inputs } from './input';
import { atLeast, hundredth } from './money';
import type { PercentComponent, TargetComponent, TieredComponent } from './scheme';
import { tierLines } from './tiers';
import { money, moneyLine, mult, note, num, pct, type TrailLine, type TrailParams } from './trail';

/** The lines of the salary, percent, tiered and target components (KPI matrix: kpi-matrix.ts; pool: pool-lines.ts). */

/** The fixed salary, prorated by the days worked when the input says so (never above the full salary). */
export function salaryLines(inputs: Inputs, amount: number | undefined): TrailLine[] {
  const salary = inputs.salary(amount);
  const d = inputs.input.salaryDays;
  if (!d) return [moneyLine('bonus.trail.salary', {}, salary)];
  const worked = inputs.number(d.worked, 'salaryDays.worked');
  const days = inputs.number(d.days, 'salaryDays.days');
  if (days <= 0 || worked < 0) inputs.fail('bonus.input.badSalaryDays', { worked, days });
  if (worked >= days) return [moneyLine('bonus.trail.salary', {}, salary)];
  const basis = d.basis === 'worked' ? 'bonus.note.salaryWorked' : 'bonus.note.salaryScheduled';
  return [
    moneyLine(
      'bonus.trail.salaryProrated',
      { salary: num(salary), worked: num(worked), days: num(days) },
      (salary * worked) / days,
      note(basis, { worked: num(worked), days: num(days) }),
    ),
  ];
}

export function percentLines(inputs: Inputs, c: PercentComponent): TrailLine[] {
  const bands = c.bands && c.bands.length > 0 ? withBase(c.bands) : undefined;
  const { fact, plan, lines } = counted(inputs, c, bands !== undefined);
  if (!bands || plan === undefined) {
    lines.push(moneyLine('bonus.trail.rate', { base: num(fact), rate: pct(c.rate) }, fact * c.rate));
    return lines;
  }
  const mode = c.bandMode ?? 'marginal';
  for (const { band, next, part } of bandParts(fact, bands, mode, plan)) {
    const params: TrailParams = { base: num(part), rate: pct(c.rate) };
    if (band.multiplier !== 1) params.mult = mult(band.multiplier);
    const code = band.multiplier === 1 ? 'bonus.trail.rate' : 'bonus.trail.rateMult';
    lines.push(moneyLine(code, params, part * c.rate * band.multiplier, bandNote(band, next, mode)));
  }
  return lines;
}

export function tieredLines(inputs: Inputs, c: TieredComponent): TrailLine[] {
  const byPlan = c.by === 'attainment';
  const { fact, plan, lines } = counted(inputs, c, byPlan);
  const scale = byPlan ? plan! : 1;
  if (c.mode === 'retro') lines.push(...retroExtras(inputs, c, fact, scale));
  lines.push(...tierLines(fact, c.tiers, c.mode, byPlan ? { plan: scale } : {}));
  return lines;
}

/** A retro tier's share of the salary and fixed sum, paid when it is the highest tier reached (as tierLines finds it). */
function retroExtras(inputs: Inputs, c: TieredComponent, fact: number, scale: number): TrailLine[] {
  const t = [...c.tiers].reverse().find((x) => atLeast(fact, hundredth(x.from * scale)));
  if (!t) return [];
  const byPlan = c.by === 'attainment';
  const reached = note(byPlan ? 'bonus.note.reachedPlan' : 'bonus.note.reached', {
    from: byPlan ? pct(t.from) : num(t.from),
  });
  const lines: TrailLine[] = [];
  if (t.salaryRate !== undefined) {
    const salary = inputs.salary(undefined);
    const params = { salary: num(salary), rate: pct(t.salaryRate) };
    lines.push(moneyLine('bonus.trail.salaryRate', params, salary * t.salaryRate, reached));
  }
  if (t.fixed !== undefined)
    lines.push(moneyLine('bonus.trail.fixed', { fixed: money(t.fixed) }, t.fixed, reached));
  return lines;
}

export function targetLines(inputs: Inputs, c: TargetComponent): TrailLine[] {
  const target = inputs.target(c.target);
  const { fact, plan, lines } = counted(inputs, c, true);
  const a = fact / plan!;
  if (c.curve) {
    const k = curveAt(a, c.curve.points, c.curve.mode);
    const params = { target: num(target), attainment: pct(a), coef: pct(k) };
    lines.push(moneyLine('bonus.trail.targetCurve', params, target * k));
    return lines;
  }
  if (!c.bands || c.bands.length === 0) {
    lines.push(moneyLine('bonus.trail.target', { target: num(target), part: pct(a) }, target * a));
    return lines;
  }
  const mode = c.bandMode ?? 'marginal';
  for (const { band, next, part } of bandParts(fact, withBase(c.bands), mode, plan!)) {
    const share = part / plan!;
    const params: TrailParams = { target: num(target), part: pct(share) };
    if (band.multiplier !== 1) params.mult = mult(band.multiplier);
    const code = band.multiplier === 1 ? 'bonus.trail.target' : 'bonus.trail.targetMult';
    lines.push(moneyLine(code, params, target * share * band.multiplier, bandNote(band, next, mode)));
  }
  return lines;
}
