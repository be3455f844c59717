import { dayOfInstant, isDateValue } from '../core/cells';
import { type Day, isoString, parseDayText } from '../core/dates';
import { formatDay, type Lang, t } from '../i18n';
import { type ActionContext, noteWritten } from './context';
import { asText } from './grid';
import { findGeneratedSheet } from './tabs';
import { ensureRows, growNew } from './write-grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The meeting log: a hidden tab keeping what was typed in Today's commitment column, by date and member id,
 * so the column survives regeneration and tomorrow's tab can show what was promised. Append-only, like the
 * facts log: an entry is added when a text is new or differs from the last entry of its date and member;
 * the last entry wins.
 */
const COLS = ['date', 'id', 'text', 'seen'] as const;

function meetingLogName(lang: Lang): string {
  return t('tab.meetingLog', lang);
}

/** A text typed for a member on a date. */
export interface MeetingEntry {
  day: Day;
  id: string;
  text: string;
}

/**
 * What a person typed in a commitment or notes cell, as the text to log: a date Sheets turned into one is
 * written back as the person reads it (on the spreadsheet's calendar, in its language).
 */
export function typedText(v: unknown, timeZone: string, lang: Lang): string {
  if (v === null || v === undefined) return '';
  return (isDateValue(v) ? formatDay(dayOfInstant(v, timeZone), lang) : String(v)).trim();
}

/**
 * A member's text from all their rows (a person may type on any row of theirs): the non-empty ones joined
 * with "; ", so nothing typed is lost when the tab is written again with the text on the member's first row.
 */
export function joinTyped(texts: Map<string, string>, id: string, text: string): void {
  const before = texts.get(id);
  if (before === undefined || before === '') texts.set(id, text);
  else if (text !== '' && text !== before) texts.set(id, `${before}; ${text}`);
}

/** The log as read once: its tab (null before the first entry), its rows and the last text per date and id. */
export interface MeetingLog {
  sheet: Sheet | null;
  rows: number;
  latest: Map<Day, Map<string, string>>;
}

export function readMeetingLog(ss: Spreadsheet, lang: Lang): MeetingLog {
  const sheet = findGeneratedSheet(ss, meetingLogName, lang);
  const values = sheet ? sheet.getDataRange().getValues() : [];
  const latest = new Map<Day, Map<string, string>>();
  for (let r = 1; r < values.length; r++) {
    const [date, id, text] = values[r];
    const day = typeof date === 'string' ? parseDayText(date) : undefined;
    if (day === undefined || !id) continue;
    if (!latest.has(day)) latest.set(day, new Map());
    latest.get(day)?.set(String(id), String(text ?? ''));
  }
  return { sheet, rows: values.length, latest };
}

/** The last logged text per member for a day (empty when nothing was typed that day). */
export function textsOf(log: MeetingLog, day: Day): Map<string, string> {
  return log.latest.get(day) ?? new Map();
}

/**
 * Appends the entries that are new or changed since the last of their date and member, and records them in
 * `log.latest`; returns how many were added. A cleared text is logged as '' only when a text was logged
 * before (so clearing is kept too). At most one insert of rows, one write and, for the first entry, a new hidden tab.
 */
export function recordMeeting(ctx: ActionContext, log: MeetingLog, entries: readonly MeetingEntry[]): number {
  const seen = isoString(ctx.today);
  const fresh = entries.filter((e) => {
    const known = log.latest.get(e.day)?.get(e.id);
    return known === undefined ? e.text !== '' : known !== e.text;
  });
  if (!fresh.length) return 0;
  const rows = fresh.map((e) => [asText(isoString(e.day)), asText(e.id), asText(e.text), asText(seen)]);
  write(ctx, log, rows);
  for (const e of fresh) {
    if (!log.latest.has(e.day)) log.latest.set(e.day, new Map());
    log.latest.get(e.day)?.set(e.id, e.text);
  }
  noteWritten(ctx, meetingLogName(ctx.lang));
  return fresh.length;
}

/** Appends rows; a log tab left empty by a fault gets its header row first. */
function write(ctx: ActionContext, log: MeetingLog, rows: string[][]): void {
  const created = !log.sheet;
  const sheet = log.sheet ?? ctx.ss.insertSheet(meetingLogName(ctx.lang));
  log.sheet = sheet;
  const all = log.rows === 0 ? [[...COLS], ...rows] : rows;
  if (created) growNew(sheet, all.length, COLS.length);
  else {
    if (sheet.getMaxColumns() < COLS.length) sheet.insertColumnsAfter(1, COLS.length - sheet.getMaxColumns());
    ensureRows(sheet, log.rows + all.length);
  }
  sheet.getRange(log.rows + 1, 1, all.length, COLS.length).setValues(all);
  log.rows += all.length;
  if (created) sheet.hideSheet();
}
