import { isBlank, readNumber } from '../../core/cells';
import { msgRef } from '../../core/errors';
import type { SeasonalityMode } from '../../core/seasonality';
import { DEFAULT_RAMP, type GapPolicy, type TeamSplit } from '../../core/team';
import type { Lang, MessageKey } from '../../i18n';
import { monthName, t } from '../../i18n';
import { FORMAT } from '../formats';
import { Grid, rect } from '../grid';
import { type KeyedSpec, keyedTemplate, keyRows, readKeyed } from './keyed';
import { choiceLabel, readsTwoWays, type TableContext } from './table';

/** The Plan tab: key–value parameters, then a 12-month table (coefficients, monthly plans, history). */
export const PLAN_KEYS: readonly KeyedSpec[] = [
  { key: 'year', type: 'number', required: true, format: '0' },
  { key: 'currency', type: 'text', example: 'RUB' },
  { key: 'revenueYear', type: 'number', min: 0, format: FORMAT.count },
  { key: 'seasonality', type: 'choice', choices: ['equal', 'coefficients', 'history'] },
  { key: 'historyMethod', type: 'choice', choices: ['mean', 'median'] },
  {
    key: 'teamSplit',
    type: 'choice',
    choices: ['share', 'grade', 'equal'],
    // The drop-down says «равномерно» as seasonality does; splitting among people, one says «поровну».
    also: { equal: ['поровну', 'equally'] },
  },
  { key: 'avgCheck', type: 'number', min: 0, format: FORMAT.count },
  { key: 'receiptsYear', type: 'number', min: 0, format: FORMAT.count },
  { key: 'revenueStep', type: 'number', min: 0, format: '#,##0.##' },
  { key: 'countStep', type: 'number', min: 0, format: '0.##' },
  { key: 'gapPolicy', type: 'choice', choices: ['redistribute', 'showGap'] },
  { key: 'ramp', type: 'text' },
  { key: 'redBelow', type: 'percent', min: 0, format: '0%' },
  { key: 'amberBelow', type: 'percent', min: 0, format: '0%' },
  { key: 'prorateSalary', type: 'bool' },
];

/** Month table columns after the month label: coefficient, revenue, receipts, then history years. */
export const PLAN_MONTH_COLS = { month: 2, coefficient: 3, revenue: 4, receipts: 5, history: 6 };
const MONTH_COLS = PLAN_MONTH_COLS;
const HISTORY_YEARS = 3;

export interface PlanSettings {
  year: number;
  currency: string;
  revenue: { yearly: number } | { monthly: number[] };
  receipts?: { yearly: number } | { monthly: number[] };
  seasonality: SeasonalityMode;
  teamSplit: TeamSplit;
  avgCheck: number | null;
  revenueStep: number;
  countStep: number;
  gapPolicy: GapPolicy;
  ramp: number[];
  redBelow: number;
  amberBelow: number;
  /** Salary for the days worked: the fixed salary × own working days ÷ the month's working days. */
  prorateSalary: boolean;
  /** Where each value was read: decomposition problems point at the cell responsible. */
  cells: PlanCells;
}

export interface PlanCells {
  /** Row of each key present (its value is in column C). */
  keys: Map<string, number>;
  /** Row of the month table's header (month m is on row `monthsRow + m`). */
  monthsRow?: number;
  /** The history columns read, in order (a blank history column is skipped). */
  historyCols: number[];
}

