/**
 * `npm run demo`: the built add-on (dist/Code.js) run as a user would run it, through its menu, over an
 * in-memory spreadsheet — open, set up with example data, decompose, create the month's plan/fact tab, type
 * three weeks of facts, today's view, bonuses, report — then the workbook written to out/demo.xlsx and a
 * summary printed. Run with `node scripts/run-ts.js local/demo.ts [options]` (see USAGE).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import type ExcelJS from 'exceljs';
import { dayOf, daysInMonth } from '../src/core/dates';
import { formatNumber, type Lang, t } from '../src/i18n';
import type { ActionContext } from '../src/sheets/context';
import { MONTH, monthStructure, readMonthFigures } from '../src/sheets/month-layout';
import { Problems } from '../src/sheets/problems';
import { readSettings } from '../src/sheets/settings';
import { choiceLabel } from '../src/sheets/settings/table';
import { TEAM_COLUMNS } from '../src/sheets/settings/team';
import { bundleCode } from './addon';
import { demoFacts, demoTeam, type FactRowSpec } from './demo-data';
import { columnLetter, createAppsScriptContext, Spreadsheet } from './spreadsheet';
import { readXlsx, toWorkbook, writeXlsx } from './xlsx';

export const USAGE = `npm run demo -- [options]
  --month YYYY-MM   the month to work on (default 2026-11); "today" is its 20th
  --team N          replace the example team by N seeded managers
  --lang ru|en      spreadsheet locale ru_RU (default) or en_US
  --seed N          seed of the example facts and names (default 1)
  --out PATH        the workbook to write (default out/demo.xlsx)
  --png             also render each tab to PNG under the output folder (needs LibreOffice and poppler)
  --from FILE.xlsx  use the settings tabs of your own workbook instead of the example data`;

export interface DemoOptions {
  month?: string;
  team?: number;
  lang?: Lang;
  seed?: number;
  out?: string;
  png?: boolean;
  from?: string;
  /** Day of the month that is "today" (default 20). */
  todayDay?: number;
}

export interface ActionStat {
  /** The global function called (onOpen, menuSetup, …), or "typeFacts" for the demo's own paste. */
  action: string;
  /** Service calls (builders apart), by method. */
  calls: number;
  builderCalls: number;
  byMethod: Record<string, number>;
  ms: number;
  /** Alerts the add-on showed during the action (problems, "not available yet"…). */
  alerts: string[];
  /** An exception that escaped the action (a bug: the add-on shows its own failures in alerts). */
  error?: string;
}

export interface SummaryLine {
  id: string;
  name: string;
  plan: number;
  fact: number;
  /** fact ÷ plan; null without a plan. */
  completion: number | null;
  /** Variable pay from the bonus tab; null while there is none. */
  bonus: number | null;
  /** Own working days elapsed and in the month, and the forecast on them, as the month tab shows them. */
  ownElapsed: number | null;
  ownDays: number | null;
  forecast: number | null;
}

export interface DemoResult {
  out: string;
  lang: Lang;
  month: string;
  today: string;
  seed: number;
  tabs: string[];
  /** The facts pasted into the month tab (manager rows × days before today); empty when none were typed. */
  facts: (number | '')[][];
  managers: SummaryLine[];
  department: SummaryLine;
  actions: ActionStat[];
  ss: Spreadsheet;
}

// ---------------------------------------------------------------------------------------------- options

export function parseArgs(argv: readonly string[]): DemoOptions & { help?: boolean } {
  const o: DemoOptions & { help?: boolean } = {};
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value\n\n${USAGE}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=')
      ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
      : [a, undefined];
    const take = () => (inline !== undefined ? inline : value(i++, flag));
    switch (flag) {
      case '--month':
        o.month = take();
        if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(o.month))
          throw new Error(`--month must look like 2026-11, got "${o.month}"`);
        break;
      case '--team': {
        const n = Number(take());
        if (!Number.isInteger(n) || n < 1 || n > 500)
          throw new Error('--team must be a whole number from 1 to 500');
        o.team = n;
        break;
      }
      case '--lang': {
        const l = take();
        if (l !== 'ru' && l !== 'en') throw new Error(`--lang must be ru or en, got "${l}"`);
        o.lang = l;
        break;
      }
      case '--seed': {
        const n = Number(take());
        if (!Number.isInteger(n)) throw new Error('--seed must be a whole number');
        o.seed = n;
        break;
      }
      case '--out':
        o.out = take();
        break;
      case '--from':
        o.from = take();
        break;
      case '--png':
        o.png = true;
        break;
      case '--help':
      case '-h':
        o.help = true;
        break;
      default:
        throw new Error(`unknown option ${a}\n\n${USAGE}`);
    }
  }
  return o;
}

