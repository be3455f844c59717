import { factorOn } from '../core/contests/activity';
import type { Contest } from '../core/contests/types';
import type { Day } from '../core/dates';

/**
 * The leaderboard tab of a contest («Конкурс «Ноябрьский спринт»»): where everything sits.
 *
 *   rows 1–6   title, the rule in words, period, working days left (live: label B:C merged, figure in D),
 *              prizes, notes
 *   row 7      header of the published board
 *   next n     the published board: the k-th row shows the entrant in k-th place order (live INDEX/MATCH on
 *              the order key), blank when not published (showTop, hideBottom); then "not published: N" (when either is set)
 *   hidden     everything below: the head's block (every entrant with place, score, gap, prize; the trail at
 *              generation as a note on the name), the group members of a team contest, the day rows (dates,
 *              counted-day flags, weekday masks, working days) and the prize table.
 * Columns A–G are the visible ones; from H on, hidden: the rank key, order, ties, race day, ids, sums, and the
 * day cells (a segment of the period's days per metric and kind: fact cells referring to the month tabs,
 * a race's running totals, the day plans), the same columns in every day row.
 */
export const BOARD = {
  titleRow: 1,
  ruleRow: 2,
  periodRow: 3,
  daysLeftRow: 4,
  /**
   * The days-left figure: its label is merged across the name and score columns (so it does not size the
   * name column), the figure beside it, left-aligned.
   */
  daysLeftCol: 4,
  prizesRow: 5,
  noteRow: 6,
  headerRow: 7,
  firstRow: 8,
  col: {
    place: 1,
    name: 2,
    score: 3,
    detail: 4,
    gap: 5,
    prize: 6,
    prizeText: 7,
    /** Place when ranked, else NEVER: ranks and orders the unranked last. */
    rank: 8,
    /** 1…n: the position in leaderboard order (ties by list order), what the published rows match. */
    order: 9,
    /** How many entrants listed above share this rank (ties' order and their odd kopecks). */
    tie: 10,
    /** A race: the date the target was reached, else NEVER. */
    day: 11,
    prizeKopecks: 12,
    id: 13,
    group: 14,
    fact: 15,
    plan: 16,
    extra: 17,
  },
  /** Title-row cells (hidden columns) every formula shares. */
  cell: { today: 8, from: 9, to: 10, counted: 11, window: 12, shown: 13, notShown: 14 },
  lastVisibleCol: 7,
  firstDayCol: 18,
  /** Beyond any place and date serial: no race day yet, or not ranked. */
  never: 10_000_000,
} as const;

export type BoardColumn = keyof typeof BOARD.col;

/** A segment of day columns: the facts of a metric, a race's running totals, or the day plans. */
export type SegmentKind = 'fact' | 'cum' | 'plan';

export interface Segment {
  kind: SegmentKind;
  metric: string;
  firstCol: number;
}

/** A weekday or metric factor's counted-day mask: 1 on the counted days it applies to. */
export interface Mask {
  metric: string;
  factor: number;
  row: number;
  /** Per period day: whether the factor applies that day. */
  on: boolean[];
}

/** Where the parts of one leaderboard sit (1-based), from the contest and its numbers of entrants. */
export interface BoardLayout {
  days: Day[];
  /** Entrants: people, or the groups of a team contest. */
  n: number;
  /** Participants with day cells (the entrants themselves unless a team contest). */
  m: number;
  moreRow: number | null;
  headTitleRow: number;
  headHeaderRow: number;
  entrantFirst: number;
  memberFirst: number;
  dateRow: number;
  countedRow: number;
  workRow: number;
  masks: Mask[];
  prizeFirst: number;
  prizeCount: number;
  segments: Segment[];
  rows: number;
  cols: number;
}

/** The segments a rule reads: its metric's facts (each weighted metric's), plus a race's totals or the plans. */
function segmentsOf(contest: Contest): Omit<Segment, 'firstCol'>[] {
  const r = contest.rule;
  switch (r.kind) {
    case 'race':
      return [
        { kind: 'fact', metric: r.metric },
        { kind: 'cum', metric: r.metric },
      ];
    case 'planPoints':
      return [
        { kind: 'fact', metric: r.metric },
        { kind: 'plan', metric: r.metric },
      ];
    case 'activity':
      return r.weights.map((w) => ({ kind: 'fact' as const, metric: w.metric }));
    case 'improvement':
      return [{ kind: 'fact', metric: r.metric }];
  }
}

/** Each weighted metric's distinct factors over the period, ascending (the core's trail groups by them). */
function masksOf(contest: Contest, days: readonly Day[]): Omit<Mask, 'row'>[] {
  const r = contest.rule;
  if (r.kind !== 'activity') return [];
  return r.weights.flatMap((w) => {
    const byDay = days.map((d) => factorOn(r.multipliers ?? [], w.metric, d));
    return [...new Set(byDay)]
      .sort((a, b) => a - b)
      .map((factor) => ({ metric: w.metric, factor, on: byDay.map((f) => f === factor) }));
  });
}

export function boardLayout(contest: Contest, entrants: number, members: number): BoardLayout {
  const days: Day[] = [];
  for (let d = contest.period.from; d <= contest.period.to; d++) days.push(d);
  const n = entrants;
  const m = contest.teams ? members : n;
  const afterBoard = BOARD.firstRow + n;
  const moreRow = contest.showTop === undefined && contest.hideBottom === undefined ? null : afterBoard;
  const headTitleRow = afterBoard + 2;
  const headHeaderRow = headTitleRow + 1;
  const entrantFirst = headHeaderRow + 1;
  const memberFirst = contest.teams ? entrantFirst + n + 1 : entrantFirst;
  const dateRow = memberFirst + m + 1;
  const masks = masksOf(contest, days).map((mask, i) => ({ ...mask, row: dateRow + 3 + i }));
  const prizeFirst = dateRow + 3 + masks.length + 1;
  const prizeCount = contest.prizes?.length ?? 0;
  let col = BOARD.firstDayCol;
  const segments = segmentsOf(contest).map((s) => {
    const seg = { ...s, firstCol: col };
    col += days.length;
    return seg;
  });
  return {
    days,
    n,
    m,
    moreRow,
    headTitleRow,
    headHeaderRow,
    entrantFirst,
    memberFirst,
    dateRow,
    countedRow: dateRow + 1,
    workRow: dateRow + 2,
    masks,
    prizeFirst,
    prizeCount,
    segments,
    rows: prizeFirst + Math.max(prizeCount, 1) - 1,
    cols: Math.max(col - 1, BOARD.firstDayCol),
  };
}

/** The segment of a kind and metric (the layout made it). */
export function segmentOf(l: BoardLayout, kind: SegmentKind, metric: string): Segment {
  const s = l.segments.find((x) => x.kind === kind && x.metric === metric);
  if (!s) throw new Error(`no ${kind} segment for ${metric}`);
  return s;
}
