import { asAttainment, schemeKey } from '../../core/bonus';
import { isBlank, parseNumberText, readBoolean, readDay } from '../../core/cells';
import { ymdOf } from '../../core/dates';
import type { ErrorParams } from '../../core/errors';
import type { Lang } from '../../i18n';
import {
  findOption,
  MOT_COL,
  MOTIVATION_COLUMNS,
  metricName,
  type OptionGroup,
  optionLabel,
  type RowKind,
} from './motivation-columns';
import { tiersBy } from './motivation-row';

/**
 * The Motivation tab of the first versions (22 columns: T0, Tmax, «Ступени по»…) converted to the tab of
 * issue 16, exactly: each old row becomes a row of the new tab that the reader turns into the same
 * component, so the bonus is the same money. Pure: the old tab's values in, the new tab's rows and the
 * things left to decide out. What the new tab cannot say (a first KPI row with both the KPIs' threshold and
 * its own T0) is not guessed: the row is converted as far as it is exact and a message names the cell.
 */

/** The old columns in order; a tab made before «Действует с» has 21 (the last missing). */
const OLD_FIELDS = [
  'scheme',
  'name',
  'component',
  'metric',
  'scope',
  'mode',
  'by',
  'tiers',
  'rate',
  'target',
  'gateMetric',
  'gateMin',
  'cap',
  'attainmentCap',
  'amount',
  'recoverable',
  'kpi',
  'weight',
  't0',
  'tmax',
  'direction',
  'from',
] as const;
type OldField = (typeof OLD_FIELDS)[number];

/**
 * The old cells each row kind was read from (besides code, name, component and month) and the new column
 * each goes to. A cell the old reader did not read for the row's kind is not carried over (it paid nothing);
 * a message says so.
 */
const METRIC_ROW: Partial<Record<OldField, string>> = {
  metric: 'metric',
  cap: 'cap',
  scope: 'scope',
  mode: 'mode',
  gateMetric: 'gateMetric',
  gateMin: 'gateMin',
  attainmentCap: 'attainmentCap',
  tiers: 'tiers',
};
const KPI_ROW: Partial<Record<OldField, string>> = {
  kpi: 'metric',
  weight: 'rate',
  t0: 'gateMin',
  tmax: 'attainmentCap',
  direction: 'direction',
  mode: 'mode',
  tiers: 'tiers',
};
const READ: Record<RowKind | 'firstKpi', Partial<Record<OldField, string>>> = {
  salary: { amount: 'amount' },
  draw: { amount: 'amount', recoverable: 'component' },
  recoverableDraw: { amount: 'amount', recoverable: 'component' },
  max: { cap: 'cap' },
  pool: { metric: 'metric', cap: 'cap', amount: 'amount', rate: 'rate', gateMin: 'gateMin' },
  tiered: { ...METRIC_ROW, by: 'tiers' },
  percent: { ...METRIC_ROW, rate: 'rate' },
  target: { ...METRIC_ROW, target: 'amount' },
  kpi: KPI_ROW,
  firstKpi: { ...KPI_ROW, target: 'amount', cap: 'cap', gateMetric: 'gateMetric', gateMin: 'gateMin' },
};
const ALWAYS: readonly OldField[] = ['scheme', 'name', 'component', 'from'];
const OPTION_FIELDS: Partial<Record<OldField, OptionGroup>> = {
  scope: 'scope',
  mode: 'mode',
  direction: 'direction',
};
/** The old «Ступени по» words: by money or by % of plan. */
const BY_ATTAINMENT = ['attainment', 'выполнение', '% плана', '% of plan'];
const BY_AMOUNT = ['amount', 'сумма'];

/**
 * A thing the user decides after the conversion: a message code at a cell of the new tab (row 1: the header;
 * row 0: about the old tab as a whole, e.g. a row it did not read).
 */
export interface ConvertNote {
  row: number;
  field: string;
  code: string;
  params: ErrorParams;
}

/** The new tab's rows (below its header, MOTIVATION_COLUMNS wide) and what is left to decide. */
export interface ConvertedMotivation {
  rows: unknown[][];
  notes: ConvertNote[];
}

/** A tab in the 22-column layout: its header has T0 or Tmax. */
export function isOldLayout(values: unknown[][]): boolean {
  return (values[0] ?? []).some((v) => /^(t0|tmax)$/i.test(String(v).trim()));
}

