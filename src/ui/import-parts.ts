import type { Detection, Table } from '../core/import';
import { type ImportPart, PART_ROWS } from './protocol';

/**
 * Only the columns the import reads, in the export's order: fewer cells to stage, and the server detects the
 * same source and fields from the same headers.
 */
export function stagedColumns(
  table: Table,
  detection: Detection,
): { table: Table; idColumn: number | undefined } {
  const keep = [...new Set(Object.values(detection.columns))]
    .filter((c): c is number => c !== undefined)
    .sort((a, b) => a - b);
  const id = detection.columns.id ?? detection.columns.callId;
  return {
    table: { header: keep.map((c) => table.header[c]), rows: table.rows.map((r) => keep.map((c) => r[c])) },
    idColumn: id === undefined ? undefined : keep.indexOf(id),
  };
}

/**
 * The parts to send, `size` rows each, never splitting the rows of one deal (a Bitrix24 deal with
 * products is several rows): a part ends only where the id column changes.
 */
export function partsOf(
  label: string,
  table: Table,
  idColumn: number | undefined,
  size = PART_ROWS,
): ImportPart[] {
  const parts: ImportPart[] = [];
  let start = 0;
  while (start < table.rows.length) {
    let end = Math.min(start + size, table.rows.length);
    if (idColumn !== undefined)
      while (end < table.rows.length && table.rows[end][idColumn] === table.rows[end - 1][idColumn]) end++;
    parts.push({ label, header: start === 0 ? table.header : null, rows: table.rows.slice(start, end) });
    start = end;
  }
  return parts;
}
