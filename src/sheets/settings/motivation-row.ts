import {
  asAttainment,
  asRate,
  type Gate,
  type KpiMatrixComponent,
  parseBandText,
  parseCurveText,
  parseTierText,
  type SchemeComponent,
  type SchemeKpi,
  type TierTextResult,
} from '../../core/bonus';
import { type ErrorParams, msgRef } from '../../core/errors';
import { quotedList } from '../../i18n/format';
import {
  findOption,
  type Kind,
  MOT_COL,
  type MotivationMetrics,
  metricName,
  metricReader,
  type OptionGroup,
  optionLabel,
  optionLabels,
} from './motivation-columns';
import { hasProblemAt } from './motivation-problems';
import type { TableContext, TableRecord } from './table';

type Scope = 'own' | 'department';
/** The fields every metric-based component starts from. */
type Common = { metric: string; cap?: number };

/** Reads the cells of one Motivation row into component fields; unreadable cells become problems at the cell. */
export class RowReader {
  private readonly findMetric: (text: string) => string | undefined;

  constructor(
    private readonly ctx: TableContext,
    private readonly metrics: MotivationMetrics,
  ) {
    this.findMetric = metricReader(metrics);
  }

  /** A problem at the cell, unless that cell has one already (an unreadable number is not also "required"). */
  private problem(r: TableRecord, field: string, code: string, params: ErrorParams = {}): void {
    if (hasProblemAt(this.ctx, r.row, MOT_COL[field])) return;
    this.ctx.problems.add(this.ctx.tab, r.row, MOT_COL[field], code, {
      column: msgRef(`col.mot.${field}`),
      ...params,
    });
  }

  text(r: TableRecord, field: string): string {
    const v = r.get(`mot.${field}`);
    return v === null ? '' : String(v).trim();
  }

  private number(r: TableRecord, field: string): number | undefined {
    const v = r.get(`mot.${field}`);
    return typeof v === 'number' ? v : undefined;
  }

  /** A number the row needs: blank is a problem at the cell (and reads as 0). */
  requiredNumber(r: TableRecord, field: string): number {
    const v = this.number(r, field);
    if (v === undefined) this.problem(r, field, 'settings.required');
    return v ?? 0;
  }

  /** A rate (3 % or 0.03; a plain number above 1 is read as percent). */
  private rate(r: TableRecord, field: string): number | undefined {
    const v = this.number(r, field);
    return v === undefined ? undefined : asRate(v);
  }

  /** An attainment (80 % or 0.8; a plain number above 3 is read as percent). */
  private attainment(r: TableRecord, field: string): number | undefined {
    const v = this.number(r, field);
    return v === undefined ? undefined : asAttainment(v);
  }

  option(r: TableRecord, field: string, group: OptionGroup): string | undefined {
    const text = this.text(r, field);
    if (!text) return undefined;
    const found = findOption(text, group);
    if (!found) {
      this.problem(r, field, 'settings.badChoice', {
        value: text,
        choices: quotedList(optionLabels(group, this.ctx.lang), this.ctx.lang),
      });
    }
    return found;
  }

  /** A metric cell; blank gives `fallback`, an unknown name is a problem (and stays as typed). */
  metric(r: TableRecord, field: string, fallback: string | undefined): string | undefined {
    const text = this.text(r, field);
    if (!text) return fallback;
    const found = this.findMetric(text);
    if (!found) {
      this.problem(r, field, 'motivation.unknownMetric', {
        value: text,
        known: quotedList(
          this.metrics.ids.map((m) => metricName(m, this.ctx.lang, this.metrics)),
          this.ctx.lang,
        ),
      });
      return text;
    }
    return found;
  }

