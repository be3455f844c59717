import type { Contest } from '../../core/contests/types';
import { a1, colLetter } from '../grid';
import { BOARD, type BoardLayout, type Segment, segmentOf } from '../leaderboard-layout';

/**
 * The live formulas of a leaderboard, as text. Each follows a rule of src/core/contests (a test compares the
 * evaluated tab with runContest): the counted days are those of the period before today (one =INT(TODAY())
 * cell), scores to the hundredth by ROUND as the core's hundredth, competition places, prizes shared by ties.
 * Only functions every engine shares: SUM, SUMPRODUCT, SUMIFS, COUNTIF(S), IF, IFERROR, INDEX, MATCH, MIN,
 * MAX, LARGE, AVERAGE, ROUND, INT, MOD, N.
 */
const C = BOARD.col;
const NEVER = BOARD.never;
const cell = (col: number) => a1(BOARD.titleRow, col, true);
export const REF = {
  today: cell(BOARD.cell.today),
  from: cell(BOARD.cell.from),
  to: cell(BOARD.cell.to),
  counted: cell(BOARD.cell.counted),
  window: cell(BOARD.cell.window),
  shown: cell(BOARD.cell.shown),
  notShown: cell(BOARD.cell.notShown),
};

/** Rows first..last of a column, absolute ("$C$12:$C$20"). */
export function column(col: number, first: number, count: number): string {
  return `${a1(first, col, true)}:${a1(first + count - 1, col, true)}`;
}

/** A segment's cells in row r ("$R$12:$AV$12"). */
function seg(l: BoardLayout, s: Segment, r: number): string {
  return `${a1(r, s.firstCol, true)}:${a1(r, s.firstCol + l.days.length - 1, true)}`;
}

/** The day rows' formulas: 1 on a counted day (before today) the mask lets through. */
export function countedFlag(l: BoardLayout, col: number): string {
  return `=IF(${colLetter(col)}$${l.dateRow}<${REF.today},1,0)`;
}

/** Working days of the period from today on: the period's working-day flags dated today or later. */
export function daysLeft(l: BoardLayout): string {
  const s = l.segments[0];
  return `=SUMIFS(${seg(l, s, l.workRow)},${seg(l, s, l.dateRow)},">="&${REF.today})`;
}

/** The counted days of a running period (improvement prorates its baseline to them). */
export const countedDays = () => `=MAX(0,MIN(${REF.to},${REF.today}-1)-${REF.from}+1)`;

/** A participant's score, race day, sums and detail in row r, by the contest's rule. */
export function memberFormulas(
  contest: Contest,
  l: BoardLayout,
  r: number,
): Partial<Record<keyof typeof C, string>> {
  const rule = contest.rule;
  const at = (col: number) => a1(r, col);
  const counted = (s: Segment) => seg(l, s, l.countedRow);
  switch (rule.kind) {
    case 'race': {
      const cum = segmentOf(l, 'cum', rule.metric);
      const last = a1(r, cum.firstCol + l.days.length - 1);
      const reached = `COUNTIF(${seg(l, cum, r)},"<"&${rule.target})+1`;
      return {
        score: `=MIN(${last},${rule.target})`,
        day: `=IF(${last}>=${rule.target},INDEX(${seg(l, cum, l.dateRow)},1,${reached}),${NEVER})`,
        detail: `=IF(${at(C.day)}<${NEVER},${at(C.day)},"")`,
      };
    }
    case 'planPoints': {
      const fact = segmentOf(l, 'fact', rule.metric);
      const plan = segmentOf(l, 'plan', rule.metric);
      const [F, PL, pct] = [at(C.fact), at(C.plan), at(C.extra)];
      const points = `ROUND(MIN(${pct},100)*${rule.rate}+ROUND(MAX(${pct}-100,0),2)*${rule.rateAbove},2)`;
      return {
        fact: `=SUMPRODUCT(${seg(l, fact, r)},${counted(fact)})`,
        plan: `=SUMPRODUCT(${seg(l, plan, r)},${counted(plan)})`,
        extra: `=IF(${PL}>0,ROUND(${F}/${PL}*100,2),"")`,
        score: `=IF(${PL}>0,IF(${pct}<${rule.minimum},0,${points}),"")`,
        detail: `=IF(${PL}>0,${pct}/100,"")`,
        day: `=${NEVER}`,
      };
    }
    case 'activity': {
      const terms = l.masks.map((mask) => {
        const w = rule.weights.find((x) => x.metric === mask.metric)!;
        const s = segmentOf(l, 'fact', mask.metric);
        return `ROUND(SUMPRODUCT(${seg(l, s, r)},${seg(l, s, mask.row)})*${w.points}*${mask.factor},2)`;
      });
      return { score: `=ROUND(${terms.join('+') || '0'},2)`, day: `=${NEVER}` };
    }
    case 'improvement': {
      const fact = segmentOf(l, 'fact', rule.metric);
      const [F, expected, base] = [at(C.fact), at(C.plan), at(C.extra)];
      const known = `AND(${base}>0,${REF.counted}>0)`;
      return {
        fact: `=SUMPRODUCT(${seg(l, fact, r)},${counted(fact)})`,
        plan: `=IF(${known},(${base}*${REF.counted})/${REF.window},"")`,
        score: `=IF(${known},ROUND((${F}/${expected}-1)*100,2),"")`,
        detail: `=IF(${known},ROUND(${expected},2),"")`,
        day: `=${NEVER}`,
      };
    }
  }
}

