import { BUDGET_ROW_ORDER, type BudgetAssumptions } from '../../core/budget';
import { formatDay, type Lang, type MessageKey, monthInText, monthName, t } from '../../i18n';
import {
  ASSUMPTIONS,
  type AssumptionKind,
  type AssumptionSpec,
  assumptionKey,
  BUDGET,
  MONTH_INDEXES,
  monthCol,
  monthMarker,
  SCENARIO_COUNT,
  VALUE_MARKER,
} from '../budget-layout';
import { a1, Grid, type Rect, rect, type ValidationRule } from '../grid';
import { budgetBlocks, SNAPSHOT_KEYS } from './budget-formulas';
import {
  type BudgetGridInput,
  type BudgetSheet,
  blockHeader,
  type FigureFormat,
  kindFormat,
  SCENARIO_NAMES,
} from './budget-sheet';

export type { BudgetGridInput } from './budget-sheet';

const C = BUDGET.col;
const ASSUMPTION_BG = '#fff9e6';
const FIELDS = ASSUMPTIONS.map(({ field }) => field);
/** An assumption's cells: a share as a conversion, a scenario as the plan's completion, a count with hundredths. */
const ASSUMPTION_FORMAT: Record<AssumptionKind, FigureFormat> = {
  share: 'conversion',
  percent: 'completion',
  money: 'money',
  count: 'points',
};

/** The rows of every block, top to bottom: a header row (key '' + block name) before each, a gap after. */
export function budgetLayout(historyYears: number): { rowOf: Map<string, number>; rows: number } {
  const rowOf = new Map<string, number>();
  let r = BUDGET.firstRow;
  const block = (name: string, keys: readonly string[]) => {
    rowOf.set(`block:${name}`, r++);
    for (const k of keys) rowOf.set(k, r++);
    r++;
  };
  const keyed = (p: string, keys: readonly string[]) => keys.map((k) => `${p}:${k}`);
  block('assumptions', keyed('a', FIELDS));
  block('snapshot', keyed('s', SNAPSHOT_KEYS));
  block('budget', keyed('r', BUDGET_ROW_ORDER));
  for (let i = 1; i <= SCENARIO_COUNT; i++) block(`scenario${i}`, keyed(`s${i}`, BUDGET_ROW_ORDER));
  block('sideBySide', keyed('x', ['scenarios', ...BUDGET_ROW_ORDER]));
  for (let j = 1; j <= historyYears; j++)
    block(`yoy${j}`, keyed(`y${j}`, ['history', 'plan', 'change', 'growth']));
  block('customers', keyed('c', ['base', 'revenueFromBase', 'ltv']));
  return { rowOf, rows: r - 2 };
}

export function budgetGrid(input: BudgetGridInput): Grid {
  const { rowOf, rows } = budgetLayout(input.history.length);
  const b: BudgetSheet = { g: new Grid(rows, C.total), input, rowOf };
  heading(b);
  assumptionsBlock(b);
  budgetBlocks(b);
  layout(b);
  return b.g;
}

function heading(b: BudgetSheet): void {
  const { g, input } = b;
  const { lang, budget } = input;
  g.text(BUDGET.titleRow, C.label, t('budget.title', lang, { year: budget.year })).bold(
    rect(BUDGET.titleRow, C.label),
  );
  g.text(
    BUDGET.infoRow,
    C.label,
    t('budget.info', lang, { date: formatDay(input.today, lang), ...input.tabs }),
  );
  const notes = [t(carryNote(input), lang, { year: budget.year - 1 })];
  if (input.provisional) notes.unshift(t('budget.provisional', lang, { year: budget.year }));
  g.text(BUDGET.noteRow, C.label, notes.join(' '));
  g.fontColor(rect(BUDGET.infoRow, C.label, 2, 1), '#666666');
  g.text(BUDGET.headerRow, C.key, 'spk:budget');
  g.text(BUDGET.headerRow, C.label, t('budget.col.item', lang));
  g.text(BUDGET.headerRow, C.value, t('budget.col.value', lang));
  for (const i of MONTH_INDEXES) g.text(BUDGET.headerRow, monthCol(i), monthName(i + 1, lang));
  g.text(BUDGET.headerRow, C.total, t('budget.col.year', lang, { year: budget.year }));
  g.header(rect(BUDGET.headerRow, 1, 1, C.total));
  g.text(BUDGET.keyRow, C.value, VALUE_MARKER);
  for (const i of MONTH_INDEXES) g.text(BUDGET.keyRow, monthCol(i), monthMarker(i));
  g.hiddenRows.push(BUDGET.keyRow);
}

