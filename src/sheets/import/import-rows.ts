import { isDomainError } from '../../core/errors';
import { type ColumnMapping, type ImportSettings, importTable, mergeLog, tableOf } from '../../core/import';
import { errorText, messageOf, t } from '../../i18n';
import type { ActionContext } from '../context';
import { factsLogName } from '../facts-log';
import type { Grid } from '../grid';
import { Problems } from '../problems';
import { readSettings, type Settings, writeNewIds } from '../settings';
import { type ImportTab, importTabName, readImportTab } from '../settings/import-tab';
import type { FoundTab } from '../tabs';
import { appendImportLog, changedRecords, readImportLog } from './import-log';
import {
  appendUnknowns,
  createImportTab,
  findImportTab,
  gridValues,
  importTabGrid,
  unknownsOf,
} from './import-tab-writes';
import { storeOpenDeals } from './open-deals';
import { type ImportOutcome, resultText } from './result-text';
import { writeTotals } from './write-facts';

/** An import's end: the result dialog's text, and the outcome when facts were counted (undefined otherwise). */
export interface ImportResult {
  text: string;
  outcome?: ImportOutcome;
}

/**
 * The one way facts are imported, whatever brought the rows (a tab, the file dialog): text rows with their
 * header first, `label` the file or tab they came from. Reads the settings and the Import tab, runs the
 * core import, appends the people and stages it did not know to the Import tab, merges with the import log,
 * writes the changed totals into the month tabs, appends the log. A file that is no export, or settings
 * with problems, write nothing and say why.
 */
export function importRows(
  ctx: ActionContext,
  rows: readonly (readonly string[])[],
  label: string,
): ImportResult {
  const setup = readImportSetup(ctx);
  if ('text' in setup) return setup;
  const { settings, tab, found, grid } = setup;
  let imported: ReturnType<typeof importTable>;
  try {
    imported = importTable(tableOf(rows), setup.importSettings, setup.mapping);
  } catch (e) {
    if (!isDomainError(e)) throw e;
    const reason = errorText(e, ctx.lang);
    return { text: t('importSheet.badFile', ctx.lang, { label, reason }) };
  }
  writeNewIds(ctx, settings);
  const target = found ?? { sheet: createImportTab(ctx, grid!, true), name: importTabName(ctx.lang) };
  const unknowns = unknownsOf(imported, tab);
  const teamNames = settings.people.map((p) => p.name);
  appendUnknowns(ctx, target, tab, unknowns, teamNames);
  const log = readImportLog(ctx.ss, ctx.lang);
  const incoming = imported.facts.records;
  const merged = mergeLog(log.records, incoming);
  const written = writeTotals(ctx, log.records, merged.log);
  appendImportLog(ctx, log, changedRecords(log.records, incoming), label);
  storeOpenDeals(ctx, imported.deals, setup.importSettings);
  const outcome: ImportOutcome = {
    label,
    source: imported.detection.source,
    rows: imported.rows,
    merged,
    records: incoming,
    skipped: imported.facts.skipped,
    unknowns,
    written,
  };
  return { text: resultText(outcome, ctx.lang, namesOf(ctx, settings, target.name)), outcome };
}

/** What an import reads before it looks at the rows: the settings tabs and the Import tab. */
export interface ImportSetup {
  settings: Settings;
  tab: ImportTab;
  /** The Import tab, or null with the `grid` it will be made from. */
  found: FoundTab | null;
  grid: Grid | null;
  importSettings: ImportSettings;
  /** The Import tab's Columns table: field → header, over what the import detects. */
  mapping: ColumnMapping;
}

/**
 * The settings and the Import tab read (a missing Import tab read as its template: it is made only once a
 * file has proved an export); the problems dialog's text instead when any settings tab has problems.
 * Writes nothing: the file dialog's preview takes `importSettings` from here.
 */
export function readImportSetup(ctx: ActionContext): ImportSetup | { text: string } {
  const problems = new Problems();
  const settings = readSettings(ctx, problems);
  if (!settings) return { text: problems.text(ctx.lang) };
  const found = findImportTab(ctx);
  const grid = found ? null : importTabGrid(ctx, settings);
  const tabName = found ? found.name : importTabName(ctx.lang);
  const values = found ? found.sheet.getDataRange().getValues() : gridValues(grid!);
  const table = { tab: tabName, lang: ctx.lang, timeZone: ctx.timeZone, problems };
  const tab = readImportTab(values, settings.people, settings.funnel, table);
  if (!tab || !problems.empty) return { text: problems.text(ctx.lang) };
  const team = settings.people.map((p) => ({ id: p.id, name: p.name }));
  const importSettings = { ...tab.settings, team, year: settings.plan.year };
  return { settings, tab, found, grid, importSettings, mapping: tab.mapping };
}

function namesOf(ctx: ActionContext, settings: Settings, importTab: string) {
  const people = new Map(settings.people.map((p) => [p.id, p.name]));
  const stages = new Map(settings.funnel.map((s) => [s.id, s.name]));
  return {
    person: (id: string) => people.get(id) ?? id,
    metric: (id: string) => messageOf(`metric.${id}`)?.[ctx.lang] ?? stages.get(id) ?? id,
    importTab: importTab || importTabName(ctx.lang),
    factsLog: factsLogName(ctx.lang),
  };
}
