import { formatDay, type MessageKey, t } from '../../i18n';
import { dateFormat, FORMAT, moneyFormat } from '../formats';
import { a1, type Grid, rect, serialOf } from '../grid';
import type { OpenDeal } from '../import/open-deals';
import { metricLabel } from '../labels';
import { cellKey } from '../month-layout';
import type { FunnelStage } from '../settings/funnel';
import { WEEK } from '../week-layout';
import type { WeekInput, WeekSheet } from './week-grid';

/**
 * The blocks under the Week tab's table: the funnel of the week (live conversions from the table's week
 * facts against the Funnel tab's benchmarks, and the bottleneck), the open deals expected to close next
 * week, and the notes lines the head types during the meeting.
 */
const C = WEEK.col;

/** Funnel stages that are metrics of the plan, top first. */
function stagesOf(input: WeekInput): FunnelStage[] {
  const ids = new Set(input.plan.metrics.map((m) => m.id));
  return input.settings.funnel.filter((s) => ids.has(s.id));
}

/** Rows the blocks take below the table (each block after one blank row). */
export function blockHeights(input: WeekInput, members: number): number {
  const funnel = stagesOf(input).length >= 2 ? 4 + members : 0;
  const deals = 2 + (input.deals?.length ? 1 + input.deals.length : 1);
  const promised = input.texts.promisedNotes.filter(Boolean).length;
  const notes = 2 + WEEK.noteRows + (promised ? 1 + promised : 0);
  return funnel + deals + notes;
}

export function weekBlocks(w: WeekSheet): void {
  let r = w.tableLast + 1;
  r = funnelBlock(w, r);
  r = dealsBlock(w, r);
  const notesFirst = r + 2;
  // Protected with a warning from the table's end to the notes lines, and below them.
  w.g.protectedRects.push(rect(w.tableLast + 1, 1, notesFirst - w.tableLast - 1, w.g.cols));
  const after = notesBlock(w, r);
  if (after <= w.g.rows) w.g.protectedRects.push(rect(after, 1, w.g.rows - after + 1, w.g.cols));
}

function title(g: Grid, r: number, text: string, note: string): void {
  g.text(r, C.name, text).note(r, C.name, note).bold(rect(r, C.name));
}

/** The funnel of the week; returns the row after it. */
function funnelBlock(w: WeekSheet, start: number): number {
  const { g, input } = w;
  const { lang } = input;
  const stages = stagesOf(input);
  if (stages.length < 2) return start;
  const k = stages.length - 1;
  const [head, bench] = [start + 2, start + 3];
  const conv = (i: number) => C.label + i;
  const ratio = (i: number) => C.label + k + i;
  const neck = C.label + 2 * k;
  title(g, start + 1, t('week.funnel.title', lang), t('week.funnel.note', lang));
  g.text(head, C.name, t('col.name', lang)).text(head, neck, t('week.funnel.bottleneck', lang));
  g.text(bench, C.name, t('week.funnel.benchmark', lang));
  const label = (s: FunnelStage) => metricLabel(s.id, input.settings.funnel, lang);
  stages.slice(0, -1).forEach((s, i) => {
    g.text(head, conv(i), `${label(s)} → ${label(stages[i + 1])}`);
    g.text(head, ratio(i), t('week.funnel.ratio', lang, { stage: label(stages[i + 1]) }));
    const b = s.benchmark ?? s.conversion;
    if (b !== null) g.set(bench, conv(i), b);
  });
  g.header(rect(head, C.name, 1, neck - C.name + 1));
  const convs = `${a1(head, conv(0), true)}:${a1(head, conv(k - 1), true)}`;
  w.members.forEach((m, j) => {
    const r = bench + 1 + j;
    g.text(r, C.name, m.name);
    const fact = (s: FunnelStage) => a1(w.rowOf.get(cellKey(m.id, s.id))!, C.fact);
    for (let i = 0; i < k; i++) {
      const [a, b] = [fact(stages[i]), fact(stages[i + 1])];
      g.set(r, conv(i), `=IF(${a}>0,${b}/${a},"")`);
      const [c, bm] = [a1(r, conv(i)), a1(bench, conv(i), true)];
      g.set(r, ratio(i), `=IF(AND(ISNUMBER(${c}),N(${bm})>0),${c}/${bm},"")`);
    }
    const ratios = `${a1(r, ratio(0))}:${a1(r, ratio(k - 1))}`;
    const noneText = t('week.funnel.none', lang);
    const none = `"${noneText}"`;
    g.set(
      r,
      neck,
      `=IF(COUNT(${ratios})=0,"",IF(MIN(${ratios})>=1,${none},INDEX(${convs},1,MATCH(MIN(${ratios}),${ratios},0))))`,
    );
  });
  g.format(rect(bench, conv(0), w.members.length + 1, k), FORMAT.conversion);
  // The bottleneck's stage names after the ratios: centered, apart from the last percent.
  g.align(rect(head, neck, w.members.length + 2, 1), 'center');
  g.format(rect(bench + 1, ratio(0), w.members.length, k), FORMAT.completion);
  return bench + w.members.length + 1;
}

