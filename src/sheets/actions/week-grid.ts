import { isoString } from '../../core/dates';
import type { PlanDecomposition } from '../../core/decompose';
import { REACHABLE_PACE_FACTOR } from '../../core/week-view';
import { type IsoWeek, type RangePlan, weekKey } from '../../core/weeks';
import { formatDay, type Lang, type MessageKey, t } from '../../i18n';
import { FORMAT, metricFormat } from '../formats';
import { a1, Grid, rect } from '../grid';
import type { OpenDeal } from '../import/open-deals';
import { metricLabel } from '../labels';
import { cellKey, MONTH } from '../month-layout';
import type { Settings } from '../settings';
import { WEEK, type WeekColumn, weekMarker } from '../week-layout';
import { DEPARTMENT_BG } from './month-format';
import { blockHeights, weekBlocks } from './week-blocks';
import { daysSum, sheetRef, type WeekMonths } from './week-data';

/** Everything the Week tab is built from: the plans of the three weeks are static, the facts live. */
export interface WeekInput {
  lang: Lang;
  settings: Pick<Settings, 'funnel' | 'plan'>;
  plan: PlanDecomposition;
  week: IsoWeek;
  plans: { week: RangePlan; prev: RangePlan; next: RangePlan };
  months: WeekMonths;
  /** Indexes into plan.managers of the people shown, in the plan's order. */
  managers: number[];
  texts: WeekTexts;
  /** Open deals expected to close next week; null when no deal was ever imported. */
  deals: OpenDeal[] | null;
}

/** Texts by member id (the department under WEEK.departmentId) and the notes lines. */
export interface WeekTexts {
  commitment: ReadonlyMap<string, string>;
  promised: ReadonlyMap<string, string>;
  notes: readonly string[];
  promisedNotes: readonly string[];
}

/** A member of the table: the department first, then the managers. */
export interface WeekMember {
  id: string;
  name: string;
  /** Index into plan.managers; null for the department. */
  index: number | null;
}

/** The tab being built and where its table rows sit. */
export interface WeekSheet {
  g: Grid;
  input: WeekInput;
  members: WeekMember[];
  metrics: string[];
  /** cellKey(member id, metric) → row of the table. */
  rowOf: Map<string, number>;
  tableLast: number;
  /** Month tabs a formula needed that do not exist. */
  missing: Set<string>;
}

const C = WEEK.col;
const AMOUNT_COLS: WeekColumn[] = [
  'plan',
  'fact',
  'prevPlan',
  'prevFact',
  'planToDate',
  'factToDate',
  'forecast',
  'nextPlan',
];
const SHARE_COLS: WeekColumn[] = ['completion', 'prevCompletion', 'change'];

export function weekGrid(input: WeekInput): Grid {
  const { plan, lang } = input;
  const names = new Map(plan.managers.map((m) => [m.id, m.name]));
  const members: WeekMember[] = [
    { id: WEEK.departmentId, name: t('month.department', lang), index: null },
    ...input.managers.map((i) => ({
      id: plan.managers[i].id,
      name: names.get(plan.managers[i].id)!,
      index: i,
    })),
  ];
  const metrics = plan.metrics.map((m) => m.id);
  const tableLast = WEEK.firstDataRow + members.length * metrics.length - 1;
  const rows = tableLast + blockHeights(input, members.length);
  const g = new Grid(rows, Math.max(C.commitment, blockWidth(input)));
  const w: WeekSheet = { g, input, members, metrics, rowOf: new Map(), tableLast, missing: new Set() };
  members.forEach((m, i) => {
    metrics.forEach((metric, j) => {
      const r = WEEK.firstDataRow + i * metrics.length + j;
      w.rowOf.set(cellKey(m.id, metric), r);
      tableRow(w, r, m, metric, j === 0);
    });
  });
  heading(w);
  weekBlocks(w);
  layout(w);
  return g;
}

/** The funnel block's columns: label, a conversion and a ratio per step, the bottleneck. */
function blockWidth(input: WeekInput): number {
  const steps = input.settings.funnel.length - 1;
  return C.label + 2 * Math.max(steps, 0) + 1;
}