/** An old row as the old reader took it apart. */
interface OldRow {
  row: number;
  cells: Record<OldField, unknown>;
  id: string;
  kind: RowKind | undefined;
  /** A KPI row: the set it belongs to (its first row's index) and whether it is that first row. */
  kpiSet?: number;
  firstKpi: boolean;
  /** The first KPI traded places with a later one (firstKpiWithoutT0): their metrics, for the note. */
  swapped?: { first: string; moved: string };
}

/** Converts the old tab's values (getValues, the header included). `lang`: the new tab's words. */
export function convertOldMotivation(values: unknown[][], lang: Lang, timeZone: string): ConvertedMotivation {
  const header = (values[0] ?? []).map((v) => String(v ?? '').trim());
  const out: ConvertedMotivation = { rows: [], notes: [] };
  const rows = oldRows(values, timeZone, out.notes);
  firstKpiWithoutT0(rows);
  rows.forEach((old, i) => {
    if (i > 0 && schemeKey(rows[i - 1].id) !== schemeKey(old.id))
      out.rows.push(MOTIVATION_COLUMNS.map(() => ''));
    out.rows.push(convertRow(old, header, lang, out.notes, out.rows.length + 2));
  });
  return out;
}

/**
 * The old rows with a scheme code, as the old reader grouped them: a new code or a new month starts a scheme
 * version and ends a KPI set, and so does a row of another kind. A row with no code was skipped (a note).
 */
function oldRows(values: unknown[][], timeZone: string, notes: ConvertNote[]): OldRow[] {
  const out: OldRow[] = [];
  let set = -1;
  let version: { key: string; month: number | undefined } | undefined;
  for (let r = 1; r < values.length; r++) {
    const cells = Object.fromEntries(OLD_FIELDS.map((f, c) => [f, values[r]?.[c] ?? ''])) as OldRow['cells'];
    // An unticked «Возвратная» checkbox is on every row of the old template: no content.
    if (OLD_FIELDS.every((f) => isBlank(cells[f]) || (f === 'recoverable' && cells[f] === false))) continue;
    const id = String(cells.scheme).trim();
    if (!id) {
      // The old reader skipped it, and it did not end a KPI set.
      notes.push({ row: 0, field: 'scheme', code: 'motivation.convert.noCode', params: { row: r + 1 } });
      continue;
    }
    const kind = kindOf(cells);
    const month = monthOf(cells.from, timeZone);
    const previous = out[out.length - 1];
    if (!version || version.key !== schemeKey(id) || (month !== undefined && month !== version.month)) {
      version = { key: schemeKey(id), month };
      set = -1;
    } else if (previous?.kind !== 'kpi') set = -1;
    if (kind === 'kpi' && set < 0) set = r;
    out.push({ row: r + 1, cells, id, kind, kpiSet: kind === 'kpi' ? set : undefined, firstKpi: set === r });
  }
  return out;
}

/** The cells of one KPI (the rest of a first KPI row is the whole set's). */
const KPI_CELLS: readonly OldField[] = ['kpi', 'weight', 't0', 'tmax', 'direction', 'mode', 'tiers'];

/**
 * A KPI set whose first row holds the set's threshold and the first KPI's own T0 cannot be written as it is
 * (one cell, «Порог входа», holds one of them). When another KPI of the set has no T0, the two KPIs trade
 * places — the money is the same in any order — and a note says so; otherwise kpiThreshold leaves a note.
 */
function firstKpiWithoutT0(rows: OldRow[]): void {
  rows.forEach((first, i) => {
    const c = first.cells;
    if (!first.firstKpi || isBlank(c.t0) || (isBlank(c.gateMetric) && isBlank(c.gateMin))) return;
    const other = rows.find((r, j) => j > i && r.kpiSet === first.kpiSet && isBlank(r.cells.t0));
    if (!other) return;
    for (const f of KPI_CELLS) [c[f], other.cells[f]] = [other.cells[f], c[f]];
    first.swapped = { first: String(c.kpi), moved: String(other.cells.kpi) };
  });
}

/** The row's kind as the old reader read it: a draw with «Возвратная» ticked is a recoverable draw. */
function kindOf(cells: OldRow['cells']): RowKind | undefined {
  const kind = findOption(String(cells.component ?? ''), 'kind') as RowKind | undefined;
  if (kind !== 'draw') return kind;
  const recoverable = readBoolean(cells.recoverable);
  return recoverable.ok && recoverable.value ? 'recoverableDraw' : 'draw';
}

function monthOf(v: unknown, timeZone: string): number | undefined {
  const day = readDay(v, timeZone);
  if (!day.ok || isBlank(v)) return undefined;
  const { year, month } = ymdOf(day.value);
  return year * 12 + month;
}