/** Where last year's October–December came from: typed in all three cells (numbers or formulas), else the default's source. */
function carryNote(input: BudgetGridInput): MessageKey {
  const typed = [0, 1, 2].every((i) => (input.cells.value.get(`carry.lastQuarter[${i}]`) ?? null) !== null);
  return typed ? 'budget.carry.given' : `budget.carry.${input.carrySource}`;
}

/** The assumption's label and note: its own words, the scenario's name or the carry-over's month. */
function assumptionLabel(field: string, b: BudgetSheet): string {
  const { lang, budget } = b.input;
  const m = /^(scenarios|carry\.lastQuarter)\[(\d)\]$/.exec(field);
  if (m?.[1] === 'scenarios')
    return t('budget.a.scenario', lang, { name: t(SCENARIO_NAMES[Number(m[2])], lang) });
  if (m) {
    const month = monthInText(10 + Number(m[2]), lang);
    return t('budget.a.carry', lang, { month, year: budget.year - 1 });
  }
  if (field === 'carry.nextJanuary') return t('budget.a.nextJanuary', lang, { year: budget.year + 1 });
  return t(`budget.a.${field.replace(/^(terms|customers)\./, '')}` as MessageKey, lang);
}

function assumptionsBlock(b: BudgetSheet): void {
  const { g, input } = b;
  blockHeader(b, 'assumptions', t('budget.block.assumptions', input.lang));
  for (const spec of ASSUMPTIONS) {
    const row = b.rowOf.get(assumptionKey(spec.field))!;
    g.text(row, C.key, assumptionKey(spec.field)).text(row, C.label, assumptionLabel(spec.field, b));
    const format = kindFormat(ASSUMPTION_FORMAT[spec.kind], input.currency);
    const free = freeCells(spec, row);
    g.format(free, format).background(free, ASSUMPTION_BG);
    if (!spec.monthsOnly) assumptionValue(b, spec.field, row);
    if (spec.perMonth || spec.monthsOnly) assumptionMonths(b, spec.field, row, !!spec.monthsOnly);
    const notes = noteOf(spec.field, spec.perMonth, spec.optional);
    if (notes.length) g.note(row, C.label, notes.map((k) => t(k, input.lang)).join(' '));
    g.validations.push({ rect: free, rule: assumptionRule(spec, input.lang) });
  }
}

/** A share from 0 to 100 %, the discount rate above −100 % (exactly −100 % the core refuses), else at least 0. */
function assumptionRule(spec: AssumptionSpec, lang: Lang): ValidationRule {
  if (spec.field === 'customers.discount')
    return { kind: 'numberAtLeast', min: -1, help: t('budget.help.discount', lang) };
  if (spec.kind === 'share')
    return { kind: 'numberBetween', min: 0, max: 1, help: t('budget.help.share', lang) };
  return { kind: 'numberAtLeast', min: 0, help: t('budget.help.amount', lang) };
}

function noteOf(field: string, perMonth?: boolean, optional?: boolean): MessageKey[] {
  if (field === 'costOfSale') return ['budget.note.costOfSale', 'budget.note.perMonth'];
  const one = noteKey(field, perMonth, optional);
  return one ? [one] : [];
}

function noteKey(field: string, perMonth?: boolean, optional?: boolean): MessageKey | null {
  if (perMonth) return 'budget.note.perMonth';
  if (field.startsWith('carry.')) return 'budget.note.carry';
  if (field === 'customers.newCustomers') return 'budget.note.newCustomers';
  if (field === 'customers.avgCheck') return 'budget.note.avgCheck';
  if (field.startsWith('scenarios')) return 'budget.note.scenario';
  return optional ? (`budget.note.${field.replace('customers.', '')}` as MessageKey) : null;
}

