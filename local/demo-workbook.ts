/**
 * What the demo itself does to the workbook, as a person would between the add-on's menu actions: grow or
 * shrink the example team, paste a month of facts. Tabs are found by the add-on's own names in either
 * language (src/i18n `tab.…`).
 */
import { dayOf, daysInMonth } from '../src/core/dates';
import { type Lang, t } from '../src/i18n';
import type { ActionContext } from '../src/sheets/context';
import { MONTH } from '../src/sheets/month-layout';
import { Problems } from '../src/sheets/problems';
import { readSettings } from '../src/sheets/settings';
import { choiceLabel } from '../src/sheets/settings/table';
import { TEAM_COLUMNS } from '../src/sheets/settings/team';
import { demoFacts, demoTeam, type FactRowSpec } from './demo-data';
import type { Spreadsheet } from './spreadsheet';

/** The settings tabs the demo reads or edits, by their message key. */
export type SettingsTab = 'tab.team' | 'tab.plan' | 'tab.calendar';

/** A settings tab under its Russian or English name (the name the add-on gave it in either locale). */
export function settingsTab(ss: Spreadsheet, key: SettingsTab) {
  return ss.getSheetByName(t(key, 'ru')) ?? ss.getSheetByName(t(key, 'en'));
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
function serialOfIso(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - SERIAL_EPOCH) / 86400000);
}

/** The Team tab's columns by key (0-based). */
const col = (key: string) => TEAM_COLUMNS.findIndex((c) => c.key === key);

/** Replaces the managers of the Team tab by `n` seeded ones; the head's rows stay. Absences follow the new names. */
export function resizeTeam(
  ss: Spreadsheet,
  lang: Lang,
  n: number,
  seed: number,
  year: number,
  month: number,
): void {
  const sheet = settingsTab(ss, 'tab.team');
  if (!sheet) return;
  const width = TEAM_COLUMNS.length;
  const old = sheet.getRange(2, 1, Math.max(sheet.getMaxRows() - 1, 1), width).getValues();
  const headLabel = choiceLabel('head', lang);
  const heads = old.filter((r) => r[col('role')] === headLabel || r[col('role')] === 'head');
  const gone = old
    .filter((r) => r[col('name')] !== '' && !heads.includes(r))
    .map((r) => String(r[col('name')]));
  const people = demoTeam(n, seed, lang, year, month);
  // The example's two groups, as many as the group column of the old rows has (the group race needs them).
  const groups = [...new Set(old.map((r) => String(r[col('group')] ?? '')).filter(Boolean))];
  const rows: unknown[][] = people.map((p, i) => {
    const r: unknown[] = new Array(width).fill('');
    r[col('id')] = p.id;
    r[col('name')] = p.name;
    r[col('role')] = choiceLabel('manager', lang);
    r[col('grade')] = p.grade;
    r[col('start')] = p.start === null ? '' : serialOfIso(p.start);
    r[col('share')] = p.share;
    r[col('salary')] = p.salary;
    r[col('scheme')] = p.scheme;
    r[col('target')] = p.target;
    r[col('active')] = true;
    if (groups.length) r[col('group')] = groups[i % groups.length];
    return r;
  });
  rows.push(...heads);
  if (sheet.getMaxRows() < rows.length + 1)
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
  sheet.getRange(2, 1, sheet.getMaxRows() - 1, width).clearContent();
  sheet.getRange(2, 1, rows.length, width).setValues(rows);
  renameAbsences(
    ss,
    gone,
    people.map((p) => p.name),
  );
}

/** The example absences name people who are no longer in the team: give them to the new managers. */
function renameAbsences(ss: Spreadsheet, gone: string[], names: string[]): void {
  const calendar = settingsTab(ss, 'tab.calendar');
  if (!calendar || gone.length === 0) return;
  const values = calendar.getDataRange().getValues();
  let k = 1;
  values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (typeof v === 'string' && gone.includes(v))
        calendar.getRange(r + 1, c + 1).setValue(names[k++ % names.length]);
    });
  });
}

/**
 * What the settings say about the people, read as the add-on reads them: the managers who joined in the
 * month or the two before it, and the days (0-based from the 1st) each manager is away.
 */