// ------------------------------------------------------------------------------------------ the add-on

interface Session {
  ss: Spreadsheet;
  call(name: string, ...args: unknown[]): unknown;
}

/** Loads dist/Code.js over `ss` as Apps Script would, with the clock at 10:00 of `today` (Moscow). */
function attachAddon(ss: Spreadsheet, today: string): Session {
  const [y, m, d] = today.split('-').map(Number);
  const context = createAppsScriptContext(ss, { clock: Date.UTC(y, m - 1, d, 7, 0) });
  vm.runInContext(bundleCode(), context, { filename: 'Code.js' });
  const fns = context as unknown as Record<string, (...a: unknown[]) => unknown>;
  return {
    ss,
    call: (name, ...args) => {
      if (typeof fns[name] !== 'function') throw new Error(`the bundle has no global function ${name}`);
      return fns[name](...args);
    },
  };
}

/** Runs one step with the call counter reset; every prompt it shows is answered OK with `promptText`. */
function step(
  session: Session,
  stats: ActionStat[],
  action: string,
  body: () => void,
  promptText?: string,
): void {
  const { ss } = session;
  const ui = ss.ui;
  ui.answers.length = 0;
  const prompt = ui.prompt;
  if (promptText !== undefined) {
    ui.prompt = ((...args: Parameters<typeof prompt>) => {
      ui.answers.unshift({ button: 'OK', text: promptText });
      return prompt.apply(ui, args);
    }) as typeof prompt;
  }
  const firstDialog = ui.dialogs.length;
  ss.counter.reset();
  const t0 = process.hrtime.bigint();
  let failure: string | null = null;
  try {
    body();
  } catch (e) {
    failure = e instanceof Error ? e.message : String(e);
  } finally {
    ui.prompt = prompt;
    ui.answers.length = 0;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const alerts = ui.dialogs
    .slice(firstDialog)
    .filter((d) => d.kind === 'alert')
    .map((d) => [d.title, d.message].filter(Boolean).join(': '));
  stats.push({
    action,
    calls: ss.counter.total(),
    builderCalls: ss.counter.total(true) - ss.counter.total(),
    byMethod: ss.counter.byMethod(),
    ms,
    alerts,
    ...(failure !== null ? { error: failure } : {}),
  });
}

const teamTab = (ss: Spreadsheet) => ss.getSheetByName('Команда') ?? ss.getSheetByName('Team');

/** Replaces the managers of the Team tab by `people`; the head's rows stay. Absences follow the new names. */
function resizeTeam(ss: Spreadsheet, lang: Lang, n: number, seed: number, year: number, month: number): void {
  const sheet = teamTab(ss);
  if (!sheet) return;
  const width = TEAM_COLUMNS.length;
  const col = (key: string) => TEAM_COLUMNS.findIndex((c) => c.key === key);
  const old = sheet.getRange(2, 1, Math.max(sheet.getMaxRows() - 1, 1), width).getValues();
  const headLabel = choiceLabel('head', lang);
  const heads = old.filter((r) => r[col('role')] === headLabel || r[col('role')] === 'head');
  const gone = old
    .filter((r) => r[col('name')] !== '' && !heads.includes(r))
    .map((r) => String(r[col('name')]));
  const people = demoTeam(n, seed, lang, year, month);
  const rows: unknown[][] = people.map((p) => {
    const r: unknown[] = new Array(width).fill('');
    r[col('id')] = p.id;
    r[col('name')] = p.name;
    r[col('role')] = choiceLabel('manager', lang);
    r[col('grade')] = p.grade;
    r[col('start')] = p.start === null ? '' : serialOfIso(p.start);
    r[col('share')] = p.share;
    r[col('salary')] = p.salary;
    r[col('scheme')] = p.scheme;
    r[col('target')] = p.target;
    r[col('active')] = true;
    return r;
  });
  rows.push(...heads);
  if (sheet.getMaxRows() < rows.length + 1)
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
  sheet.getRange(2, 1, sheet.getMaxRows() - 1, width).clearContent();
  sheet.getRange(2, 1, rows.length, width).setValues(rows);

  // The example absences name people who are no longer in the team: give them to the new managers.
  const calendar = ss.getSheetByName('Календарь') ?? ss.getSheetByName('Calendar');
  if (!calendar || gone.length === 0) return;
  const values = calendar.getDataRange().getValues();
  let k = 1;
  values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (typeof v === 'string' && gone.includes(v))
        calendar.getRange(r + 1, c + 1).setValue(people[k++ % n].name);
    });
  });
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
function serialOfIso(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - SERIAL_EPOCH) / 86400000);
}

