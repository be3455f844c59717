import fs from 'node:fs';
import path from 'node:path';
import { isoString } from '../../../src/core/dates';
import {
  type Contribution,
  defaultImportSettings,
  type ImportSettings,
  importExport,
  type SkippedGroup,
  totalsOf,
} from '../../../src/core/import';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/import');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
}

/** The example team of a new workbook (m1…m5) and its English twin (e1, e2). */
export const TEAM_RU = [
  { id: 'm1', name: 'Анна Смирнова' },
  { id: 'm2', name: 'Иван Петров' },
  { id: 'm3', name: 'Мария Кузнецова' },
  { id: 'm4', name: 'Олег Соколов' },
  { id: 'm5', name: 'Екатерина Новикова' },
];
export const TEAM_EN = [
  { id: 'e1', name: 'Anna Smith' },
  { id: 'e2', name: 'John Peters' },
];

export function settingsWith(patch: Partial<ImportSettings>): ImportSettings {
  return { ...defaultImportSettings(TEAM_RU), year: 2026, ...patch };
}

/** Totals as readable lines: "m1 2026-11-03 leads" → value. */
export function byLine(totals: readonly Contribution[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of totals) out[`${c.member} ${isoString(c.day)} ${c.metric}`] = c.value;
  return out;
}

/** Skipped groups as reason → [count, names with counts]. */
export function skips(groups: readonly SkippedGroup[]): Record<string, [number, string[]]> {
  const out: Record<string, [number, string[]]> = {};
  for (const g of groups) out[g.reason] = [g.count, g.names.map((n) => `${n.name}×${n.count}`)];
  return out;
}

/** One export straight to its totals and skips. */
export function run(file: string, settings: ImportSettings) {
  const imported = importExport(fixtureBytes(file), settings);
  return {
    imported,
    totals: byLine(totalsOf(imported.facts.records)),
    skipped: skips(imported.facts.skipped),
  };
}
