/**
 * Row heights of the .xlsx export: Sheets makes a row with wrapped text as tall as its lines, LibreOffice
 * and Excel keep the height the file gives a row. Without this the wrapped headers of the generated tabs
 * showed one line in the pictures.
 */
import type ExcelJS from 'exceljs';
import { CHAR_PX, PAD_PX, type TextKind } from '../src/sheets/widths';
import type { Sheet } from './spreadsheet/sheet';

/**
 * The lines a text takes in a column `px` wide, wrapped at spaces, by the add-on's width estimate
 * (src/sheets/widths.ts): a line holds as many characters as textPx lets fit in `px`.
 */
export function wrappedLines(text: string, px: number, kind: TextKind = 'normal'): number {
  const perLine = Math.max(1, Math.floor((px - PAD_PX) / CHAR_PX[kind]));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(' ').filter((w) => w.length > 0)) {
      if (used > 0 && used + 1 + word.length <= perLine) {
        used += 1 + word.length;
        continue;
      }
      // the word starts a line (the paragraph's first, or the next) and may itself span several
      if (used > 0) lines++;
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    }
  }
  return lines;
}

/**
 * Sheets makes a row with wrapped text as tall as its lines; LibreOffice and Excel keep the height an .xlsx
 * row has, so a row without a height of its own and with a wrapped cell gets one: 12.75 pt a line and a
 * little margin (merged cells are left alone).
 */
export function fitWrappedRows(ws: ExcelJS.Worksheet, sheet: Sheet): void {
  const lines = new Map<number, number>();
  for (const [key, st] of sheet.styles) {
    const row = Math.floor(key / 20000);
    if (!st.wrap || sheet.rowHeights.has(row)) continue;
    const cell = ws.getCell(row, key % 20000);
    if (cell.isMerged || cell.value === null) continue;
    const kind = st.fontWeight === 'bold' ? 'bold' : 'normal';
    const n = wrappedLines(cell.text, sheet.columnWidths.get(key % 20000) ?? 100, kind);
    if (n > (lines.get(row) ?? 1)) lines.set(row, n);
  }
  for (const [row, n] of lines) ws.getRow(row).height = 12.75 * n + 3;
}
