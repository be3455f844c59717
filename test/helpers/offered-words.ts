import { normalizeChoice } from '../../src/core/choice';
import { type Grid, HEADER_STYLE } from '../../src/sheets/grid';

/**
 * The words a settings tab offers, read from the tab as Set up makes it (its Grid): the items of its
 * drop-downs and the words its notes quote («…» in Russian, "…" in English). Each word comes with the cell
 * it is typed into: a drop-down's cell; for a note on a header cell, the column below it; for a note on a
 * label (a key of a key–value block, the Calendar's country), the cell to the label's right.
 */

/** The quoted parts of a note: «…» in Russian, "…" in English. */
export const quoted = (note: string): string[] =>
  [...note.matchAll(/«([^»]+)»|"([^"]+)"/g)].map((m) => (m[1] ?? m[2]).trim());

export interface Offered {
  word: string;
  /** 1-based cell the word is typed into; `column`: the first cell of a table's column (any row below). */
  row: number;
  col: number;
  column: boolean;
  from: 'list' | 'note';
}

const isHeader = (g: Grid, row: number, col: number) =>
  g.backgrounds[row - 1]?.[col - 1] === HEADER_STYLE.background;

/** The texts of a grid's bold cells: its column headers and row labels. */
export function labels(g: Grid): string[] {
  const out: string[] = [];
  for (let i = 0; i < g.rows; i++)
    for (let j = 0; j < g.cols; j++) {
      const v = g.values[i][j];
      if (g.weights[i][j] === 'bold' && typeof v === 'string' && v) out.push(v.replace(/^'/, ''));
    }
  return out;
}

/**
 * The options a text quotes. A quoted text is not an option when it has no letter or digit (a separator
 * such as «;») or is in `names` (a column, a row label or a tab the text points at).
 */
export const optionWords = (text: string, names: ReadonlySet<string>): string[] =>
  quoted(text).filter((w) => /[\p{L}\d]/u.test(w) && !names.has(w));

/** Every word `g` offers: its drop-downs' items and its notes' options. */
export function offeredWords(g: Grid, names: ReadonlySet<string>): Offered[] {
  const out: Offered[] = [];
  for (const v of g.validations) {
    if (v.rule.kind !== 'list') continue;
    const { row, col } = v.rect;
    const column = v.rect.rows > 1;
    for (const word of v.rule.values) out.push({ word, row, col, column, from: 'list' });
  }
  for (let row = 1; row <= g.rows; row++)
    for (let col = 1; col <= g.cols; col++) {
      const column = isHeader(g, row, col);
      for (const word of optionWords(g.notes[row - 1][col - 1], names))
        out.push({ word, row: column ? row + 1 : row, col: column ? col : col + 1, column, from: 'note' });
    }
  return out;
}

/** The row a word for a table's column is typed on: the first row from `row` down whose example fills it. */
export function exampleRow(values: readonly unknown[][], o: Offered): number {
  if (!o.column) return o.row;
  for (let r = o.row; r <= values.length; r++) {
    const v = values[r - 1]?.[o.col - 1];
    if (v !== '' && v !== null && v !== undefined) return r;
  }
  return o.row;
}

/** Whether two words are the same choice (case, spaces, ё and dashes aside). */
export const sameWord = (a: string, b: string) => normalizeChoice(a) === normalizeChoice(b);
