/** A1 notation helpers (1-based rows and columns, as Apps Script). */

export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnLetter(column: number): string {
  let s = '';
  let n = column;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1Of(rect: GridRect): string {
  const start = columnLetter(rect.column) + rect.row;
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return start + ':' + columnLetter(rect.column + rect.numColumns - 1) + (rect.row + rect.numRows - 1);
}

/** Splits "'My sheet'!A1:B2" into the sheet name (or null) and the cell part. */
export function splitSheetName(a1: string): { sheetName: string | null; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, ref: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1) };
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

/**
 * Parses A1 notation within a sheet of the given size: "B2", "B2:D5", "A:C" (whole columns),
 * "2:4" (whole rows), "A2:C" (open-ended, to the last row). Throws like Sheets on bad input.
 */
export function parseA1(ref: string, maxRows: number, maxColumns: number): GridRect {
  const parts = ref.trim().split(':');
  if (parts.length < 1 || parts.length > 2) throw new Error('Range not found');
  const m1 = PART.exec(parts[0]);
  const m2 = parts.length === 2 ? PART.exec(parts[1]) : m1;
  if (!m1 || !m2 || (!m1[1] && !m1[2]) || (!m2[1] && !m2[2])) throw new Error('Range not found');
  if (parts.length === 1 && (!m1[1] || !m1[2])) throw new Error('Range not found');
  const c1 = m1[1] ? columnNumber(m1[1]) : 1;
  const c2 = m2[1] ? columnNumber(m2[1]) : maxColumns;
  const r1 = m1[2] ? Number(m1[2]) : 1;
  const r2 = m2[2] ? Number(m2[2]) : maxRows;
  if (r1 < 1 || r2 < 1) throw new Error('Range not found');
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}

/** Sheet name quoted for a formula or an A1 reference when it needs quotes. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
}
