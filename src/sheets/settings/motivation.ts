import {
  BASE_METRICS,
  type Band,
  type CurvePoint,
  type Gate,
  type KpiMatrixComponent,
  type Problem,
  type Scheme,
  type SchemeComponent,
  type SchemeKpi,
  type SchemeTier,
  validateScheme,
} from '../../core/bonus';
import { parseNumberText } from '../../core/cells';
import { findChoice } from '../../core/choice';
import { type ErrorParams, msgRef } from '../../core/errors';
import { type Lang, t } from '../../i18n';
import { Grid, rect } from '../grid';
import { type ColumnSpec, readTable, type TableContext, type TableRecord } from './table';
import { headerRow, TEMPLATE_ROWS } from './template';

/**
 * The Motivation tab: one row per component of a scheme (a KPI matrix takes one row per KPI). The rows of a
 * scheme go together under its id; `readMotivation` builds a Scheme from them and puts every problem, the
 * engine's included, at the cell it comes from.
 */
export const MOTIVATION_COLUMNS: readonly ColumnSpec[] = [
  { key: 'mot.scheme', type: 'text', required: true, width: 80 },
  { key: 'mot.name', type: 'text', width: 190 },
  { key: 'mot.component', type: 'text', required: true, width: 120 },
  { key: 'mot.metric', type: 'text', width: 100 },
  { key: 'mot.scope', type: 'text', width: 80 },
  { key: 'mot.mode', type: 'text', width: 100 },
  { key: 'mot.by', type: 'text', width: 95 },
  { key: 'mot.tiers', type: 'text', width: 300 },
  { key: 'mot.rate', type: 'percent', width: 70 },
  { key: 'mot.target', type: 'number', width: 95 },
  { key: 'mot.gateMetric', type: 'text', width: 100 },
  { key: 'mot.gateMin', type: 'percent', width: 95 },
  { key: 'mot.cap', type: 'number', width: 90 },
  { key: 'mot.attainmentCap', type: 'percent', width: 95 },
  { key: 'mot.amount', type: 'number', width: 95 },
  { key: 'mot.recoverable', type: 'bool', width: 85 },
  { key: 'mot.kpi', type: 'text', width: 90 },
  { key: 'mot.weight', type: 'percent', width: 70 },
  { key: 'mot.t0', type: 'percent', width: 60 },
  { key: 'mot.tmax', type: 'percent', width: 60 },
  { key: 'mot.direction', type: 'text', width: 120 },
];

/** 1-based column of a field ('scheme', 'tiers', …). */
export const MOT_COL: Record<string, number> = {};
MOTIVATION_COLUMNS.forEach((c, i) => {
  MOT_COL[c.key.slice(4)] = i + 1;
});

const KINDS = ['salary', 'percent', 'tiered', 'target', 'kpi', 'pool', 'draw'] as const;
type Kind = (typeof KINDS)[number];
const OPTIONS = {
  kind: KINDS,
  scope: ['own', 'department'],
  mode: ['marginal', 'retro', 'linear', 'step'],
  by: ['amount', 'attainment'],
  direction: ['up', 'down'],
} as const;
type OptionGroup = keyof typeof OPTIONS;

/** A choice's label, e.g. mot.kind.tiered → «ступени». */
export function optionLabel(group: OptionGroup, value: string, lang: Lang): string {
  return t(`mot.${group}.${value}`, lang);
}

function optionLabels(group: OptionGroup, lang: Lang): string[] {
  return OPTIONS[group].map((v) => optionLabel(group, v, lang));
}

/** A choice typed in either language, or as its stored value. */
function findOption(text: string, group: OptionGroup): string | undefined {
  return findChoice(
    text,
    OPTIONS[group].map((v) => ({
      value: v,
      names: [v, optionLabel(group, v, 'ru'), optionLabel(group, v, 'en')],
    })),
  );
}

export function metricName(id: string, lang: Lang): string {
  return t(`bonus.metric.${id}`, lang);
}

/** A metric typed as its id or its name in either language; undefined when unknown. */
export function findMetric(text: string): string | undefined {
  return findChoice(
    text,
    BASE_METRICS.map((m) => ({ value: m, names: [m, metricName(m, 'ru'), metricName(m, 'en')] })),
  );
}

