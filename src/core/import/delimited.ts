/**
 * Delimited text (CSV, TSV, ";"-separated) → rows of cells, RFC 4180 style: a field in double quotes may
 * hold the delimiter, newlines and `""` for a quote; CRLF, LF and CR all end a row. Pure and linear.
 */

export type Delimiter = ',' | ';' | '\t';

const CANDIDATES: readonly Delimiter[] = [';', ',', '\t'];

/**
 * The delimiter of the header line: the candidate seen most often outside quotes on the first of the first
 * 10 lines where it occurs at least twice (a title above the header, "Звонки, ноябрь", has at most one), else
 * on the first line where it occurs at all. Ties go to `;`, then `,`, then tab; a one-column file gets `,`.
 */
export function sniffDelimiter(text: string): Delimiter {
  let fallback: Delimiter | undefined;
  let at = 0;
  for (let line = 0; line < 10 && at < text.length; line++) {
    const { counts, next } = lineCounts(text, at);
    let best: Delimiter = ',';
    let most = 0;
    for (const c of CANDIDATES) if (counts.get(c)! > most) [best, most] = [c, counts.get(c)!];
    if (most >= 2) return best;
    if (most === 1 && fallback === undefined) fallback = best;
    at = next;
  }
  return fallback ?? ',';
}

/** How often each candidate occurs outside quotes on the line starting at `start`, and where the next starts. */
function lineCounts(text: string, start: number): { counts: Map<string, number>; next: number } {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  let i = start;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  while (text[i] === '\r' || text[i] === '\n') i++;
  return { counts, next: i };
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Every row of `text` (empty lines skipped). Stops after `maxRows` rows (the caller refuses a file that reaches it), so a huge file
 * costs no more than the limit. A quote inside an unquoted field is kept as text, as spreadsheets do.
 */
export function parseDelimited(text: string, delimiter: Delimiter, maxRows = Infinity): string[][] {
  const rows: string[][] = [];
  const sep = delimiter.charCodeAt(0);
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n && rows.length < maxRows) {
    let cell: string;
    if (text.charCodeAt(i) === QUOTE) [cell, i] = quotedField(text, i + 1, sep);
    else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === sep || c === LF || c === CR) break;
        j++;
      }
      cell = text.slice(i, j);
      i = j;
    }
    row.push(cell);
    const c = i < n ? text.charCodeAt(i) : LF;
    i++;
    if (c === sep && i < n) continue;
    if (c === sep) row.push('');
    if (c === CR && text.charCodeAt(i) === LF) i++;
    // An empty line is no row: it must not count towards maxRows.
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  }
  return rows;
}

/** A quoted field starting after its opening quote: its text and the index just after it (and its quote). */
function quotedField(text: string, start: number, sep: number): [string, number] {
  let out = '';
  let i = start;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return [out + text.slice(i), text.length];
    out += text.slice(i, q);
    if (text.charCodeAt(q + 1) === QUOTE) {
      out += '"';
      i = q + 2;
      continue;
    }
    // Text after the closing quote and before the delimiter is kept (a lenient reading of `"a"b`).
    let j = q + 1;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === sep || c === LF || c === CR) break;
      j++;
    }
    return [out + text.slice(q + 1, j), j];
  }
}
