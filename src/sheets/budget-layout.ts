import { isBlank, readNumber } from '../core/cells';
import { MONTHS } from '../core/seasonality';
import { type Lang, t } from '../i18n';
import { a1 } from './grid';

/**
 * The Budget tab («Бюджет 2026» / "Budget 2026"): where everything sits, and how the assumptions the finance
 * person typed are read back by their keys (column A, hidden), wherever rows were inserted.
 *
 *   row 1  title; row 2  what the snapshot is and where it came from; row 3  notes (a provisional calendar,
 *          the carry-over's source); row 4  header (item, value, January…December, year); row 5 (hidden) the
 *          key row: `spk:value` over the value column, `spk:m1`…`spk:m12` over the months, so an old tab is read
 *          by marker wherever columns were inserted (a tab without them: by position)
 *   then the blocks, each a header row and its rows, keyed in column A:
 *   assumptions  (`a:` + the core's field path: "a:grossMargin", "a:terms.plus1", "a:scenarios[2]"…): the value
 *                in C; a per-month assumption also has its twelve months, each `=$C$row` unless a number was
 *                typed over it. A cell holding the very formula the tab writes there is a default the menu
 *                action refreshes; a number or any other formula is the person's and is kept;
 *   snapshot     (`s:revenue`, `s:fund1`…): values written by the action, the date in the block's header;
 *   budget       (`r:revenue`…), each scenario (`s1:revenue`…), side by side (`x:revenue`), year over year
 *                (`y1:history`…), customers (`c:base`…): native formulas only.
 */
export const BUDGET = {
  titleRow: 1,
  infoRow: 2,
  noteRow: 3,
  headerRow: 4,
  keyRow: 5,
  firstRow: 6,
  col: { key: 1, label: 2, value: 3, firstMonth: 4, total: 4 + MONTHS },
} as const;

/** The column of month `i` (0 = January). */
export const monthCol = (i: number): number => BUDGET.col.firstMonth + i;

/** The month indexes 0 (January) … 11. */
export const MONTH_INDEXES: readonly number[] = Array.from({ length: MONTHS }, (_, i) => i);

/** The year column's formula of a row: the sum of its twelve months. */
export const yearSum = (row: number): string =>
  `=SUM(${a1(row, monthCol(0))}:${a1(row, monthCol(MONTHS - 1))})`;

/** The key row's markers: the value column's and month `i`'s (0 = January). */
export const VALUE_MARKER = 'spk:value';
export const monthMarker = (i: number): string => `spk:m${i + 1}`;

export function budgetTabName(year: number, lang: Lang): string {
  return t('tab.budget', lang, { year });
}

/** An assumption's kind: how its cell is formatted and validated. */
export type AssumptionKind = 'share' | 'money' | 'count' | 'percent';

export interface AssumptionSpec {
  /** The core's field path: the row key is `a:` + it, a problem's field names it. */
  field: string;
  kind: AssumptionKind;
  /** Twelve month cells after the value (the value is each month's default). */
  perMonth?: boolean;
  /** Twelve month cells and no value (new customers: the plan's deals by default). */
  monthsOnly?: boolean;
  /** Blank means the default (the core's own), not 0. */
  optional?: boolean;
}

export const TERM_KEYS = ['advance', 'sameMonth', 'plus1', 'plus2', 'plus3'] as const;
export const SCENARIO_COUNT = 3;

/** The assumptions block, top to bottom. */
export const ASSUMPTIONS: readonly AssumptionSpec[] = [
  { field: 'repeatShare', kind: 'share', perMonth: true },
  { field: 'grossMargin', kind: 'share', perMonth: true },
  { field: 'costOfSale', kind: 'share', perMonth: true },
  { field: 'costPerLead', kind: 'money', perMonth: true },
  ...TERM_KEYS.map((k) => ({ field: `terms.${k}`, kind: 'share' as const })),
  ...Array.from({ length: SCENARIO_COUNT }, (_, i) => ({
    field: `scenarios[${i}]`,
    kind: 'percent' as const,
  })),
  ...[0, 1, 2].map((i) => ({ field: `carry.lastQuarter[${i}]`, kind: 'money' as const, optional: true })),
  { field: 'carry.nextJanuary', kind: 'money', optional: true },
  { field: 'customers.newCustomers', kind: 'count', monthsOnly: true },
  { field: 'customers.existingCustomers', kind: 'count' },
  { field: 'customers.retention', kind: 'share' },
  { field: 'customers.purchasesPerMonth', kind: 'count' },
  { field: 'customers.avgCheck', kind: 'money', optional: true },
  { field: 'customers.margin', kind: 'share', optional: true },
  { field: 'customers.discount', kind: 'share' },
  { field: 'customers.periods', kind: 'count', optional: true },
];

export const assumptionKey = (field: string): string => `a:${field}`;

/**
 * What a cell holds as the person left it: a number, blank, a default (the very formula the tab writes there),
 * a formula of their own (kept as typed, its value read), or text that is no number.
 */
export type CellRead =
  | { kind: 'number'; value: number }
  | { kind: 'blank' }
  | { kind: 'default' }
  | { kind: 'formula'; formula: string; value: number }
  | { kind: 'bad'; text: string };

/** The old tab's value column and month columns (0 = January). */
export interface AssumptionCols {
  value: number;
  months: readonly number[];
}

