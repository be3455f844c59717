import type { Addon } from '../../local/addon';
import type { Sheet, Spreadsheet } from '../../local/spreadsheet';
import { isoString } from '../../src/core/dates';
import { MONTH, monthStructure } from '../../src/sheets/month-layout';
import { exampleWorkbook } from './workbook';

/** A fact a test typed into a day cell of a month tab. */
export interface TypedFact {
  id: string;
  metric: string;
  /** ISO date of the day column. */
  day: string;
  value: unknown;
}

export const factKeyOf = (f: Pick<TypedFact, 'id' | 'metric' | 'day'>) => `${f.id}|${f.metric}|${f.day}`;

/** Where the parts of a month tab are, found by the key-row markers the add-on writes (1-based). */
export interface TabMap {
  keyRow: number;
  col: Record<string, number>;
  /** ISO date → column. */
  days: Map<string, number>;
  /** "id|metric" → row, managers only (no department, no unassigned marker). */
  rows: Map<string, number>;
}

/** The tab's map from the add-on's own reading of its structure (monthStructure), 1-based. */
export function mapMonthTab(sheet: Sheet): TabMap {
  const values = sheet.getDataRange().getValues();
  const s = monthStructure(values, sheet.getName());
  const col: Record<string, number> = {};
  for (const [name, c] of Object.entries(s.cols)) col[name] = c + 1;
  const days = new Map(s.dayCols.map((d) => [isoString(d.day), d.col + 1]));
  const rows = new Map<string, number>();
  for (let r = s.keyRow + 1; r < values.length; r++) {
    const id = String(values[r][s.cols.id] ?? '');
    const metric = String(values[r][s.cols.metric] ?? '');
    if (id === MONTH.unassignedMarker) break;
    if (/^m\d+$/.test(id) && metric && !metric.startsWith('spk:')) rows.set(`${id}|${metric}`, r + 1);
  }
  return { keyRow: s.keyRow + 1, col, days, rows };
}

/**
 * Types `count` numeric facts into day cells of manager rows (working and weekend days of 1–19 November),
 * spread over people and metrics; deterministic values.
 */
export function typeFacts(sheet: Sheet, count = 30): TypedFact[] {
  const map = mapMonthTab(sheet);
  const rows = [...map.rows.keys()];
  const days = [...map.days.keys()].slice(0, 19);
  const facts: TypedFact[] = [];
  for (let i = 0; i < count; i++) {
    const [id, metric] = rows[(i * 7) % rows.length].split('|');
    const day = days[(i * 5) % days.length];
    if (facts.some((f) => factKeyOf(f) === `${id}|${metric}|${day}`)) continue;
    const value = 100 + i * 37;
    sheet.getRange(map.rows.get(`${id}|${metric}`)!, map.days.get(day)!).setValue(value);
    facts.push({ id, metric, day, value });
  }
  return facts;
}

/** The value of a fact's cell in the tab (by the tab's markers), undefined when its row or day is missing. */
export function factInTab(sheet: Sheet, map: TabMap, f: TypedFact): unknown {
  const row = map.rows.get(`${f.id}|${f.metric}`);
  const col = map.days.get(f.day);
  return row && col ? sheet.getRange(row, col).getValue() : undefined;
}

/** The typed facts the tab does not show with their value (the tab missing: all of them). */
export function missingFacts(ss: Spreadsheet, facts: readonly TypedFact[], tab = '2026-11'): TypedFact[] {
  const sheet = ss.getSheetByName(tab);
  if (!sheet) return [...facts];
  let map: TabMap;
  try {
    map = mapMonthTab(sheet);
  } catch {
    return [...facts];
  }
  return facts.filter((f) => factInTab(sheet, map, f) !== f.value);
}

/** The example workbook (ru) on 20 November 2026: set up, decomposed, tab 2026-11 created with typed facts. */
export function monthWithFacts(count = 30, team?: number): { a: Addon; facts: TypedFact[] } {
  const a = exampleWorkbook(team);
  const facts = typeFacts(a.ss.getSheetByName('2026-11')!, count);
  return { a, facts };
}

/** Runs a menu action (a month prompt answered with `month`); returns the message alerts it showed. */
export function runMenu(a: Addon, fn: string, month = '2026-11'): string[] {
  const from = a.ss.ui.dialogs.length;
  if (PROMPTING.has(fn)) a.ss.ui.answer({ button: 'OK', text: month });
  a.call(fn);
  return alertsSince(a, from);
}

export function alertsSince(a: Addon, from: number): string[] {
  return a.ss.ui.dialogs
    .slice(from)
    .filter((d) => d.kind === 'alert' && d.buttons === 'OK')
    .map((d) => d.message);
}

/** The menu actions that ask for a month first. */
export const PROMPTING = new Set(['menuCreateMonth', 'menuRestoreFacts', 'menuBonuses', 'menuReport']);

/** A tab's contents and looks: values, formulas, number formats, backgrounds, hidden state. */
export function tabPrint(sheet: Sheet): string {
  const r = sheet.getDataRange();
  return JSON.stringify([
    r.getValues(),
    r.getFormulas(),
    r.getNumberFormats(),
    r.getBackgrounds(),
    sheet.isSheetHidden(),
    sheet.getFrozenRows(),
  ]);
}

/** Every tab's print by name, the facts log left out (its rows depend on when facts were seen). */
export function workbookPrint(
  ss: Spreadsheet,
  skip: (name: string) => boolean = isFactsLog,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of ss.sheetList()) if (!skip(sheet.getName())) out.set(sheet.getName(), tabPrint(sheet));
  return out;
}

export const isFactsLog = (name: string) => name === 'Журнал фактов' || name === 'Facts log';

/** Ru texts the user may see when an action ends otherwise than in success. */
export function isLocalizedFailure(text: string): boolean {
  return /Действие не выполнено|Другое действие с этой книгой|исправьте их/i.test(text);
}

/** Types a new value over the k-th typed fact (its entry in `facts` updated): the next read logs it. */
export function retype(sheet: Sheet, facts: TypedFact[], k: number): void {
  const map = mapMonthTab(sheet);
  const i = k % facts.length;
  const f = facts[i];
  const value = Number(f.value) + 1;
  sheet.getRange(map.rows.get(`${f.id}|${f.metric}`)!, map.days.get(f.day)!).setValue(value);
  facts[i] = { ...f, value };
}
