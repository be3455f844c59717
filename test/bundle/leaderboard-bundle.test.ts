import type { Addon } from '../../local/addon';
import { runContest } from '../../src/core/contests/contest';
import { dayOf } from '../../src/core/dates';
import { boardEntrants } from '../../src/sheets/actions/contest-cells';
import { contestInput, contestTeam, readContestMonths } from '../../src/sheets/contest-input';
import { BOARD, boardLayout } from '../../src/sheets/leaderboard-layout';
import { Problems } from '../../src/sheets/problems';
import { readContests } from '../../src/sheets/settings/contests';
import { settingsAndPlan } from '../../src/sheets/settings-plan';
import { mapMonthTab } from '../helpers/month-facts';
import { actionContextFor, decomposedWorkbook, exampleWorkbook } from '../helpers/workbook';

/** The Contests menu item through the built bundle (SPK_CODE or dist/Code.js), on the example Contests tab. */
const TODAY = dayOf(2026, 11, 20);
const C = BOARD.col;

function typeFacts(a: Addon): void {
  const sheet = a.ss.getSheetByName('2026-11')!;
  const map = mapMonthTab(sheet);
  const ids = [...new Set([...map.rows.keys()].map((k) => k.split('|')[0]))];
  ids.forEach((id, i) => {
    for (const [metric, day, value] of [
      ['revenue', '2026-11-10', 900_000 + 250_000 * i],
      ['deals', '2026-11-13', 3 + i],
      ['calls', '2026-11-12', 40 - i],
      ['meetings', '2026-11-13', i % 3],
    ] as const)
      if (map.rows.has(`${id}|${metric}`))
        sheet.getRange(map.rows.get(`${id}|${metric}`)!, map.days.get(day)!).setValue(value);
  });
}

/** Groups for the team contest on the Team tab's last column (setTeam leaves it as it was). */
function setGroups(a: Addon, team: number, tab = 'Команда'): void {
  const groups = Array.from({ length: team + 1 }, (_, i) => [i % 2 ? 'Юг' : 'Север']);
  a.ss
    .getSheetByName(tab)!
    .getRange(2, 12, team + 1, 1)
    .setValues(groups);
}

describe('Contests: leaderboards through the bundle', () => {
  test('every started example contest gets its board, equal to the core; the published rows follow the places', () => {
    const a = decomposedWorkbook(5);
    setGroups(a, 5);
    typeFacts(a);
    a.call('menuContests');
    expect(a.ss.ui.dialogs.filter((d) => d.kind === 'alert')).toEqual([]);
    const ctx = actionContextFor(a, TODAY);
    const planned = settingsAndPlan(ctx)!;
    const contests = readContests(ctx, planned.settings, new Problems())!;
    const months = readContestMonths(ctx, contests);
    const metrics = planned.plan!.metrics.map((m) => m.id);
    expect(contests.length).toBe(3);
    for (const c of contests) {
      const input = contestInput(c, contestTeam(planned.settings.people), metrics, months, TODAY);
      const { standings } = runContest(input);
      const entrants = boardEntrants(input);
      const l = boardLayout(c, entrants.list.length, entrants.members.length);
      const values = a.ss.getSheetByName(`Конкурс «${c.name}»`)!.getDataRange().getValues();
      const at = (r: number, col: number) => values[r - 1][col - 1];
      const board = entrants.list.map((_, i) => {
        const r = l.entrantFirst + i;
        const [place, score, gap] = [C.place, C.score, C.gap].map((col) => at(r, col));
        return { id: at(r, C.id), place, score, gap, prize: (at(r, C.prizeKopecks) as number) || 0 };
      });
      const core = standings.map((s) => ({
        id: s.id,
        place: s.place ?? '',
        score: s.score ?? '',
        gap: s.gap ?? '',
        prize: s.prizeKopecks,
      }));
      expect(board).toEqual(expect.arrayContaining(core));
      expect(board).toHaveLength(core.length);
      expect(board.some((r) => typeof r.score === 'number' && r.score > 0)).toBe(true);
      const published = standings.filter((s) => s.shown).map((s) => s.name);
      const rows = Array.from({ length: l.n }, (_, k) => at(BOARD.firstRow + k, C.name)).filter(
        (v) => v !== '',
      );
      expect(rows).toEqual(published);
    }
  });

  test('in English: the boards are "Contest “…”" with English headers', () => {
    const a = exampleWorkbook(5, 'en_US');
    setGroups(a, 5, 'Team');
    a.call('menuContests');
    expect(a.ss.ui.dialogs.filter((d) => d.kind === 'alert')).toEqual([]);
    const board = a.ss.getSheetByName('Contest “November sprint”')!;
    expect(board.getRange(BOARD.headerRow, C.place, 1, 3).getValues()).toEqual([
      ['Place', 'Participant', 'Points'],
    ]);
  });

  test('a contest with reversed dates: the one dialog, nothing written', () => {
    const a = exampleWorkbook(5);
    const tab = a.ss.getSheetByName('Конкурсы')!;
    tab.getRange(2, 2).setValue('2026-11-30');
    tab.getRange(2, 3).setValue('2026-11-01');
    const sheets = a.ss.sheetList().length;
    a.call('menuContests');
    const alerts = a.ss.ui.dialogs.filter((d) => d.kind === 'alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].message).toContain('раньше');
    expect(a.ss.sheetList().length).toBe(sheets);
  });

  test('the same number of service calls for 5 and for 50 managers', () => {
    const calls = (team: number) => {
      const a = exampleWorkbook(team);
      setGroups(a, team);
      typeFacts(a);
      a.call('menuContests');
      a.ss.counter.reset();
      a.call('menuContests');
      expect(a.ss.ui.dialogs.filter((d) => d.kind === 'alert')).toEqual([]);
      return a.ss.counter.total();
    };
    const five = calls(5);
    expect(five).toBeGreaterThan(0);
    expect(calls(50)).toBe(five);
  });
});
