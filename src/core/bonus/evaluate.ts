import { roundMoney } from '../allocate';
import { DomainError, type ErrorParam, type ErrorParams, msgRef } from '../errors';
import { curveAt } from './curve';
import { drawStep } from './draw';
import { poolShareLines, splitPoolDetail } from './pool';
import { throwFirst } from './problems';
import {
  BASE_METRICS,
  type Band,
  type ComponentKind,
  type Gate,
  type KpiMatrixComponent,
  type PercentComponent,
  type PoolComponent,
  type Scheme,
  type Scope,
  type TargetComponent,
  type TieredComponent,
  type ValidateOptions,
  validateScheme,
} from './scheme';
import type { TierMode } from './tiers';
import { tierLines } from './tiers';
import {
  clean,
  infoLine,
  money,
  moneyLine,
  mult,
  note,
  num,
  pct,
  reaches,
  sumLines,
  sumMoney,
  type TrailLine,
  type TrailNote,
  type TrailValue,
} from './trail';

export type MetricValues = Record<string, number>;

/** What a scheme is evaluated on: one manager (or the head), one period. */
export interface BonusInput {
  /** The manager's plan and fact per metric for the period (fact includes credited shares of deals). */
  plan: MetricValues;
  fact: MetricValues;
  /** The manager's base salary (for salary components without an amount and tiers paying a share of it). */
  salary?: number;
  /** The manager's target bonus (for target and KPI components without a target). */
  targetBonus?: number;
  /** KPI facts by KPI id, with the plan when the scheme does not fix it. */
  kpis?: Record<string, { fact: number; plan?: number }>;
  /** The department's plan and fact (scope 'department', pools). */
  department?: { plan: MetricValues; fact: MetricValues };
  /** The manager's id in `team`, for pools. */
  managerId?: string;
  /** Every team member's plan and fact, for pools. */
  team?: { id: string; plan: MetricValues; fact: MetricValues }[];
  /** The manager's credited shares of shared deals, shown in the trail (already counted in `fact`). */
  sharedDeals?: { deal: string; metric: string; amount: number; share: number; credited: number }[];
  /** What a recoverable draw still had to recover before this period. */
  drawBalance?: number;
  /** Manual adjustments of the period; a clawback is a negative amount. */
  adjustments?: { label: string; amount: number }[];
  /**
   * Salary for the days worked: salary components pay salary × worked ÷ days (the month's working days).
   * `basis` says what `worked` counts, for the trail: the own working days worked in a finished month, or
   * those the person is scheduled to work (a month not over yet). Tiers paying a share of the salary use
   * the full salary.
   */
  salaryDays?: SalaryDays;
}

export interface SalaryDays {
  worked: number;
  days: number;
  basis: 'worked' | 'scheduled';
}

export type ResultKind = ComponentKind | 'cap' | 'adjustment';

export interface ComponentResult {
  kind: ResultKind;
  /** The component's label, or a message code (`bonus.kind.*`) the renderer translates. */
  label: string;
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
  /** total − salary: commissions, bonuses, draw top-ups and recoveries, adjustments. */
  variable: number;
  /** Every line, in order; their amounts add up exactly to `total`. */
  trail: TrailLine[];
  /** What a recoverable draw still has to recover after this period (0 without a draw). */
  drawBalance: number;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const metricName = (m: string): string => (BASE_METRICS.includes(m) ? `bonus.metric.${m}` : m);
/** A metric in an error: a base metric's name translated, anyone else's name as written. */
const metricRef = (m: string): ErrorParam => (BASE_METRICS.includes(m) ? msgRef(`bonus.metric.${m}`) : m);

/**
 * Evaluates a scheme for one manager and one period. Throws DomainError on an invalid scheme (the first
 * problem of `validateScheme`) or on input the scheme needs but does not get.
 */
export function evaluateScheme(scheme: Scheme, input: BonusInput, opts: ValidateOptions = {}): SchemeResult {
  throwFirst(validateScheme(scheme, opts));
  const ev = new Evaluator(scheme, input);
  return ev.run();
}

class Evaluator {
  private where: ErrorParams = {};

