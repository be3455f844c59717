import { isBlank } from '../../core/cells';
import { type ActionContext, noteWritten } from '../context';
import { asText } from '../grid';
import type { Person } from './team';

type Cell = unknown;

/**
 * Writes the ids given to people the Team tab lacked one for into their own id cells (column A), as text.
 *
 * Only the rows from the first to the last new id are written, in one block: the block is read first
 * (values, formulas and number formats) and every other cell in it is written back exactly as it was — a
 * formula as its formula, text as text (quote-prefixed, so `00123`, `2026-03-01` or `=1+1` typed as text
 * stay text), a number, date or checkbox as that value. A new id goes only into a cell that is still
 * empty; one a person filled meanwhile is kept. Service calls: getSheetByName, getRange, getValues,
 * getFormulas, getNumberFormats, setValues — six, whatever the team size.
 */
export function writeNewIds(ctx: ActionContext, settings: { newIds: Person[]; teamTab: string }): void {
  if (settings.newIds.length === 0) return;
  const sheet = ctx.ss.getSheetByName(settings.teamTab);
  if (!sheet) return;
  const ids = new Map(settings.newIds.map((p) => [p.row, p.id]));
  const rows = [...ids.keys()];
  const first = Math.min(...rows);
  const range = sheet.getRange(first, 1, Math.max(...rows) - first + 1, 1);
  const values = range.getValues();
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const block = values.map((r, i): Cell[] => {
    const id = ids.get(first + i);
    const formula = formulas[i]?.[0] ?? '';
    const textFormat = formats[i]?.[0] === '@';
    if (id !== undefined && formula === '' && isBlank(r[0])) return [textCell(id, textFormat)];
    return [keptCell(r[0], formula, textFormat)];
  });
  range.setValues(block);
  noteWritten(ctx, settings.teamTab);
}

/**
 * What to write so a cell keeps what it holds: its formula, or its value with text quote-prefixed (in a
 * cell formatted as plain text "@" Sheets keeps text as typed, and a quote would become part of it).
 */
function keptCell(value: Cell, formula: string, textFormat: boolean): Cell {
  if (formula !== '') return formula;
  return typeof value === 'string' ? textCell(value, textFormat) : value;
}

function textCell(text: string, textFormat: boolean): string {
  return textFormat ? text : asText(text);
}