  /** The entry threshold (порог входа): the gate's metric (blank: the component's own) and its minimum. */
  private gate(r: TableRecord, metric: string, scope: Scope | undefined): Gate | undefined {
    const gateMetric = this.metric(r, 'gateMetric', undefined);
    const min = this.attainment(r, 'gateMin');
    if (min === undefined) {
      if (gateMetric !== undefined) this.problem(r, 'gateMin', 'motivation.gateNeedsMin');
      return undefined;
    }
    return { metric: gateMetric ?? metric, ...(scope ? { scope } : {}), min };
  }

  component(r: TableRecord, kind: Exclude<Kind, 'kpi'> | 'recoverableDraw'): SchemeComponent {
    const amount = this.number(r, 'amount');
    if (kind === 'salary') return { kind, ...(amount !== undefined ? { amount } : {}) };
    if (kind === 'draw' || kind === 'recoverableDraw') {
      const recoverable = kind === 'recoverableDraw';
      return { kind: 'draw', amount: this.requiredNumber(r, 'amount'), recoverable };
    }
    const metric = this.metric(r, 'metric', 'revenue')!;
    const cap = this.number(r, 'cap');
    const common = { metric, ...(cap !== undefined ? { cap } : {}) };
    if (kind === 'pool') {
      const rate = this.rate(r, 'rate');
      const threshold = this.attainment(r, 'gateMin');
      return {
        kind,
        ...common,
        ...(amount !== undefined ? { amount } : {}),
        ...(rate !== undefined ? { rate } : {}),
        ...(threshold !== undefined ? { threshold } : {}),
      };
    }
    return this.metricComponent(r, kind, common);
  }

  /** A tiered, percent or target component, from the fields it shares with the others (`common`). */
  private metricComponent(
    r: TableRecord,
    kind: 'tiered' | 'percent' | 'target',
    common: Common,
  ): SchemeComponent {
    const scope = this.option(r, 'scope', 'scope') as Scope | undefined;
    const mode = this.option(r, 'mode', 'mode');
    const gate = this.gate(r, common.metric, scope);
    const attainmentCap = this.attainment(r, 'attainmentCap');
    const base = {
      ...common,
      ...(scope ? { scope } : {}),
      ...(gate ? { gate } : {}),
      ...(attainmentCap !== undefined ? { attainmentCap } : {}),
    };
    const tiersText = this.text(r, 'tiers');
    const curveMode = mode === 'linear' || mode === 'step';
    if (kind === 'tiered') {
      if (curveMode) this.modeProblem(r, kind, mode);
      const by = tiersBy(tiersText);
      if (!tiersText) this.problem(r, 'tiers', 'settings.required');
      const tiers = tiersText ? this.tierItems(r, parseTierText(tiersText, by, this.ctx.lang)) : [];
      // «100 → 5 %; 120 → 7 %» was % of plan on the tab before issue 16; read as rubles it pays the whole
      // revenue at the top rate. Thresholds that small are a question, not an answer.
      if (by === 'amount' && tiers.some((x) => x.from > 0) && tiers.every((x) => x.from <= PERCENT_LIKE))
        this.problem(r, 'tiers', 'motivation.tiersAmountOrPlan', { text: tiersText });
      return { kind, ...base, by, mode: mode === 'retro' ? 'retro' : 'marginal', tiers };
    }
    const bandMode = mode === 'retro' ? { bandMode: 'retro' as const } : {};
    if (kind === 'percent') {
      if (curveMode) this.modeProblem(r, kind, mode);
      const rate = this.rate(r, 'rate');
      if (rate === undefined) this.problem(r, 'rate', 'settings.required');
      const bands = tiersText ? { bands: this.bands(r, tiersText) } : {};
      return { kind, ...base, rate: rate ?? 0, ...bands, ...bandMode };
    }
    const target = this.number(r, 'amount');
    const withTarget = { ...base, ...(target !== undefined ? { target } : {}) };
    if (curveMode) {
      if (!tiersText) this.problem(r, 'tiers', 'settings.required');
      const points = tiersText ? this.tierItems(r, parseCurveText(tiersText, this.ctx.lang)) : [];
      return { kind, ...withTarget, curve: { points, mode: mode as 'linear' | 'step' } };
    }
    const bands = tiersText ? { bands: this.bands(r, tiersText) } : {};
    return { kind, ...withTarget, ...bands, ...bandMode };
  }