/** A race's running total in the k-th day cell of row r: the counted facts up to that day. */
export function runningTotal(l: BoardLayout, metric: string, r: number, k: number): string {
  const fact = segmentOf(l, 'fact', metric);
  const cum = segmentOf(l, 'cum', metric);
  const today = (s: Segment) => `${a1(r, s.firstCol + k)}*${a1(l.countedRow, fact.firstCol + k, true)}`;
  return k === 0 ? `=${today(fact)}` : `=${a1(r, cum.firstCol + k - 1)}+${today(fact)}`;
}

/** A group of a team contest: the average of its ranked members (rows first..first+count−1), to 0.01. */
export function groupFormulas(contest: Contest, first: number, count: number) {
  const scores = column(C.score, first, count);
  return {
    score: `=IFERROR(ROUND(AVERAGE(${scores}),2),"")`,
    // The group reaches the target on the day its last member does.
    day: contest.rule.kind === 'race' ? `=MAX(${column(C.day, first, count)})` : `=${NEVER}`,
    detail: `=COUNT(${scores})&" / ${count}"`,
  };
}

/** Place, order, gap and prize of the entrant in row r among the n entrants from row `first`. */
export function rankFormulas(l: BoardLayout, r: number): Partial<Record<keyof typeof C, string>> {
  const all = (col: number) => column(col, l.entrantFirst, l.n);
  const [S, D, R, T, K] = [C.score, C.day, C.rank, C.tie, C.prizeKopecks].map((c) => a1(r, c));
  const out: Partial<Record<keyof typeof C, string>> = {
    rank: `=IF(${S}="",${NEVER},1+COUNTIF(${all(C.score)},">"&${S})+COUNTIFS(${all(C.score)},${S},${all(C.day)},"<"&${D}))`,
    place: `=IF(${R}<${NEVER},${R},"")`,
    tie: r === l.entrantFirst ? '=0' : `=COUNTIF(${column(C.rank, l.entrantFirst, r - l.entrantFirst)},${R})`,
    order: `=COUNTIF(${all(C.rank)},"<"&${R})+${T}+1`,
    gap: `=IF(OR(${S}="",${R}=1),"",ROUND(LARGE(${all(C.score)},${R}-1)-${S},2))`,
  };
  if (l.prizeCount === 0) return out;
  const [place, kop, text] = [1, 2, 3].map((c) => column(c, l.prizeFirst, l.prizeCount));
  const tied = `COUNTIF(${all(C.rank)},${R})`;
  const pool = `SUMIFS(${kop},${place},">="&${R},${place},"<"&(${R}+${tied}))`;
  return {
    ...out,
    // A prize is for a result: none for a score of zero or less (the core's awardPrizes).
    prizeKopecks: `=IF(N(${S})<=0,0,INT(${pool}/${tied})+IF(${T}<MOD(${pool},${tied}),1,0))`,
    prize: `=IF(${K}>0,${K}/100,"")`,
    prizeText: `=IF(N(${S})<=0,"",IFERROR(""&INDEX(${text},${R}),""))`,
  };
}

/**
 * How many entrants are published, a prefix of the leaderboard order as in the core's publishedPlaces:
 * places 1…showTop (ties included); without the last hideBottom positions of the ranked, the tie reaching
 * into them hidden whole (places below the place of the first hidden position); or everyone.
 */
export function shownCount(contest: Contest, l: BoardLayout): string {
  const ranks = column(C.rank, l.entrantFirst, l.n);
  const order = column(C.order, l.entrantFirst, l.n);
  const counts: string[] = [];
  if (contest.showTop !== undefined) counts.push(`COUNTIF(${ranks},"<="&${contest.showTop})`);
  if (contest.hideBottom !== undefined) {
    const kept = `COUNTIF(${ranks},"<"&${BOARD.never})-${contest.hideBottom}`;
    counts.push(`IF(${kept}<1,0,COUNTIF(${ranks},"<"&INDEX(${ranks},MATCH(${kept}+1,${order},0))))`);
  }
  if (counts.length === 0) return `=${l.n}`;
  return counts.length === 1 ? `=${counts[0]}` : `=MIN(${counts.join(',')})`;
}

/** The k-th published row's cell of column `col`: the entrant whose order is k, when published. */
export function publishedCell(l: BoardLayout, k: number, col: number): string {
  const order = column(C.order, l.entrantFirst, l.n);
  return `=IF(${k}<=${REF.shown},INDEX(${column(col, l.entrantFirst, l.n)},MATCH(${k},${order},0)),"")`;
}
