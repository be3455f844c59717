import {
  type Absence,
  type Calendar,
  type CalendarOverrides,
  type CountryCode,
  makeCalendar,
  parseCountry,
} from '../../core/calendar';
import { normalizeChoice } from '../../core/choice';
import { type Day, dayOf } from '../../core/dates';
import { isDomainError } from '../../core/errors';
import type { Lang } from '../../i18n';
import { formatDay, t } from '../../i18n';
import { dateFormat } from '../formats';
import { colLetter, Grid, rect, serialOf } from '../grid';
import type { Problems } from '../problems';
import { type ColumnSpec, num, readTable, str, type TableContext } from './table';
import type { Person } from './team';
import { headerRow, TEMPLATE_ROWS } from './template';

/** The Calendar tab: the country in B1; from row 3, extra days off, extra working days and absences side by side. */
const DAYS_OFF: readonly ColumnSpec[] = [
  { key: 'dayOff', type: 'date', width: 120 },
  { key: 'comment', type: 'text', width: 160 },
];
const WORKING: readonly ColumnSpec[] = [
  { key: 'workingDay', type: 'date', width: 120 },
  { key: 'comment', type: 'text', width: 160 },
];
const ABSENCES: readonly ColumnSpec[] = [
  { key: 'manager', type: 'text', required: true, width: 170 },
  { key: 'from', type: 'date', required: true, width: 100 },
  { key: 'to', type: 'date', required: true, width: 100 },
  { key: 'reason', type: 'text', width: 140 },
];
const COLS = { daysOff: 1, working: 4, absences: 7 };
const FIRST = 4;

export interface CalendarSettings {
  country: CountryCode;
  overrides: CalendarOverrides;
  /** By manager id. */
  absences: Map<string, Absence[]>;
}

export function readCalendarSettings(
  values: unknown[][],
  people: readonly Person[],
  ctx: TableContext,
): CalendarSettings {
  let country: CountryCode = 'RU';
  try {
    country = parseCountry(String(values[0]?.[1] ?? ''));
  } catch (e) {
    if (!isDomainError(e)) throw e;
    ctx.problems.add(ctx.tab, 1, 2, e.code, e.params);
  }
  const days = (specs: readonly ColumnSpec[], col: number): DayAt[] =>
    readTable(values, specs, FIRST, ctx, col)
      .map((r) => ({ row: r.row, day: num(r, specs[0].key) }))
      .filter((d): d is DayAt => d.day !== null);
  const daysOff = days(DAYS_OFF, COLS.daysOff);
  const workingDays = days(WORKING, COLS.working);
  checkConflicts(daysOff, workingDays, ctx);
  // A name as the Team tab spells it, case, spaces and ё aside (as the Contests tab finds people).
  const byName = new Map(people.map((p) => [normalizeChoice(p.name), p.id]));
  const absences = new Map<string, Absence[]>();
  for (const r of readTable(values, ABSENCES, FIRST, ctx, COLS.absences)) {
    const name = str(r, 'manager');
    const id = byName.get(normalizeChoice(name));
    const from = num(r, 'from');
    const to = num(r, 'to');
    if (!id) {
      if (name) ctx.problems.add(ctx.tab, r.row, COLS.absences, 'calendar.unknownManager', { name });
      continue;
    }
    if (from === null || to === null) continue;
    if (to < from) {
      ctx.problems.add(ctx.tab, r.row, COLS.absences + 2, 'calendar.absenceReversedAt', { name });
      continue;
    }
    absences.set(id, [...(absences.get(id) ?? []), { from, to, reason: str(r, 'reason') }]);
  }
  return {
    country,
    overrides: { daysOff: daysOff.map((d) => d.day), workingDays: workingDays.map((d) => d.day) },
    absences,
  };
}

interface DayAt {
  row: number;
  day: Day;
}

/** A day listed both as an extra day off and as an extra working day: a problem at the working-day cell. */
function checkConflicts(daysOff: readonly DayAt[], workingDays: readonly DayAt[], ctx: TableContext): void {
  const off = new Map(daysOff.map((d) => [d.day, d.row]));
  for (const w of workingDays) {
    const other = off.get(w.day);
    if (other === undefined) continue;
    ctx.problems.add(ctx.tab, w.row, COLS.working, 'calendar.overrideConflictAt', {
      date: formatDay(w.day, ctx.lang),
      cell: `${colLetter(COLS.daysOff)}${other}`,
    });
  }
}

/** Where decomposition problems about the calendar point: the header of each list. */
export const CALENDAR_CELLS = {
  country: { row: 1, col: 2 },
  daysOff: { row: FIRST - 1, col: COLS.daysOff },
  absences: { row: FIRST - 1, col: COLS.absences },
};

/**
 * The production calendar of the tab's country, for an action about `year`. An unknown country, or a year the
 * calendar lacks (it would silently pass as Monday–Friday), is a problem at the country cell instead.
 */
export function productionCalendar(
  settings: CalendarSettings,
  year: number,
  tab: string,
  problems: Problems,
): Calendar | undefined {
  const { row, col } = CALENDAR_CELLS.country;
  const calendar = problems.catch(tab, row, col, () => makeCalendar(settings.country, settings.overrides));
  if (!calendar || calendar.covers(year)) return calendar;
  problems.add(tab, row, col, 'calendar.yearNotCovered', { country: settings.country, year });
  return undefined;
}

export function calendarTemplate(lang: Lang, year: number, people: readonly string[]): Grid {
  const g = new Grid(TEMPLATE_ROWS, COLS.absences + ABSENCES.length - 1);
  g.text(1, 1, t('col.country', lang));
  g.note(1, 1, t('note.country', lang));
  g.text(1, 2, 'RU');
  g.bold(rect(1, 1));
  g.validations.push({
    rect: rect(1, 2),
    rule: { kind: 'list', values: ['RU', 'KZ', 'BY', 'NONE'], help: t('note.country', lang) },
  });
  headerRow(g, DAYS_OFF, lang, FIRST - 1, COLS.daysOff);
  headerRow(g, WORKING, lang, FIRST - 1, COLS.working);
  headerRow(g, ABSENCES, lang, FIRST - 1, COLS.absences);
  g.set(FIRST, COLS.daysOff, serialOf(dayOf(year, 12, 31)));
  g.text(FIRST, COLS.daysOff + 1, t('example.dayOff', lang));
  if (people[1]) {
    g.text(FIRST, COLS.absences, people[1]);
    g.set(FIRST, COLS.absences + 1, serialOf(dayOf(year, 11, 9)));
    g.set(FIRST, COLS.absences + 2, serialOf(dayOf(year, 11, 13)));
    g.text(FIRST, COLS.absences + 3, t('example.vacation', lang));
  }
  for (const col of [COLS.daysOff, COLS.working, COLS.absences + 1, COLS.absences + 2]) {
    g.format(rect(FIRST, col, TEMPLATE_ROWS - FIRST + 1, 1), dateFormat(lang));
    g.validations.push({
      rect: rect(FIRST, col, TEMPLATE_ROWS - FIRST + 1, 1),
      rule: { kind: 'date', help: t('note.date', lang) },
    });
  }
  g.widths[3] = 30;
  g.widths[6] = 30;
  return g;
}