/** Where each built component came from, to put the engine's problems at their cells. */
interface ComponentSource {
  kind: Kind;
  row: number;
  /** KPI rows of a matrix, in order. */
  kpis: { id: string; row: number }[];
}

interface SchemeSource {
  id: string;
  name: string;
  firstRow: number;
  components: SchemeComponent[];
  sources: ComponentSource[];
}

/** Reads the Motivation tab (its getValues): the schemes by id. Every problem goes to `ctx.problems`. */
export function readMotivation(values: unknown[][], ctx: TableContext): Map<string, Scheme> {
  const records = readTable(values, MOTIVATION_COLUMNS, 2, ctx);
  const reader = new RowReader(ctx);
  const groups = new Map<string, SchemeSource>();
  let current: SchemeSource | undefined;
  let lastKpi: { component: KpiMatrixComponent; source: ComponentSource } | undefined;
  for (const r of records) {
    const id = reader.text(r, 'scheme');
    if (!id) continue;
    if (!current || current.id !== id) {
      const seen = groups.get(id);
      if (seen) {
        ctx.problems.add(ctx.tab, r.row, MOT_COL.scheme, 'motivation.schemeSplit', {
          scheme: id,
          first: seen.firstRow,
        });
        current = seen;
      } else {
        current = { id, name: '', firstRow: r.row, components: [], sources: [] };
        groups.set(id, current);
      }
      lastKpi = undefined;
    }
    if (!current.name) current.name = reader.text(r, 'name');
    const kind = reader.option(r, 'component', 'kind') as Kind | undefined;
    if (!kind) {
      lastKpi = undefined;
      continue;
    }
    if (kind === 'kpi') {
      const kpi = reader.kpi(r);
      if (lastKpi) {
        lastKpi.component.kpis.push(kpi);
        lastKpi.source.kpis.push({ id: kpi.id, row: r.row });
        continue;
      }
      const component = reader.kpiMatrix(r, kpi);
      const source: ComponentSource = { kind, row: r.row, kpis: [{ id: kpi.id, row: r.row }] };
      current.components.push(component);
      current.sources.push(source);
      lastKpi = { component, source };
      continue;
    }
    lastKpi = undefined;
    current.components.push(reader.component(r, kind));
    current.sources.push({ kind, row: r.row, kpis: [] });
  }
  if (groups.size === 0 && values.length > 0) {
    ctx.problems.add(ctx.tab, undefined, undefined, 'motivation.empty');
  }
  const out = new Map<string, Scheme>();
  for (const g of groups.values()) {
    const scheme: Scheme = { id: g.id, name: g.name || g.id, components: g.components };
    for (const p of validateScheme(scheme)) placeProblem(p, g, ctx);
    out.set(g.id, scheme);
  }
  return out;
}