function tableRow(w: WeekSheet, r: number, m: WeekMember, metric: string, first: boolean): void {
  const { g, input } = w;
  const { lang, plans, months } = input;
  g.text(r, C.id, m.id).text(r, C.metric, metric);
  g.text(r, C.name, m.name).text(r, C.label, metricLabel(metric, input.settings.funnel, lang));
  const planned = (p: RangePlan) => (m.index === null ? p.department : p.managers[m.index])[metric];
  const sum = (p: RangePlan) => daysSum(months, m.id, metric, p.from, p.to, w.missing);
  const cell = (c: WeekColumn) => a1(r, C[c]);
  g.set(r, C.plan, planned(plans.week)).set(r, C.fact, sum(plans.week));
  g.set(r, C.completion, `=IF(${cell('plan')}>0,${cell('fact')}/${cell('plan')},"")`);
  g.set(r, C.prevPlan, planned(plans.prev)).set(r, C.prevFact, sum(plans.prev));
  g.set(r, C.prevCompletion, `=IF(${cell('prevPlan')}>0,${cell('prevFact')}/${cell('prevPlan')},"")`);
  g.set(r, C.change, `=IF(${cell('prevFact')}>0,${cell('fact')}/${cell('prevFact')}-1,"")`);
  monthToDate(w, r, m, metric);
  g.set(r, C.nextPlan, planned(plans.next));
  const format = metricFormat(metric, input.settings.plan.currency);
  for (const c of AMOUNT_COLS) g.format(rect(r, C[c]), format);
  for (const c of SHARE_COLS) g.format(rect(r, C[c]), FORMAT.completion);
  if (first) {
    g.text(r, C.promised, input.texts.promised.get(m.id) ?? '');
    g.text(r, C.commitment, input.texts.commitment.get(m.id) ?? '');
  }
  if (m.index === null)
    g.bold(rect(r, 1, 1, C.nextPlan)).background(rect(r, 1, 1, C.nextPlan), DEPARTMENT_BG);
}

/** Month to date: live references to the month tab's row, and the reachable rule over its cells. */
function monthToDate(w: WeekSheet, r: number, m: WeekMember, metric: string): void {
  const cur = w.input.months.current;
  const row = cur.rows.get(cellKey(m.id, metric));
  if (!cur.exists) w.missing.add(cur.name);
  if (!cur.exists || row === undefined) return;
  const ref = (c: keyof typeof MONTH.col) => {
    const col = cur.cols[c];
    return col === undefined ? undefined : sheetRef(cur.name, row, col);
  };
  const links: [WeekColumn, string | undefined][] = [
    ['planToDate', ref('planToDate')],
    ['factToDate', ref('fact')],
    ['forecast', ref('forecast')],
  ];
  for (const [c, target] of links) if (target) w.g.set(r, C[c], `=${target}`);
  const info = (col: number) => sheetRef(cur.name, MONTH.infoRow + cur.shift, col);
  const [own, elapsed] =
    m.index === null
      ? [info(MONTH.info.totalCol), info(MONTH.info.elapsedCol)]
      : [ref('ownDays'), ref('ownElapsed')];
  const [plan, fact] = [ref('plan'), ref('fact')];
  if (plan && fact && own && elapsed)
    w.g.set(r, C.reachable, reachableFormula(plan, fact, own, elapsed, w.input.lang));
}

/** The rule of core/week-view.ts `reachable`, as a native formula. */
function reachableFormula(plan: string, fact: string, own: string, elapsed: string, lang: Lang): string {
  const texts = [t('week.yes', lang), t('week.no', lang)];
  const [yes, no] = texts.map((x) => `"${x}"`);
  const left = `(${own}-${elapsed})`;
  const pace = `(${plan}-${fact})/${left}<=${REACHABLE_PACE_FACTOR}*${fact}/${elapsed}`;
  return `=IF(${plan}>0,IF(${fact}>=${plan},${yes},IF(${left}<=0,${no},IF(${elapsed}=0,${yes},IF(${pace},${yes},${no})))),"")`;
}

