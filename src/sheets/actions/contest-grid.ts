import type { TrailNote } from '../../core/bonus/trail';
import type { Contest, ContestInput, Standing } from '../../core/contests/types';
import { type Day, parseDayText } from '../../core/dates';
import { formatDay, type Lang, type MessageKey, t } from '../../i18n';
import { renderTrail } from '../../i18n/trail';
import type { ContestMonths } from '../contest-input';
import { dateFormat, FORMAT, metricFormat, moneyFormat } from '../formats';
import { Grid, rect, serialOf } from '../grid';
import { BOARD, type BoardColumn, type BoardLayout, boardLayout } from '../leaderboard-layout';
import { type BoardEntrants, dayCells } from './contest-cells';
import {
  countedDays,
  daysLeft,
  groupFormulas,
  memberFormulas,
  publishedCell,
  REF,
  rankFormulas,
  shownCount,
} from './contest-formulas';
import { LIVE_TODAY } from './month-formulas';

/**
 * The leaderboard tab of one contest as a Grid (layout: leaderboard-layout.ts): live formulas over the
 * month tabs for points, place, gap, prize and days left; the texts (rule, period, prizes, notes) static.
 */
export interface BoardInput {
  contest: Contest;
  input: ContestInput;
  /** runContest's standings at generation: the trail of each entrant, as a note for the head. */
  standings: readonly Standing[];
  entrants: BoardEntrants;
  months: ContestMonths;
  /** The texts of the tab, made by the caller in the spreadsheet's language. */
  texts: { rule: string; prizes: string; notes: string[] };
  isWorkday: (d: Day) => boolean;
  /** A metric's name as the head reads it (a funnel stage by its own name). */
  metricName: (metric: string) => string;
  currency: string;
  lang: Lang;
  today: Day;
}

const C = BOARD.col;
const VISIBLE: BoardColumn[] = ['place', 'name', 'score', 'detail', 'gap', 'prize', 'prizeText'];

