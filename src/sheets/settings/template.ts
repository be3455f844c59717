import { type Lang, t } from '../../i18n';
import { type Grid, rect } from '../grid';
import type { ColumnSpec } from './table';

/** Rows a settings table template spans (formats and validation reach that far for new entries). */
export const TEMPLATE_ROWS = 200;

/** Row 1 of a settings table: labels, a note on every column, widths, hidden columns, frozen. */
export function headerRow(g: Grid, columns: readonly ColumnSpec[], lang: Lang, row = 1, firstCol = 1): void {
  columns.forEach((c, i) => {
    const col = firstCol + i;
    g.text(row, col, t(`col.${c.key}`, lang));
    g.note(row, col, t(`note.${c.key}`, lang));
    if (c.width) g.widths[col] = c.width;
    if (c.hidden) g.hiddenCols.push(col);
  });
  const header = rect(row, firstCol, 1, columns.length);
  g.header(header);
  g.frozenRows = Math.max(g.frozenRows, row);
}
