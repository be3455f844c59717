import type { CallField, SourceId } from './aliases';
import type { Detection } from './headers';
import { memoized } from './memo';
import type { Table } from './table';
import {
  callAnswered,
  callDirection,
  type DateTime,
  parseClock,
  parseDateTime,
  parseDuration,
} from './values';

/** One call of a call log. */
export interface Call {
  source: SourceId;
  id: string;
  /** Undefined when the row has no readable date. */
  time: DateTime | undefined;
  /** The employee's name, or the extension number when the log names none. */
  manager: string;
  extension: string;
  direction: 'in' | 'out' | undefined;
  /** Length of the conversation in seconds (0 when blank or unreadable). */
  seconds: number;
  answered: boolean;
}

/** The calls of a call log, one per row. */
export function readCalls(table: Table, detection: Detection): Call[] {
  const reader = callReader(detection);
  for (const row of table.rows) reader.add(row);
  return reader.calls;
}

/** Reads calls a row at a time (see `readCalls`): the columns it reads, each row, the calls so far. */
export interface CallReader {
  columns: readonly number[];
  add(row: readonly string[]): void;
  calls: Call[];
}

export function callReader(detection: Detection): CallReader {
  const col = {} as CallColumns;
  for (const f of CALL_FIELDS) col[f] = detection.columns[f] ?? -1;
  // Directions, outcomes, lengths and clock times repeat: each distinct text is read once.
  const readers: Readers = {
    source: detection.source,
    duration: memoized(parseDuration),
    direction: memoized(callDirection),
    answered: memoized(callAnswered),
    clock: memoized(parseClock),
  };
  const calls: Call[] = [];
  return {
    columns: Object.values(col).filter((at) => at >= 0),
    add(row) {
      // Each field's cell, trimmed; '' for a column the log does not have.
      const cells = (f: CallField): string => (col[f] < 0 ? '' : row[col[f]].trim());
      calls.push(callOf(cells, readers));
    },
    calls,
  };
}

/** Every field's column, -1 where the log has none: one fixed shape for every row. */
type CallColumns = Record<CallField, number>;

const CALL_FIELDS: readonly CallField[] = [
  'callId',
  'time',
  'date',
  'clock',
  'manager',
  'extension',
  'direction',
  'seconds',
  'answered',
  'phone',
];

interface Readers {
  source: SourceId;
  duration: (text: string) => number | undefined;
  direction: (text: string) => Call['direction'];
  answered: (text: string) => boolean | undefined;
  clock: (text: string) => number | undefined;
}

function callOf(cells: (f: CallField) => string, readers: Readers): Call {
  const time = timeOf(cells, readers.clock);
  const seconds = readers.duration(cells('seconds')) ?? 0;
  const extension = cells('extension');
  const manager = cells('manager') || extension;
  const direction = readers.direction(cells('direction'));
  // No outcome column (or an outcome in words we do not know): a call that lasted was answered.
  const answered = readers.answered(cells('answered')) ?? seconds > 0;
  const stamp = time ? `${time.day}:${time.seconds}` : `${cells('time')}${cells('date')}${cells('clock')}`;
  return {
    source: readers.source,
    // Without a call id, a call is its moment, person, direction, other party and length together.
    id: cells('callId') || `${stamp}|${manager}|${direction ?? ''}|${cells('phone')}|${seconds}`,
    time,
    manager,
    extension,
    direction,
    seconds,
    answered,
  };
}

/** A date-time column, or a date column with an optional time-of-day column beside it. */
function timeOf(cells: (f: CallField) => string, readClock: Readers['clock']): DateTime | undefined {
  const whole = parseDateTime(cells('time'));
  if (whole) return whole;
  const date = parseDateTime(cells('date'));
  if (!date) return undefined;
  const clock = readClock(cells('clock'));
  return clock === undefined ? date : { day: date.day, seconds: clock };
}