/** The value cell: the person's formula; else the number the core used, or a default formula where the default is another cell. */
function assumptionValue(b: BudgetSheet, field: string, row: number): void {
  const { g, input, rowOf } = b;
  const kept = input.cells.value.get(field);
  const value = input.years.get(field) ?? fieldValue(input.assumptions, field);
  const snap = (key: string, col: number) => `=${a1(rowOf.get(`s:${key}`)!, col)}`;
  if (typeof kept === 'string') {
    g.set(row, C.value, kept);
    return;
  }
  const m = /^carry\.lastQuarter\[(\d)\]$/.exec(field);
  if ((m || field === 'carry.nextJanuary' || field === 'customers.avgCheck') && kept === null) {
    if (field === 'customers.avgCheck') g.set(row, C.value, snap('avgCheck', C.value));
    else if (field === 'carry.nextJanuary') g.set(row, C.value, snap('revenue', monthCol(0)));
    else g.set(row, C.value, carryDefault(b, 9 + Number(m![1])));
    return;
  }
  if (value !== undefined) g.set(row, C.value, value);
}

/** Last year's month from the history year on the Plan tab when it is the source, else the plan's own. */
function carryDefault(b: BudgetSheet, month: number): string {
  const j = b.input.history.findIndex((h) => h.year === b.input.budget.year - 1);
  const source = b.input.carrySource === 'history' && j >= 0 ? `y${j + 1}:history` : 's:revenue';
  return `=${a1(b.rowOf.get(source)!, monthCol(month))}`;
}

function assumptionMonths(b: BudgetSheet, field: string, row: number, monthsOnly: boolean): void {
  const kept = b.input.cells.months.get(field) ?? [];
  for (const i of MONTH_INDEXES) {
    const v = kept[i];
    if (v !== null && v !== undefined) b.g.set(row, monthCol(i), v);
    else if (monthsOnly) b.g.set(row, monthCol(i), `=${a1(b.rowOf.get('s:deals')!, monthCol(i))}`);
    else b.g.set(row, monthCol(i), `=${a1(row, C.value, true)}`);
  }
}

/** The number at a core field path of the assumptions (`terms.plus1`, `scenarios[2]`, `grossMargin`). */
function fieldValue(a: BudgetAssumptions, field: string): number | undefined {
  let v: unknown = a;
  for (const part of field.split(/\.|\[|\]/).filter(Boolean)) v = (v as Record<string, unknown>)?.[part];
  return typeof v === 'number' ? v : undefined;
}

function layout(b: BudgetSheet): void {
  const { g } = b;
  g.hiddenCols.push(C.key);
  g.frozenRows = BUDGET.headerRow;
  g.frozenCols = C.value;
  g.widths[C.label] = 300;
  // Protected with a warning: everything but the assumption cells that are read (freeCells).
  const first = b.rowOf.get(`block:assumptions`)!;
  const last = b.rowOf.get(assumptionKey(ASSUMPTIONS[ASSUMPTIONS.length - 1].field))!;
  g.protectedRects.push(rect(1, 1, first, C.total), rect(first + 1, 1, last - first, C.label));
  for (const spec of ASSUMPTIONS) {
    const row = b.rowOf.get(assumptionKey(spec.field))!;
    if (spec.monthsOnly) g.protectedRects.push(rect(row, C.value), rect(row, C.total));
    else if (spec.perMonth) g.protectedRects.push(rect(row, C.total));
    else g.protectedRects.push(rect(row, C.firstMonth, 1, C.total - C.firstMonth + 1));
  }
  g.protectedRects.push(rect(last + 1, 1, g.rows - last, C.total));
}

/** The cells of an assumption the action reads back: the value, the value and its months, or the months. */
function freeCells(spec: AssumptionSpec, row: number): Rect {
  if (spec.monthsOnly) return rect(row, C.firstMonth, 1, MONTH_INDEXES.length);
  return spec.perMonth ? rect(row, C.value, 1, 13) : rect(row, C.value);
}