export function readPlan(values: unknown[][], ctx: TableContext): PlanSettings | null {
  const before = ctx.problems.list.length;
  const kv = readKeyed(values, PLAN_KEYS, ctx);
  const get = <T>(key: string, fallback: T): T => (kv.get(key) ?? fallback) as T;
  const rows = keyRows(values);
  const year = get<number | null>('year', null);
  const monthsRow = rows.get('months');
  const months = monthsRow === undefined ? null : readMonths(values, monthsRow, ctx);
  if (year !== null && (!Number.isInteger(year) || year < 2000 || year > 2100)) {
    ctx.problems.add(ctx.tab, rows.get('year'), 3, 'plan.badYear', { value: String(year) });
  }
  const revenueYear = get<number | null>('revenueYear', null);
  let revenue: PlanSettings['revenue'] | null = null;
  if (months?.revenue) revenue = { monthly: months.revenue };
  else if (revenueYear !== null) revenue = { yearly: revenueYear };
  else ctx.problems.add(ctx.tab, rows.get('revenueYear'), 3, 'plan.noRevenue');
  const receiptsYear = get<number | null>('receiptsYear', null);
  const receipts = months?.receipts
    ? { monthly: months.receipts }
    : receiptsYear !== null
      ? { yearly: receiptsYear }
      : undefined;

  const mode = get<string>('seasonality', 'equal');
  let seasonality: SeasonalityMode = { kind: 'equal' };
  if (mode === 'coefficients') {
    if (!months?.coefficients)
      ctx.problems.add(ctx.tab, monthsRow, MONTH_COLS.coefficient, 'plan.noCoefficients');
    else seasonality = { kind: 'coefficients', coefficients: months.coefficients };
  } else if (mode === 'history') {
    if (!months?.history.length) ctx.problems.add(ctx.tab, monthsRow, MONTH_COLS.history, 'plan.noHistory');
    else seasonality = { kind: 'history', history: months.history, method: get('historyMethod', 'mean') };
  }
  const ramp = readRamp(get<string>('ramp', ''), ctx, rows.get('ramp'));
  const redBelow = get('redBelow', 0.7);
  const amberBelow = get('amberBelow', 1);
  checkThresholds(redBelow, amberBelow, ctx, rows);
  if (ctx.problems.list.length > before || year === null || revenue === null) return null;
  return {
    year,
    currency: get('currency', 'RUB'),
    revenue,
    ...(receipts ? { receipts } : {}),
    seasonality,
    teamSplit: get('teamSplit', 'share'),
    avgCheck: get<number | null>('avgCheck', null) || null,
    revenueStep: get<number | null>('revenueStep', null) || 1,
    countStep: get<number | null>('countStep', null) || 1,
    gapPolicy: get('gapPolicy', 'redistribute'),
    ramp,
    redBelow,
    amberBelow,
    prorateSalary: get('prorateSalary', true),
    cells: { keys: rows, monthsRow, historyCols: months?.historyCols ?? [] },
  };
}

/** Only the salary setting (on when absent or blank, as in RU practice), for actions that need no plan. */
export function readProrateSalary(values: unknown[][], ctx: TableContext): boolean {
  const spec = PLAN_KEYS.find((k) => k.key === 'prorateSalary')!;
  return (readKeyed(values, [spec], ctx).get('prorateSalary') as boolean | null | undefined) ?? true;
}

/** Only the currency (RUB when blank), for actions that need no plan. */
export function readPlanCurrency(values: unknown[][], ctx: TableContext): string {
  const spec = PLAN_KEYS.find((k) => k.key === 'currency')!;
  return String(readKeyed(values, [spec], ctx).get('currency') ?? '').trim() || 'RUB';
}

/** The traffic light needs red below amber: swapped thresholds would paint everyone the wrong colour. */
function checkThresholds(red: number, amber: number, ctx: TableContext, rows: Map<string, number>): void {
  if (red < amber) return;
  const row = rows.get('redBelow') ?? rows.get('amberBelow');
  ctx.problems.add(ctx.tab, row, row === undefined ? undefined : 3, 'plan.thresholdsSwapped', {
    red: asPercent(red),
    amber: asPercent(amber),
  });
}

/** 1.5 → 150, 0.705 → 70.5: a threshold as the percent a person typed (no float noise). */
function asPercent(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}

/**
 * "25%; 50%; 75%; 100%" or «25 %; 50 %» → [0.25, 0.5, 0.75, 1]; blank → the default ramp. Text with no share
 * in it («;») is a problem, not an empty ramp.
 */