const HEADS: Partial<Record<WeekColumn, MessageKey>> = {
  name: 'col.name',
  label: 'month.metric',
  plan: 'week.col.plan',
  fact: 'week.col.fact',
  completion: 'week.col.completion',
  prevPlan: 'week.col.plan',
  prevFact: 'week.col.fact',
  prevCompletion: 'week.col.completion',
  change: 'week.col.change',
  planToDate: 'week.col.planToDate',
  factToDate: 'week.col.factToDate',
  forecast: 'week.col.forecast',
  reachable: 'week.col.reachable',
  nextPlan: 'week.col.plan',
  promised: 'week.col.promised',
  commitment: 'week.col.commitment',
};
const NOTES: Partial<Record<WeekColumn, MessageKey>> = {
  plan: 'week.note.plan',
  fact: 'week.note.fact',
  change: 'week.note.change',
  planToDate: 'week.note.planToDate',
  forecast: 'week.note.forecast',
  reachable: 'week.note.reachable',
  nextPlan: 'week.note.nextPlan',
  promised: 'week.note.promised',
  commitment: 'week.note.commitment',
};

/** A column's header: its message, the id column's marker header, nothing over the gap, else its key. */
function headOf(key: WeekColumn, lang: Lang): string {
  const head = HEADS[key];
  if (head) return t(head, lang);
  return key === 'id' ? WEEK.headerId : key === 'gap' ? '' : key;
}

function heading(w: WeekSheet): void {
  const { g, input } = w;
  const { lang, plans, week } = input;
  const span = (p: RangePlan) => `${formatDay(p.from, lang)} – ${formatDay(p.to, lang)}`;
  // The week's Monday, read back at the next regeneration to log what was typed.
  g.text(WEEK.titleRow, C.id, isoString(plans.week.from));
  g.text(WEEK.titleRow, C.name, t('week.title', lang, { week: weekKey(week), days: span(plans.week) }));
  g.bold(rect(WEEK.titleRow, C.name));
  g.text(
    WEEK.infoRow,
    C.name,
    t('week.info', lang, { prev: span(plans.prev), month: input.months.current.name }),
  );
  const missing = [...w.missing].sort();
  g.text(
    WEEK.noteRow,
    C.name,
    missing.length
      ? t('week.noMonthTab', lang, { tabs: missing.map((m) => `«${m}»`).join(', '), count: missing.length })
      : t('week.live', lang),
  );
  g.fontColor(rect(WEEK.noteRow, C.name), '#666666');
  const groups: [WeekColumn, string][] = [
    ['plan', t('week.group.week', lang, { week: weekKey(week) })],
    ['prevPlan', t('week.group.prev', lang)],
    ['planToDate', t('week.group.month', lang, { month: input.months.current.name })],
    ['nextPlan', t('week.group.next', lang)],
    ['promised', t('week.group.meeting', lang)],
  ];
  for (const [c, text] of groups) g.text(WEEK.groupRow, C[c], text);
  g.bold(rect(WEEK.groupRow, 1, 1, C.commitment));
  for (const [key, col] of Object.entries(C) as [WeekColumn, number][]) {
    g.text(WEEK.keyRow, col, weekMarker(key));
    g.text(WEEK.headerRow, col, headOf(key, lang));
    const note = NOTES[key];
    if (note) g.note(WEEK.headerRow, col, t(note, lang, { factor: REACHABLE_PACE_FACTOR }));
  }
  g.header(rect(WEEK.headerRow, 1, 1, C.commitment));
}

function layout(w: WeekSheet): void {
  const { g } = w;
  g.hiddenCols.push(C.id, C.metric);
  g.hiddenRows.push(WEEK.keyRow);
  g.frozenRows = WEEK.headerRow;
  g.frozenCols = C.label;
  g.widths[C.name] = 170;
  g.widths[C.label] = 110;
  for (const c of AMOUNT_COLS) g.widths[C[c]] = 100;
  for (const c of [...SHARE_COLS, 'reachable' as const]) g.widths[C[c]] = 80;
  g.widths[C.gap] = 12;
  g.widths[C.promised] = 220;
  // «Успеваем?» between the forecast and next week's plan: a yes/no centered, apart from the figures.
  g.align(rect(WEEK.headerRow, C.reachable, w.tableLast - WEEK.headerRow + 1, 1), 'center');
  g.widths[C.commitment] = 260;
  // Protected with a warning: the table but its commitments (the blocks protect all but the notes lines).
  g.protectedRects.push(rect(1, 1, w.tableLast, C.promised), rect(1, C.commitment, WEEK.headerRow, 1));
  if (g.cols > C.commitment)
    g.protectedRects.push(rect(1, C.commitment + 1, w.tableLast, g.cols - C.commitment));
}
