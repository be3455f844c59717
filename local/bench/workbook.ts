/**
 * The workbooks the benchmark runs the add-on on: the add-on's own example workbook (menu "Set up"), with the
 * Team tab grown to N managers and a month of facts typed, all through the in-memory spreadsheet.
 */
import { MONTH } from '../../src/sheets/month-layout';
import { seededRandom } from '../random';
import type { Spreadsheet } from '../spreadsheet';

const TEAM_TAB = { en: 'Team', ru: 'Команда' };

function teamSheet(ss: Spreadsheet) {
  const sheet = ss.sheetNamed(TEAM_TAB.en) ?? ss.sheetNamed(TEAM_TAB.ru);
  if (!sheet) throw new Error('the workbook has no Team tab: run menuSetup first');
  return sheet;
}

/**
 * Rewrites the Team tab with `managers` managers and the example head(s): the example managers first
 * (other tabs refer to them by name), then copies of them in turn (grade, start date, share, salary,
 * scheme, target) with their own id and name. Returns how many example managers there were.
 */
export function writeTeam(ss: Spreadsheet, managers: number): number {
  const sheet = teamSheet(ss);
  const values = sheet.getDataRange().getValues();
  const body = values.slice(1).filter((r) => String(r[0]) !== '');
  const examples = body.filter((r) => /^m\d+$/.test(String(r[0])));
  const heads = body.filter((r) => !/^m\d+$/.test(String(r[0])));
  if (examples.length === 0) throw new Error('the Team tab has no example manager to copy');
  const rows: unknown[][] = [];
  for (let k = 0; k < managers; k++) {
    const row = examples[k % examples.length].slice();
    if (k >= examples.length) {
      row[0] = `b${k + 1}`;
      row[1] = `Manager ${String(k + 1).padStart(3, '0')}`;
    }
    rows.push(row);
  }
  rows.push(...heads.map((r) => r.slice()));
  const oldLast = sheet.getLastRow();
  // The template holds 200 rows: a bigger team grows the tab as a person would (rows inserted at its end).
  const missing = rows.length + 1 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  sheet.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
  if (oldLast > rows.length + 1)
    sheet.getRange(rows.length + 2, 1, oldLast - rows.length - 1, rows[0].length).clearContent();
  return examples.length;
}

const PLAN_TAB = { en: 'Plan', ru: 'План' };

/**
 * Scales the yearly plans of the Plan tab (revenue, receipts) by `factor`, so a bigger team gets a plan of
 * its size (the example plan is for the five example managers; split among 200 it would leave them 0 deals).
 */
export function scalePlan(ss: Spreadsheet, factor: number): void {
  const sheet = ss.sheetNamed(PLAN_TAB.en) ?? ss.sheetNamed(PLAN_TAB.ru);
  if (!sheet) throw new Error('the workbook has no Plan tab: run menuSetup first');
  const values = sheet.getDataRange().getValues();
  values.forEach((r, i) => {
    if ((r[0] === 'revenueYear' || r[0] === 'receiptsYear') && typeof r[2] === 'number') {
      sheet.getRange(i + 1, 3).setValue(Math.round(r[2] * factor));
    }
  });
}

/** A manager × metric row of a month tab (not the department, unassigned or own-days rows). */
const isManagerRow = (row: unknown[]) => {
  const id = String(row[MONTH.col.id - 1] ?? '');
  return id !== '' && !id.startsWith('__') && !String(row[MONTH.col.metric - 1]).startsWith('spk:');
};

/**
 * Types a month of facts into a month tab in one write: for every manager row, on the working days before
 * `today` (ISO), a seeded value around the daily plan (60 %–140 %).
 */
export function typeFacts(ss: Spreadsheet, tab: string, today: string, seed = 8): number {
  const sheet = ss.sheetNamed(tab);
  if (!sheet) throw new Error(`no tab ${tab}`);
  const values = sheet.getDataRange().getValues();
  const keys = values[MONTH.keyRow - 1];
  const flags = values[MONTH.flagRow - 1];
  const cols: number[] = [];
  for (let c = MONTH.firstDayCol - 1; c < keys.length; c++) {
    if (typeof keys[c] === 'string' && String(keys[c]) < today && flags[c] === 1) cols.push(c);
  }
  const workdays = flags.slice(MONTH.firstDayCol - 1).filter((f) => f === 1).length || 1;
  let first = -1;
  let last = -1;
  for (let r = MONTH.firstDataRow - 1; r < values.length; r++) {
    if (!isManagerRow(values[r])) {
      if (first >= 0) break;
      continue;
    }
    if (first < 0) first = r;
    last = r;
  }
  if (first < 0 || cols.length === 0) return 0;
  const next = seededRandom(seed);
  const lastCol = cols[cols.length - 1];
  const block: unknown[][] = [];
  let typed = 0;
  for (let r = first; r <= last; r++) {
    const plan = Number(values[r][MONTH.col.plan - 1]) || 0;
    const row = values[r].slice(MONTH.firstDayCol - 1, lastCol + 1).map((v) => (v === undefined ? '' : v));
    for (const c of cols) {
      row[c - MONTH.firstDayCol + 1] = Math.round((plan / workdays) * (0.6 + 0.8 * next()));
      typed++;
    }
    block.push(row);
  }
  sheet.getRange(first + 1, MONTH.firstDayCol, block.length, block[0].length).setValues(block);
  return typed;
}

/** Where the first manager's fact for the first typed day sits on a month tab (1-based), for recalculation. */
export function firstFactCell(ss: Spreadsheet, tab: string): { row: number; column: number } {
  const sheet = ss.sheetNamed(tab);
  if (!sheet) throw new Error(`no tab ${tab}`);
  const ids = sheet
    .getRange(MONTH.firstDataRow, 1, sheet.getLastRow() - MONTH.firstDataRow + 1, 2)
    .getValues();
  const k = ids.findIndex(isManagerRow);
  if (k < 0) throw new Error(`no manager row on ${tab}`);
  return { row: MONTH.firstDataRow + k, column: MONTH.firstDayCol };
}