  private modeProblem(r: TableRecord, kind: Kind, mode: string | undefined): void {
    this.problem(r, 'mode', 'motivation.modeNotFor', {
      value: optionLabel('mode', String(mode), this.ctx.lang),
      kind: msgRef(`mot.kind.${kind}`),
    });
  }

  /**
   * The matrix itself (target in «Сумма», cap, gate) comes from its first KPI row; its entry threshold is
   * one on another metric («Порог входа: показатель» filled), the KPI's own being the KPI's floor.
   */
  kpiMatrix(r: TableRecord, first: SchemeKpi): KpiMatrixComponent {
    const target = this.number(r, 'amount');
    const cap = this.number(r, 'cap');
    const gate = this.text(r, 'gateMetric') ? this.gate(r, 'revenue', undefined) : undefined;
    return {
      kind: 'kpi',
      kpis: [first],
      ...(target !== undefined ? { target } : {}),
      ...(cap !== undefined ? { cap } : {}),
      ...(gate ? { gate } : {}),
    };
  }

  /** A later KPI row: what is the whole set's (bonus at 100 %, cap, threshold metric) belongs on its first row. */
  laterKpi(r: TableRecord, first: number): void {
    for (const field of ['amount', 'cap', 'gateMetric'])
      if (this.text(r, field)) this.problem(r, field, 'motivation.kpiFirstRow', { first });
  }

  /** A KPI: its metric, weight («Ставка / вес»), floor («Порог входа», unless that is the matrix's) and cap. */
  kpi(r: TableRecord): SchemeKpi {
    const id = this.metric(r, 'metric', undefined) ?? '';
    if (!id) this.problem(r, 'metric', 'settings.required');
    const weight = this.rate(r, 'rate');
    if (weight === undefined) this.problem(r, 'rate', 'settings.required');
    const t0 = this.text(r, 'gateMetric') ? undefined : this.attainment(r, 'gateMin');
    const tmax = this.attainment(r, 'attainmentCap');
    const direction = this.option(r, 'direction', 'direction') as 'up' | 'down' | undefined;
    const mode = this.option(r, 'mode', 'mode');
    if (mode === 'marginal' || mode === 'retro') this.modeProblem(r, 'kpi', mode);
    const tiersText = this.text(r, 'tiers');
    const scale = tiersText
      ? {
          scale: {
            points: this.tierItems(r, parseCurveText(tiersText, this.ctx.lang)),
            mode: mode === 'step' ? ('step' as const) : ('linear' as const),
          },
        }
      : {};
    return {
      id,
      weight: weight ?? 0,
      ...(direction ? { direction } : {}),
      ...(t0 !== undefined ? { t0 } : {}),
      ...(tmax !== undefined ? { tmax } : {}),
      ...scale,
    };
  }

  private bands(r: TableRecord, text: string) {
    return this.tierItems(r, parseBandText(text, this.ctx.lang));
  }

  /** The items the tier text gave; its problems go to the «Ступени» cell. */
  private tierItems<T>(r: TableRecord, parsed: TierTextResult<T>): T[] {
    for (const p of parsed.problems) this.problem(r, 'tiers', p.code, p.params);
    return parsed.items;
  }
}

/** Money thresholds all at most this look like % of plan with the % sign forgotten (80, 100, 120, 150). */
const PERCENT_LIKE = 300;

/** Tiers by % of plan when the first threshold is written with %, else by amount («100 % → 5 %»). */
export function tiersBy(text: string): 'amount' | 'attainment' {
  return (text.split(/→|->|=>|:/)[0] ?? '').includes('%') ? 'attainment' : 'amount';
}
