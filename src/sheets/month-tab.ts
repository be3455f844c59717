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
import { asideName, clearLeftovers, tempName } from './write-grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The month tab: under its name, or renamed by a person (found by the developer metadata it carries).
 * A failed earlier generation's leftovers are cleared first, so an old tab set aside takes its name back.
 */
export function findMonthTab(ss: Spreadsheet, year: number, month: number): Sheet | null {
  const name = monthTabName(year, month);
  clearLeftovers(ss, name);
  const byName = ss.getSheetByName(name);
  if (byName) return byName;
  const tagged = ss
    .createDeveloperMetadataFinder()
    .withKey(MONTH_TAG)
    .withValue(monthKey(year, month))
    .find()
    .map((m) => m.getLocation().getSheet())
    .filter((s): s is Sheet => s !== null);
  if (!tagged.length) return null;
  // A failed generation of a renamed tab leaves its leftovers tagged too: recover under the person's name.
  const base = tagged.map((s) => leftoverBase(s.getName())).find((b) => b !== null);
  if (!base) return tagged[0];
  clearLeftovers(ss, base);
  return ss.getSheetByName(base);
}

/** "Ноябрь ~old" → "Ноябрь"; null for a name that is no leftover. */
function leftoverBase(name: string): string | null {
  for (const suffix of [tempName(''), asideName('')])
    if (name.endsWith(suffix)) return name.slice(0, -suffix.length);
  return null;
}

export interface MonthTabContent {
  sheet: Sheet;
  /** The tab's name now (a person may have renamed it). */
  name: string;
  structure: MonthStructure;
  values: unknown[][];
  formulas: string[][];
  facts: Fact[];
}

/** Reads a month tab whole (values and formulas) and finds its structure; throws when it cannot. */
export function readMonthTab(sheet: Sheet): MonthTabContent {
  const name = sheet.getName();
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const structure = monthStructure(values, name);
  return { sheet, name, structure, values, formulas, facts: readTypedFacts(values, formulas, structure) };
}

export function monthFigures(content: MonthTabContent): MonthFigures {
  return readMonthFigures(content.values, content.structure);
}