  constructor(
    private readonly scheme: Scheme,
    private readonly input: BonusInput,
  ) {}

  run(): SchemeResult {
    const { scheme, input } = this;
    const components: ComponentResult[] = [];
    const head: TrailLine[] = (input.sharedDeals ?? []).map((d) =>
      infoLine('bonus.trail.sharedDeal', {
        deal: String(d.deal),
        metric: metricName(d.metric),
        base: num(d.amount),
        share: pct(d.share),
        credited: num(d.credited),
      }),
    );
    let draw: { index: number; amount: number; recoverable: boolean; label?: string } | undefined;
    scheme.components.forEach((c, i) => {
      this.where = { scheme: scheme.name || scheme.id, component: i + 1, kind: c.kind };
      const label = c.label || `bonus.kind.${c.kind}`;
      if (c.kind === 'draw') {
        draw = { index: i, amount: c.amount, recoverable: c.recoverable, label: c.label };
        return;
      }
      let lines: TrailLine[];
      if (c.kind === 'salary') lines = [this.salaryLine(this.salaryOf(c.amount))];
      else {
        const gateLines = this.gates(c.gates ?? []);
        if (gateLines.failed) lines = gateLines.lines;
        else {
          lines = [...gateLines.lines, ...this.variable(c)];
          const sum = sumLines(lines);
          if (c.cap !== undefined && sum > c.cap) {
            lines.push(moneyLine('bonus.trail.cap', { before: money(sum), cap: money(c.cap) }, c.cap - sum));
          }
        }
      }
      components.push({ kind: c.kind, label, amount: sumLines(lines), trail: lines });
    });
    this.where = { scheme: scheme.name || scheme.id };

    const isVariable = (r: ComponentResult) => r.kind !== 'salary';
    let commission = sumMoney(components.filter(isVariable).map((r) => r.amount));
    if (scheme.cap !== undefined && commission > scheme.cap) {
      const capLines = [
        moneyLine(
          'bonus.trail.schemeCap',
          { before: money(commission), cap: money(scheme.cap) },
          scheme.cap - commission,
        ),
      ];
      components.push({ kind: 'cap', label: 'bonus.kind.cap', amount: sumLines(capLines), trail: capLines });
      commission = roundMoney(scheme.cap);
    }

    let drawBalance = 0;
    if (draw) {
      const before = input.drawBalance ?? 0;
      if (!isNum(before)) this.fail('bonus.input.badDrawBalance');
      const step = drawStep(commission, draw.amount, before, draw.recoverable);
      drawBalance = step.balance;
      const lines: TrailLine[] = [];
      if (step.topUp > 0) {
        lines.push(
          moneyLine(
            'bonus.trail.drawTopUp',
            { draw: money(draw.amount), commission: money(commission) },
            step.topUp,
            draw.recoverable
              ? note('bonus.note.drawCarry', { balance: money(step.balance) })
              : note('bonus.note.drawNonRecoverable'),
          ),
        );
      } else if (step.recovered > 0) {
        lines.push(
          moneyLine(
            'bonus.trail.drawRecover',
            { draw: money(draw.amount), commission: money(commission), before: money(roundMoney(before)) },
            -step.recovered,
            note('bonus.note.drawLeft', { balance: money(step.balance) }),
          ),
        );
      } else {
        lines.push(
          infoLine('bonus.trail.drawNone', { draw: money(draw.amount), commission: money(commission) }),
        );
      }
      components.push({
        kind: 'draw',
        label: draw.label || 'bonus.kind.draw',
        amount: sumLines(lines),
        trail: lines,
      });
    }

    const adjustments = input.adjustments ?? [];
    if (adjustments.length > 0) {
      const lines = adjustments.map((a, i) => {
        if (!isNum(a?.amount))
          throw new DomainError('bonus.input.badAdjustment', { ...this.where, index: i + 1 });
        return moneyLine('bonus.trail.adjustment', { label: String(a.label ?? '') }, a.amount);
      });
      components.push({
        kind: 'adjustment',
        label: 'bonus.kind.adjustment',
        amount: sumLines(lines),
        trail: lines,
      });
    }

    const total = sumMoney(components.map((r) => r.amount));
    const salary = sumMoney(components.filter((r) => !isVariable(r)).map((r) => r.amount));
    return {
      scheme: scheme.id,
      components,
      total,
      salary,
      variable: sumMoney([total, -salary]),
      trail: [...head, ...components.flatMap((r) => r.trail)],
      drawBalance,
    };
  }