/**
 * What the settings say about the people, read as the add-on reads them: the managers who joined in the
 * month or the two before it, and the days (0-based from the 1st) each manager is away.
 */
function peopleFacts(ss: Spreadsheet, lang: Lang, year: number, month: number) {
  const ctx = { ss, ui: ss.ui, lang, timeZone: ss.timeZone, today: dayOf(year, month, 1) };
  const settings = readSettings(ctx as unknown as ActionContext, new Problems());
  const first = dayOf(year, month, 1);
  const recent = dayOf(month > 2 ? year : year - 1, month > 2 ? month - 2 : month + 10, 1);
  const next = first + daysInMonth(year, month);
  const newHires = new Set<string>();
  const absentDays = new Map<string, Set<number>>();
  for (const p of settings?.people ?? []) {
    if (p.start !== null && p.start >= recent && p.start < next) newHires.add(p.id);
  }
  for (const [id, list] of settings?.calendarSettings.absences ?? []) {
    const days = new Set<number>();
    for (const a of list)
      for (let d = Math.max(a.from, first); d <= Math.min(a.to, next - 1); d++) days.add(d - first);
    absentDays.set(id, days);
  }
  return { newHires, absentDays };
}

/**
 * Types the example facts into the month tab like a person pasting from their CRM export: one setValues
 * over the managers' day cells from the 1st to the day before today. Returns what was pasted.
 */
function typeFacts(
  ss: Spreadsheet,
  lang: Lang,
  tab: string,
  today: string,
  seed: number,
  year: number,
  month: number,
) {
  const sheet = ss.getSheetByName(tab);
  if (!sheet) return [];
  const values = sheet.getDataRange().getValues();
  const keys = values[MONTH.keyRow - 1].slice(MONTH.firstDayCol - 1).map(String);
  const flags = values[MONTH.flagRow - 1].slice(MONTH.firstDayCol - 1);
  const days = keys.filter((k) => /^\d{4}-\d{2}-\d{2}$/.test(k) && k < today).length;
  const rows: FactRowSpec[] = [];
  let first = -1;
  for (let r = MONTH.firstDataRow - 1; r < values.length; r++) {
    const id = String(values[r][MONTH.col.id - 1]);
    const ownDays = String(values[r][MONTH.col.metric - 1]).startsWith('spk:');
    if (!id || id === MONTH.departmentId || id === MONTH.unassignedMarker || ownDays) {
      if (first >= 0) break;
      continue;
    }
    if (first < 0) first = r;
    rows.push({
      id,
      metric: String(values[r][MONTH.col.metric - 1]),
      plan: Number(values[r][MONTH.col.plan - 1]) || 0,
    });
  }
  if (rows.length === 0 || days === 0) return [];
  const weekday = new Date(`${keys[0]}T00:00:00Z`).getUTCDay() || 7;
  const facts = demoFacts({
    rows,
    workdays: flags.map((f) => Number(f) === 1),
    firstWeekday: weekday,
    days,
    seed,
    ...peopleFacts(ss, lang, year, month),
  });
  ss.counter.reset();
  sheet.getRange(first + 1, MONTH.firstDayCol, rows.length, days).setValues(facts);
  return facts;
}

