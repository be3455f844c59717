import {
  type Fact,
  MONTH_TAG,
  type MonthFigures,
  type MonthStructure,
  monthStructure,
  readMonthFigures,
  readTypedFacts,
} from './month-layout';
import { monthKey, monthTabName } from './tabs';
import { asideName, leftoverBase } from './write-grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The month tab: under its name, or renamed by a person (found by the developer metadata it carries). Finding
 * writes nothing: after a failed generation the tab may still be set aside ("~old"), and is read there; the
 * next write of the tab (writeGrid) clears the leftovers and gives it its name back.
 */
export function findMonthTab(ss: Spreadsheet, year: number, month: number): Sheet | null {
  const name = monthTabName(year, month);
  const direct = ss.getSheetByName(name) ?? ss.getSheetByName(asideName(name));
  if (direct) return direct;
  const tagged = ss
    .createDeveloperMetadataFinder()
    .withKey(MONTH_TAG)
    .withValue(monthKey(year, month))
    .find()
    .map((m) => m.getLocation().getSheet())
    .filter((s): s is Sheet => s !== null);
  // A failed generation of a renamed tab leaves its leftovers tagged too: the tab under the person's name
  // first, else the one set aside; never a half-written temporary tab.
  return (
    tagged.find((s) => leftoverBase(s.getName()) === null) ??
    tagged.find((s) => s.getName().endsWith(asideName(''))) ??
    null
  );
}

export interface MonthTabContent {
  sheet: Sheet;
  /** The tab's name (a person may have renamed it); a tab set aside by a failed run: the name it takes back. */
  name: string;
  structure: MonthStructure;
  values: unknown[][];
  formulas: string[][];
  facts: Fact[];
}

/** Reads a month tab whole (values and formulas) and finds its structure; throws when it cannot. */
export function readMonthTab(sheet: Sheet): MonthTabContent {
  const name = leftoverBase(sheet.getName()) ?? sheet.getName();
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const structure = monthStructure(values, name);
  return { sheet, name, structure, values, formulas, facts: readTypedFacts(values, formulas, structure) };
}

export function monthFigures(content: MonthTabContent): MonthFigures {
  return readMonthFigures(content.values, content.structure);
}