  private variable(
    c: PercentComponent | TieredComponent | TargetComponent | KpiMatrixComponent | PoolComponent,
  ): TrailLine[] {
    switch (c.kind) {
      case 'percent':
        return this.percent(c);
      case 'tiered':
        return this.tiered(c);
      case 'target':
        return this.target(c);
      case 'kpi':
        return this.kpiMatrix(c);
      case 'pool':
        return this.pool(c);
    }
  }

  // ---- inputs ----

  private fail(code: string, params: ErrorParams = {}): never {
    throw new DomainError(code, { ...this.where, ...params });
  }

  private inputNumber(v: unknown, field: string): number {
    if (!isNum(v)) this.fail('bonus.input.badValue', { field });
    return v;
  }

  private values(scope: Scope | undefined, which: 'plan' | 'fact'): MetricValues {
    if (scope === 'department') {
      const d = this.input.department;
      const values = d?.[which];
      if (!values) this.fail('bonus.input.missingDepartment', { which: msgRef(`bonus.word.${which}`) });
      return values;
    }
    return this.input[which] ?? {};
  }

  private fact(metric: string, scope?: Scope): number {
    const v = this.values(scope, 'fact')[metric];
    if (v === undefined)
      this.fail('bonus.input.missingFact', {
        metric: metricRef(metric),
        scope: msgRef(`bonus.scope.${scope ?? 'own'}`),
      });
    return this.inputNumber(v, `fact.${metric}`);
  }

  private plan(metric: string, scope?: Scope): number {
    const v = this.values(scope, 'plan')[metric];
    if (v === undefined)
      this.fail('bonus.input.missingPlan', {
        metric: metricRef(metric),
        scope: msgRef(`bonus.scope.${scope ?? 'own'}`),
      });
    const p = this.inputNumber(v, `plan.${metric}`);
    if (p <= 0) this.fail('bonus.input.planNotPositive', { metric: metricRef(metric), plan: p });
    return p;
  }

  private salaryOf(amount: number | undefined): number {
    if (amount !== undefined) return amount;
    const fromScheme = this.scheme.components.find((c) => c.kind === 'salary' && c.amount !== undefined);
    if (this.input.salary === undefined && fromScheme?.kind === 'salary') return fromScheme.amount!;
    if (this.input.salary === undefined) this.fail('bonus.input.missingSalary');
    return this.inputNumber(this.input.salary, 'salary');
  }

  /** The fixed salary, prorated by the days worked when the input says so (never above the full salary). */
  private salaryLine(salary: number): TrailLine {
    const d = this.input.salaryDays;
    if (!d) return moneyLine('bonus.trail.salary', {}, salary);
    const worked = this.inputNumber(d.worked, 'salaryDays.worked');
    const days = this.inputNumber(d.days, 'salaryDays.days');
    if (days <= 0 || worked < 0) this.fail('bonus.input.badSalaryDays', { worked, days });
    if (worked >= days) return moneyLine('bonus.trail.salary', {}, salary);
    return moneyLine(
      'bonus.trail.salaryProrated',
      { salary: num(salary), worked: num(worked), days: num(days) },
      (salary * worked) / days,
      note(d.basis === 'worked' ? 'bonus.note.salaryWorked' : 'bonus.note.salaryScheduled', {
        worked: num(worked),
        days: num(days),
      }),
    );
  }

  private targetOf(target: number | undefined): number {
    if (target !== undefined) return target;
    if (this.input.targetBonus === undefined) this.fail('bonus.input.missingTarget');
    return this.inputNumber(this.input.targetBonus, 'targetBonus');
  }