/** One old row as a new one; `row`: its row in the new tab, for the notes. */
function convertRow(old: OldRow, header: string[], lang: Lang, notes: ConvertNote[], row: number): unknown[] {
  const out: unknown[] = MOTIVATION_COLUMNS.map(() => '');
  const put = (field: string, v: unknown) => {
    out[MOT_COL[field] - 1] = v;
  };
  const note = (field: string, code: string, params: ErrorParams = {}) =>
    notes.push({ row, field, code, params });
  for (const f of ALWAYS) if (f !== 'component') put(f, old.cells[f]);
  put('component', old.kind ? optionLabel('kind', old.kind, lang) : old.cells.component);
  const read = old.kind ? READ[old.firstKpi ? 'firstKpi' : old.kind] : {};
  OLD_FIELDS.forEach((f, c) => {
    const v = old.cells[f];
    if (isBlank(v) || ALWAYS.includes(f) || f === 'recoverable' || f === 'by') return;
    const to = read[f];
    if (!to) {
      note('component', 'motivation.convert.ignored', { column: header[c] || f, value: String(v) });
      return;
    }
    const group = OPTION_FIELDS[f];
    const option = group && findOption(String(v), group);
    put(to, option && group ? optionLabel(group, option, lang) : v);
  });
  if (old.kind === 'tiered') convertTiers(old, put, note, lang);
  if (old.firstKpi) kpiThreshold(old, put, note, lang);
  if (old.swapped) note('metric', 'motivation.convert.kpiSwapped', old.swapped);
  return out;
}

/**
 * «Ступени по: % плана» (or «выполнение») goes into the tier text: each threshold written with %, as the new
 * reader takes tiers by plan. By money the text stays; a % threshold there was unreadable on the old tab.
 */
function convertTiers(
  old: OldRow,
  put: (field: string, v: unknown) => void,
  note: (field: string, code: string, params?: ErrorParams) => void,
  lang: Lang,
): void {
  const text = String(old.cells.tiers ?? '').trim();
  const by = String(old.cells.by ?? '')
    .trim()
    .toLowerCase();
  if (!text) return;
  if (BY_ATTAINMENT.includes(by)) {
    put('tiers', percentThresholds(text, lang));
    return;
  }
  if (by && !BY_AMOUNT.includes(by))
    note('tiers', 'motivation.convert.byUnknown', { value: String(old.cells.by) });
  else if (tiersBy(text) === 'attainment') note('tiers', 'motivation.convert.tiersPercent', { text });
}

/** Each item's threshold written as % of plan: «1,2 → 5 %; 150 → 7 %» → «120 % → 5 %; 150 % → 7 %». */
export function percentThresholds(text: string, lang: Lang): string {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((item) => {
      const m = /^([^→:=-]*?)\s*(→|->|=>|:)(.*)$/s.exec(item);
      const left = m?.[1].trim() ?? '';
      if (!m || left.endsWith('%')) return item;
      const value = parseNumberText(left, lang);
      if (value === undefined) return item;
      const percent = Number((asAttainment(value) * 100).toFixed(6));
      const shown = lang === 'ru' ? String(percent).replace('.', ',') : String(percent);
      return `${shown} % ${m[2]}${m[3]}`;
    })
    .join('; ');
}

/**
 * The first KPI row: the old «Порог входа» there was the threshold of all the KPIs, on «Порог входа:
 * показатель» or, blank, on revenue — written with its metric, as the new tab reads all the KPIs' threshold
 * only when the metric is filled. The KPI's own T0 then has no cell: left out, and a note says so.
 */
function kpiThreshold(
  old: OldRow,
  put: (field: string, v: unknown) => void,
  note: (field: string, code: string, params?: ErrorParams) => void,
  lang: Lang,
): void {
  const { gateMetric, gateMin, t0 } = old.cells;
  if (isBlank(gateMetric) && isBlank(gateMin)) return;
  const metric = isBlank(gateMetric) ? metricName('revenue', lang) : gateMetric;
  put('gateMetric', metric);
  put('gateMin', gateMin);
  if (!isBlank(t0))
    note('gateMin', 'motivation.convert.gateAndFloor', {
      gate: shownShare(gateMin),
      metric: String(metric),
      t0: shownShare(t0),
    });
}

/** 0.8 → «80 %», as the note says it; text as typed; blank «—» (the new tab then asks for it, as the old did). */
function shownShare(v: unknown): string {
  if (isBlank(v)) return '—';
  if (typeof v !== 'number') return String(v);
  return `${Number((asAttainment(v) * 100).toFixed(4))} %`;
}