/** The month tab already holds facts someone typed (then the demo leaves them alone). */
function hasTypedFacts(ss: Spreadsheet, tab: string): boolean {
  const sheet = ss.getSheetByName(tab);
  if (!sheet) return false;
  const values = sheet.getDataRange().getValues();
  return values.slice(MONTH.firstDataRow - 1).some((row) => {
    const id = String(row[MONTH.col.id - 1]);
    return (
      id !== '' &&
      id !== MONTH.departmentId &&
      !String(row[MONTH.col.metric - 1]).startsWith('spk:') &&
      row.slice(MONTH.firstDayCol - 1).some((v) => v !== '' && v !== null)
    );
  });
}

/** Variable pay (bonus) by manager name from the bonus tab, once that tab exists. */
function bonusesByName(ss: Spreadsheet, lang: Lang, month: string): Map<string, number> {
  const out = new Map<string, number>();
  const sheet = ss.getSheetByName(t('tab.bonus', lang, { month }));
  if (!sheet) return out;
  const values = sheet.getDataRange().getValues();
  const nameHead = t('bonus.col.name', lang);
  const variableHead = t('bonus.col.variable', lang);
  const header = values.findIndex((r) => r.includes(nameHead) && r.includes(variableHead));
  if (header < 0) return out;
  const nameCol = values[header].indexOf(nameHead);
  const bonusCol = values[header].indexOf(variableHead);
  for (const row of values.slice(header + 1)) {
    const name = String(row[nameCol]);
    if (name && typeof row[bonusCol] === 'number' && !out.has(name)) out.set(name, row[bonusCol] as number);
  }
  return out;
}

/** Plan and fact of the first metric (revenue in the example) per manager, and the department row, as the tab shows them. */
function summarize(ss: Spreadsheet, lang: Lang, tab: string) {
  const sheet = ss.getSheetByName(tab);
  if (!sheet) throw new Error(`the month tab ${tab} was not created`);
  const values = sheet.getDataRange().getValues();
  const figures = readMonthFigures(values, monthStructure(values, tab));
  const bonuses = bonusesByName(ss, lang, tab);
  const metric = figures.byManager.get(MONTH.departmentId)?.keys().next().value ?? 'revenue';
  const rowOf = (id: string) =>
    values.find((r) => r[MONTH.col.id - 1] === id && r[MONTH.col.metric - 1] === metric) ?? [];
  const numberAt = (row: unknown[], col: number) =>
    typeof row[col - 1] === 'number' ? (row[col - 1] as number) : null;
  const line = (id: string): SummaryLine => {
    const f = figures.byManager.get(id)?.get(metric) ?? { plan: 0, fact: 0 };
    const name = figures.names.get(id) ?? id;
    const row = rowOf(id);
    return {
      ownElapsed: numberAt(row, MONTH.col.ownElapsed),
      ownDays: numberAt(row, MONTH.col.ownDays),
      forecast: numberAt(row, MONTH.col.forecast),
      id,
      name,
      plan: f.plan,
      fact: f.fact,
      completion: f.plan > 0 ? f.fact / f.plan : null,
      bonus: bonuses.has(name) ? bonuses.get(name)! : null,
    };
  };
  const managers = [...figures.byManager.keys()].filter((id) => id !== MONTH.departmentId).map(line);
  const department = line(MONTH.departmentId);
  if (managers.some((m) => m.bonus !== null)) {
    department.bonus = managers.reduce((s, m) => s + (m.bonus ?? 0), 0);
  }
  return { managers, department };
}

// ------------------------------------------------------------------------------------------------ demo

