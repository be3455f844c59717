import fs from 'node:fs';
import path from 'node:path';
import { defaultImportSettings, type ImportSettings } from '../../../src/core/import';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/import');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
}

/** The example team of a new workbook (m1…m4) and its English twin (e1, e2). */
export const TEAM_RU = [
  { id: 'm1', name: 'Анна Смирнова' },
  { id: 'm2', name: 'Иван Петров' },
  { id: 'm3', name: 'Мария Кузнецова' },
  { id: 'm4', name: 'Олег Соколов' },
];
export const TEAM_EN = [
  { id: 'e1', name: 'Anna Smith' },
  { id: 'e2', name: 'John Peters' },
];

export function settingsWith(patch: Partial<ImportSettings>): ImportSettings {
  return { ...defaultImportSettings(TEAM_RU), year: 2026, ...patch };
}