  /** The metric's header line and the fact that counts (limited by an attainment cap). */
  private counted(c: { metric: string; scope?: Scope; attainmentCap?: number }, needPlan: boolean) {
    const fact = this.fact(c.metric, c.scope);
    const plan = needPlan || c.attainmentCap !== undefined ? this.plan(c.metric, c.scope) : undefined;
    const code = c.scope === 'department' ? 'bonus.trail.metricDept' : 'bonus.trail.metric';
    const lines: TrailLine[] = [];
    if (plan === undefined)
      lines.push(infoLine(`${code}Fact`, { metric: metricName(c.metric), fact: num(fact) }));
    else {
      lines.push(
        infoLine(code, {
          metric: metricName(c.metric),
          plan: num(plan),
          fact: num(fact),
          attainment: pct(fact / plan),
        }),
      );
    }
    let value = fact;
    if (plan !== undefined && c.attainmentCap !== undefined) {
      const limit = clean(plan * c.attainmentCap);
      if (fact > limit) {
        value = limit;
        lines.push(
          infoLine('bonus.trail.attainmentCapped', { cap: pct(c.attainmentCap), counted: num(limit) }),
        );
      }
    }
    return { fact: value, plan, lines };
  }

  // ---- gates ----

  private gates(gates: Gate[]): { failed: boolean; lines: TrailLine[] } {
    const lines: TrailLine[] = [];
    for (const g of gates) {
      if (g.type === 'attainment') {
        const a = this.fact(g.metric, g.scope) / this.plan(g.metric, g.scope);
        const params = { metric: metricName(g.metric), attainment: pct(a), min: pct(g.min) };
        if (!reaches(a, g.min))
          return { failed: true, lines: [infoLine('bonus.trail.gateAttainmentFailed', params)] };
        lines.push(infoLine('bonus.trail.gateAttainmentPassed', params));
      } else {
        const fact = this.kpiFact(g.kpi).fact;
        if (g.min !== undefined && !reaches(fact, g.min)) {
          return {
            failed: true,
            lines: [infoLine('bonus.trail.gateKpiBelow', { kpi: g.kpi, fact: num(fact), min: num(g.min) })],
          };
        }
        if (g.max !== undefined && !reaches(g.max, fact)) {
          return {
            failed: true,
            lines: [infoLine('bonus.trail.gateKpiAbove', { kpi: g.kpi, fact: num(fact), max: num(g.max) })],
          };
        }
        lines.push(infoLine('bonus.trail.gateKpiPassed', { kpi: g.kpi, fact: num(fact) }));
      }
    }
    return { failed: false, lines };
  }

  private kpiFact(id: string): { fact: number; plan?: number } {
    const k = this.input.kpis?.[id];
    if (!k) this.fail('bonus.input.missingKpi', { kpi: id });
    this.inputNumber(k.fact, `kpi.${id}`);
    return k;
  }

  // ---- components ----

  private percent(c: PercentComponent): TrailLine[] {
    const bands = c.bands && c.bands.length > 0 ? withBase(c.bands) : undefined;
    const { fact, plan, lines } = this.counted(c, bands !== undefined);
    if (!bands || plan === undefined) {
      lines.push(moneyLine('bonus.trail.rate', { base: num(fact), rate: pct(c.rate) }, fact * c.rate));
      return lines;
    }
    for (const { band, next, part } of bandParts(fact, bands, c.bandMode ?? 'marginal', plan)) {
      const params: Record<string, TrailValue> = { base: num(part), rate: pct(c.rate) };
      if (band.multiplier !== 1) params.mult = mult(band.multiplier);
      lines.push(
        moneyLine(
          band.multiplier === 1 ? 'bonus.trail.rate' : 'bonus.trail.rateMult',
          params,
          part * c.rate * band.multiplier,
          bandNote(band, next, c.bandMode ?? 'marginal'),
        ),
      );
    }
    return lines;
  }

