import type { Addon } from '../../local/addon';
import { runContest } from '../../src/core/contests/contest';
import type { Contest, ContestRule, Standing, TeamMember } from '../../src/core/contests/types';
import { type Day, dayOf, isoString } from '../../src/core/dates';
import { t } from '../../src/i18n';
import { writeLeaderboards } from '../../src/sheets/actions/contest';
import { boardEntrants } from '../../src/sheets/actions/contest-cells';
import { contestInput, readContestMonths } from '../../src/sheets/contest-input';
import type { ActionContext } from '../../src/sheets/context';
import { BOARD, boardLayout } from '../../src/sheets/leaderboard-layout';
import { type Planned, settingsAndPlan } from '../../src/sheets/settings-plan';
import { leaderboardTabName } from '../../src/sheets/tabs';
import { textPx } from '../../src/sheets/widths';
import { mapMonthTab } from '../helpers/month-facts';
import { actionContextFor, decomposedWorkbook } from '../helpers/workbook';

/**
 * The leaderboard tab through the in-memory workbook (formulas evaluated by HyperFormula) against the core:
 * for each rule, the evaluated place, score, gap and prize of every entrant equal runContest's standings for
 * the same month tabs, and the published rows follow the live places.
 */
const TODAY = dayOf(2026, 11, 20);
const nov = (d: number) => dayOf(2026, 11, d);
const C = BOARD.col;
const TEAM: TeamMember[] = [1, 2, 3, 4, 5].map((i) => ({ id: `m${i}`, name: `Manager ${i}` }));
const GROUPS: TeamMember[] = TEAM.map((m, i) => ({
  ...m,
  ...(i < 4 ? { team: i < 2 ? 'Север' : 'Юг' } : {}),
}));

let a: Addon;
let ctx: ActionContext;
let planned: Planned;

beforeAll(() => {
  a = decomposedWorkbook(5, 'ru_RU', ['2026-10', '2026-11', '2026-12']);
  ctx = actionContextFor(a, TODAY);
  planned = settingsAndPlan(ctx)!;
});

function contest(name: string, rule: ContestRule, more: Partial<Contest> = {}): Contest {
  return { id: name, name, period: { from: nov(1), to: nov(30) }, participants: 'all', rule, ...more };
}

/** Types a fact into a month tab's day cell (blank: clears it). */
function type(id: string, metric: string, day: Day, value: number | ''): void {
  const iso = isoString(day);
  const sheet = a.ss.getSheetByName(iso.slice(0, 7))!;
  const map = mapMonthTab(sheet);
  sheet.getRange(map.rows.get(`${id}|${metric}`)!, map.days.get(iso)!).setValue(value);
}

function core(c: Contest, team = TEAM) {
  const months = readContestMonths(ctx, [c]);
  const metrics = planned.plan!.metrics.map((m) => m.id);
  const input = contestInput(c, team, metrics, months, ctx.today);
  return { input, standings: runContest(input).standings };
}

interface Row {
  id: string;
  name: string;
  place: number | '';
  score: number | '';
  gap: number | '';
  prizeKopecks: number;
  prizeText: string;
}

/** The evaluated board: every entrant's row of the head's block, and the published rows' names and places. */
function evaluated(c: Contest, team = TEAM) {
  const { input, standings } = core(c, team);
  const entrants = boardEntrants(input);
  const l = boardLayout(c, entrants.list.length, entrants.members.length);
  const sheet = a.ss.getSheetByName(`Конкурс «${c.name}»`)!;
  const values = sheet.getDataRange().getValues();
  const at = (r: number, col: number) => values[r - 1][col - 1];
  const rows: Row[] = entrants.list.map((_, i) => {
    const r = l.entrantFirst + i;
    return {
      id: String(at(r, C.id)),
      name: String(at(r, C.name)),
      place: at(r, C.place) as number | '',
      score: at(r, C.score) as number | '',
      gap: at(r, C.gap) as number | '',
      prizeKopecks: (at(r, C.prizeKopecks) as number) || 0,
      prizeText: String(at(r, C.prizeText) ?? ''),
    };
  });
  const published: [unknown, unknown][] = [];
  for (let k = 0; k < l.n; k++)
    published.push([at(BOARD.firstRow + k, C.place), at(BOARD.firstRow + k, C.name)]);
  return { rows, published, standings, values, l, at };
}

