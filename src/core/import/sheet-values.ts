import type { CellValue } from '../cells';
import { isDateValue } from '../cells';

/**
 * A tab's values (an export the user brought in with File → Import, or pasted) → the text cells the import
 * reads. Sheets has already turned dates into Date objects and numbers into numbers: a date becomes
 * `YYYY-MM-DD HH:MM:SS` as the spreadsheet's time zone shows it, a number its plain digits, a blank ''.
 */
export function sheetValuesToText(values: readonly (readonly CellValue[])[], timeZone: string): string[][] {
  const format = dateTimeFormat(timeZone);
  return values.map((row) => row.map((v) => cellToText(v, format)));
}

function cellToText(v: CellValue, format: Intl.DateTimeFormat): string {
  if (v === null || v === undefined) return '';
  if (isDateValue(v)) return wallClock(v, format);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return String(v);
}

function dateTimeFormat(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

function wallClock(date: Date, format: Intl.DateTimeFormat): string {
  const p: Record<string, string> = {};
  for (const part of format.formatToParts(date)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}
