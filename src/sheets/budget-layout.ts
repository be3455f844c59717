import { isBlank, readNumber } from '../core/cells';
import { MONTHS } from '../core/seasonality';
import { type Lang, t } from '../i18n';

/**
 * The Budget tab («Бюджет 2026» / "Budget 2026"): where everything sits, and how the assumptions the finance
 * person typed are read back by their keys (column A, hidden), wherever rows were inserted.
 *
 *   row 1  title; row 2  what the snapshot is and where it came from; row 3  notes (a provisional calendar,
 *          the carry-over's source); row 4  header (item, value, January…December, year)
 *   then the blocks, each a header row and its rows, keyed in column A:
 *   assumptions  (`a:` + the core's field path: "a:grossMargin", "a:terms.plus1", "a:scenarios[2]"…): the value
 *                in C; a per-month assumption also has its twelve months, each `=$C$row` unless a number was
 *                typed over it. A cell holding a formula is a default the menu action refreshes; a number is
 *                the person's and is kept;
 *   snapshot     (`s:revenue`, `s:fund1`…): values written by the action, the date in the block's header;
 *   budget       (`r:revenue`…), each scenario (`s1:revenue`…), side by side (`x:revenue`), year over year
 *                (`y1:history`…), customers (`c:base`…): native formulas only.
 */
export const BUDGET = {
  titleRow: 1,
  infoRow: 2,
  noteRow: 3,
  headerRow: 4,
  firstRow: 6,
  col: { key: 1, label: 2, value: 3, firstMonth: 4, total: 4 + MONTHS },
} as const;

/** The column of month `i` (0 = January). */
export const monthCol = (i: number): number => BUDGET.col.firstMonth + i;

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

/** What a cell holds as the person left it: a number, blank, a default (a formula), or text that is no number. */
export type CellRead =
  | { kind: 'number'; value: number }
  | { kind: 'blank' }
  | { kind: 'default' }
  | { kind: 'bad'; text: string };

/** The assumptions typed on an old tab, by field, and where each row was (problems point at its cells). */
export interface TypedAssumptions {
  value: Map<string, CellRead>;
  months: Map<string, CellRead[]>;
  rows: Map<string, number>;
}

/**
 * Reads the assumptions block of an old Budget tab by its keys: `values` its evaluated cells, `formulas`
 * its formulas (a formula cell is a default, not something typed). Null when the tab has no assumption key.
 */
export function readTypedAssumptions(
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly string[])[],
  lang: Lang,
): TypedAssumptions | null {
  const byKey = new Map(ASSUMPTIONS.map((s) => [assumptionKey(s.field), s]));
  const out: TypedAssumptions = { value: new Map(), months: new Map(), rows: new Map() };
  values.forEach((row, r) => {
    const spec = byKey.get(String(row[BUDGET.col.key - 1] ?? ''));
    if (!spec || out.rows.has(spec.field)) return;
    const cell = (c: number) => readCell(row[c - 1], formulas[r]?.[c - 1] ?? '', lang);
    out.rows.set(spec.field, r + 1);
    if (!spec.monthsOnly) out.value.set(spec.field, cell(BUDGET.col.value));
    if (spec.perMonth || spec.monthsOnly)
      out.months.set(
        spec.field,
        Array.from({ length: MONTHS }, (_, i) => cell(monthCol(i))),
      );
  });
  return out.rows.size ? out : null;
}

function readCell(v: unknown, formula: string, lang: Lang): CellRead {
  if (formula !== '') return { kind: 'default' };
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
  const spec = ASSUMPTIONS.find((s) => s.field === field);
  if (spec) {
    const row = typed.rows.get(field);
    return row === undefined ? undefined : { row, col: spec.monthsOnly ? monthCol(0) : BUDGET.col.value };
  }
  if (m && typed.rows.has(m[1])) return { row: typed.rows.get(m[1])!, col: monthCol(Number(m[2])) };
  const first = field === 'terms' ? 'terms.advance' : field === 'scenarios' ? 'scenarios[0]' : field;
  const row = typed.rows.get(first);
  return row === undefined ? undefined : { row, col: BUDGET.col.value };
}
