import { type Day, parseDayText } from '../core/dates';
import type { Lang } from '../i18n';
import { joinTyped, type MeetingEntry, typedText } from './meeting-log';

/**
 * The Week tab ("Неделя 2026-W48" / "Week 2026-W48"): where everything sits when it is written, and how the
 * texts typed during the meeting are read back by markers, so rows and columns a person inserts are tolerated.
 *
 *   row 1  title; A1 (hidden column) the ISO date of the week's Monday, the key the texts are logged under
 *   row 2  the weeks and the month compared        row 3  notes (a month tab missing…)
 *   row 4  (hidden) the key row: a marker per column ("spk:id", "spk:commitment"…)
 *   row 5  the column groups                       row 6  header
 *   from row 7: department rows (one per metric), then one row per manager × metric; then the funnel of
 *   the week, the open deals expected next week and the notes block, each under a title row. Column A
 *   holds the member id (notes rows: "__note:1"…) and B the metric id, both hidden.
 */
export const WEEK = {
  titleRow: 1,
  infoRow: 2,
  noteRow: 3,
  keyRow: 4,
  groupRow: 5,
  headerRow: 6,
  firstDataRow: 7,
  col: {
    id: 1,
    metric: 2,
    name: 3,
    label: 4,
    plan: 5,
    fact: 6,
    completion: 7,
    prevPlan: 8,
    prevFact: 9,
    prevCompletion: 10,
    change: 11,
    planToDate: 12,
    factToDate: 13,
    forecast: 14,
    reachable: 15,
    nextPlan: 16,
    /**
     * A narrow empty column: next week's plan is right-aligned, last week's promises left-aligned text; side
     * by side they would read as one ("1 008 000 ₽Довести 4 сделки").
     */
    gap: 17,
    /** The commitments typed on the previous week's tab (from the meeting log): read-only. */
    promised: 18,
    /** Typed during the meeting: the one unprotected column of the table. */
    commitment: 19,
  },
  /** Rows of the notes block a person types in (merged across the table). */
  noteRows: 5,
  departmentId: '__department',
  /** The id column's header (the rows below it are the table's). */
  headerId: 'ID',
  notePrefix: '__note:',
} as const;

export type WeekColumn = keyof typeof WEEK.col;

/** The key-row marker of a column. */
export const weekMarker = (c: WeekColumn) => `spk:${c}`;

/** Meeting-log ids of the Week tab's texts: apart from Today's member ids by their prefix. */
const weekLogId = (memberId: string) => `week:${memberId}`;
export const weekNoteLogId = (k: number) => `week:__notes:${k}`;

/** The member id of a Week commitment's log id; undefined for Today's ids and the notes lines. */
export function memberOfLogId(logId: string): string | undefined {
  if (!logId.startsWith('week:') || logId.startsWith('week:__notes:')) return undefined;
  return logId.slice('week:'.length);
}

/** What was typed on a Week tab: the commitments by member id and the notes lines (1-based in `noteRows`). */
export interface WeekTexts {
  monday: Day;
  commitments: Map<string, string>;
  notes: string[];
}

/**
 * The texts typed on a Week tab, found by the key row's markers and the id column: a member's commitment is
 * what was typed in the commitment cells of their rows, joined; the notes lines are the name cells of the notes rows.
 * Undefined when the tab does not say its week (not a Week tab, or its title cell cleared).
 */
export function readWeekTexts(values: unknown[][], timeZone: string, lang: Lang): WeekTexts | undefined {
  const date = values[WEEK.titleRow - 1]?.[WEEK.col.id - 1];
  const monday = typeof date === 'string' ? parseDayText(date) : undefined;
  if (monday === undefined) return undefined;
  const keys = values.slice(0, 60).find((row) => row.includes(weekMarker('commitment')));
  const at = (c: WeekColumn) => keys?.indexOf(weekMarker(c)) ?? -1;
  const [id, name, commitment] = [at('id'), at('name'), at('commitment')];
  const texts: WeekTexts = { monday, commitments: new Map(), notes: [] };
  if (id < 0 || name < 0 || commitment < 0) return texts;
  const header = values.findIndex((row) => row[id] === WEEK.headerId);
  for (const row of values.slice(header + 1)) {
    const key = String(row[id] ?? '');
    if (key.startsWith(WEEK.notePrefix)) {
      const k = Number(key.slice(WEEK.notePrefix.length));
      if (k >= 1 && k <= WEEK.noteRows) texts.notes[k - 1] = typedText(row[name], timeZone, lang);
    } else if (key && !key.startsWith('spk:')) {
      joinTyped(texts.commitments, key, typedText(row[commitment], timeZone, lang));
    }
  }
  return texts;
}

/** The texts as meeting-log entries under the week's Monday (every member and notes line, '' when empty). */
export function weekEntries(texts: WeekTexts): MeetingEntry[] {
  const day = texts.monday;
  const entries = [...texts.commitments].map(([id, text]) => ({ day, id: weekLogId(id), text }));
  for (let k = 1; k <= WEEK.noteRows; k++)
    entries.push({ day, id: weekNoteLogId(k), text: texts.notes[k - 1] ?? '' });
  return entries;
}
