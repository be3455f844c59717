import { type Addon, attachAddon, openAddon } from '../../local/addon';
import type { Sheet, Spreadsheet } from '../../local/spreadsheet';
import { type Calendar, makeCalendar } from '../../src/core/calendar';
import { type Day, dayOf, isoString, lastOfMonth } from '../../src/core/dates';
import { type OwnMonth, type OwnPace, ownMonthOf, ownPace } from '../../src/core/own-days';
import { isAvailable, type TeamMember } from '../../src/core/team';
import { MONTH } from '../../src/sheets/month-layout';
import { preparedWorkbook } from './workbook';

/**
 * The team of issue 12's acceptance, written on the Team and Calendar tabs the way a person fills them:
 * a vacation in the past (9–13 Nov), a vacation ahead (23–27 Nov), sick days on the test dates, a hire on
 * Monday 2 Nov (the first working day) and a leaver on 30 Nov (the last one), plus a hire and a leaver
 * in mid-month so that "before the start" and "after the end" are not empty.
 */
export interface TeamRow extends TeamMember {
  absences: { from: Day; to: Day; reason: string }[];
}

const nov = (d: number) => dayOf(2026, 11, d);

export const TEAM: readonly TeamRow[] = [
  { id: 'm1', name: 'Анна Отпускная', absences: [{ from: nov(9), to: nov(13), reason: 'отпуск' }] },
  { id: 'm2', name: 'Борис Впереди', absences: [{ from: nov(23), to: nov(27), reason: 'отпуск' }] },
  {
    id: 'm3',
    name: 'Вера Болеет',
    absences: [
      { from: nov(12), to: nov(12), reason: 'больничный' },
      { from: nov(20), to: nov(20), reason: 'больничный' },
    ],
  },
  {
    id: 'm4',
    name: 'Глеб Новичок',
    start: nov(2),
    absences: [{ from: nov(30), to: nov(30), reason: 'больничный' }],
  },
  { id: 'm5', name: 'Дина Уходит', end: nov(30), absences: [] },
  { id: 'm6', name: 'Егор Середина', start: nov(16), absences: [] },
  { id: 'm7', name: 'Жанна Ушла', end: nov(18), absences: [] },
];

/** The Calendar tab's extra day off the template writes (31 Dec): part of the production calendar. */
export const CALENDAR = makeCalendar('RU', { daysOff: [dayOf(2026, 12, 31)] });

const SERIAL_EPOCH = dayOf(1899, 12, 30);
const serial = (d: Day | undefined) => (d === undefined ? '' : d - SERIAL_EPOCH);

/** Plan tab thresholds the test sets (not the defaults, so the light must come from the Plan tab). */
export const THRESHOLDS = { redBelow: 0.8, amberBelow: 0.95 };

/** Writes TEAM on the Team tab (and a head), its absences on the Calendar tab, thresholds on the Plan tab. */
export function writeTeam(ss: Spreadsheet): void {
  const team = ss.getSheetByName('Команда')!;
  const rows = TEAM.map((m) => [
    m.id,
    m.name,
    'manager',
    'middle',
    serial(m.start),
    serial(m.end),
    1,
    50000,
    'S1',
    50000,
    true,
  ]);
  rows.push(['h1', 'Руководитель', 'head', 'senior', '', '', 0, 120000, 'HEAD', 100000, true]);
  team.getRange(2, 1, Math.max(team.getMaxRows() - 1, 1), 11).clearContent();
  team.getRange(2, 1, rows.length, 11).setValues(rows);
  const calendar = ss.getSheetByName('Календарь')!;
  const absences = TEAM.flatMap((m) =>
    m.absences.map((a) => [m.name, serial(a.from), serial(a.to), a.reason]),
  );
  calendar.getRange('G4:J20').clearContent();
  calendar.getRange(4, 7, absences.length, 4).setValues(absences);
  const plan = ss.getSheetByName('План')!;
  const keys = plan.getRange('A1:A60').getValues();
  for (const [key, value] of Object.entries(THRESHOLDS)) {
    const r = keys.findIndex((row) => row[0] === key);
    if (r < 0) throw new Error(`no ${key} on the Plan tab`);
    plan.getRange(r + 1, 3).setValue(value);
  }
}

/**
 * The workbook on `today`: set up, team written, plan decomposed (no month tab yet). Not exampleWorkbook():
 * that one decomposes before the team is written and its clock is fixed on 20 November.
 */
