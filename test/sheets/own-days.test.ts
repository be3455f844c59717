/**
 * Issue 12, acceptance: each person's own working days on the month tab and Today, through the built
 * bundle against the in-memory spreadsheet. A team with a vacation in the past, a vacation ahead, sick
 * days on the test dates, a hire on the first and a leaver on the last working day (and one of each in
 * mid-month) is walked through November 2026: on each "today" the month tab's evaluated formulas must
 * equal the core's rules (src/core/own-days.ts) on the person's own days built here independently, the
 * Today tab must show the same numbers, and every row the same light on both tabs.
 *
 * Report and Bonus: at the time of writing neither shows plan to date or the forecast on own days
 * (git log has no commit for them; other engineers are changing report.ts and bonus.ts). When they do,
 * add here: for each date, the Report's per-person plan to date, forecast and light, and the Bonus tab's
 * forecast facts, equal the month tab's rows checked below.
 */
import type { Addon } from '../../local/addon';
import type { Sheet } from '../../local/spreadsheet';
import { type Day, dayOf, firstOfMonth, isoString, lastOfMonth, ymdOf } from '../../src/core/dates';
import { departmentPace, type Light, lightOf, type OwnPace, ownPace } from '../../src/core/own-days';
import { t } from '../../src/i18n';
import { LIGHTS } from '../../src/sheets/actions/month-format';
import { TODAY } from '../../src/sheets/actions/today';
import { MONTH } from '../../src/sheets/month-layout';
import {
  CALENDAR,
  dailyOf,
  ownDaysWorkbook,
  ownMonthOfMember,
  reopen,
  rowsOf,
  ruleBackground,
  shownAs,
  TEAM,
  THRESHOLDS,
  type Typed,
  typeFactsUpTo,
} from '../helpers/own-days';
import { createMonth } from '../helpers/workbook';

const M = MONTH.col;
const T = TODAY.col;
const NO_DAYS = t('month.noDaysLeft', 'ru');
const OFF_TODAY = t('today.offToday', 'ru');
const DATES = ['2026-11-01', '2026-11-12', '2026-11-20', '2026-11-30', '2026-12-01'];

const dayOfIso = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayOf(y, m, d);
};