export function leaderboardGrid(b: BoardInput): Grid {
  const { contest, entrants } = b;
  const l = boardLayout(contest, entrants.list.length, entrants.members.length);
  const g = new Grid(l.rows, l.cols);
  heading(g, b, l);
  entrantRows(g, b, l);
  if (contest.teams) memberRows(g, b, l);
  dayCells(g, b, l);
  published(g, b, l);
  formats(g, b, l);
  g.hiddenCols.push(...range(BOARD.lastVisibleCol + 1, l.cols));
  g.hiddenRows.push(...range(l.headTitleRow, l.rows));
  g.frozenRows = BOARD.headerRow;
  g.protectedRects.push(rect(1, 1, l.rows, l.cols));
  return g;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function heading(g: Grid, b: BoardInput, l: BoardLayout): void {
  const { contest, lang } = b;
  g.text(BOARD.titleRow, C.name, t('leaderboard.title', lang, { name: contest.name }));
  g.bold(rect(BOARD.titleRow, C.name));
  g.text(BOARD.ruleRow, C.name, b.texts.rule);
  const period = { from: formatDay(contest.period.from, lang), to: formatDay(contest.period.to, lang) };
  g.text(BOARD.periodRow, C.name, t('leaderboard.period', lang, period));
  g.text(BOARD.daysLeftRow, C.name, t('leaderboard.daysLeft', lang));
  g.merges.push(rect(BOARD.daysLeftRow, C.name, 1, BOARD.daysLeftCol - C.name));
  const left = rect(BOARD.daysLeftRow, BOARD.daysLeftCol);
  g.set(left.row, left.col, daysLeft(l)).bold(left).align(left, 'left');
  g.text(BOARD.prizesRow, C.name, b.texts.prizes);
  g.text(BOARD.noteRow, C.name, b.texts.notes.join(' '));
  g.fontColor(rect(BOARD.noteRow, C.name), '#666666');
  const cells = BOARD.cell;
  g.set(BOARD.titleRow, cells.today, LIVE_TODAY);
  g.set(BOARD.titleRow, cells.from, serialOf(contest.period.from));
  g.set(BOARD.titleRow, cells.to, serialOf(contest.period.to));
  g.set(BOARD.titleRow, cells.counted, countedDays());
  g.set(BOARD.titleRow, cells.window, b.entrants.windowDays);
  g.set(BOARD.titleRow, cells.shown, shownCount(contest, l));
  g.set(BOARD.titleRow, cells.notShown, `=${l.n}-${REF.shown}`);
  for (const row of [BOARD.headerRow, l.headHeaderRow]) {
    for (const key of VISIBLE) g.text(row, C[key], headOf(key, contest, lang));
    g.header(rect(row, 1, 1, BOARD.lastVisibleCol));
  }
  g.note(BOARD.headerRow, C.place, t('leaderboard.note.hidden', lang, { row: l.headTitleRow }));
  g.text(l.headTitleRow, C.name, t('leaderboard.everyone', lang)).bold(rect(l.headTitleRow, C.name));
  if (l.moreRow !== null) {
    g.text(l.moreRow, C.name, t('leaderboard.notPublished', lang));
    g.set(l.moreRow, C.score, `=${REF.notShown}`);
    g.fontColor(rect(l.moreRow, 1, 1, BOARD.lastVisibleCol), '#666666');
  }
}

/** The header of a visible column; the score and detail columns say what they hold under this rule. */
function headOf(key: BoardColumn, contest: Contest, lang: Lang): string {
  const kind = contest.rule.kind;
  const heads: Partial<Record<BoardColumn, MessageKey>> = {
    place: 'leaderboard.col.place',
    name: contest.teams ? 'leaderboard.col.group' : 'leaderboard.col.name',
    score:
      kind === 'race'
        ? 'leaderboard.col.amount'
        : kind === 'improvement'
          ? 'leaderboard.col.growth'
          : 'leaderboard.col.points',
    gap: 'leaderboard.col.gap',
    prize: 'leaderboard.col.prize',
    prizeText: 'leaderboard.col.prizeText',
  };
  if (key === 'detail') {
    if (contest.teams) return t('leaderboard.col.members', lang);
    if (kind === 'race') return t('leaderboard.col.reached', lang);
    if (kind === 'planPoints') return t('leaderboard.col.percent', lang);
    if (kind === 'improvement') return t('leaderboard.col.baseline', lang);
    return '';
  }
  const k = heads[key];
  return k ? t(k, lang) : '';
}

/** A trail line's metric by its name and its day as the head writes dates (the core keeps ids and ISO). */
function readable(line: TrailNote, b: BoardInput): TrailNote {
  const { metric, day } = line.params;
  const parsed = typeof day === 'string' ? parseDayText(day) : undefined;
  return {
    ...line,
    params: {
      ...line.params,
      ...(typeof metric === 'string' ? { metric: b.metricName(metric) } : {}),
      ...(parsed !== undefined ? { day: formatDay(parsed, b.lang) } : {}),
    },
  };
}

function entrantRows(g: Grid, b: BoardInput, l: BoardLayout): void {
  const trails = new Map(b.standings.map((s) => [s.id, s.trail]));
  const asOf = t('leaderboard.trailAsOf', b.lang, { date: formatDay(b.today, b.lang) });
  b.entrants.list.forEach((e, i) => {
    const r = l.entrantFirst + i;
    g.text(r, C.name, e.name).text(r, C.id, e.id);
    const trail = trails.get(e.id);
    if (trail)
      g.note(
        r,
        C.name,
        [
          asOf,
          ...renderTrail(
            trail.map((n) => readable(n, b)),
            b.lang,
            b.currency,
          ),
        ].join('\n'),
      );
    const own = e.members
      ? groupFormulas(b.contest, l.memberFirst + e.members.first, e.members.count)
      : memberFormulas(b.contest, l, r);
    g.text(r, C.group, e.members ? e.name : (e.group ?? ''));
    for (const [key, f] of Object.entries({ ...own, ...rankFormulas(l, r) }))
      if (f) g.set(r, C[key as BoardColumn], f);
    if (b.contest.rule.kind === 'improvement' && !e.members)
      g.set(r, C.extra, b.entrants.baselines.get(e.id) ?? 0);
  });
}

function memberRows(g: Grid, b: BoardInput, l: BoardLayout): void {
  g.text(l.memberFirst - 1, C.name, t('leaderboard.members', b.lang)).bold(rect(l.memberFirst - 1, C.name));
  b.entrants.members.forEach((m, i) => {
    const r = l.memberFirst + i;
    g.text(r, C.name, m.name)
      .text(r, C.id, m.id)
      .text(r, C.group, m.team ?? '');
    for (const [key, f] of Object.entries(memberFormulas(b.contest, l, r)))
      if (f) g.set(r, C[key as BoardColumn], f);
    if (b.contest.rule.kind === 'improvement') g.set(r, C.extra, b.entrants.baselines.get(m.id) ?? 0);
  });
}

/** The published rows: the k-th shows the entrant in k-th order when published, else stays blank. */
function published(g: Grid, b: BoardInput, l: BoardLayout): void {
  const used = VISIBLE.filter((key) => {
    if (key === 'prize' || key === 'prizeText') return l.prizeCount > 0;
    return key !== 'detail' || headOf('detail', b.contest, b.lang) !== '';
  });
  for (let k = 1; k <= l.n; k++)
    for (const key of used) g.set(BOARD.firstRow + k - 1, C[key], publishedCell(l, k, C[key]));
}

function formats(g: Grid, b: BoardInput, l: BoardLayout): void {
  const kind = b.contest.rule.kind;
  const rule = b.contest.rule;
  const score =
    rule.kind === 'race'
      ? metricFormat(rule.metric, b.currency)
      : kind === 'improvement'
        ? `${FORMAT.points}" %"`
        : FORMAT.points;
  const detail = b.contest.teams
    ? ''
    : kind === 'race'
      ? dateFormat(b.lang)
      : kind === 'planPoints'
        ? FORMAT.conversion
        : FORMAT.points;
  const blocks = [
    { first: BOARD.firstRow, count: l.n },
    { first: l.entrantFirst, count: l.n },
  ];
  if (b.contest.teams) blocks.push({ first: l.memberFirst, count: l.m });
  for (const { first, count } of blocks) {
    if (count === 0) continue;
    g.format(rect(first, C.place, count, 1), '0');
    g.format(rect(first, C.score, count, 1), score).format(rect(first, C.gap, count, 1), score);
    if (detail) g.format(rect(first, C.detail, count, 1), detail);
    g.format(rect(first, C.prize, count, 1), moneyFormat(b.currency));
  }
  g.format(rect(BOARD.daysLeftRow, BOARD.daysLeftCol), FORMAT.count);
  if (l.moreRow !== null) g.format(rect(l.moreRow, C.score), FORMAT.count);
  g.bold(rect(BOARD.firstRow, 1, Math.min(l.n, 3), BOARD.lastVisibleCol));
  // The place beside the name, and a team's "3 / 3" beside its points: centered, apart from their neighbours.
  const below = l.rows - BOARD.headerRow + 1;
  g.align(rect(BOARD.headerRow, C.place, below, 1), 'center');
  if (b.contest.teams) g.align(rect(BOARD.headerRow, C.detail, below, 1), 'center');
  g.widths[C.place] = 60;
  g.widths[C.name] = 220;
  for (const c of [C.score, C.detail, C.gap, C.prize]) g.widths[c] = 110;
  g.widths[C.prizeText] = 160;
}