/** What the core says, in the shape of the board's rows. */
function expected(s: Standing): Row {
  return {
    id: s.id,
    name: s.name,
    place: s.place ?? '',
    score: s.score ?? '',
    gap: s.gap ?? '',
    prizeKopecks: s.prizeKopecks,
    prizeText: s.prizeText ?? '',
  };
}

function expectBoardEqualsCore(c: Contest, team = TEAM) {
  writeLeaderboards(ctx, planned, [c], team);
  const board = evaluated(c, team);
  const byId = new Map(board.rows.map((r) => [r.id, r]));
  for (const s of board.standings) expect(byId.get(s.id)).toEqual(expected(s));
  const shown = board.standings.filter((s) => s.shown).map((s) => [s.place ?? '', s.name]);
  const blanks = board.standings.length - shown.length;
  expect(board.published).toEqual([...shown, ...Array.from({ length: blanks }, () => ['', ''])]);
  return board;
}

describe('leaderboard formulas equal the core', () => {
  test('hideBottom: the last places are not published, a tie reaching into them hidden whole', () => {
    const rule: ContestRule = { kind: 'activity', weights: [{ metric: 'calls', points: 1 }] };
    const c = contest('Без отстающих', rule, { hideBottom: 1 });
    for (const [id, calls] of [
      ['m1', 50],
      ['m2', 40],
      ['m3', 30],
      ['m4', 10],
      ['m5', 10],
    ] as const)
      type(id, 'calls', nov(3), calls);
    const board = expectBoardEqualsCore(c);
    expect(board.published.filter(([p]) => p !== '').map(([p]) => p)).toEqual([1, 2, 3]);
    expectBoardEqualsCore({ ...c, name: 'Без двух', id: 'Без двух', hideBottom: 2, showTop: 4 });
    for (const id of ['m1', 'm2', 'm3', 'm4', 'm5']) type(id, 'calls', nov(3), '');
  });

  test('plan points: the 117 % case is 40 200 points; a tie at 2nd shares the prizes; showTop 2', () => {
    const rule = { kind: 'planPoints', metric: 'revenue', minimum: 90, rate: 300, rateAbove: 600 } as const;
    const c = contest('Ноябрьский спринт', rule, {
      showTop: 2,
      prizes: [{ kopecks: 1_000_000 }, { kopecks: 500_000 }, { text: 'выходной' }],
    });
    const plans = core(c).input.plans;
    const planOf = (id: string) =>
      plans
        .filter((p) => p.member === id && p.metric === 'revenue' && p.day < TODAY)
        .reduce((s, p) => s + p.value, 0);
    type('m1', 'revenue', nov(10), Math.round(planOf('m1') * 1.17));
    type('m2', 'revenue', nov(5), Math.round(planOf('m2') * 0.95));
    type('m3', 'revenue', nov(6), Math.round(planOf('m3') * 0.8));
    type('m5', 'revenue', nov(9), Math.round(planOf('m5') * 0.95));
    // today's fact does not count yet (the counted days are those before today)
    type('m4', 'revenue', nov(20), Math.round(planOf('m4') * 2));
    const board = expectBoardEqualsCore(c);
    const m1 = board.rows.find((r) => r.id === 'm1')!;
    expect(m1).toMatchObject({ place: 1, score: 40_200, prizeKopecks: 1_000_000 });
    const second = board.rows.filter((r) => r.place === 2);
    expect(second.map((r) => [r.id, r.score, r.prizeKopecks])).toEqual([
      ['m2', 28_500, 250_000],
      ['m5', 28_500, 250_000],
    ]);
    expect(board.published.filter(([p]) => p !== '')).toHaveLength(3);
    expect(board.at(board.l.moreRow!, C.score)).toBe(2);

    // One more fact, typed on the month tab: the board recalculates by itself.
    type('m4', 'revenue', nov(19), Math.round(planOf('m4') * 1.5));
    const live = evaluated(c);
    const m4 = live.rows.find((r) => r.id === 'm4')!;
    expect(m4.place).toBe(1);
    const byId = new Map(live.rows.map((r) => [r.id, r]));
    for (const s of live.standings) expect(byId.get(s.id)).toEqual(expected(s));
    expect(live.published[0]).toEqual([1, 'Manager 4']);
  });

  test('race: equal amounts, the earlier day wins; gap 0 behind a leader ahead on the day only', () => {
    const c = contest('Гонка', { kind: 'race', metric: 'deals', target: 5 });
    type('m1', 'deals', nov(10), 5);
    type('m2', 'deals', nov(5), 3);
    type('m2', 'deals', nov(12), 2);
    type('m3', 'deals', nov(10), 5);
    type('m4', 'deals', nov(3), 4);
    const board = expectBoardEqualsCore(c);
    expect(board.rows.map((r) => [r.id, r.place, r.gap])).toEqual([
      ['m1', 1, ''],
      ['m2', 3, 0],
      ['m3', 1, ''],
      ['m4', 4, 1],
      ['m5', 5, 4],
    ]);
  });

  test('activity with a weekday multiplier (Fridays × 2) stacked with a metric’s (meetings × 1.5)', () => {
    const rule: ContestRule = {
      kind: 'activity',
      weights: [
        { metric: 'calls', points: 1 },
        { metric: 'meetings', points: 5 },
      ],
      multipliers: [
        { weekday: 5, factor: 2 },
        { metric: 'meetings', factor: 1.5 },
      ],
    };
    const c = contest('Активность', rule, { prizes: [{ kopecks: 300_000 }, { kopecks: 200_000 }] });
    type('m1', 'calls', nov(12), 10); // Thursday: 10
    type('m1', 'calls', nov(13), 10); // Friday: 20
    type('m2', 'meetings', nov(13), 3); // Friday: 30
    type('m3', 'calls', nov(16), 7);
    type('m3', 'meetings', nov(17), 1);
    const board = expectBoardEqualsCore(c);
    expect(board.rows.find((r) => r.id === 'm1')!.score).toBe(30);
    // a metric's factor and a weekday's stack: 3 meetings × 5 × 2 × 1.5
    expect(board.rows.find((r) => r.id === 'm2')!.score).toBe(45);
    expect(board.rows.find((r) => r.id === 'm3')!.score).toBe(14.5);
  });

  test('improvement against the previous month (a baseline on the October tab)', () => {
    const rule: ContestRule = {
      kind: 'improvement',
      metric: 'meetings',
      baseline: { unit: 'month', count: 1 },
    };
    const c = contest('Рост', rule);
    type('m1', 'meetings', dayOf(2026, 10, 5), 31);
    type('m2', 'meetings', dayOf(2026, 10, 6), 62);
    type('m3', 'meetings', dayOf(2026, 10, 7), 10);
    type('m1', 'meetings', nov(4), 30);
    type('m2', 'meetings', nov(4), 20);
    type('m4', 'meetings', nov(4), 20); // no baseline: listed, not ranked
    const board = expectBoardEqualsCore(c);
    expect(board.rows.find((r) => r.id === 'm4')!.place).toBe('');
  });

  test('a team contest: groups score the average of their members; a race day is the last member’s', () => {
    const c = contest('Гонка групп', { kind: 'race', metric: 'leads', target: 4 }, { teams: true });
    type('m1', 'leads', nov(3), 4);
    type('m2', 'leads', nov(9), 4);
    type('m3', 'leads', nov(4), 4);
    type('m4', 'leads', nov(5), 4);
    const board = expectBoardEqualsCore(c, GROUPS);
    expect(board.rows.map((r) => [r.id, r.place])).toEqual([
      ['Север', 2],
      ['Юг', 1],
    ]);
  });

  test('a period across two months, finished: its final standings', () => {
    const rule: ContestRule = { kind: 'activity', weights: [{ metric: 'receipts', points: 20 }] };
    const c = contest('Осень', rule, { period: { from: dayOf(2026, 10, 20), to: nov(10) } });
    type('m1', 'receipts', dayOf(2026, 10, 28), 2);
    type('m1', 'receipts', nov(2), 1);
    type('m2', 'receipts', dayOf(2026, 10, 21), 4);
    type('m3', 'receipts', nov(11), 9); // after the period
    const board = expectBoardEqualsCore(c);
    expect(board.rows.map((r) => r.score)).toEqual([60, 80, 0, 0, 0]);
    expect(board.at(BOARD.daysLeftRow, BOARD.daysLeftCol)).toBe(0);
  });
});

