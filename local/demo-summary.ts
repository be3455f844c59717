/**
 * The demo's results read back from the workbook as the tabs show them (plan, fact, own days, forecast,
 * bonus per manager), and the summary printed in the terminal, in the demo's language.
 */
import path from 'node:path';
import { formatNumber, type Lang, t } from '../src/i18n';
import { MONTH, monthStructure, readMonthFigures } from '../src/sheets/month-layout';
import type { DemoResult } from './demo-run';
import type { Spreadsheet } from './spreadsheet';

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

/**
 * Plan and fact of the first metric (revenue in the example) per manager, and the department row, as the
 * month tab shows them; null when there is no month tab.
 */
export function summarize(
  ss: Spreadsheet,
  lang: Lang,
  tab: string,
): { managers: SummaryLine[]; department: SummaryLine } | null {
  const sheet = ss.getSheetByName(tab);
  if (!sheet) return null;
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
      menuWeeklyMeeting: 'Недельная планёрка',
      typeWeekMeeting: 'Планёрка: обещания, заметки',
      menuContests: 'Конкурсы: таблицы лидеров',
      menuBonuses: 'Расчёт премий',
      menuReport: 'Отчёт за месяц',
      menuBudget: 'Бюджет продаж',
      fileImport: 'Файл → Импорт: {file}',
      menuImportFromTab: 'Импорт фактов с листа',
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
    fact: 'Actual',
    completion: 'Attainment',
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
      menuCreateMonth: 'Month plan vs actual',
      typeFacts: 'Type actuals (paste)',
      menuToday: 'Today',
      menuWeeklyMeeting: 'Weekly meeting',
      typeWeekMeeting: 'Meeting: commitments, notes',
      menuContests: 'Contests: leaderboards',
      menuBonuses: 'Calculate bonuses',
      menuReport: 'Monthly report',
      menuBudget: 'Sales budget',
      fileImport: 'File → Import: {file}',
      menuImportFromTab: 'Import actuals from tab',
    } as Record<string, string>,
  },
};
type Text = (typeof TEXT)[Lang];

const fill = (s: string, params: Record<string, unknown>) =>
  s.replace(/\{(\w+)\}/g, (w, k: string) => (k in params ? String(params[k]) : w));
const padEnd = (s: string, n: number) => (s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length));
const padStart = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

/** The table of actions: service calls, builder calls and time of each, with the alerts it showed. */
function actionLines(r: DemoResult, T: Text): string[] {
  const lines = [
    `${padEnd(T.actions, 28)}${padStart(T.calls, 8)}${padStart(T.builders, 10)}${padStart(T.ms, 8)}`,
  ];
  for (const a of r.actions) {
    const label = fill(T.names[a.action] ?? a.action, { n: r.managers.length, file: a.detail ?? '' });
    lines.push(
      `${padEnd(label, 28)}${padStart(String(a.calls), 8)}${padStart(String(a.builderCalls), 10)}${padStart(a.ms.toFixed(0), 8)}`,
    );
    for (const alert of a.alerts) lines.push(...alertLines(a.action, alert));
    if (a.error) lines.push(`  ERROR ${a.error}`);
  }
  return lines;
}

/** An alert under its action: an import's result whole (it is what the run is for), others on one line. */
function alertLines(action: string, alert: string): string[] {
  if (action === 'menuImportFromTab') return alert.split('\n').map((l) => `  ${l}`);
  return [`  ! ${alert.replace(/\s+/g, ' ').slice(0, 150)}`];
}

/** The table of managers and the department: plan, fact, completion, own days, forecast, bonus. */
function managerLines(r: DemoResult, T: Text): string[] {
  const num = (n: number) => formatNumber(n, r.lang, 0).replace(/\u00a0/g, ' ');
  const pct = (x: number | null) => (x === null ? '' : `${Math.round(x * 100)}%`);
  const hasBonus = r.department.bonus !== null;
  const nameWidth = Math.max(14, ...r.managers.map((m) => m.name.length), r.department.name.length) + 2;
  const header =
    padEnd(T.manager, nameWidth) +
    padStart(T.plan, 13) +
    padStart(T.fact, 13) +
    padStart(T.completion, 9) +
    padStart(T.ownDays, 10) +
    padStart(T.forecast, 13) +
    (hasBonus ? padStart(T.bonus, 11) : '');
  const row = (m: SummaryLine) =>
    padEnd(m.name, nameWidth) +
    padStart(num(m.plan), 13) +
    padStart(num(m.fact), 13) +
    padStart(pct(m.completion), 9) +
    padStart(m.ownDays === null ? '' : `${m.ownElapsed}/${m.ownDays}`, 10) +
    padStart(m.forecast === null ? '' : num(m.forecast), 13) +
    (hasBonus ? padStart(m.bonus === null ? '' : num(m.bonus), 11) : '');
  const lines = [fill(T.metric, { month: r.month, today: r.today }), header, ...r.managers.map(row)];
  lines.push('-'.repeat(nameWidth + 58 + (hasBonus ? 11 : 0)), row(r.department));
  if (!hasBonus) lines.push(T.noBonus);
  return lines;
}

/** The terminal summary, in the demo's language. */
export function formatSummary(r: DemoResult, seconds?: number): string {
  const T = TEXT[r.lang];
  const wrote = fill(T.wrote, {
    out: path.relative(process.cwd(), r.out) || r.out,
    tabs: r.tabs.length,
    names: r.tabs.join(', '),
    seconds: seconds === undefined ? '?' : seconds.toFixed(1),
  });
  return [
    fill(T.title, { month: r.month, today: r.today, seed: r.seed }),
    '',
    ...actionLines(r, T),
    '',
    ...managerLines(r, T),
    '',
    wrote,
  ].join('\n');
}
