import { baselineWindow } from '../../core/contests/improvement';
import { participantsOf } from '../../core/contests/score';
import { seriesOf } from '../../core/contests/series';
import type { ContestInput, DayValue, TeamMember } from '../../core/contests/types';
import { type Day, ymdOf } from '../../core/dates';
import type { ContestMonths } from '../contest-input';
import { a1, type Grid, quotedSheet, serialOf } from '../grid';
import { BOARD, type BoardLayout } from '../leaderboard-layout';
import { cellKey } from '../month-layout';
import { monthKey } from '../tabs';
import { countedFlag, runningTotal } from './contest-formulas';
import type { BoardInput } from './contest-grid';

/** An entrant: a participant, or a group of a team contest with its members (a run of `members`). */
export interface BoardEntrant {
  id: string;
  name: string;
  group?: string;
  members?: { first: number; count: number };
}

export interface BoardEntrants {
  list: BoardEntrant[];
  /** The participants with day cells, a group's members one after another in a team contest. */
  members: TeamMember[];
  /** An improvement contest: each participant's baseline total, fixed by the core at generation. */
  baselines: Map<string, number>;
  /** Calendar days of the baseline window (0 for other rules). */
  windowDays: number;
}

/**
 * The entrants in the core's list order: participants in the Team tab's order; in a team contest the groups
 * in the order of their first member, each with its members (those in no group are left out, as the core
 * leaves them).
 */
export function boardEntrants(input: ContestInput): BoardEntrants {
  const people = participantsOf(input);
  const { rule, period } = input.contest;
  const baselines = new Map<string, number>();
  let windowDays = 0;
  if (rule.kind === 'improvement') {
    const w = baselineWindow(rule, period.from);
    const facts = seriesOf(input.facts);
    for (const p of people) baselines.set(p.id, facts.sum(p.id, rule.metric, w.from, w.to));
    windowDays = w.to - w.from + 1;
  }
  if (!input.contest.teams) {
    const list = people.map((p) => ({ id: p.id, name: p.name, ...(p.team ? { group: p.team } : {}) }));
    return { list, members: people, baselines, windowDays };
  }
  const groups = new Map<string, TeamMember[]>();
  for (const p of people) {
    const g = p.team?.trim() ?? '';
    const group = groups.get(g);
    if (group) group.push(p);
    else if (g) groups.set(g, [p]);
  }
  const members: TeamMember[] = [];
  const list = [...groups].map(([name, list]) => {
    const first = members.length;
    members.push(...list);
    return { id: name, name, members: { first, count: list.length } };
  });
  return { list, members, baselines, windowDays };
}

/** A fact cell's formula: the month tab's day cell of the manager and metric, or 0 where there is none. */
function factRef(months: ContestMonths, id: string, metric: string, day: Day): string | number {
  const { year, month } = ymdOf(day);
  const m = months.get(monthKey(year, month));
  const row = m?.rows.get(cellKey(id, metric));
  const col = m?.cols.get(day);
  if (!m || row === undefined || col === undefined) return 0;
  return `=N(${quotedSheet(m.content.name)}!${a1(row + 1, col + 1, true)})`;
}

/** The day cells of every participant, the shared day rows and the prize table. */
export function dayCells(g: Grid, b: BoardInput, l: BoardLayout): void {
  const plans = planIndex(b.input.plans);
  b.entrants.members.forEach((m, i) => {
    const r = l.memberFirst + i;
    for (const s of l.segments)
      l.days.forEach((d, k) => {
        const c = s.firstCol + k;
        if (s.kind === 'fact') g.set(r, c, factRef(b.months, m.id, s.metric, d));
        else if (s.kind === 'cum') g.set(r, c, runningTotal(l, s.metric, r, k));
        else g.set(r, c, plans.get(`${m.id}|${s.metric}|${d}`) ?? 0);
      });
  });
  for (const s of l.segments)
    l.days.forEach((d, k) => {
      const c = s.firstCol + k;
      g.set(l.dateRow, c, serialOf(d)).set(l.countedRow, c, countedFlag(l, c));
      if (s === l.segments[0]) g.set(l.workRow, c, b.isWorkday(d) ? 1 : 0);
    });
  for (const mask of l.masks) {
    const s = l.segments.find((x) => x.kind === 'fact' && x.metric === mask.metric)!;
    mask.on.forEach((on, k) => {
      g.set(mask.row, s.firstCol + k, on ? countedFlag(l, s.firstCol + k) : 0);
    });
  }
  (b.contest.prizes ?? []).forEach((p, i) => {
    const r = l.prizeFirst + i;
    g.set(r, 1, i + 1).set(r, 2, 'kopecks' in p ? p.kopecks : 0);
    g.text(r, 3, 'text' in p ? p.text : '');
  });
  labelRows(g, l);
}

function planIndex(plans: readonly DayValue[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of plans) {
    const k = `${p.member}|${p.metric}|${p.day}`;
    out.set(k, (out.get(k) ?? 0) + p.value);
  }
  return out;
}

/** What the hidden day rows hold, for a person who unhides them. */
function labelRows(g: Grid, l: BoardLayout): void {
  g.text(l.dateRow, BOARD.col.id, 'spk:dates');
  g.text(l.countedRow, BOARD.col.id, 'spk:counted');
  g.text(l.workRow, BOARD.col.id, 'spk:workdays');
  for (const m of l.masks) g.text(m.row, BOARD.col.id, `spk:mask ${m.metric} × ${m.factor}`);
}