function readRamp(text: string, ctx: TableContext, row: number | undefined): number[] {
  if (isBlank(text)) return [...DEFAULT_RAMP];
  const parts = String(text)
    .replace(/(\d)\s+%/g, '$1%')
    .split(/[;\s/]+/)
    .filter((p) => p !== '');
  if (parts.length === 0) {
    ctx.problems.add(ctx.tab, row, 3, 'plan.badRamp', { value: text });
    return [...DEFAULT_RAMP];
  }
  const out: number[] = [];
  for (const p of parts) {
    const r = readNumber(p, ctx.lang);
    if (!r.ok) {
      ctx.problems.add(ctx.tab, row, 3, 'plan.badRamp', { value: text });
      return [...DEFAULT_RAMP];
    }
    out.push(r.value > 1 ? r.value / 100 : r.value);
  }
  return out;
}

function readMonths(values: unknown[][], headerRow: number, ctx: TableContext) {
  // Each month column names itself in its problems (a bad coefficient is «Коэффициент», not «Месяц»).
  const column = (col: number, label: string): number[] | null => {
    const cells = Array.from({ length: 12 }, (_, m) => values[headerRow + m]?.[col - 1]);
    if (cells.every(isBlank)) return null;
    // A half-filled column is one problem at its first blank, not one per blank month.
    const blanks = cells.filter(isBlank).length;
    if (blanks > 0)
      ctx.problems.add(ctx.tab, headerRow + cells.findIndex(isBlank) + 1, col, 'check.partialMonths', {
        column: msgRef(label),
        count: blanks,
      });
    return cells.map((v, m) => {
      if (isBlank(v) || readsTwoWays(v, headerRow + m + 1, col, ctx)) return 0;
      const r = readNumber(v, ctx.lang);
      if (r.ok && r.value >= 0) return r.value;
      ctx.problems.add(ctx.tab, headerRow + m + 1, col, r.ok ? 'settings.belowMin' : 'settings.notNumber', {
        column: msgRef(label),
        value: String(v),
        min: 0,
      });
      return 0;
    });
  };
  const history: (number | null)[][] = [];
  const historyCols: number[] = [];
  for (let k = 0; k < HISTORY_YEARS; k++) {
    const col = MONTH_COLS.history + k;
    const cells = Array.from({ length: 12 }, (_, m) => values[headerRow + m]?.[col - 1]);
    if (cells.every(isBlank)) continue;
    historyCols.push(col);
    history.push(
      cells.map((v, m) => {
        if (isBlank(v) || readsTwoWays(v, headerRow + m + 1, col, ctx)) return null;
        const r = readNumber(v, ctx.lang);
        if (r.ok) return r.value;
        ctx.problems.add(ctx.tab, headerRow + m + 1, col, 'settings.notNumber', {
          column: msgRef('col.history'),
          value: String(v),
        });
        return null;
      }),
    );
  }
  return {
    coefficients: column(MONTH_COLS.coefficient, 'col.coefficient'),
    revenue: column(MONTH_COLS.revenue, 'col.revenueMonth'),
    receipts: column(MONTH_COLS.receipts, 'col.receiptsMonth'),
    history,
    historyCols,
  };
}

/** A new Plan tab: 120 M a year with last years' sales as seasonality. */
export function planTemplate(lang: Lang, year: number): Grid {
  const first = 2;
  const monthsRow = first + PLAN_KEYS.length + 1;
  const g = new Grid(monthsRow + 12, MONTH_COLS.history + HISTORY_YEARS - 1);
  const examples = planExamples(lang, year);
  keyedTemplate(
    g,
    PLAN_KEYS.map((k) => ({ ...k, example: examples[k.key] })),
    lang,
    first,
  );
  keyValidations(g, lang, first);
  monthsHeader(g, lang, year, monthsRow);
  monthsExample(g, lang, monthsRow);
  for (let c = MONTH_COLS.coefficient; c < MONTH_COLS.history + HISTORY_YEARS; c++) g.widths[c] = 130;
  return g;
}

