import { DomainError } from '../../core/errors';
import type { ImportPart } from '../../ui/protocol';
import type { ActionContext } from '../context';
import { ensureSize } from '../write-grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Where the Import dialog's parts wait until the last one arrives: a hidden tab of text cells (a page's
 * calls are separate executions, so the rows must live in the spreadsheet between them). The tab is made
 * afresh by the first part and deleted once imported; a name no person would give a tab.
 */
export const STAGING_TAB = '~import upload';

/** The first part makes the tab afresh (a leftover of an abandoned upload is dropped); later parts append. */
export function stagePart(ctx: ActionContext, part: ImportPart): void {
  const rows = part.header ? [part.header, ...part.rows] : part.rows;
  if (rows.length === 0) return;
  const sheet = part.header ? freshStaging(ctx) : existingStaging(ctx);
  const from = part.header ? 1 : sheet.getLastRow() + 1;
  const width = part.header ? part.header.length : Math.max(...rows.map((r) => r.length));
  ensureSize(sheet, from + rows.length - 1, width);
  const range = sheet.getRange(from, 1, rows.length, width);
  // Text as it came from the file: "1 500" or "03.11.2026" must not become a number or a date here.
  range.setNumberFormat('@');
  range.setValues(rows.map((r) => fitted(r, width)));
}

/** The staged rows (header first) and the tab dropped: they are about to be imported. */
export function takeStaged(ctx: ActionContext): string[][] {
  const sheet = existingStaging(ctx);
  const rows = sheet
    .getDataRange()
    .getValues()
    .map((r) => r.map((v) => String(v ?? '')));
  ctx.ss.deleteSheet(sheet);
  return rows;
}

function freshStaging(ctx: ActionContext): Sheet {
  const old = ctx.ss.getSheetByName(STAGING_TAB);
  if (old) ctx.ss.deleteSheet(old);
  const sheet = ctx.ss.insertSheet(STAGING_TAB);
  sheet.hideSheet();
  return sheet;
}

function existingStaging(ctx: ActionContext): Sheet {
  const sheet = ctx.ss.getSheetByName(STAGING_TAB);
  // Another upload started meanwhile (its first part replaced ours), or the tab was deleted.
  if (!sheet) throw new DomainError('dlg.import.stagingLost');
  return sheet;
}

function fitted(row: readonly string[], width: number): string[] {
  if (row.length === width) return row as string[];
  const out = row.slice(0, width);
  while (out.length < width) out.push('');
  return out;
}