/** The assumptions typed on an old tab, by field, and where each row was (problems point at its cells). */
export interface TypedAssumptions {
  value: Map<string, CellRead>;
  months: Map<string, CellRead[]>;
  rows: Map<string, number>;
  cols: AssumptionCols;
}

const POSITIONAL_COLS: AssumptionCols = {
  value: BUDGET.col.value,
  months: MONTH_INDEXES.map(monthCol),
};

/**
 * Reads the assumptions block of an old Budget tab by its keys: `values` its evaluated cells, `formulas`
 * its formulas (the formula the tab writes as a cell's default is a default, any other is the person's).
 * Null when the tab has no assumption key.
 */
export function readTypedAssumptions(
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly string[])[],
  lang: Lang,
): TypedAssumptions | null {
  const keyRows = new Map<string, number>();
  values.forEach((row, r) => {
    const key = String(row[BUDGET.col.key - 1] ?? '');
    if (key && !keyRows.has(key)) keyRows.set(key, r + 1);
  });
  const cols = assumptionCols(values);
  const out: TypedAssumptions = { value: new Map(), months: new Map(), rows: new Map(), cols };
  for (const spec of ASSUMPTIONS) {
    const row = keyRows.get(assumptionKey(spec.field));
    if (row === undefined) continue;
    const defaults = defaultFormulas(spec, row, keyRows, cols);
    const cell = (c: number, own: readonly string[]) =>
      readCell(values[row - 1][c - 1], formulas[row - 1]?.[c - 1] ?? '', own, lang);
    out.rows.set(spec.field, row);
    if (!spec.monthsOnly) out.value.set(spec.field, cell(cols.value, defaults.value));
    if (spec.perMonth || spec.monthsOnly)
      out.months.set(
        spec.field,
        cols.months.map((c, i) => cell(c, [defaults.month(i)])),
      );
  }
  return out.rows.size ? out : null;
}

/** The value and month columns by the key row's markers; a tab without them (or missing one): by position. */
function assumptionCols(values: readonly (readonly unknown[])[]): AssumptionCols {
  for (const row of values) {
    const value = row.indexOf(VALUE_MARKER) + 1;
    if (value === 0) continue;
    const months = MONTH_INDEXES.map((i) => row.indexOf(monthMarker(i)) + 1);
    if (months.every((c) => c > 0)) return { value, months };
  }
  return POSITIONAL_COLS;
}

/**
 * The formulas budget-grid.ts writes as an assumption's defaults, on the old tab's rows and columns: a month
 * `=$C$row` (or the plan's deals), the carry-over last year's month (the plan's or a history row's), the
 * next January the plan's, the average check the snapshot's.
 */
function defaultFormulas(
  spec: AssumptionSpec,
  row: number,
  keyRows: ReadonlyMap<string, number>,
  cols: AssumptionCols,
): { value: string[]; month: (i: number) => string } {
  const at = (key: string, col: number) => {
    const r = keyRows.get(key);
    return r === undefined ? [] : [`=${a1(r, col)}`];
  };
  const carry = /^carry\.lastQuarter\[(\d)\]$/.exec(spec.field);
  const sources = ['s:revenue', ...[...keyRows.keys()].filter((k) => /^y\d+:history$/.test(k))];
  const value = carry
    ? sources.flatMap((k) => at(k, cols.months[9 + Number(carry[1])]))
    : spec.field === 'carry.nextJanuary'
      ? at('s:revenue', cols.months[0])
      : spec.field === 'customers.avgCheck'
        ? at('s:avgCheck', cols.value)
        : [];
  const month = (i: number) =>
    spec.monthsOnly ? (at('s:deals', cols.months[i])[0] ?? '') : `=${a1(row, cols.value, true)}`;
  return { value, month };
}

const sameFormula = (a: string, b: string) => a.replace(/\s+/g, '').toUpperCase() === b.toUpperCase();

function readCell(v: unknown, formula: string, defaults: readonly string[], lang: Lang): CellRead {
  if (formula !== '') {
    if (defaults.some((d) => d !== '' && sameFormula(formula, d))) return { kind: 'default' };
    const n = readNumber(v, lang);
    return n.ok
      ? { kind: 'formula', formula, value: n.value }
      : { kind: 'bad', text: isBlank(v) ? formula : String(v) };
  }
  if (isBlank(v)) return { kind: 'blank' };
  const n = readNumber(v, lang);
  return n.ok ? { kind: 'number', value: n.value } : { kind: 'bad', text: String(v) };
}

/**
 * The cell of a problem's field on the tab read (`grossMargin[3]` → the grossMargin row, April's column;
 * `terms` → the first term's row); undefined when the field has no row there.
 */
export function fieldCell(field: string, typed: TypedAssumptions): { row: number; col: number } | undefined {
  const m = /^(.*)\[(\d+)\]$/.exec(field);
  const { cols } = typed;
  const spec = ASSUMPTIONS.find((s) => s.field === field);
  if (spec) {
    const row = typed.rows.get(field);
    return row === undefined ? undefined : { row, col: spec.monthsOnly ? cols.months[0] : cols.value };
  }
  if (m && typed.rows.has(m[1])) return { row: typed.rows.get(m[1])!, col: cols.months[Number(m[2])] };
  const first = field === 'terms' ? 'terms.advance' : field === 'scenarios' ? 'scenarios[0]' : field;
  const row = typed.rows.get(first);
  return row === undefined ? undefined : { row, col: cols.value };
}