/** The example value of each key of the template. */
function planExamples(lang: Lang, year: number): Record<string, string | number | boolean> {
  return {
    year,
    currency: 'RUB',
    revenueYear: 120_000_000,
    seasonality: choiceLabel('history', lang),
    historyMethod: choiceLabel('mean', lang),
    teamSplit: choiceLabel('share', lang),
    avgCheck: 200_000,
    receiptsYear: 108_000_000,
    revenueStep: 1000,
    countStep: 1,
    gapPolicy: choiceLabel('redistribute', lang),
    ramp: '25%; 50%; 75%; 100%',
    redBelow: 0.7,
    amberBelow: 1,
    prorateSalary: true,
  };
}

/** A drop-down of its choices on each choice key, a checkbox on each yes/no key. */
function keyValidations(g: Grid, lang: Lang, first: number): void {
  PLAN_KEYS.forEach((k, i) => {
    if (k.type === 'choice') {
      g.validations.push({
        rect: rect(first + i, 3),
        rule: {
          kind: 'list',
          values: (k.choices ?? []).map((c) => choiceLabel(c, lang)),
          help: t(`note.${k.key}`, lang),
        },
      });
    }
    if (k.type === 'bool') g.validations.push({ rect: rect(first + i, 3), rule: { kind: 'checkbox' } });
  });
}

/** Last years' monthly sales of the example, in millions (the year before last, then last year). */
const HISTORY_EXAMPLE = [
  [6.1, 6.8, 8.2, 8.0, 7.4, 7.9, 7.2, 7.6, 9.1, 9.6, 10.2, 12.9],
  [6.9, 7.5, 9.0, 8.8, 8.1, 8.6, 7.8, 8.3, 10.0, 10.6, 11.3, 14.1],
];

/** The months table's header: its marker, the month columns and one per history year, each with a note. */
function monthsHeader(g: Grid, lang: Lang, year: number, monthsRow: number): void {
  g.text(monthsRow, 1, 'months');
  const heads: [MessageKey, MessageKey][] = [
    ['col.month', 'note.month'],
    ['col.coefficient', 'note.coefficient'],
    ['col.revenueMonth', 'note.revenueMonth'],
    ['col.receiptsMonth', 'note.receiptsMonth'],
  ];
  heads.forEach(([head, note], i) => {
    g.text(monthsRow, MONTH_COLS.month + i, t(head, lang));
    g.note(monthsRow, MONTH_COLS.month + i, t(note, lang));
  });
  const years = HISTORY_EXAMPLE.length;
  for (let k = 0; k < HISTORY_YEARS; k++) {
    if (k < years) g.set(monthsRow, MONTH_COLS.history + k, year - years + k);
    else g.text(monthsRow, MONTH_COLS.history + k, t('col.history', lang));
    g.note(monthsRow, MONTH_COLS.history + k, t('note.history', lang));
  }
  g.header(rect(monthsRow, MONTH_COLS.month, 1, MONTH_COLS.history + HISTORY_YEARS - MONTH_COLS.month));
  // The years centered: a right-aligned «2025» would touch the next column's left-aligned «История».
  g.align(rect(monthsRow, MONTH_COLS.history, 1, HISTORY_YEARS), 'center');
}

/** The twelve months with last years' sales, and the formats of the monthly figures. */
function monthsExample(g: Grid, lang: Lang, monthsRow: number): void {
  for (let m = 0; m < 12; m++) {
    const row = monthsRow + 1 + m;
    g.text(row, MONTH_COLS.month, monthName(m + 1, lang));
    HISTORY_EXAMPLE.forEach((h, k) => {
      g.set(row, MONTH_COLS.history + k, Math.round(h[m] * 1_000_000));
    });
  }
  g.format(rect(monthsRow + 1, MONTH_COLS.revenue, 12, 2 + HISTORY_YEARS), FORMAT.count);
  g.format(rect(monthsRow + 1, MONTH_COLS.coefficient, 12, 1), '0.00');
}