export function ownDaysWorkbook(today: string): Addon {
  const a = openAddon({ locale: 'ru_RU', today });
  preparedWorkbook(a);
  writeTeam(a.ss);
  a.call('menuDecompose');
  const alerts = a.ss.ui.dialogs.filter((d) => d.kind === 'alert' && d.buttons === 'OK');
  if (alerts.length) throw new Error(`decompose: ${alerts.map((d) => d.message).join(' | ')}`);
  return a;
}

/**
 * The add-on loaded again over the same spreadsheet with its clock on `today` (10:00 Moscow), and TODAY()
 * of the cells pinned to the same day: the next morning of the same workbook.
 */
export function reopen(ss: Spreadsheet, today: string): Addon {
  ss.setNow(`${today} 10:00`);
  return attachAddon(ss, { today });
}

/** A person's own month built independently of the add-on: calendar minus absences, start and end. */
export function ownMonthOfMember(m: TeamMember, year: number, month: number): OwnMonth {
  const from = dayOf(year, month, 1);
  const to = lastOfMonth(year, month);
  return ownMonthOf(
    (d) => CALENDAR.isWorkday(d),
    (d) => isAvailable(m, d),
    from,
    to,
  );
}

/**
 * Where a period stands as of a day when everyone works every working day of the calendar: the core's
 * `ownPace` on the calendar's days, under the names of the first version's period pace.
 */
export function periodPace(
  cal: Calendar,
  from: Day,
  to: Day,
  asOf: Day,
  plan: number,
  daily: readonly number[],
): OwnPace & { workdays: number; paceRequired: number | null } {
  const own = ownMonthOf(
    (d) => cal.isWorkday(d),
    () => true,
    from,
    to,
  );
  const p = ownPace(own, asOf, plan, daily);
  return { ...p, workdays: p.total, paceRequired: p.needed };
}

const COUNT_BASE: Record<string, number> = { calls: 9, leads: 2, meetings: 1, deals: 0 };

/**
 * The fact a person reports for a day (deterministic), or undefined when they report nothing: numbers on
 * their own working days (some of them a typed 0), a few facts on days that are not their own (a deal
 * closed on a Saturday, one during a vacation).
 */
export function factOf(id: string, metric: string, day: Day): number | undefined {
  const i = Number(id.slice(1));
  const d = day - dayOf(2026, 11, 1) + 1;
  const member = TEAM.find((m) => m.id === id)!;
  const own = CALENDAR.isWorkday(day) && isAvailable(member, day);
  if (!own) {
    if (id === 'm2' && d === 7 && metric === 'revenue') return 120_000; // a Saturday
    if (id === 'm1' && d === 10 && metric === 'revenue') return 15_000; // during her vacation
    return undefined;
  }
  if (metric === 'revenue') return 60_000 + 9_000 * i + 7_000 * (d % 5);
  if (metric === 'receipts') return 50_000 + 8_000 * i + 3_000 * (d % 3);
  if (metric === 'deals') return (d + i) % 3 === 0 ? 1 : 0;
  return (COUNT_BASE[metric] ?? 1) + ((d * i) % 4);
}

/** Facts typed so far, by "id|metric|iso". */
export type Typed = Map<string, number>;
export const typedKey = (id: string, metric: string, day: Day) => `${id}|${metric}|${isoString(day)}`;

/** Where the rows of the month tab are: "id|metric" → 1-based row (department under MONTH.departmentId). */
export function rowsOf(sheet: Sheet): Map<string, number> {
  const values = sheet.getDataRange().getValues();
  const rows = new Map<string, number>();
  values.forEach((r, i) => {
    const id = String(r[MONTH.col.id - 1] ?? '');
    const metric = String(r[MONTH.col.metric - 1] ?? '');
    if (id && metric && !id.startsWith('spk:') && id !== 'ID') rows.set(`${id}|${metric}`, i + 1);
  });
  return rows;
}

/**
 * Types the facts of every person through `upTo` (the days before it, and `upTo` itself for the people
 * with an odd number: a fact typed today counts in the fact but not in the run-rate). One write per row.
 */
