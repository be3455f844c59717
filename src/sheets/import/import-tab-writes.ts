import type { ImportedExport } from '../../core/import';
import { normalizeText } from '../../core/import/values';
import { t } from '../../i18n';
import { type ActionContext, noteWritten } from '../context';
import { asText, type Grid } from '../grid';
import type { Settings } from '../settings';
import {
  IMPORT_TABLES,
  type ImportTab,
  type ImportTabRows,
  importTabName,
  importTemplate,
  stepOptions,
} from '../settings/import-tab';
import { type FoundTab, findGeneratedTab } from '../tabs';
import { ensureRows, writeGrid } from '../write-grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Import tab a workbook starts with, its drop-downs from the Team and Funnel tabs when read. */
export function importTabGrid(
  ctx: ActionContext,
  settings: Pick<Settings, 'people' | 'funnel'> | null,
  rows?: ImportTabRows,
): Grid {
  const names = settings ? settings.people.map((p) => p.name) : [];
  return importTemplate(ctx.lang, names, stepOptions(settings ? settings.funnel : [], ctx.lang), rows);
}

/** The template's values as a read of the tab would return them (no quote before text). */
export function gridValues(grid: Grid): unknown[][] {
  return grid.values.map((row) =>
    row.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)),
  );
}

/** Writes the Import tab; `missing`: `findImportTab` has just found none (no lookup again). */
export function createImportTab(ctx: ActionContext, grid: Grid, missing = false): Sheet {
  return writeGrid(ctx.ss, importTabName(ctx.lang), grid, {
    protectionNote: t('protect.settings', ctx.lang),
    written: ctx.written,
    ...(missing ? { current: null } : {}),
  });
}

export function findImportTab(ctx: ActionContext): FoundTab | null {
  return findGeneratedTab(ctx.ss, importTabName, ctx.lang);
}

/** The names an import did not know and the Import tab does not list yet, in the order found. */
export interface Unknowns {
  people: string[];
  stages: { stage: string; pipeline: string }[];
}

export function unknownsOf(imported: Omit<ImportedExport, 'encoding' | 'format'>, tab: ImportTab): Unknowns {
  const out: Unknowns = { people: [], stages: [] };
  const group = (reason: string) => imported.facts.skipped.find((g) => g.reason === reason)?.names ?? [];
  for (const { name } of group('unknownPerson')) {
    if (name.trim() !== '' && !tab.listedPeople.has(normalizeText(name))) out.people.push(name);
  }
  const pipelines = new Map<string, string>();
  for (const d of imported.deals) if (!pipelines.has(d.stage)) pipelines.set(d.stage, d.pipeline);
  for (const { name } of group('unknownStage')) {
    if (!tab.listedStages.has(normalizeText(name)))
      out.stages.push({ stage: name, pipeline: pipelines.get(name) ?? '' });
  }
  return out;
}

/**
 * Appends the unknown people and stages under the tables' last rows, mapping empty: one write per table,
 * and the member drop-down refreshed with the Team tab's names of today.
 */
export function appendUnknowns(
  ctx: ActionContext,
  { sheet, name }: FoundTab,
  tab: ImportTab,
  unknowns: Unknowns,
  teamNames: readonly string[],
): void {
  const { people, stages } = unknowns;
  if (!people.length && !stages.length) return;
  const last = Math.max(tab.nextPeopleRow + people.length, tab.nextStageRow + stages.length) - 1;
  ensureRows(sheet, last);
  if (people.length) {
    const col = IMPORT_TABLES.peopleCol;
    sheet.getRange(tab.nextPeopleRow, col, people.length, 1).setValues(people.map((p) => [asText(p)]));
    if (teamNames.length) {
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInList([...teamNames], true)
        .setAllowInvalid(false)
        .setHelpText(t('note.teamMember', ctx.lang))
        .build();
      sheet.getRange(tab.nextPeopleRow, col + 1, people.length, 1).setDataValidation(rule);
    }
  }
  if (stages.length) {
    sheet
      .getRange(tab.nextStageRow, IMPORT_TABLES.stagesCol, stages.length, 2)
      .setValues(stages.map((s) => [asText(s.stage), asText(s.pipeline)]));
  }
  noteWritten(ctx, name);
}
