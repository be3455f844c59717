import { isBlank } from '../../core/cells';
import { msgRef } from '../../core/errors';
import { type Lang, t } from '../../i18n';
import { type Grid, rect } from '../grid';
import { type ColumnSpec, readTable, type TableContext } from './table';

/**
 * Key–value settings: column A holds a hidden key, B the label, C the value. Rows are found by key, so a
 * person may reorder them or insert rows between them.
 */
export interface KeyedSpec extends ColumnSpec {
  example?: string | number | boolean;
  format?: string;
}

/** Row (1-based) of each key in column A. */
export function keyRows(values: unknown[][]): Map<string, number> {
  const rows = new Map<string, number>();
  values.forEach((r, i) => {
    const k = r[0];
    if (!isBlank(k) && !rows.has(String(k))) rows.set(String(k).trim(), i + 1);
  });
  return rows;
}

/** Reads the value cell (column C) of every key present; missing required keys are problems. */
export function readKeyed(
  values: unknown[][],
  specs: readonly KeyedSpec[],
  ctx: TableContext,
): Map<string, unknown> {
  const rows = keyRows(values);
  const out = new Map<string, unknown>();
  for (const spec of specs) {
    const row = rows.get(spec.key);
    if (row === undefined) {
      if (spec.required)
        ctx.problems.add(ctx.tab, undefined, undefined, 'settings.missingKey', {
          column: msgRef(`col.${spec.key}`),
        });
      continue;
    }
    const [rec] = readTable(values, [spec], row, ctx, 3, row);
    if (rec) out.set(spec.key, rec.get(spec.key));
    else if (spec.required)
      ctx.problems.add(ctx.tab, row, 3, 'settings.required', { column: msgRef(`col.${spec.key}`) });
  }
  return out;
}

/** Writes key rows from `firstRow`: hidden key, bold label with its note, example value. */
export function keyedTemplate(g: Grid, specs: readonly KeyedSpec[], lang: Lang, firstRow: number): void {
  g.text(firstRow - 1, 2, t('settings.parameter', lang));
  g.text(firstRow - 1, 3, t('settings.value', lang));
  const head = rect(firstRow - 1, 2, 1, 2);
  g.header(head);
  specs.forEach((s, i) => {
    const row = firstRow + i;
    g.text(row, 1, s.key);
    g.text(row, 2, t(`col.${s.key}`, lang));
    g.note(row, 2, t(`note.${s.key}`, lang));
    g.bold(rect(row, 2));
    if (s.example !== undefined) {
      if (typeof s.example === 'string') g.text(row, 3, s.example);
      else g.set(row, 3, s.example);
    }
    if (s.format) g.format(rect(row, 3), s.format);
  });
  if (!g.hiddenCols.includes(1)) g.hiddenCols.push(1);
  g.widths[2] = 260;
  g.widths[3] = 160;
}