export function typeFactsUpTo(sheet: Sheet, metrics: readonly string[], upTo: Day, typed: Typed): void {
  const rows = rowsOf(sheet);
  const first = dayOf(2026, 11, 1);
  for (const m of TEAM) {
    const odd = Number(m.id.slice(1)) % 2 === 1;
    const last = Math.min(odd ? upTo : upTo - 1, dayOf(2026, 11, 30));
    if (last < first) continue;
    for (const metric of metrics) {
      const cells: (number | string)[] = [];
      for (let d = first; d <= last; d++) {
        const v = factOf(m.id, metric, d);
        cells.push(v ?? '');
        if (v !== undefined) typed.set(typedKey(m.id, metric, d), v);
      }
      sheet.getRange(rows.get(`${m.id}|${metric}`)!, MONTH.firstDayCol, 1, cells.length).setValues([cells]);
    }
  }
}

/** The daily facts of a person and metric over the month's calendar days (blanks as 0), from what was typed. */
export function dailyOf(typed: Typed, id: string, metric: string, from: Day, to: Day): number[] {
  const out: number[] = [];
  for (let d = from; d <= to; d++) out.push(typed.get(typedKey(id, metric, d)) ?? 0);
  return out;
}

/**
 * The background a conditional-format rule of `sheet` gives cell (row, col): each rule's custom formula,
 * shifted to that cell as Sheets shifts it, evaluated on a scratch tab; the first rule that holds wins.
 * null when none holds.
 */
export function ruleBackground(ss: Spreadsheet, sheet: Sheet, row: number, col: number): string | null {
  const scratch = ss.insertSheet('__rule_probe');
  try {
    for (const rule of sheet.getConditionalFormatRules()) {
      const range = rule
        .getRanges()
        .find(
          (r) =>
            row >= r.getRow() &&
            row < r.getRow() + r.getNumRows() &&
            col >= r.getColumn() &&
            col < r.getColumn() + r.getNumColumns(),
        );
      const condition = rule.getBooleanCondition();
      if (!range || !condition) continue;
      const formula = String(condition.getCriteriaValues()[0]);
      const shifted = shiftFormula(formula, sheet.getName(), row - range.getRow(), col - range.getColumn());
      scratch.getRange(1, 1).setFormula(shifted);
      if (scratch.getRange(1, 1).getValue() === true) return condition.getBackground();
    }
    return null;
  } finally {
    ss.deleteSheet(scratch);
  }
}

const letters = (n: number) => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};
const columnNumber = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** A formula written for the top-left cell moved by (dr, dc), its references pointing at `tab`. */
export function shiftFormula(formula: string, tab: string, dr: number, dc: number): string {
  return formula.replace(
    /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g,
    (_, ca: string, c: string, ra: string, r: string) => {
      const col = ca ? c : letters(columnNumber(c) + dc);
      const row = ra ? Number(r) : Number(r) + dr;
      return `'${tab}'!${ca}${col}${ra}${row}`;
    },
  );
}

/**
 * How Sheets shows a number under a format with up to three sections, conditional ones included
 * ("[=0]0;[<1]0.00;#,##0"), quoted literals and "#,##0" / "0.00" bodies; a blank cell shows nothing.
 * Decimal point ".", grouping ",": only the shape matters here.
 */
export function shownAs(value: unknown, format: string): string {
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value !== 'number') return String(value);
  const sections = format.split(';');
  const conditional = sections.some((s) => /^\[[<>=]/.test(s));
  let section: string;
  let v = value;
  if (conditional) {
    const holds = (s: string) => {
      const m = /^\[(<=|>=|<>|<|>|=)(-?[\d.]+)\]/.exec(s);
      if (!m) return true;
      const x = Number(m[2]);
      return {
        '<=': v <= x,
        '>=': v >= x,
        '<>': v !== x,
        '<': v < x,
        '>': v > x,
        '=': v === x,
      }[m[1] as '<'];
    };
    section = sections.find(holds) ?? sections[sections.length - 1];
    section = section.replace(/^\[[^\]]*\]/, '');
  } else {
    section =
      v > 0 || sections.length === 1 ? sections[0] : v < 0 ? sections[1] : (sections[2] ?? sections[0]);
    if (v < 0 && sections.length > 1) v = -v;
  }
  if (/^"[^"]*"$/.test(section)) return section.slice(1, -1);
  const dot = section.indexOf('.');
  const decimals = dot < 0 ? 0 : section.slice(dot + 1).replace(/[^0#]/g, '').length;
  let [int, frac] = Math.abs(v).toFixed(decimals).split('.');
  if (section.includes(',')) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (v < 0 ? '-' : '') + int + (frac ? `.${frac}` : '');
}
