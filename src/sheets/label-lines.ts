import { type Grid, rect } from './grid';
import { textPx } from './widths';

/**
 * Lines of a label and its figure beside a tab's tables (the Report's forecast and bonus fund, the Bonus tab's
 * summary). Each label is merged across as many columns as the block's longest label needs, by the columns'
 * preset widths (fitting only widens them), and the figure follows it, left-aligned so it reads next to its
 * label. A merged label sizes no column (widths.ts), so the tables' first column keeps the width its names
 * need instead of the longest sentence's. One figure column per block: its figures stay under each other.
 */
export type LabelLine = [label: string, value: number | null, format: string];

/** The width Sheets gives a column nobody sized (as widths.ts counts it). */
const UNSIZED_PX = 100;

/** Writes the lines from `row` with their labels from `col`; returns the column of the figures. */
export function labelLines(g: Grid, row: number, col: number, lines: readonly LabelLine[]): number {
  const need = Math.max(0, ...lines.map(([label]) => textPx(label)));
  let span = 1;
  let room = g.widths[col] ?? UNSIZED_PX;
  while (room < need && col + span < g.cols) {
    room += g.widths[col + span] ?? UNSIZED_PX;
    span++;
  }
  const figureCol = col + span;
  lines.forEach(([label, value, format], i) => {
    g.text(row + i, col, label);
    if (span > 1) g.merges.push(rect(row + i, col, 1, span));
    if (value !== null) g.set(row + i, figureCol, value);
    g.format(rect(row + i, figureCol), format);
  });
  if (lines.length > 0) g.align(rect(row, figureCol, lines.length, 1), 'left');
  return figureCol;
}