/** Runs the whole demo and writes the workbook; prints nothing (see formatSummary). */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const seed = options.seed ?? 1;
  const out = path.resolve(options.out ?? 'out/demo.xlsx');
  let lang: Lang = options.lang ?? 'ru';
  let month = options.month ?? '2026-11';
  let ss: Spreadsheet;
  const todayOf = (m: string) => `${m}-${String(options.todayDay ?? 20).padStart(2, '0')}`;
  if (options.from) {
    const probe = await readXlsx(options.from);
    if (!options.lang && probe.getSheetByName('Team') && !probe.getSheetByName('Команда')) lang = 'en';
    if (!options.month) month = `${planYearOf(probe) ?? 2026}-11`;
    ss = await readXlsx(options.from, {
      locale: lang === 'ru' ? 'ru_RU' : 'en_US',
      now: `${todayOf(month)} 10:00`,
    });
    dropChartList(ss);
  } else {
    ss = new Spreadsheet({ locale: lang === 'ru' ? 'ru_RU' : 'en_US', now: `${todayOf(month)} 10:00` });
  }
  const today = todayOf(month);
  const [year, mon] = month.split('-').map(Number);
  const session = attachAddon(ss, today);
  const actions: ActionStat[] = [];
  const call =
    (name: string, ...args: unknown[]) =>
    () => {
      session.call(name, ...args);
    };

  step(session, actions, 'onOpen', call('onOpen', { authMode: 'LIMITED' }));
  step(session, actions, 'menuSetup', call('menuSetup'));
  if (options.team !== undefined && !options.from) {
    step(session, actions, 'resizeTeam', () => resizeTeam(ss, lang, options.team!, seed, year, mon));
  }
  step(session, actions, 'menuDecompose', call('menuDecompose'));
  step(session, actions, 'menuCreateMonth', call('menuCreateMonth'), month);
  let facts: (number | '')[][] = [];
  if (!hasTypedFacts(ss, month)) {
    step(session, actions, 'typeFacts', () => {
      facts = typeFacts(ss, lang, month, today, seed, year, mon);
    });
  }
  step(session, actions, 'menuToday', call('menuToday'));
  step(session, actions, 'menuBonuses', call('menuBonuses'), month);
  step(session, actions, 'menuReport', call('menuReport'), month);

  const { managers, department } = summarize(ss, lang, month);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await writeXlsx(ss, out, { chartList: true });
  return {
    out,
    lang,
    month,
    today,
    seed,
    tabs: ss.sheetList().map((s) => s.getName()),
    facts,
    managers,
    department,
    actions,
    ss,
  };
}

/** A demo workbook read back carries the "Charts" list writeXlsx added: it is no tab of the add-on. */
function dropChartList(ss: Spreadsheet): void {
  const list = ss.getSheetByName('Charts');
  if (list && list.getRange(1, 1, 1, 5).getValues()[0].join('|') === 'Tab|Type|Anchor|Ranges|Title')
    ss.deleteSheet(list);
}

/** The plan year of a workbook's Plan tab (the row keyed "year"), if it has one. */
function planYearOf(ss: Spreadsheet): number | null {
  const sheet = ss.getSheetByName('План') ?? ss.getSheetByName('Plan');
  if (!sheet) return null;
  const row = sheet
    .getDataRange()
    .getValues()
    .find((r) => r[0] === 'year');
  const y = row ? Number(row[2]) : Number.NaN;
  return Number.isInteger(y) ? y : null;
}

// --------------------------------------------------------------------------------------------- printing

const TEXT = {
  ru: {
    title: 'Sales Plan Kit — демо: {month}, сегодня {today}, сид {seed}',
    actions: 'Действие',
    calls: 'вызовы',
    builders: 'билдеры',
    ms: 'мс',
    manager: 'Менеджер',
    plan: 'План',
    fact: 'Факт',
    completion: 'Выполн.',
    ownDays: 'Дни',
    forecast: 'Прогноз',
    bonus: 'Премия',
    metric: 'Выручка за {month} на {today}',
    noBonus: 'Премий ещё нет: лист премий не создан.',
    wrote: 'Записано: {out} ({tabs} листов: {names}) за {seconds} с',
    names: {
      onOpen: 'Открытие (меню)',
      menuSetup: 'Настроить книгу',
      resizeTeam: 'Команда из {n} чел.',
      menuDecompose: 'Декомпозиция плана',
      menuCreateMonth: 'План/факт месяца',
      typeFacts: 'Ввод фактов (вставка)',
      menuToday: 'Сегодня',
      menuBonuses: 'Расчёт премий',
      menuReport: 'Отчёт за месяц',
    } as Record<string, string>,
  },
  en: {
    title: 'Sales Plan Kit demo: {month}, today {today}, seed {seed}',
    actions: 'Action',
    calls: 'calls',
    builders: 'builders',
    ms: 'ms',
    manager: 'Manager',
    plan: 'Plan',
    fact: 'Fact',
    completion: 'Done',
    ownDays: 'Days',
    forecast: 'Forecast',
    bonus: 'Bonus',
    metric: 'Revenue for {month} as of {today}',
    noBonus: 'No bonuses yet: the bonus tab was not created.',
    wrote: 'Wrote {out} ({tabs} tabs: {names}) in {seconds} s',
    names: {
      onOpen: 'Open (menu)',
      menuSetup: 'Set up workbook',
      resizeTeam: 'Team of {n}',
      menuDecompose: 'Decompose plan',
      menuCreateMonth: 'Month plan/fact',
      typeFacts: 'Type facts (paste)',
      menuToday: 'Today',
      menuBonuses: 'Calculate bonuses',
      menuReport: 'Monthly report',
    } as Record<string, string>,
  },
};