/** The open deals expected to close next week, by manager; returns the row after the block. */
function dealsBlock(w: WeekSheet, start: number): number {
  const { g, input } = w;
  const { lang } = input;
  const next = input.plans.next;
  const days = `${formatDay(next.from, lang)} – ${formatDay(next.to, lang)}`;
  title(g, start + 1, t('week.deals.title', lang, { days }), t('week.deals.note', lang));
  const order = new Map(w.members.map((m, i) => [m.id, i]));
  const place = (d: OpenDeal) => order.get(d.member) ?? w.members.length;
  const deals =
    input.deals && [...input.deals].sort((a, b) => place(a) - place(b) || a.expected - b.expected);
  if (!deals?.length) {
    g.text(start + 2, C.name, t(deals ? 'week.deals.noneNextWeek' : 'week.deals.noneImported', lang));
    return start + 3;
  }
  const head = start + 2;
  const heads: MessageKey[] = [
    'col.name',
    'week.deals.deal',
    'week.deals.stage',
    'week.deals.amount',
    'week.deals.expected',
  ];
  heads.forEach((key, i) => {
    g.text(head, C.name + i, t(key, lang));
  });
  g.header(rect(head, C.name, 1, heads.length));
  const names = new Map(w.members.map((m) => [m.id, m.name]));
  deals.forEach((d, i) => {
    const r = head + 1 + i;
    g.text(r, C.name, names.get(d.member) ?? d.member).text(r, C.name + 1, d.title);
    g.text(r, C.name + 2, d.stage);
    if (d.amount !== undefined) g.set(r, C.name + 3, d.amount);
    g.set(r, C.name + 4, serialOf(d.expected));
  });
  g.format(rect(head + 1, C.name + 3, deals.length, 1), moneyFormat(input.settings.plan.currency));
  g.format(rect(head + 1, C.name + 4, deals.length, 1), dateFormat(lang));
  return head + deals.length + 1;
}

/** The notes lines (typed, merged across the table) and last week's; returns the row after the block. */
function notesBlock(w: WeekSheet, start: number): number {
  const { g, input } = w;
  const { lang } = input;
  title(g, start + 1, t('week.notes.title', lang), t('week.notes.note', lang));
  const width = C.commitment - C.name + 1;
  for (let k = 1; k <= WEEK.noteRows; k++) {
    const r = start + 1 + k;
    g.text(r, C.id, `${WEEK.notePrefix}${k}`).text(r, C.name, input.texts.notes[k - 1] ?? '');
    g.merges.push(rect(r, C.name, 1, width));
  }
  let r = start + 2 + WEEK.noteRows;
  const promised = input.texts.promisedNotes.filter(Boolean);
  if (!promised.length) return r;
  g.text(r, C.name, t('week.notes.promised', lang)).bold(rect(r, C.name));
  for (const text of promised) {
    r++;
    g.text(r, C.name, text).fontColor(rect(r, C.name), '#666666');
  }
  return r + 1;
}