function peopleFacts(ss: Spreadsheet, lang: Lang, year: number, month: number) {
  const ctx = { ss, ui: ss.ui, lang, timeZone: ss.timeZone, today: dayOf(year, month, 1) };
  const settings = readSettings(ctx as unknown as ActionContext, new Problems());
  const first = dayOf(year, month, 1);
  const recent = dayOf(month > 2 ? year : year - 1, month > 2 ? month - 2 : month + 10, 1);
  const next = first + daysInMonth(year, month);
  const newHires = new Set<string>();
  const absentDays = new Map<string, Set<number>>();
  for (const p of settings?.people ?? []) {
    if (p.start !== null && p.start >= recent && p.start < next) newHires.add(p.id);
  }
  for (const [id, list] of settings?.calendarSettings.absences ?? []) {
    const days = new Set<number>();
    for (const a of list)
      for (let d = Math.max(a.from, first); d <= Math.min(a.to, next - 1); d++) days.add(d - first);
    absentDays.set(id, days);
  }
  return { newHires, absentDays };
}

/** A manager's row of the month tab (not the department, the unassigned row or an own-days row). */
function isManagerRow(row: unknown[]): boolean {
  const id = String(row[MONTH.col.id - 1]);
  return (
    id !== '' &&
    id !== MONTH.departmentId &&
    id !== MONTH.unassignedMarker &&
    !String(row[MONTH.col.metric - 1]).startsWith('spk:')
  );
}

/** The first block of manager rows of the month tab: where it starts (0-based) and its metric rows. */
function managerRows(values: unknown[][]): { first: number; rows: FactRowSpec[] } {
  const rows: FactRowSpec[] = [];
  let first = -1;
  for (let r = MONTH.firstDataRow - 1; r < values.length; r++) {
    if (!isManagerRow(values[r])) {
      if (first >= 0) break;
      continue;
    }
    if (first < 0) first = r;
    rows.push({
      id: String(values[r][MONTH.col.id - 1]),
      metric: String(values[r][MONTH.col.metric - 1]),
      plan: Number(values[r][MONTH.col.plan - 1]) || 0,
    });
  }
  return { first, rows };
}

/**
 * Types the example facts into the month tab like a person pasting from their CRM export: one setValues
 * over the managers' day cells from the 1st to the day before today. Returns what was pasted.
 */
export function typeFacts(
  ss: Spreadsheet,
  lang: Lang,
  tab: string,
  today: string,
  seed: number,
): (number | '')[][] {
  const sheet = ss.getSheetByName(tab);
  if (!sheet) return [];
  const [year, month] = tab.split('-').map(Number);
  const values = sheet.getDataRange().getValues();
  const keys = values[MONTH.keyRow - 1].slice(MONTH.firstDayCol - 1).map(String);
  const flags = values[MONTH.flagRow - 1].slice(MONTH.firstDayCol - 1);
  const days = keys.filter((k) => /^\d{4}-\d{2}-\d{2}$/.test(k) && k < today).length;
  const { first, rows } = managerRows(values);
  if (rows.length === 0 || days === 0) return [];
  const facts = demoFacts({
    rows,
    workdays: flags.map((f) => Number(f) === 1),
    firstWeekday: new Date(`${keys[0]}T00:00:00Z`).getUTCDay() || 7,
    days,
    seed,
    ...peopleFacts(ss, lang, year, month),
  });
  ss.counter.reset();
  sheet.getRange(first + 1, MONTH.firstDayCol, rows.length, days).setValues(facts);
  return facts;
}

/** The month tab already holds facts someone typed (then the demo leaves them alone). */
export function hasTypedFacts(ss: Spreadsheet, tab: string): boolean {
  const sheet = ss.getSheetByName(tab);
  if (!sheet) return false;
  const values = sheet.getDataRange().getValues();
  return values
    .slice(MONTH.firstDataRow - 1)
    .some(
      (row) =>
        String(row[MONTH.col.id - 1]) !== '' &&
        String(row[MONTH.col.id - 1]) !== MONTH.departmentId &&
        !String(row[MONTH.col.metric - 1]).startsWith('spk:') &&
        row.slice(MONTH.firstDayCol - 1).some((v) => v !== '' && v !== null),
    );
}