const fill = (s: string, params: Record<string, unknown>) =>
  s.replace(/\{(\w+)\}/g, (w, k: string) => (k in params ? String(params[k]) : w));
const padEnd = (s: string, n: number) => (s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length));
const padStart = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

/** The terminal summary, in the demo's language. */
export function formatSummary(r: DemoResult, seconds?: number): string {
  const T = TEXT[r.lang];
  const num = (n: number) => formatNumber(n, r.lang, 0).replace(/\u00a0/g, ' ');
  const pct = (x: number | null) => (x === null ? '' : `${Math.round(x * 100)}%`);
  const lines: string[] = [fill(T.title, { month: r.month, today: r.today, seed: r.seed }), ''];

  const team = r.managers.length;
  lines.push(
    `${padEnd(T.actions, 28)}${padStart(T.calls, 8)}${padStart(T.builders, 10)}${padStart(T.ms, 8)}`,
  );
  for (const a of r.actions) {
    const label = fill(T.names[a.action] ?? a.action, { n: team });
    lines.push(
      `${padEnd(label, 28)}${padStart(String(a.calls), 8)}${padStart(String(a.builderCalls), 10)}${padStart(a.ms.toFixed(0), 8)}`,
    );
    for (const alert of a.alerts) lines.push(`  ! ${alert.replace(/\s+/g, ' ').slice(0, 150)}`);
    if (a.error) lines.push(`  ERROR ${a.error}`);
  }

  const hasBonus = r.department.bonus !== null;
  const nameWidth = Math.max(14, ...r.managers.map((m) => m.name.length), r.department.name.length) + 2;
  lines.push('', fill(T.metric, { month: r.month, today: r.today }));
  lines.push(
    padEnd(T.manager, nameWidth) +
      padStart(T.plan, 13) +
      padStart(T.fact, 13) +
      padStart(T.completion, 9) +
      padStart(T.ownDays, 10) +
      padStart(T.forecast, 13) +
      (hasBonus ? padStart(T.bonus, 11) : ''),
  );
  const row = (m: SummaryLine) =>
    padEnd(m.name, nameWidth) +
    padStart(num(m.plan), 13) +
    padStart(num(m.fact), 13) +
    padStart(pct(m.completion), 9) +
    padStart(m.ownDays === null ? '' : `${m.ownElapsed}/${m.ownDays}`, 10) +
    padStart(m.forecast === null ? '' : num(m.forecast), 13) +
    (hasBonus ? padStart(m.bonus === null ? '' : num(m.bonus), 11) : '');
  for (const m of r.managers) lines.push(row(m));
  lines.push('-'.repeat(nameWidth + 58 + (hasBonus ? 11 : 0)), row(r.department));
  if (!hasBonus) lines.push(T.noBonus);
  lines.push(
    '',
    fill(T.wrote, {
      out: path.relative(process.cwd(), r.out) || r.out,
      tabs: r.tabs.length,
      names: r.tabs.join(', '),
      seconds: seconds === undefined ? '?' : seconds.toFixed(1),
    }),
  );
  return lines.join('\n');
}

// --------------------------------------------------------------------------------------------- pictures

const INSTALL_HINT = 'apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils';

const TRANSLIT: Record<string, string> = Object.fromEntries(
  'а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:h ц:ts ч:ch ш:sh щ:sch ъ: ы:y ь: э:e ю:yu я:ya'
    .split(' ')
    .map((p) => p.split(':')),
);

/** A file-name-safe ASCII form of a tab name: "Отчёт 2026-11" → "otchet-2026-11". */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .split('')
    .map((ch) => (ch in TRANSLIT ? TRANSLIT[ch] : ch))
    .join('')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const onPath = (cmd: string) =>
  spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