/** Reads the cells of one row into component fields; unreadable cells become problems at the cell. */
class RowReader {
  constructor(private readonly ctx: TableContext) {}

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
        choices: optionLabels(group, this.ctx.lang).join(', '),
      });
    }
    return found;
  }

  /** A metric cell; blank gives `fallback`, an unknown name is a problem (and stays as typed). */
  metric(r: TableRecord, field: string, fallback: string | undefined): string | undefined {
    const text = this.text(r, field);
    if (!text) return fallback;
    const found = findMetric(text);
    if (!found) {
      this.problem(r, field, 'motivation.unknownMetric', {
        value: text,
        known: BASE_METRICS.map((m) => metricName(m, this.ctx.lang)).join(', '),
      });
      return text;
    }
    return found;
  }

  private gates(r: TableRecord, metric: string, scope: 'own' | 'department' | undefined): Gate[] | undefined {
    const gateMetric = this.metric(r, 'gateMetric', undefined);
    const min = this.attainment(r, 'gateMin');
    if (min === undefined) {
      if (gateMetric !== undefined) this.problem(r, 'gateMin', 'motivation.gateNeedsMin');
      return undefined;
    }
    return [{ type: 'attainment', metric: gateMetric ?? metric, ...(scope ? { scope } : {}), min }];
  }

  component(r: TableRecord, kind: Exclude<Kind, 'kpi'>): SchemeComponent {
    const amount = this.number(r, 'amount');
    if (kind === 'salary') return { kind, ...(amount !== undefined ? { amount } : {}) };
    if (kind === 'draw') {
      if (amount === undefined) this.problem(r, 'amount', 'settings.required');
      return { kind, amount: amount ?? 0, recoverable: r.get('mot.recoverable') === true };
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
    const scope = this.option(r, 'scope', 'scope') as 'own' | 'department' | undefined;
    const mode = this.option(r, 'mode', 'mode');
    const gates = this.gates(r, metric, scope);
    const attainmentCap = this.attainment(r, 'attainmentCap');
    const base = {
      ...common,
      ...(scope ? { scope } : {}),
      ...(gates ? { gates } : {}),
      ...(attainmentCap !== undefined ? { attainmentCap } : {}),
    };
    const tiersText = this.text(r, 'tiers');
    const curveMode = mode === 'linear' || mode === 'step';
    if (kind === 'tiered') {
      if (curveMode) this.modeProblem(r, kind, mode);
      const by = (this.option(r, 'by', 'by') as 'amount' | 'attainment' | undefined) ?? 'amount';
      if (!tiersText) this.problem(r, 'tiers', 'settings.required');
      const tiers = tiersText ? this.tiers(r, tiersText, by) : [];
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
    const target = this.number(r, 'target');
    const withTarget = { ...base, ...(target !== undefined ? { target } : {}) };
    if (curveMode) {
      if (!tiersText) this.problem(r, 'tiers', 'settings.required');
      const points = tiersText ? this.points(r, tiersText) : [];
      return { kind, ...withTarget, curve: { points, mode: mode as 'linear' | 'step' } };
    }
    return { kind, ...withTarget, ...(tiersText ? { bands: this.bands(r, tiersText) } : {}), ...bandMode };
  }

  private modeProblem(r: TableRecord, kind: Kind, mode: string | undefined): void {
    this.problem(r, 'mode', 'motivation.modeNotFor', {
      value: optionLabel('mode', String(mode), this.ctx.lang),
      kind: msgRef(`mot.kind.${kind}`),
    });
  }

  /** The matrix itself (target, cap, gate) comes from its first KPI row. */
  kpiMatrix(r: TableRecord, first: SchemeKpi): KpiMatrixComponent {
    const target = this.number(r, 'target');
    const cap = this.number(r, 'cap');
    const gates = this.gates(r, 'revenue', undefined);
    return {
      kind: 'kpi',
      kpis: [first],
      ...(target !== undefined ? { target } : {}),
      ...(cap !== undefined ? { cap } : {}),
      ...(gates ? { gates } : {}),
    };
  }

  kpi(r: TableRecord): SchemeKpi {
    const id = this.metric(r, 'kpi', undefined) ?? '';
    if (!id) this.problem(r, 'kpi', 'settings.required');
    const weight = this.rate(r, 'weight');
    if (weight === undefined) this.problem(r, 'weight', 'settings.required');
    const t0 = this.attainment(r, 't0');
    const tmax = this.attainment(r, 'tmax');
    const direction = this.option(r, 'direction', 'direction') as 'up' | 'down' | undefined;
    const mode = this.option(r, 'mode', 'mode');
    if (mode === 'marginal' || mode === 'retro') this.modeProblem(r, 'kpi', mode);
    const tiersText = this.text(r, 'tiers');
    const scale = tiersText
      ? {
          scale: {
            points: this.points(r, tiersText),
            mode: mode === 'step' ? ('step' as const) : ('linear' as const),
          },
        }
      : {};
    return {
      id,
      ...(BASE_METRICS.includes(id) ? { label: `bonus.metric.${id}` } : {}),
      weight: weight ?? 0,
      ...(direction ? { direction } : {}),
      ...(t0 !== undefined ? { t0 } : {}),
      ...(tmax !== undefined ? { tmax } : {}),
      ...scale,
    };
  }

  private pairs(r: TableRecord, text: string, expected: string): Pair[] {
    const out: Pair[] = [];
    text
      .split(/[;\n]/)
      .map((s) => s.trim())
      .filter(Boolean)
      .forEach((item, i) => {
        const pair = parsePair(item, this.ctx.lang);
        if (pair) out.push({ ...pair, item, index: i + 1 });
        else
          this.problem(r, 'tiers', 'motivation.badItem', { index: i + 1, item, expected: msgRef(expected) });
      });
    return out;
  }

  private tiers(r: TableRecord, text: string, by: 'amount' | 'attainment'): SchemeTier[] {
    const expected = by === 'amount' ? 'mot.format.tiers' : 'mot.format.tiersPlan';
    const out: SchemeTier[] = [];
    for (const p of this.pairs(r, text, expected)) {
      if (p.left.mult || p.value.mult) {
        this.problem(r, 'tiers', 'motivation.badItem', {
          index: p.index,
          item: p.item,
          expected: msgRef(expected),
        });
        continue;
      }
      if (by === 'amount' && p.left.percent) {
        this.problem(r, 'tiers', 'motivation.percentThreshold', { index: p.index, item: p.item });
        continue;
      }
      const tier: SchemeTier = {
        from: by === 'amount' ? p.left.value : tokenAttainment(p.left),
        rate: tokenRate(p.value),
      };
      for (const e of p.extras) {
        if (e.salary) tier.salaryRate = tokenRate(e.token);
        else tier.fixed = e.token.value;
      }
      out.push(tier);
    }
    return out;
  }

  private bands(r: TableRecord, text: string): Band[] {
    const out: Band[] = [];
    for (const p of this.pairs(r, text, 'mot.format.bands')) {
      if (p.extras.length > 0 || p.left.mult) {
        this.problem(r, 'tiers', 'motivation.badItem', {
          index: p.index,
          item: p.item,
          expected: msgRef('mot.format.bands'),
        });
        continue;
      }
      out.push({
        from: tokenAttainment(p.left),
        multiplier: p.value.percent ? p.value.value / 100 : p.value.value,
      });
    }
    return out;
  }

  private points(r: TableRecord, text: string): CurvePoint[] {
    const out: CurvePoint[] = [];
    for (const p of this.pairs(r, text, 'mot.format.curve')) {
      if (p.extras.length > 0 || p.left.mult) {
        this.problem(r, 'tiers', 'motivation.badItem', {
          index: p.index,
          item: p.item,
          expected: msgRef('mot.format.curve'),
        });
        continue;
      }
      out.push({ x: tokenAttainment(p.left), y: p.value.percent ? p.value.value / 100 : p.value.value });
    }
    return out;
  }
}

/** A plain rate above 1 means percent (5 → 5 %); 0.05 is a fraction. */
export const asRate = (v: number): number => (v > 1 ? v / 100 : v);
/** A plain attainment above 3 means percent (80 → 80 %); 0.8 and 1.3 are fractions. */
export const asAttainment = (v: number): number => (v > 3 ? v / 100 : v);

interface Token {
  value: number;
  percent: boolean;
  mult: boolean;
}

interface Pair {
  left: Token;
  value: Token;
  extras: { token: Token; salary: boolean }[];
  item: string;
  index: number;
}

const tokenRate = (tk: Token) => (tk.percent ? tk.value / 100 : asRate(tk.value));
const tokenAttainment = (tk: Token) => (tk.percent ? tk.value / 100 : asAttainment(tk.value));

/** "500 000", "7,5 %", "×1,5", "1.5x" → a token; undefined when it is not a number. */
function parseToken(text: string, lang: Lang): Token | undefined {
  let s = text.trim();
  let mult = false;
  if (/^[×xх*]/i.test(s)) {
    mult = true;
    s = s.slice(1);
  } else if (/[×xх]$/i.test(s)) {
    mult = true;
    s = s.slice(0, -1);
  }
  s = s.trim();
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  const value = parseNumberText(s, lang);
  return value === undefined ? undefined : { value, percent, mult };
}

/** "750 000 → 7,5 % + 10 % оклада + 5 000": a threshold, a value and extras (a share of salary, a fixed sum). */
function parsePair(item: string, lang: Lang): Omit<Pair, 'item' | 'index'> | undefined {
  const sides = item.split(/→|->|=>|:/);
  if (sides.length !== 2) return undefined;
  const left = parseToken(sides[0], lang);
  const [first, ...rest] = sides[1].split('+');
  const value = parseToken(first, lang);
  if (!left || !value) return undefined;
  const extras: Pair['extras'] = [];
  for (const e of rest) {
    const salary = /оклад|salary/i.test(e);
    const token = parseToken(e.replace(/оклада?|of salary|salary/gi, ''), lang);
    if (!token || token.mult) return undefined;
    extras.push({ token, salary });
  }
  return { left, value, extras };
}

/** The column an engine problem is about, by its code and params. */
function problemField(code: string, params: ErrorParams, kind: Kind): string {
  const c = code.replace(/^bonus\.(component|kpiScale)\./, '');
  if (code.startsWith('bonus.kpiScale.')) return 'tiers';
  if (/^(tiers|bands|curve)\./.test(c) || c === 'bandsAndCurve') return 'tiers';
  if (c.startsWith('gate.')) return c === 'gate.unknownMetric' ? 'gateMetric' : 'gateMin';
  if (c.startsWith('kpi.')) {
    if (c === 'kpi.noId' || c === 'kpi.duplicateId') return 'kpi';
    if (c === 'kpi.badDirection') return 'direction';
    if (c === 'kpi.badLimit') return String(params.field) === 'tmax' ? 'tmax' : 't0';
    if (c === 'kpi.t0AboveTmax') return 't0';
    if (c === 'kpi.badScaleMode') return 'mode';
    return 'weight';
  }
  switch (c) {
    case 'unknownMetric':
      return 'metric';
    case 'badScope':
      return 'scope';
    case 'badAttainmentCap':
      return 'attainmentCap';
    case 'badRate':
    case 'negativeRate':
      return 'rate';
    case 'badMode':
    case 'badCurveMode':
      return 'mode';
    case 'badBy':
      return 'by';
    case 'badCap':
      return 'cap';
    case 'badAmount':
      return params.field === 'target' ? 'target' : 'amount';
    case 'pool.amountOrRate':
      return 'amount';
    case 'pool.badThreshold':
      return 'gateMin';
    case 'draw.badRecoverable':
      return 'recoverable';
    default:
      return kind === 'kpi' ? 'kpi' : 'component';
  }
}

const hasProblemAt = (ctx: TableContext, row: number, col: number) =>
  ctx.problems.list.some((q) => q.tab === ctx.tab && q.row === row && q.col === col);

/** Puts an engine problem at its cell, unless the reader already reported a problem there. */
function placeProblem(p: Problem, g: SchemeSource, ctx: TableContext): void {
  const index = Number(p.params.component);
  const source = Number.isInteger(index) ? g.sources[index - 1] : undefined;
  let row = g.firstRow;
  let col = MOT_COL.scheme;
  const params: ErrorParams = { ...p.params };
  if (source) {
    const field = problemField(p.code, p.params, source.kind);
    col = MOT_COL[field];
    row = source.row;
    if (source.kind === 'kpi' && p.params.kpi !== undefined) {
      const kpi = String(p.params.kpi);
      const byIndex = /^#(\d+)$/.exec(kpi);
      const found = byIndex
        ? source.kpis[Number(byIndex[1]) - 1]
        : p.code.endsWith('duplicateId')
          ? [...source.kpis].reverse().find((k) => k.id === kpi)
          : source.kpis.find((k) => k.id === kpi);
      if (found) row = found.row;
    }
    params.kind = msgRef(`mot.kind.${source.kind}`);
    if (typeof params.field === 'string' && MOT_COL[params.field])
      params.field = msgRef(`col.mot.${params.field}`);
  }
  if (hasProblemAt(ctx, row, col)) return;
  ctx.problems.add(ctx.tab, row, col, p.code, params);
}

type Example = [scheme: string, kind: Kind, cells: Partial<Record<string, string | number | boolean>>];

/** The example schemes, matching the scheme ids of the Team template. */
function examples(lang: Lang): Example[] {
  const ru = lang === 'ru';
  const pool = { metric: 'revenue', gateMin: 1, amount: 50000 };
  return [
    ['S1', 'salary', {}],
    [
      'S1',
      'tiered',
      {
        metric: 'revenue',
        scope: 'own',
        mode: 'marginal',
        by: 'amount',
        tiers: ru ? '0 → 2 %; 2 000 000 → 4 %; 3 000 000 → 6 %' : '0 → 2%; 2,000,000 → 4%; 3,000,000 → 6%',
        gateMin: 0.8,
      },
    ],
    ['S1', 'pool', pool],
    ['S2', 'salary', {}],
    [
      'S2',
      'target',
      {
        metric: 'revenue',
        scope: 'own',
        mode: 'marginal',
        tiers: ru ? '100 % → ×1,5; 130 % → ×2' : '100% → ×1.5; 130% → ×2',
        attainmentCap: 2,
      },
    ],
    ['S2', 'kpi', { target: 10000, kpi: 'deals', weight: 0.6, t0: 0.5, tmax: 1.5, direction: 'up' }],
    ['S2', 'kpi', { kpi: 'calls', weight: 0.4, t0: 0.5, tmax: 1.2, direction: 'up' }],
    ['S2', 'pool', pool],
    ['HEAD', 'salary', {}],
    [
      'HEAD',
      'tiered',
      {
        metric: 'revenue',
        scope: 'department',
        mode: 'marginal',
        by: 'attainment',
        tiers: ru ? '100 % → 5 %' : '100% → 5%',
      },
    ],
  ];
}

const PERCENT_FIELDS = ['rate', 'gateMin', 'attainmentCap', 'weight', 't0', 'tmax'];
const MONEY_FIELDS = ['target', 'cap', 'amount'];

/** A new Motivation tab: header with notes, choices as drop-downs, and the example schemes. */
export function motivationTemplate(lang: Lang): Grid {
  const rows = examples(lang);
  const g = new Grid(Math.max(TEMPLATE_ROWS, rows.length + 1), MOTIVATION_COLUMNS.length);
  headerRow(g, MOTIVATION_COLUMNS, lang);
  let previous = '';
  rows.forEach(([scheme, kind, cells], i) => {
    const row = i + 2;
    g.text(row, MOT_COL.scheme, scheme);
    if (scheme !== previous) g.text(row, MOT_COL.name, t(`mot.example.${scheme}`, lang));
    previous = scheme;
    g.text(row, MOT_COL.component, optionLabel('kind', kind, lang));
    for (const [field, v] of Object.entries(cells)) {
      if (v === undefined) continue;
      const col = MOT_COL[field];
      if (field === 'metric' || field === 'kpi') g.text(row, col, metricName(String(v), lang));
      else if (field === 'scope' || field === 'mode' || field === 'by' || field === 'direction')
        g.text(row, col, optionLabel(field, String(v), lang));
      else if (typeof v === 'string') g.text(row, col, v);
      else g.set(row, col, v);
    }
  });
  const body = (field: string) => rect(2, MOT_COL[field], g.rows - 1, 1);
  const list = (field: string, values: string[]) =>
    g.validations.push({
      rect: body(field),
      rule: { kind: 'list', values, help: t(`note.mot.${field}`, lang) },
    });
  list('component', optionLabels('kind', lang));
  const metrics = BASE_METRICS.map((m) => metricName(m, lang));
  list('metric', metrics);
  list('gateMetric', metrics);
  list('kpi', metrics);
  list('scope', optionLabels('scope', lang));
  list('mode', optionLabels('mode', lang));
  list('by', optionLabels('by', lang));
  list('direction', optionLabels('direction', lang));
  g.validations.push({ rect: body('recoverable'), rule: { kind: 'checkbox' } });
  for (const f of PERCENT_FIELDS) g.format(body(f), '0.##%');
  for (const f of MONEY_FIELDS) g.format(body(f), '#,##0');
  g.frozenCols = 2;
  return g;
}