  private tiered(c: TieredComponent): TrailLine[] {
    const byPlan = c.by === 'attainment';
    const { fact, plan, lines } = this.counted(c, byPlan);
    const scale = byPlan ? plan! : 1;
    if (c.mode === 'retro') {
      let top = -1;
      c.tiers.forEach((t, i) => {
        if (reaches(fact, clean(t.from * scale))) top = i;
      });
      const t = top >= 0 ? c.tiers[top] : undefined;
      if (t) {
        const reached = note(byPlan ? 'bonus.note.reachedPlan' : 'bonus.note.reached', {
          from: byPlan ? pct(t.from) : num(t.from),
        });
        if (t.salaryRate !== undefined) {
          const salary = this.salaryOf(undefined);
          lines.push(
            moneyLine(
              'bonus.trail.salaryRate',
              { salary: num(salary), rate: pct(t.salaryRate) },
              salary * t.salaryRate,
              reached,
            ),
          );
        }
        if (t.fixed !== undefined)
          lines.push(moneyLine('bonus.trail.fixed', { fixed: money(t.fixed) }, t.fixed, reached));
      }
    }
    lines.push(...tierLines(fact, c.tiers, c.mode, byPlan ? { plan: scale } : {}));
    return lines;
  }

  private target(c: TargetComponent): TrailLine[] {
    const target = this.targetOf(c.target);
    const { fact, plan, lines } = this.counted(c, true);
    const a = fact / plan!;
    if (c.curve) {
      const k = curveAt(a, c.curve.points, c.curve.mode);
      lines.push(
        moneyLine(
          'bonus.trail.targetCurve',
          { target: num(target), attainment: pct(a), coef: pct(k) },
          target * k,
        ),
      );
      return lines;
    }
    if (!c.bands || c.bands.length === 0) {
      lines.push(moneyLine('bonus.trail.target', { target: num(target), part: pct(a) }, target * a));
      return lines;
    }
    const mode = c.bandMode ?? 'marginal';
    for (const { band, next, part } of bandParts(a, withBase(c.bands), mode, 1)) {
      const params: Record<string, TrailValue> = { target: num(target), part: pct(part) };
      if (band.multiplier !== 1) params.mult = mult(band.multiplier);
      lines.push(
        moneyLine(
          band.multiplier === 1 ? 'bonus.trail.target' : 'bonus.trail.targetMult',
          params,
          target * part * band.multiplier,
          bandNote(band, next, mode),
        ),
      );
    }
    return lines;
  }

  private kpiMatrix(c: KpiMatrixComponent): TrailLine[] {
    const target = this.targetOf(c.target);
    return c.kpis.map((k) => {
      const given = this.kpiFact(k.id);
      const plan = k.plan ?? given.plan;
      if (plan === undefined) this.fail('bonus.input.missingKpiPlan', { kpi: k.id });
      this.inputNumber(plan, `kpi.${k.id}.plan`);
      const down = k.direction === 'down';
      const fact = given.fact;
      let a: number;
      if (down) {
        if (fact < 0) this.fail('bonus.input.negativeKpiFact', { kpi: k.id });
        if (fact === 0) {
          const best = k.tmax ?? (k.scale ? k.scale.points[k.scale.points.length - 1].x : undefined);
          if (plan > 0 && best === undefined) this.fail('bonus.input.kpiUnbounded', { kpi: k.id });
          a = plan > 0 ? best! : 1;
        } else a = plan / fact;
      } else {
        if (plan <= 0) this.fail('bonus.input.kpiPlanZero', { kpi: k.id });
        a = fact / plan;
      }
      let score = a;
      let remark: TrailNote | undefined;
      if (k.t0 !== undefined && !reaches(a, k.t0)) {
        score = 0;
        remark = note('bonus.note.belowT0', { t0: pct(k.t0) });
      } else if (k.tmax !== undefined && a > k.tmax) {
        score = k.tmax;
        remark = note('bonus.note.aboveTmax', { tmax: pct(k.tmax) });
      }
      if (score > 0 && k.scale) score = curveAt(score, k.scale.points, k.scale.mode);
      if (!remark && down) remark = note('bonus.note.lessIsBetter');
      return moneyLine(
        'bonus.trail.kpi',
        {
          kpi: k.label || k.id,
          plan: num(plan),
          fact: num(fact),
          attainment: pct(a),
          score: pct(score),
          target: num(target),
          weight: pct(k.weight),
        },
        target * k.weight * score,
        remark,
      );
    });
  }

