import { ambiguousParams, isBlank, readBoolean, readDay, readNumber, readText } from '../../core/cells';
import { findChoice } from '../../core/choice';
import type { Day } from '../../core/dates';
import { msgRef } from '../../core/errors';
import { isMessageKey, type KeySuffix, type Lang, t } from '../../i18n';
import { quotedList } from '../../i18n/format';
import type { Problems } from '../problems';

/**
 * A settings table: a header row, then one record per row, columns at fixed positions. Each column says
 * how its cells are read; a cell that cannot be read becomes a problem at that cell.
 */
export type ColumnType = 'text' | 'number' | 'percent' | 'date' | 'bool' | 'choice';

/** A settings column's key: it has a label `col.<key>` and a note `note.<key>`. */
export type ColumnKey = KeySuffix<'col.'> & KeySuffix<'note.'>;

export interface ColumnSpec {
  key: ColumnKey;
  type: ColumnType;
  required?: boolean;
  /** For 'choice': the stored values; their labels are the messages `choice.<value>`. */
  choices?: readonly string[];
  /** For 'choice': spellings a value takes besides its labels (a word its note offers), by value. */
  also?: Readonly<Record<string, readonly string[]>>;
  width?: number;
  hidden?: boolean;
  /** Smallest allowed number (inclusive). */
  min?: number;
}

export type CellRead = string | number | boolean | Day | null;

export interface TableRecord {
  /** 1-based row in the tab. */
  row: number;
  get(key: string): CellRead;
}

export interface TableContext {
  tab: string;
  lang: Lang;
  timeZone: string;
  problems: Problems;
}

/**
 * Label of a choice in the language, e.g. choice.manager → «менеджер»; a value with no label (a choice list
 * from data) as written. The choices are plain strings because a reader's list may come from data.
 */
export function choiceLabel(value: string, lang: Lang): string {
  const key = `choice.${value}`;
  return isMessageKey(key) ? t(key, lang) : value;
}

/** A choice typed in either language (or as its stored value, or a spelling `also` gives) → the stored value. */
export function readChoice(
  v: unknown,
  choices: readonly string[],
  also: ColumnSpec['also'] = {},
): string | undefined {
  return findChoice(
    v,
    choices.map((c) => ({
      value: c,
      names: [c, choiceLabel(c, 'ru'), choiceLabel(c, 'en'), ...(also[c] ?? [])],
    })),
  );
}

/**
 * Reads rows `firstRow`.. of `values` (the tab's getValues, 0-based) with the columns starting at
 * `firstCol` (1-based), up to `lastRow`. Blank rows are skipped.
 */
export function readTable(
  values: unknown[][],
  columns: readonly ColumnSpec[],
  firstRow: number,
  ctx: TableContext,
  firstCol = 1,
  lastRow = values.length,
): TableRecord[] {
  const out: TableRecord[] = [];
  for (let r = firstRow - 1; r < Math.min(lastRow, values.length); r++) {
    const raw = columns.map((_, i) => values[r]?.[firstCol - 1 + i]);
    const visible = columns.map((c, i) => (c.hidden ? '' : raw[i]));
    if (visible.every(isBlank)) continue;
    const row = r + 1;
    const cells: Record<string, CellRead> = {};
    columns.forEach((c, i) => {
      cells[c.key] = readCell(raw[i], c, row, firstCol + i, ctx);
    });
    out.push({ row, get: (key) => cells[key] ?? null });
  }
  return out;
}

function readCell(v: unknown, c: ColumnSpec, row: number, col: number, ctx: TableContext): CellRead {
  const problem = (code: string) => {
    ctx.problems.add(ctx.tab, row, col, code, { column: msgRef(`col.${c.key}`), value: String(v) });
    return null;
  };
  if (isBlank(v)) return c.required ? problem('settings.required') : null;
  switch (c.type) {
    case 'text': {
      const r = readText(v);
      return r.ok ? r.value : null;
    }
    case 'number':
    case 'percent': {
      if (readsTwoWays(v, row, col, ctx)) return null;
      const r = readNumber(v, ctx.lang);
      if (!r.ok) return problem(c.type === 'percent' ? 'settings.notPercent' : 'settings.notNumber');
      if (c.min !== undefined && r.value < c.min) {
        ctx.problems.add(ctx.tab, row, col, 'settings.belowMin', {
          column: msgRef(`col.${c.key}`),
          value: r.value,
          min: c.min,
        });
        return null;
      }
      return r.value;
    }
    case 'date': {
      const r = readDay(v, ctx.timeZone);
      return r.ok ? r.value : problem('settings.notDate');
    }
    case 'bool': {
      const r = readBoolean(v);
      return r.ok ? r.value : problem('settings.notBoolean');
    }
    case 'choice': {
      const found = readChoice(v, c.choices ?? [], c.also);
      if (found !== undefined) return found;
      ctx.problems.add(ctx.tab, row, col, 'settings.badChoice', {
        column: msgRef(`col.${c.key}`),
        value: String(v),
        choices: quotedList(
          (c.choices ?? []).map((x) => choiceLabel(x, ctx.lang)),
          ctx.lang,
        ),
      });
      return null;
    }
  }
}

/**
 * Whether a cell holds text such as «10,000» that reads two ways (10 or ten thousand, separatorReadings):
 * then a problem at the cell asks which was meant, rather than a guess.
 */
export function readsTwoWays(v: unknown, row: number, col: number, ctx: TableContext): boolean {
  const params = typeof v === 'string' ? ambiguousParams(v, ctx.lang) : undefined;
  if (params) ctx.problems.add(ctx.tab, row, col, 'number.ambiguous', params);
  return params !== undefined;
}

/** The column key of a problem's field path (indices dropped) by the longest key of `table` that starts it. */
export function columnKeyOf(path: string, table: ReadonlyMap<string, string>): string | undefined {
  const parts = path.replace(/\[\d+\]/g, '').split('.');
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join('.');
    if (table.has(key)) return table.get(key);
  }
  return undefined;
}

/** A table's 1-based column of each field: its key without `prefix` ('mot.tiers' → tiers). */
export function columnsByField(columns: readonly ColumnSpec[], prefix: string): Record<string, number> {
  return Object.fromEntries(columns.map((c, i) => [c.key.slice(prefix.length), i + 1]));
}

export const num = (r: TableRecord, key: string): number | null => r.get(key) as number | null;
export const str = (r: TableRecord, key: string): string => (r.get(key) as string | null) ?? '';