/** Collects every disagreement of a run, so one failure lists them all. */
class Mismatches {
  readonly list: string[] = [];
  /** What was seen, so a run that checks nothing cannot pass: "light:red", "pace:нет дней", "forecast:blank"… */
  readonly seen = new Map<string, number>();
  count(what: string): void {
    this.seen.set(what, (this.seen.get(what) ?? 0) + 1);
  }
  /** Equal within 1e-6 relative (money, ratios); blank ("") stands for the core's null. */
  near(where: string, actual: unknown, expected: number | null): void {
    if (expected === null) {
      if (actual !== '') this.list.push(`${where}: tab ${JSON.stringify(actual)}, core blank`);
      return;
    }
    const ok =
      typeof actual === 'number' && Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
    if (!ok) this.list.push(`${where}: tab ${JSON.stringify(actual)}, core ${expected}`);
  }
  same(where: string, actual: unknown, expected: unknown): void {
    if (actual !== expected)
      this.list.push(`${where}: tab ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
}

interface RowCheck {
  /** "id|metric" → the core's pace for that row (department under MONTH.departmentId). */
  paces: Map<string, OwnPace>;
  rows: Map<string, number>;
  values: unknown[][];
}

/** The department's working days before `asOf` in the month of `from`…`to`. */
function departmentElapsed(from: Day, to: Day, asOf: Day): number {
  let n = 0;
  for (let d = from; d <= to; d++) if (CALENDAR.isWorkday(d) && d < asOf) n++;
  return n;
}

/**
 * Checks every manager × metric row and every department row of a month tab against the core, as of
 * `asOf`, for the facts typed. Returns the core's paces by row for the later checks.
 */
function checkMonthTab(
  sheet: Sheet,
  metrics: readonly string[],
  asOf: Day,
  typed: Typed,
  bad: Mismatches,
  label: string,
): RowCheck {
  const { year, month } = ymdOf(dayOfIso(`${sheet.getName()}-01`));
  const from = firstOfMonth(year, month);
  const to = lastOfMonth(year, month);
  const values = sheet.getDataRange().getValues();
  const rows = rowsOf(sheet);
  const paces = new Map<string, OwnPace>();
  const cell = (r: number, c: number) => values[r - 1][c - 1];
  bad.same(`${label} today cell`, cell(MONTH.todayCell.row, MONTH.todayCell.col), asOf - dayOf(1899, 12, 30));
  for (const m of TEAM) {
    const own = ownMonthOfMember(m, year, month);
    for (const metric of metrics) {
      const r = rows.get(`${m.id}|${metric}`);
      const at = `${label} ${m.id} ${metric}`;
      if (r === undefined) {
        bad.list.push(`${at}: no row`);
        continue;
      }
      const plan = Number(cell(r, M.plan));
      const p = ownPace(own, asOf, plan, dailyOf(typed, m.id, metric, from, to));
      paces.set(`${m.id}|${metric}`, p);
      bad.same(`${at} ownDays`, cell(r, M.ownDays), p.total);
      bad.same(`${at} ownElapsed`, cell(r, M.ownElapsed), p.elapsed);
      bad.near(`${at} fact`, cell(r, M.fact), p.fact);
      bad.near(`${at} completion`, cell(r, M.completion), p.completion);
      bad.near(`${at} planToDate`, cell(r, M.planToDate), p.planToDate);
      bad.near(`${at} completionToDate`, cell(r, M.completionToDate), p.completionToDate);
      bad.near(`${at} forecast`, cell(r, M.forecast), p.forecast);
      bad.count(
        p.needed === null ? 'pace:no days' : p.needed > 0 && p.needed < 1 ? 'pace:small' : 'pace:number',
      );
      bad.count(
        p.forecast === null
          ? 'forecast:blank'
          : p.forecast === p.fact
            ? 'forecast:fact'
            : 'forecast:run-rate',
      );
      bad.count(p.total === 0 ? 'own:none' : p.elapsed === 0 ? 'own:none elapsed' : 'own:some elapsed');
      if (p.needed === null) bad.same(`${at} pace`, cell(r, M.pace), NO_DAYS);
      else bad.near(`${at} pace`, cell(r, M.pace), p.needed);
    }
  }
  const elapsed = departmentElapsed(from, to, asOf);
  let workdays = 0;
  for (let d = from; d <= to; d++) if (CALENDAR.isWorkday(d)) workdays++;
  bad.same(`${label} info workdays`, cell(MONTH.infoRow, MONTH.info.totalCol), workdays);
  bad.same(`${label} info elapsed`, cell(MONTH.infoRow, MONTH.info.elapsedCol), elapsed);
  for (const metric of metrics) {
    const key = `${MONTH.departmentId}|${metric}`;
    const r = rows.get(key)!;
    const d = departmentPace(
      TEAM.map((m) => paces.get(`${m.id}|${metric}`)!),
      elapsed,
    );
    paces.set(key, d);
    const at = `${label} department ${metric}`;
    bad.near(`${at} plan`, cell(r, M.plan), d.plan);
    bad.near(`${at} fact`, cell(r, M.fact), d.fact);
    bad.near(`${at} completion`, cell(r, M.completion), d.completion);
    bad.near(`${at} planToDate`, cell(r, M.planToDate), d.planToDate);
    bad.near(`${at} completionToDate`, cell(r, M.completionToDate), d.completionToDate);
    bad.near(`${at} forecast`, cell(r, M.forecast), d.forecast);
    if (d.needed === null) bad.same(`${at} pace`, cell(r, M.pace), NO_DAYS);
    else bad.near(`${at} pace`, cell(r, M.pace), d.needed);
  }
  return { paces, rows, values };
}

/** The light of a row on the core's rule (forecast ÷ plan against the Plan tab's thresholds). */
const lightFor = (p: OwnPace): Light | null =>
  lightOf(p.forecastCompletion, THRESHOLDS.redBelow, THRESHOLDS.amberBelow);

/** Each row's light on the month tab: what its conditional rules paint on the completion column. */
function checkMonthLights(a: Addon, sheet: Sheet, check: RowCheck, bad: Mismatches, label: string): void {
  for (const [key, p] of check.paces) {
    const light = lightFor(p);
    const bg = ruleBackground(a.ss, sheet, check.rows.get(key)!, M.completion);
    bad.same(`${label} ${key} month light`, bg, light ? LIGHTS[light] : null);
    bad.count(`month light:${light}`);
  }
}

/**
 * The Today tab for `asOf`: one row per month-tab row with the same numbers (pace: "off today" for a
 * person not working today), and the light of the core's rule painted on its completion column.
 */
function checkToday(a: Addon, month: RowCheck, asOf: Day, bad: Mismatches, label: string): void {
  const sheet = a.ss.getSheetByName('Сегодня');
  if (!sheet) {
    bad.list.push(`${label}: no Today tab`);
    return;
  }
  const values = sheet.getDataRange().getValues();
  const backgrounds = sheet.getDataRange().getBackgrounds();
  const seen = new Set<string>();
  values.forEach((row, i) => {
    if (i < TODAY.firstDataRow - 1) return;
    const key = `${row[T.id - 1]}|${row[T.metric - 1]}`;
    seen.add(key);
    const r = month.rows.get(key);
    const p = month.paces.get(key);
    const at = `${label} Today ${key}`;
    if (r === undefined || !p) {
      bad.list.push(`${at}: not on the month tab`);
      return;
    }
    const tab = month.values[r - 1];
    for (const [tc, mc] of [
      [T.plan, M.plan],
      [T.fact, M.fact],
      [T.completion, M.completion],
      [T.planToDate, M.planToDate],
      [T.completionToDate, M.completionToDate],
      [T.forecast, M.forecast],
    ] as const) {
      const m = tab[mc - 1];
      bad.near(`${at} col ${tc}`, row[tc - 1], m === '' ? null : Number(m));
    }
    bad.near(`${at} forecastCompletion`, row[T.forecastCompletion - 1], p.forecastCompletion);
    const member = TEAM.find((x) => x.id === row[T.id - 1]);
    const { year, month: mo } = ymdOf(asOf);
    const offToday =
      !!member &&
      CALENDAR.isWorkday(asOf) &&
      ownMonthOfMember(member, year, mo).present[asOf - firstOfMonth(year, mo)] === 0;
    const monthPace = tab[M.pace - 1];
    bad.count(`today light:${lightFor(p)}`);
    if (offToday) bad.count('today:off');
    if (offToday) bad.same(`${at} pace`, row[T.pace - 1], OFF_TODAY);
    else if (typeof monthPace === 'string') bad.same(`${at} pace`, row[T.pace - 1], monthPace);
    else bad.near(`${at} pace`, row[T.pace - 1], Number(monthPace));
    const light = lightFor(p);
    const bg = backgrounds[i][T.completion - 1];
    if (light) bad.same(`${at} light`, bg, LIGHTS[light]);
    else if (Object.values(LIGHTS).includes(bg)) bad.list.push(`${at} light: ${bg}, expected none`);
  });
  for (const key of month.paces.keys()) if (!seen.has(key)) bad.list.push(`${label} Today: no row ${key}`);
}

/** The metrics of a month tab in row order (from its department rows). */
function metricsOf(sheet: Sheet): string[] {
  return sheet
    .getDataRange()
    .getValues()
    .filter((r) => r[M.id - 1] === MONTH.departmentId)
    .map((r) => String(r[M.metric - 1]));
}

describe('Own working days: the month tab and Today agree with the core (issue 12)', () => {
  jest.setTimeout(120_000);

  test('walking November 2026: before the first working day, mid-month, the last working day, after the month', () => {
    const a = ownDaysWorkbook(DATES[0]);
    createMonth(a);
    const nov = () => a.ss.getSheetByName('2026-11')!;
    const metrics = metricsOf(nov());
    expect(metrics).toEqual(expect.arrayContaining(['revenue', 'deals']));
    const typed: Typed = new Map();
    const bad = new Mismatches();
    let ranToday = 0;
    for (const iso of DATES) {
      const asOf = dayOfIso(iso);
      const addon = reopen(a.ss, iso);
      typeFactsUpTo(nov(), metrics, asOf, typed);
      // The live tab, recalculated for the new day.
      const live = checkMonthTab(nov(), metrics, asOf, typed, bad, `${iso} live`);
      checkMonthLights(addon, nov(), live, bad, `${iso} live`);
      // Create month again on that day: the facts are kept, the numbers the same.
      createMonth(addon);
      const month = checkMonthTab(nov(), metrics, asOf, typed, bad, `${iso} regenerated`);
      if (ymdOf(asOf).month === 11) {
        addon.call('menuToday');
        checkToday(addon, month, asOf, bad, iso);
        ranToday++;
      } else {
        // After the month: December's tab (the leavers have no own day in it) and its Today.
        createMonth(addon, '2026-12');
        const dec = a.ss.getSheetByName('2026-12')!;
        const decCheck = checkMonthTab(dec, metricsOf(dec), asOf, typed, bad, `${iso} December`);
        checkMonthLights(addon, dec, decCheck, bad, `${iso} December`);
        addon.call('menuToday');
        checkToday(addon, decCheck, asOf, bad, `${iso} December`);
      }
    }
    expect(ranToday).toBe(4);
    expect(bad.list).toEqual([]);
    // Every branch of the rules was met on the way (not a run of blanks).
    const seen = Object.fromEntries(bad.seen);
    for (const what of [
      'month light:red',
      'month light:amber',
      'month light:green',
      'month light:null',
      'today light:red',
      'today light:amber',
      'today light:green',
      'today:off',
      'pace:no days',
      'pace:small',
      'pace:number',
      'forecast:blank',
      'forecast:fact',
      'forecast:run-rate',
      'own:none',
      'own:none elapsed',
    ])
      expect({ [what]: (seen[what] ?? 0) > 0 }).toEqual({ [what]: true });
  });

  describe('a worked example and the looks of the tab, on 20 November', () => {
    let a: Addon;
    let sheet: Sheet;
    const typed: Typed = new Map();
    const asOf = dayOf(2026, 11, 20);

    beforeAll(() => {
      a = ownDaysWorkbook('2026-11-20');
      createMonth(a);
      sheet = a.ss.getSheetByName('2026-11')!;
      typeFactsUpTo(sheet, metricsOf(sheet), asOf, typed);
    });

    test('Анна (vacation 9–13 Nov, past): 15 own days, 8 elapsed; forecast, needed and plan to date on them', () => {
      const rows = rowsOf(sheet);
      const r = rows.get('m1|revenue')!;
      const row = sheet.getRange(r, 1, 1, M.ownElapsed).getValues()[0];
      const plan = Number(row[M.plan - 1]);
      // Own days: 20 working days of November minus 9–13 Nov = 15; before the 20th: 2, 3, 5, 6, 16–19 = 8.
      expect(row[M.ownDays - 1]).toBe(15);
      expect(row[M.ownElapsed - 1]).toBe(8);
      // Facts: 60 000 + 9 000 + 7 000 × (day mod 5) on her own days through the 20th, 15 000 on 10 Nov.
      const days = [2, 3, 5, 6, 16, 17, 18, 19];
      const closed = days.reduce((s, d) => s + 69_000 + 7_000 * (d % 5), 0) + 15_000;
      const fact = closed + 69_000 + 7_000 * (20 % 5);
      expect(row[M.fact - 1]).toBe(fact);
      expect(row[M.forecast - 1]).toBeCloseTo(Math.max(fact, (closed / 8) * 15), 6);
      expect(row[M.pace - 1]).toBeCloseTo((plan - fact) / 7, 6);
      expect(row[M.planToDate - 1]).toBeCloseTo((plan * 8) / 15, 6);
      expect(row[M.completionToDate - 1]).toBeCloseTo(closed / ((plan * 8) / 15), 9);
      console.log(
        `worked example m1 revenue on ${isoString(asOf)}: plan ${plan}, own days 15, elapsed 8, fact ${fact} (before today ${closed}), ` +
          `forecast ${row[M.forecast - 1]}, needed per day ${row[M.pace - 1]}, plan to date ${row[M.planToDate - 1]}`,
      );
    });

    test('absence days of a person are shaded and the first metric row carries the note', () => {
      const rows = rowsOf(sheet);
      const metrics = metricsOf(sheet);
      const from = dayOf(2026, 11, 1);
      const bad = new Mismatches();
      for (const m of TEAM) {
        const own = ownMonthOfMember(m, 2026, 11);
        metrics.forEach((metric, k) => {
          const r = rows.get(`${m.id}|${metric}`)!;
          const backgrounds = sheet.getRange(r, MONTH.firstDayCol, 1, 30).getBackgrounds()[0];
          const notes = sheet.getRange(r, MONTH.firstDayCol, 1, 30).getNotes()[0];
          const workingBg = backgrounds.find((_, i) => own.present[i] === 1);
          own.present.forEach((p, i) => {
            const at = `${m.id} ${metric} ${isoString(from + i)}`;
            if (!CALENDAR.isWorkday(from + i)) return;
            if (p === 0) {
              if (backgrounds[i] === workingBg)
                bad.list.push(`${at}: absence not shaded (${backgrounds[i]})`);
              if (k === 0 && !notes[i]) bad.list.push(`${at}: no note on the first metric row`);
            } else if (backgrounds[i] !== workingBg) {
              bad.list.push(`${at}: a working day shaded ${backgrounds[i]}`);
            }
          });
        });
      }
      expect(bad.list).toEqual([]);
      // The vacation of 9–13 Nov: shaded unlike the 6th, the note on the first metric's row only.
      const first = rows.get(`m1|${metrics[0]}`)!;
      const col = (d: number) => MONTH.firstDayCol + d - 1;
      expect(sheet.getRange(first, col(10)).getBackground()).not.toBe(
        sheet.getRange(first, col(6)).getBackground(),
      );
      expect(sheet.getRange(first, col(10)).getNote()).not.toBe('');
      expect(sheet.getRange(rows.get(`m1|${metrics[1]}`)!, col(10)).getNote()).toBe('');
    });

    test('a typed 0 shows "0" in a manager row; a blank day cell shows nothing', () => {
      const rows = rowsOf(sheet);
      // m1 deals: (day + 1) mod 3 ≠ 0 → a typed 0 on 3 Nov; 7 Nov (Saturday) left blank.
      const r = rows.get('m1|deals')!;
      const zero = sheet.getRange(r, MONTH.firstDayCol + 2);
      const blank = sheet.getRange(r, MONTH.firstDayCol + 6);
      expect(zero.getValue()).toBe(0);
      expect(blank.getValue()).toBe('');
      expect(shownAs(zero.getValue(), zero.getNumberFormat())).toBe('0');
      expect(shownAs(blank.getValue(), blank.getNumberFormat())).toBe('');
      expect(zero.getDisplayValue()).not.toBe(blank.getDisplayValue());
    });

    test('"needed per day" of a small count keeps decimals (0.29 a day is not 0)', () => {
      const rows = rowsOf(sheet);
      // m1 deals: plan − fact = 2 with 7 own days left → 0.2857 a day.
      const r = rows.get('m1|deals')!;
      const plan = Number(sheet.getRange(r, M.plan).getValue());
      const fact = Number(sheet.getRange(r, M.fact).getValue());
      sheet
        .getRange(r, MONTH.firstDayCol + 1)
        .setValue(plan - fact - 2 + Number(sheet.getRange(r, MONTH.firstDayCol + 1).getValue()));
      const pace = sheet.getRange(r, M.pace);
      expect(pace.getValue()).toBeCloseTo(2 / 7, 9);
      expect(shownAs(pace.getValue(), pace.getNumberFormat())).toBe('0.29');
      // Still a whole number for big paces and a plain 0 once the plan is met.
      expect(shownAs(171_750.4, pace.getNumberFormat())).toBe('171,750');
      expect(shownAs(0, pace.getNumberFormat())).toBe('0');
    });
  });
});
