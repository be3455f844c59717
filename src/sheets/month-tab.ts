import type { ActionContext } from './context';
import {
  type Fact,
  MONTH_TAG,
  type MonthFigures,
  type MonthStructure,
  monthStructure,
  readMonthFigures,
  readTypedFacts,
} from './month-layout';
import { type FoundTab, monthKey, monthTabName } from './tabs';

import { asideName, leftoverBase } from './write-grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The month tab: under its name, or renamed by a person (found by the developer metadata it carries). Finding
 * writes nothing: after a failed generation the tab may still be set aside ("~old"), and is read there; the
 * next write of the tab (writeGrid) clears the leftovers and gives it its name back.
 */
export function findMonthTab(ss: Spreadsheet, year: number, month: number): FoundTab | null {
  const name = monthTabName(year, month);
  for (const candidate of [name, asideName(name)]) {
    const sheet = ss.getSheetByName(candidate);
    if (sheet) return { sheet, name: candidate };
  }
  const tagged = ss
    .createDeveloperMetadataFinder()
    .withKey(MONTH_TAG)
    .withValue(monthKey(year, month))
    .find()
    .map((m) => m.getLocation().getSheet())
    .filter((s): s is Sheet => s !== null)
    .map((sheet) => ({ sheet, name: sheet.getName() }));
  // A failed generation of a renamed tab leaves its leftovers tagged too: the tab under the person's name
  // first, else the one set aside; never a half-written temporary tab.
  return (
    tagged.find((s) => leftoverBase(s.name) === null) ??
    tagged.find((s) => s.name.endsWith(asideName(''))) ??
    null
  );
}

/**
 * The month tab read (`readMonthTab`), null when there is none: once per action until the action writes, for
 * the steps that only read it (the bonus run and the contests' prizes read the same tab). The entry ends when
 * the action writes the tab under its name.
 */
export function monthTabOnce(ctx: ActionContext, year: number, month: number): MonthTabContent | null {
  const read = () => {
    const found = findMonthTab(ctx.ss, year, month);
    return found && readMonthTab(found);
  };
  return ctx.memo ? ctx.memo.get(`month:${monthKey(year, month)}`, read, (c) => c?.name ?? null) : read();
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
export function readMonthTab({ sheet, name: now }: FoundTab): MonthTabContent {
  const name = leftoverBase(now) ?? now;
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const structure = monthStructure(values, name);
  return { sheet, name, structure, values, formulas, facts: readTypedFacts(values, formulas, structure) };
}

export function monthFigures(content: MonthTabContent): MonthFigures {
  return readMonthFigures(content.values, content.structure);
}