export interface PictureOptions {
  /** Resolution of the PNGs (default 60 dpi). */
  dpi?: number;
  /** Only these tabs (default every visible tab with something in it). */
  tabs?: string[];
  /** A print area per tab ("C1:AC24"): the picture shows that part only, larger. */
  areas?: Record<string, string>;
  /** Columns (1-based) to hide per tab in the picture. */
  hideColumns?: Record<string, number[]>;
  /** Appended to the file name of each picture (e.g. "-closeup"). */
  suffix?: string;
  /** The day TODAY() means in the pictures, "YYYY-MM-DD" (LibreOffice recalculates TODAY() on load). */
  today?: string;
}

/**
 * Renders tabs to `<out>-<tab>.png` (the first page, landscape, fitted to the page width, trimmed of blank
 * margins): each tab goes into its own copy of the workbook with the other tabs hidden, LibreOffice prints
 * that to PDF (showing the cached formula results), pdftoppm turns page 1 into a PNG.
 * Returns the pictures written, or null when LibreOffice or poppler is missing.
 */
export async function renderPictures(
  ss: Spreadsheet,
  out: string,
  options: PictureOptions = {},
): Promise<string[] | null> {
  const soffice = onPath('soffice') ? 'soffice' : onPath('libreoffice') ? 'libreoffice' : null;
  if (!soffice || !onPath('pdftoppm')) return null;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-demo-'));
  const base = out.replace(/\.xlsx$/i, '');
  const tabs = ss
    .sheetList()
    .filter((s) =>
      options.tabs ? options.tabs.includes(s.getName()) : !s.isSheetHidden() && s.getLastRow() > 0,
    );
  const files: { xlsx: string; png: string }[] = [];
  try {
    for (const sheet of tabs) {
      const wb = toWorkbook(ss);
      wb.worksheets.forEach((ws, index) => {
        if (ws.name !== sheet.getName()) {
          ws.state = 'hidden';
          return;
        }
        ws.state = 'visible';
        if (options.today) pinToday(ws, options.today);
        for (const c of options.hideColumns?.[ws.name] ?? []) ws.getColumn(c).hidden = true;
        // exceljs puts a $ before the column itself: "C$1:F$10" becomes the absolute $C$1:$F$10 LibreOffice wants
        const area = options.areas?.[ws.name]?.replace(/([A-Z]+)\$?(\d+)/g, '$1$$$2');
        ws.pageSetup = {
          ...ws.pageSetup,
          orientation: 'landscape',
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
          margins: { left: 0.2, right: 0.2, top: 0.2, bottom: 0.2, header: 0, footer: 0 },
          ...(area ? { printArea: area } : {}),
        };
        wb.views = [
          { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: index, visibility: 'visible' },
        ];
      });
      const slug = slugOf(sheet.getName()) || `tab${files.length + 1}`;
      const xlsx = path.join(tmp, `${slug}.xlsx`);
      await wb.xlsx.writeFile(xlsx);
      files.push({ xlsx, png: `${base}-${slug}${options.suffix ?? ''}` });
    }
    const profile = `file://${path.join(tmp, 'profile')}`;
    const converted = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        tmp,
        ...files.map((f) => f.xlsx),
      ],
      { stdio: 'ignore', timeout: 300_000 },
    );
    if (converted.status !== 0)
      throw new Error(`LibreOffice could not convert the tabs to PDF (exit ${converted.status})`);
    const written: string[] = [];
    const dpi = String(options.dpi ?? 60);
    for (const f of files) {
      const pdf = f.xlsx.replace(/\.xlsx$/, '.pdf');
      if (!fs.existsSync(pdf)) continue;
      const page = ['-r', dpi, '-f', '1', '-l', '1', '-singlefile'];
      const gray = path.join(tmp, 'page');
      spawnSync('pdftoppm', ['-gray', ...page, pdf, gray], { stdio: 'ignore' });
      const box = fs.existsSync(`${gray}.pgm`) ? inkBox(fs.readFileSync(`${gray}.pgm`)) : null;
      const crop = box ? ['-x', box.x, '-y', box.y, '-W', box.w, '-H', box.h].map(String) : [];
      if (spawnSync('pdftoppm', ['-png', ...page, ...crop, pdf, f.png], { stdio: 'ignore' }).status === 0) {
        written.push(`${f.png}.png`);
      }
    }
    return written;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** TODAY() in formulas and conditional formats becomes the demo's day, so LibreOffice's recalculation agrees. */