describe('the tab', () => {
  test('its name: «Конкурс «…»» / "Contest “…”", no colon, within the 100 characters Sheets allows', () => {
    expect(leaderboardTabName('Ноябрьский спринт', 'ru')).toBe('Конкурс «Ноябрьский спринт»');
    expect(leaderboardTabName('November sprint', 'en')).toBe('Contest “November sprint”');
    expect(leaderboardTabName('x'.repeat(200), 'en').length).toBeLessThanOrEqual(100);
  });

  test('a month tab that does not exist counts 0 and a note names it', () => {
    const rule: ContestRule = { kind: 'activity', weights: [{ metric: 'leads', points: 2 }] };
    const c = contest('Зима', rule, { period: { from: nov(16), to: dayOf(2027, 1, 10) } });
    type('m2', 'leads', nov(17), 6);
    const board = expectBoardEqualsCore(c);
    expect(board.rows.find((r) => r.id === 'm2')!.score).toBe(12);
    expect(String(board.at(BOARD.noteRow, C.name))).toContain('2027-01');
  });

  test('days left: its label merged across the name and score columns fits them and does not widen the names', () => {
    const c = contest('Ширина', { kind: 'race', metric: 'deals', target: 100 });
    writeLeaderboards(ctx, planned, [c], TEAM);
    const sheet = a.ss.getSheetByName('Конкурс «Ширина»')!;
    const label = sheet.getRange(BOARD.daysLeftRow, C.name);
    const merged = label.getMergedRanges()[0];
    expect([merged.getColumn(), merged.getNumColumns()]).toEqual([C.name, BOARD.daysLeftCol - C.name]);
    // was 318 px: the label sized the name column
    expect(sheet.getColumnWidth(C.name)).toBe(220);
    const room = sheet.getColumnWidth(C.name) + sheet.getColumnWidth(C.score);
    for (const lang of ['ru', 'en'] as const)
      expect(textPx(t('leaderboard.daysLeft', lang))).toBeLessThanOrEqual(room);
    expect(sheet.getRange(BOARD.daysLeftRow, BOARD.daysLeftCol).getHorizontalAlignment()).toBe('left');
    // places centered beside the names, from the header down
    const places = sheet.getRange(BOARD.headerRow, C.place, TEAM.length + 1, 1).getHorizontalAlignments();
    expect(places.flat()).toEqual(Array(TEAM.length + 1).fill('center'));
  });

  test('days left: the working days of the period from today on, live', () => {
    const c = contest('Дни', { kind: 'race', metric: 'deals', target: 100 });
    writeLeaderboards(ctx, planned, [c], TEAM);
    const sheet = a.ss.getSheetByName('Конкурс «Дни»')!;
    const left = () => sheet.getRange(BOARD.daysLeftRow, BOARD.daysLeftCol).getValue();
    const workdays = (from: Day) => {
      let n = 0;
      for (let d = from; d <= nov(30); d++) if (planned.settings.calendar.isWorkday(d)) n++;
      return n;
    };
    expect(left()).toBe(workdays(TODAY));
    a.ss.setNow('2026-11-25 10:00');
    expect(left()).toBe(workdays(nov(25)));
    a.ss.setNow('2026-11-20 10:00');
  });
});
