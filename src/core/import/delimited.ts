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
  const cursor = new DelimitedRows(text, delimiter, maxRows);
  for (let row = cursor.next(); row; row = cursor.next()) rows.push(row);
  return rows;
}

/** The columns a pruned read keeps (`keep[k]` for column k; none past its length) and the row it refills. */
export interface KeptColumns {
  keep: readonly boolean[];
  /** As long as `keep`; every row read overwrites it. */
  row: string[];
}

/**
 * The rows of delimited text one at a time, as `parseDelimited` reads them. A row read with `KeptColumns`
 * makes text only for the kept columns (into the one reused row; the others are '' and columns past its
 * length are dropped): an import of 100 000 rows makes no string for a column it does not read. Whether
 * the row had a non-blank cell, skipped ones included, is `filled` after every read.
 */
export class DelimitedRows {
  /** Rows read so far (an empty line is no row). */
  count = 0;
  /** Whether the last row read has a cell with text that `trim()` would not remove. */
  filled = false;
  private at = 0;
  private readonly sep: number;
  /** Whether the field just read or skipped has no text at all. */
  private empty = false;

  constructor(
    private readonly text: string,
    delimiter: Delimiter,
    private readonly maxRows = Infinity,
  ) {
    this.sep = delimiter.charCodeAt(0);
  }

  /** The next row (every cell, in a new array; or the kept ones in `kept.row`), undefined after the last. */
  next(kept?: KeptColumns): string[] | undefined {
    const { text, sep } = this;
    const n = text.length;
    while (this.at < n && this.count < this.maxRows) {
      const row = kept ? kept.row.fill('') : [];
      this.filled = false;
      let k = 0;
      let firstEmpty = false;
      for (;;) {
        if (!kept) row.push(this.field());
        else if (k < kept.keep.length && kept.keep[k]) row[k] = this.field();
        else this.skipField();
        if (k++ === 0) firstEmpty = this.empty;
        const c = this.at < n ? text.charCodeAt(this.at) : LF;
        this.at++;
        if (c === sep && this.at < n) continue;
        if (c === sep) {
          k++;
          if (!kept) row.push('');
        }
        if (c === CR && text.charCodeAt(this.at) === LF) this.at++;
        break;
      }
      // An empty line is no row: it must not count towards maxRows.
      if (k > 1 || !firstEmpty) {
        this.count++;
        return row;
      }
    }
    return undefined;
  }

  /** The text of the field at `at`, moving past it. */
  private field(): string {
    const { text } = this;
    let cell: string;
    if (text.charCodeAt(this.at) === QUOTE) [cell, this.at] = quotedField(text, this.at + 1, this.sep);
    else {
      const end = plainEnd(text, this.at, this.sep);
      cell = text.slice(this.at, end);
      this.at = end;
    }
    this.empty = cell === '';
    if (!this.filled && hasText(cell, 0, cell.length)) this.filled = true;
    return cell;
  }

  /** Moves past the field at `at` as `field` reads it, making no text: only whether it is empty or filled. */
  private skipField(): void {
    const { text } = this;
    this.empty = true;
    if (text.charCodeAt(this.at) !== QUOTE) {
      const end = plainEnd(text, this.at, this.sep);
      this.note(this.at, end);
      this.at = end;
      return;
    }
    let i = this.at + 1;
    for (;;) {
      const q = text.indexOf('"', i);
      if (q < 0) {
        this.note(i, text.length);
        this.at = text.length;
        return;
      }
      this.note(i, q);
      if (text.charCodeAt(q + 1) !== QUOTE) {
        this.at = plainEnd(text, q + 1, this.sep);
        this.note(q + 1, this.at);
        return;
      }
      // `""` is a quote: text that is not blank.
      this.empty = false;
      this.filled = true;
      i = q + 2;
    }
  }

  /** A piece of the skipped field's text: `from`…`to` of the text. */
  private note(from: number, to: number): void {
    if (to <= from) return;
    this.empty = false;
    if (!this.filled && hasText(this.text, from, to)) this.filled = true;
  }
}

/** Where the unquoted text at `i` ends: at the delimiter, a line end or the end of the text. */
function plainEnd(text: string, i: number, sep: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === sep || c === LF || c === CR) break;
    j++;
  }
  return j;
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
    const j = plainEnd(text, q + 1, sep);
    return [out + text.slice(q + 1, j), j];
  }
}

/** Whether `from`…`to` of `s` has a character `trim()` keeps. */
function hasText(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isTrimmedSpace(s.charCodeAt(i))) return true;
  return false;
}

/** The UTF-16 units String.prototype.trim removes: ECMAScript's WhiteSpace and LineTerminator. */
export function isTrimmedSpace(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