function pinToday(ws: ExcelJS.Worksheet, today: string): void {
  const [y, m, d] = today.split('-').map(Number);
  const pinned = (f: string) => f.replace(/\bTODAY\(\)/gi, `DATE(${y},${m},${d})`);
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value as ExcelJS.CellFormulaValue | null;
      if (v && typeof v === 'object' && typeof v.formula === 'string' && /TODAY\(/i.test(v.formula)) {
        cell.value = { ...v, formula: pinned(v.formula) };
      }
    }),
  );
  const formats = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  for (const cf of formats ?? []) {
    for (const rule of cf.rules as { formulae?: unknown[] }[]) {
      if (rule.formulae) rule.formulae = rule.formulae.map((f) => (typeof f === 'string' ? pinned(f) : f));
    }
  }
}

/** The box around the non-white pixels of a binary PGM (P5) page, with a small margin; null if blank. */
function inkBox(pgm: Buffer): { x: number; y: number; w: number; h: number } | null {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'));
  if (!header) return null;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = pgm.subarray(header[0].length);
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[y * width + x] < 245) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (x1 < 0) return null;
  const pad = 6;
  const x = Math.max(0, x0 - pad);
  const y = Math.max(0, y0 - pad);
  return { x, y, w: Math.min(width, x1 + pad + 1) - x, h: Math.min(height, y1 + pad + 1) - y };
}

/**
 * The close-ups the README shows, larger than the whole-tab pictures: the month tab's department and first
 * two managers over the ten days up to today; the report tab's first page.
 */
export async function renderCloseups(result: DemoResult, dpi = 80): Promise<string[] | null> {
  const month = result.ss.getSheetByName(result.month);
  const areas: Record<string, string> = {};
  const hideColumns: Record<string, number[]> = {};
  const tabs: string[] = [];
  if (month) {
    const values = month.getDataRange().getValues();
    const keys = values[MONTH.keyRow - 1];
    const todayCol = keys.indexOf(result.today) + 1 || month.getLastColumn();
    const metrics = values.filter((r) => r[MONTH.col.id - 1] === MONTH.departmentId).length;
    const lastRow = Math.min(month.getLastRow(), MONTH.firstDataRow - 1 + metrics * 3);
    const lastCol = Math.min(todayCol + 1, month.getLastColumn());
    areas[result.month] = `${columnLetter(MONTH.col.name)}1:${columnLetter(lastCol)}${lastRow}`;
    hideColumns[result.month] = [];
    for (let c = MONTH.firstDayCol; c < lastCol - 11; c++) hideColumns[result.month].push(c);
    tabs.push(result.month);
  }
  const report = t('tab.report', result.lang, { month: result.month });
  if (result.ss.getSheetByName(report)) tabs.push(report);
  if (tabs.length === 0) return [];
  return renderPictures(result.ss, result.out, {
    dpi,
    tabs,
    areas,
    hideColumns,
    suffix: '-closeup',
    today: result.today,
  });
}

// ------------------------------------------------------------------------------------------------- CLI

export async function main(argv: readonly string[]): Promise<number> {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(argv);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const t0 = Date.now();
  const result = await runDemo(options);
  console.log(formatSummary(result, (Date.now() - t0) / 1000));
  const failed = result.actions.filter((a) => a.error).length;
  if (options.png) {
    const whole = await renderPictures(result.ss, result.out, { today: result.today });
    const closeups = whole === null ? null : await renderCloseups(result);
    const pictures = whole === null || closeups === null ? null : [...whole, ...closeups];
    if (pictures === null) {
      console.log(
        result.lang === 'ru'
          ? `--png: нужны LibreOffice и poppler, установите: ${INSTALL_HINT}`
          : `--png: LibreOffice and poppler are needed; install them: ${INSTALL_HINT}`,
      );
    } else {
      console.log(
        `PNG (${pictures.length}): ${pictures.map((p) => path.relative(process.cwd(), p)).join(', ')}`,
      );
    }
  }
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] === __filename) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(e instanceof Error ? e.stack : e);
      process.exitCode = 1;
    },
  );
}
