/**
 * Whether a person typing into a cell gets the add-on's warning: inside a range protection, or inside a sheet
 * protection and outside its unprotected ranges (protect.ts writes one or the other).
 */
export function isProtected(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number, col: number): boolean {
  const inside = (r: GoogleAppsScript.Spreadsheet.Range) =>
    r.getRow() <= row && row <= r.getLastRow() && r.getColumn() <= col && col <= r.getLastColumn();
  // The in-memory sheet takes the type's name (the enum's value in Apps Script).
  const of = (type: 'RANGE' | 'SHEET') => sheet.getProtections(type as never);
  if (of('RANGE').some((p) => inside(p.getRange()))) return true;
  return of('SHEET').some((p) => !p.getUnprotectedRanges().some(inside));
}