  private pool(c: PoolComponent): TrailLine[] {
    const deptFact = this.fact(c.metric, 'department');
    const deptPlan = this.plan(c.metric, 'department');
    const a = deptFact / deptPlan;
    const threshold = c.threshold ?? 1;
    const lines: TrailLine[] = [
      infoLine('bonus.trail.metricDept', {
        metric: metricName(c.metric),
        plan: num(deptPlan),
        fact: num(deptFact),
        attainment: pct(a),
      }),
    ];
    const size = c.amount !== undefined ? c.amount : roundMoney(c.rate! * deptFact);
    if (c.amount === undefined)
      lines.push(
        infoLine('bonus.trail.poolSize', { base: num(deptFact), rate: pct(c.rate!), pool: money(size) }),
      );
    if (!reaches(a, threshold)) {
      lines.push(infoLine('bonus.trail.poolDeptMissed', { attainment: pct(a), threshold: pct(threshold) }));
      return lines;
    }
    const team = this.input.team;
    if (!Array.isArray(team) || team.length === 0) this.fail('bonus.input.missingTeam');
    const index = team.findIndex((m) => m.id === this.input.managerId);
    if (index < 0) this.fail('bonus.input.notInTeam', { manager: String(this.input.managerId) });
    const plans = team.map((m) => this.teamValue(m.plan, m.id, c.metric, 'plan'));
    const facts = team.map((m) => this.teamValue(m.fact, m.id, c.metric, 'fact'));
    const split = splitPoolDetail(size, plans, facts);
    return [...lines, ...poolShareLines(split, plans, facts, index)];
  }

  private teamValue(values: MetricValues | undefined, id: string, metric: string, which: string): number {
    const v = values?.[metric];
    if (!isNum(v))
      this.fail('bonus.input.badTeamValue', {
        manager: id,
        metric: metricRef(metric),
        which: msgRef(`bonus.word.${which}`),
      });
    return v;
  }
}

/** Bands with the implicit ×1 band from 0 when the first band starts above 0. */
function withBase(bands: readonly Band[]): Band[] {
  return bands[0].from > 0 ? [{ from: 0, multiplier: 1 }, ...bands] : [...bands];
}

interface BandPart {
  band: Band;
  next?: Band;
  part: number;
}

/**
 * The parts of `value` by band: marginal, the part inside each band reached; retro, the whole value in
 * the highest band reached. Band edges are attainment × `scale` (the plan, or 1 for attainment itself).
 */
function bandParts(value: number, bands: readonly Band[], mode: TierMode, scale: number): BandPart[] {
  const lo = (i: number) => clean(bands[i].from * scale);
  if (!reaches(value, lo(0))) return [];
  if (mode === 'retro') {
    let top = 0;
    for (let i = 1; i < bands.length; i++) if (reaches(value, lo(i))) top = i;
    return [{ band: bands[top], next: bands[top + 1], part: value }];
  }
  const out: BandPart[] = [];
  for (let i = 0; i < bands.length; i++) {
    if (!reaches(value, lo(i))) break;
    const hi = i + 1 < bands.length ? lo(i + 1) : Number.POSITIVE_INFINITY;
    const part = clean(Math.min(value, hi) - lo(i));
    if (part > 0) out.push({ band: bands[i], next: bands[i + 1], part });
  }
  return out;
}

function bandNote(band: Band, next: Band | undefined, mode: TierMode): TrailNote {
  if (mode === 'retro') return note('bonus.note.reachedPlan', { from: pct(band.from) });
  if (!next) return note('bonus.note.bandPlanFrom', { from: pct(band.from) });
  if (band.from === 0) return note('bonus.note.bandPlanUpTo', { to: pct(next.from) });
  return note('bonus.note.bandPlan', { from: pct(band.from), to: pct(next.from) });
}
