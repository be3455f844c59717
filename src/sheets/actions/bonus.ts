import { roundMoney } from '../../core/allocate';
import {
  type BonusInput,
  evaluateScheme,
  type MetricValues,
  type Scheme,
  type SchemeResult,
} from '../../core/bonus';
import { dayOf, isoString, lastOfMonth } from '../../core/dates';
import { isDomainError, msgRef } from '../../core/errors';
import { formatMoney, type Lang, t } from '../../i18n';
import { componentLabel, renderTrail } from '../../i18n/trail';
import { type Action, type ActionContext, notify, toast } from '../context';
import { recordFacts } from '../facts-log';
import { colLetter, Grid, rect } from '../grid';
import { MONTH, type MonthFigures } from '../month-layout';
import { askMonth } from '../month-prompt';
import { findMonthTab, monthFigures, readMonthTab } from '../month-tab';
import { Problems } from '../problems';
import { readTabValues } from '../settings';
import { readMotivation } from '../settings/motivation';
import type { TableContext } from '../settings/table';
import { type Person, readTeam } from '../settings/team';
import { HEADER_BG, HEADER_FG } from '../settings/template';
import { bonusTabName, monthKey, monthTabName } from '../tabs';
import { writeGrid } from '../write-grid';

/**
 * Menu: Calculate bonuses for a month → the tab "Bonus YYYY-MM": each person's plan, fact, attainment, scheme,
 * component amounts, total and the trail of how it was made; then the bonus fund and its share of revenue.
 * Any problem in Team, Motivation or the month tab is listed in one dialog and nothing is written.
 */
export const bonusAction: Action<[number, number]> = {
  ask: (ctx) => askMonth(ctx, 'menu.bonuses'),
  run: (ctx, [year, month]) => calculateBonuses(ctx, year, month),
};

/** The Team tab's column of the scheme id and of the name (1-based). */
const TEAM_COL = { name: 2, scheme: 9 };

export function calculateBonuses(ctx: ActionContext, year: number, month: number): void {
  const { lang } = ctx;
  const problems = new Problems();
  const tabs = readTabValues(ctx, ['team', 'motivation'], problems);
  const monthSheet = findMonthTab(ctx.ss, year, month);
  const monthContent = monthSheet ? readMonthTab(monthSheet) : undefined;
  const monthName = monthContent?.name ?? monthTabName(year, month);
  if (!monthContent) problems.add(monthName, undefined, undefined, 'bonus.noMonthTab', { tab: monthName });
  const table = (tab: string): TableContext => ({ tab, lang, timeZone: ctx.timeZone, problems });
  const people = tabs.team ? readTeam(tabs.team.values, table(tabs.team.name)) : [];
  const schemes = tabs.motivation
    ? readMotivation(tabs.motivation.values, table(tabs.motivation.name))
    : undefined;
  if (!tabs.team || !schemes || !monthContent) {
    notify(ctx, problems.text(lang));
    return;
  }
  recordFacts(ctx, monthContent.facts);
  const previous = previousBalances(ctx, year, month);
  const result = computeBonuses({
    people,
    schemes,
    figures: monthFigures(monthContent),
    year,
    month,
    lang,
    drawBalances: previous,
    teamTab: tabs.team.name,
    motivationTab: tabs.motivation!.name,
    monthTab: monthName,
    problems,
  });
  if (!problems.empty) {
    notify(ctx, problems.text(lang));
    return;
  }
  const grid = bonusGrid(result, {
    lang,
    title: t('bonus.title', lang, { month: `${monthWord(month, lang)} ${year}` }),
    generated: t('bonus.generated', lang, {
      date: isoString(ctx.today),
      team: tabs.team.name,
      motivation: tabs.motivation!.name,
      monthTab: monthName,
    }),
  });
  // The trail is several lines per person: wrap it and align the table to the top (two calls for any team).
  const tableRect = rect(LAYOUT.firstRow, 1, Math.max(result.rows.length, 1), grid.cols);
  const wrapTrail = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => {
    sheet.getRange(tableRect.row, grid.cols, tableRect.rows, 1).setWrap(true);
    sheet.getRange(tableRect.row, 1, tableRect.rows, tableRect.cols).setVerticalAlignment('top');
  };
  writeGrid(ctx.ss, bonusTabName(year, month, lang), grid, {
    protectionNote: t('protect.generated', lang),
    written: ctx.written,
    beforeSwap: wrapTrail,
  }).activate();
  toast(ctx, 'toast.bonusDone', { month: monthKey(year, month) });
  if (result.exceptions.length) notify(ctx, exceptionsText(result, lang));
}

/** The dialog after a run with exceptions: who was paid, who was not and why. */
function exceptionsText(result: BonusCalculation, lang: Lang): string {
  const paid = result.rows.filter((r) => r.result).length;
  return [
    t('bonus.exceptions', lang, { paid: String(paid), count: String(result.exceptions.length) }),
    '',
    ...result.exceptions.map((e) => `• ${e}`),
  ].join('\n');
}

/** «ноябрь» inside a Russian sentence, "November" in English. */
const monthWord = (month: number, lang: Lang) =>
  lang === 'ru' ? t(`month.${month}`, lang).toLowerCase() : t(`month.${month}`, lang);

export interface BonusRow {
  person: Person;
  /** The figures shown: the person's revenue, or the department's for the head. */
  plan: number | null;
  fact: number | null;
  scheme: Scheme | null;
  /** Null for an exception: the person's bonus could not be calculated (`trail` says why). */
  result: SchemeResult | null;
  /** Rendered trail, one line per entry; for an exception, the reason. */
  trail: string[];
}

export interface BonusCalculation {
  rows: BonusRow[];
  /** Component kinds that occur, in display order. */
  kinds: string[];
  departmentRevenue: number | null;
  hasDraw: boolean;
  /** "Name: why" for each person whose bonus could not be calculated (their rows say it too). */
  exceptions: string[];
}

export interface ComputeOptions {
  people: readonly Person[];
  schemes: Map<string, Scheme>;
  figures: MonthFigures;
  year: number;
  month: number;
  lang: Lang;
  /** What each person's recoverable draw still had to recover, from the previous month's tab. */
  drawBalances: Map<string, number>;
  teamTab: string;
  motivationTab: string;
  monthTab: string;
  problems: Problems;
}

const KIND_ORDER = ['salary', 'percent', 'tiered', 'target', 'kpi', 'pool', 'draw', 'cap', 'adjustment'];

type Figures = { plan: MetricValues; fact: MetricValues };

function figuresOf(m: Map<string, { plan: number; fact: number }> | undefined): Figures {
  const out: Figures = { plan: {}, fact: {} };
  if (m) {
    for (const [metric, v] of m) {
      out.plan[metric] = v.plan;
      out.fact[metric] = v.fact;
    }
  }
  return out;
}

/** Who is paid, on which scheme and figures, and the result of each; problems go to `o.problems`. */
export function computeBonuses(o: ComputeOptions): BonusCalculation {
  const { problems, lang } = o;
  const first = dayOf(o.year, o.month, 1);
  const last = lastOfMonth(o.year, o.month);
  const byId = new Map<string, Scheme>();
  for (const [id, s] of o.schemes) byId.set(id.trim().toLowerCase(), s);

  // One person's bad data never blocks the team: it becomes that person's exception row.
  const exceptions: BonusRow[] = [];
  const asProblems: (() => void)[] = [];
  const except = (person: Person, col: number, code: string, params: Record<string, string>) => {
    exceptions.push(
      exceptionRow(person, `${o.teamTab}!${colLetter(col)}${person.row}`, t(code, lang, params)),
    );
    asProblems.push(() => problems.add(o.teamTab, person.row, col, code, params));
  };
  const paid: { person: Person; scheme: Scheme }[] = [];
  for (const p of o.people) {
    const employed = (p.start === null || p.start <= last) && (p.end === null || p.end >= first);
    if (!employed) continue;
    if (p.role === 'manager') {
      const inMonth = !!p.id && o.figures.byManager.has(p.id);
      if (!inMonth) {
        if (p.active) except(p, TEAM_COL.name, 'bonus.notInMonth', { name: p.name, tab: o.monthTab });
        continue;
      }
    } else if (!p.active) continue;
    if (!p.scheme) {
      except(p, TEAM_COL.scheme, 'bonus.noScheme', { name: p.name });
      continue;
    }
    const scheme = byId.get(p.scheme.trim().toLowerCase());
    if (!scheme) {
      except(p, TEAM_COL.scheme, 'bonus.unknownScheme', {
        name: p.name,
        scheme: p.scheme,
        tab: o.motivationTab,
      });
      continue;
    }
    paid.push({ person: p, scheme });
  }
  if (paid.length === 0 && exceptions.length === 0 && problems.empty)
    problems.add(o.teamTab, undefined, undefined, 'bonus.nobody');

  // One team, one pool: those whose scheme has a pool share it, and every such scheme must describe it alike.
  const poolOf = (s: Scheme) => s.components.find((c) => c.kind === 'pool');
  let poolScheme: Scheme | undefined;
  for (const { scheme } of paid) {
    const pool = poolOf(scheme);
    if (!pool) continue;
    if (!poolScheme) poolScheme = scheme;
    else if (poolScheme !== scheme && JSON.stringify(poolOf(poolScheme)) !== JSON.stringify(pool)) {
      problems.add(o.motivationTab, undefined, undefined, 'bonus.poolsDiffer', {
        first: poolScheme.id,
        second: scheme.id,
      });
      poolScheme = scheme;
    }
  }
  // Blocked anyway (a scheme or the pool is wrong): the dialog lists the people's problems too.
  if (!problems.empty) for (const add of asProblems) add();
  if (!problems.empty)
    return { rows: [], kinds: [], departmentRevenue: null, hasDraw: false, exceptions: [] };

  const managers = [...o.figures.byManager.keys()].filter((id) => id !== MONTH.departmentId);
  const department = figuresOf(o.figures.byManager.get(MONTH.departmentId));
  if (!o.figures.byManager.has(MONTH.departmentId)) {
    for (const id of managers) {
      const f = figuresOf(o.figures.byManager.get(id));
      for (const m of Object.keys(f.plan)) {
        department.plan[m] = (department.plan[m] ?? 0) + f.plan[m];
        department.fact[m] = (department.fact[m] ?? 0) + f.fact[m];
      }
    }
  }
  const team = paid
    .filter(({ person, scheme }) => person.role === 'manager' && poolOf(scheme))
    .map(({ person }) => ({ id: person.id, ...figuresOf(o.figures.byManager.get(person.id)) }));

  const rows: BonusRow[] = [];
  const ordered = [
    ...paid.filter((x) => x.person.role === 'manager'),
    ...paid.filter((x) => x.person.role === 'head'),
  ];
  for (const { person, scheme } of ordered) {
    const own = person.role === 'head' ? department : figuresOf(o.figures.byManager.get(person.id));
    const kpis: BonusInput['kpis'] = {};
    for (const m of Object.keys(own.fact)) kpis[m] = { fact: own.fact[m], plan: own.plan[m] };
    const input: BonusInput = {
      plan: own.plan,
      fact: own.fact,
      salary: person.salary,
      targetBonus: person.target,
      kpis,
      department,
      managerId: person.id,
      team,
      drawBalance: o.drawBalances.get(person.id) ?? 0,
    };
    let result: SchemeResult;
    try {
      result = evaluateScheme(scheme, input);
    } catch (e) {
      if (!isDomainError(e)) throw e;
      const kind = e.params.kind;
      const params = typeof kind === 'string' ? { ...e.params, kind: msgRef(`mot.kind.${kind}`) } : e.params;
      const where = `${o.teamTab}!${colLetter(TEAM_COL.scheme)}${person.row}`;
      const why = t('bonus.personProblem', lang, { name: person.name, text: t(e.code, lang, params) });
      rows.push({
        ...exceptionRow(person, where, why),
        scheme,
        plan: own.plan.revenue ?? null,
        fact: own.fact.revenue ?? null,
      });
      continue;
    }
    rows.push({
      person,
      plan: own.plan.revenue ?? null,
      fact: own.fact.revenue ?? null,
      scheme,
      result,
      trail: trailText(result, lang),
    });
  }
  const all = [...rows, ...exceptions];
  const seen = new Set(all.flatMap((r) => r.result?.components.map((c) => c.kind) ?? []));
  return {
    rows: all,
    kinds: KIND_ORDER.filter((k) => seen.has(k as never)),
    departmentRevenue: department.fact.revenue ?? null,
    hasDraw: all.some((r) => r.scheme?.components.some((c) => c.kind === 'draw')),
    exceptions: all.filter((r) => !r.result).map((r) => r.trail.join(' ')),
  };
}

/** The row of a person whose bonus could not be calculated: the reason and the cell to look at. */
function exceptionRow(person: Person, where: string, why: string): BonusRow {
  return { person, plan: null, fact: null, scheme: null, result: null, trail: [`${why} (${where})`] };
}

/** Each component with its amount, then its trail lines indented, then the total. */
export function trailText(result: SchemeResult, lang: Lang): string[] {
  const out: string[] = [];
  for (const c of result.components) {
    out.push(`${componentLabel(c.label, lang)}: ${formatMoney(c.amount, lang)}`);
    for (const line of renderTrail(c.trail, lang)) out.push(`   ${line}`);
  }
  out.push(t('bonus.total', lang, { amount: formatMoney(result.total, lang) }));
  return out;
}

/** Where things sit on the Bonus tab. Row 3 (hidden) names each column, so a later month can read it back. */
export const LAYOUT = { titleRow: 1, infoRow: 2, keyRow: 3, headerRow: 4, firstRow: 5 } as const;

const MONEY = '#,##0.00';
const PERCENT = '0.0%';
const SECTION_BG = '#d9e2f3';
const EXCEPTION_BG = '#f4cccc';

const schemeText = (s: Scheme) => (s.name === s.id ? s.id : `${s.name} (${s.id})`);

export function bonusGrid(calc: BonusCalculation, o: { lang: Lang; title: string; generated: string }): Grid {
  const { lang } = o;
  const columns: { key: string; head: string; note?: string; width: number; format?: string }[] = [
    { key: 'id', head: 'ID', width: 60 },
    { key: 'name', head: t('bonus.col.name', lang), width: 180 },
    { key: 'role', head: t('col.role', lang), width: 110 },
    { key: 'scheme', head: t('bonus.col.scheme', lang), width: 200 },
    {
      key: 'plan',
      head: t('bonus.col.plan', lang),
      note: t('bonus.note.department', lang),
      width: 120,
      format: MONEY,
    },
    {
      key: 'fact',
      head: t('bonus.col.fact', lang),
      note: t('bonus.note.department', lang),
      width: 120,
      format: MONEY,
    },
    { key: 'attainment', head: t('bonus.col.attainment', lang), width: 95, format: PERCENT },
    ...calc.kinds.map((k) => ({
      key: `kind.${k}`,
      head: t(`bonus.kind.${k}`, lang),
      width: 115,
      format: MONEY,
    })),
    { key: 'total', head: t('bonus.col.total', lang), width: 125, format: MONEY },
    { key: 'variable', head: t('bonus.col.variable', lang), width: 125, format: MONEY },
    ...(calc.hasDraw
      ? [{ key: 'drawBalance', head: t('bonus.col.drawBalance', lang), width: 125, format: MONEY }]
      : []),
    { key: 'trail', head: t('bonus.col.trail', lang), note: t('bonus.note.trail', lang), width: 620 },
  ];
  const col: Record<string, number> = {};
  columns.forEach((c, i) => {
    col[c.key] = i + 1;
  });
  const n = calc.rows.length;
  const summaryRow = LAYOUT.firstRow + n + 1;
  const g = new Grid(summaryRow + 7, columns.length);
  g.text(LAYOUT.titleRow, 2, o.title).bold(rect(LAYOUT.titleRow, 2));
  g.text(LAYOUT.infoRow, 2, o.generated);
  columns.forEach((c, i) => {
    g.text(LAYOUT.keyRow, i + 1, c.key);
    g.text(LAYOUT.headerRow, i + 1, c.head);
    if (c.note) g.note(LAYOUT.headerRow, i + 1, c.note);
    g.widths[i + 1] = c.width;
    if (c.format && n > 0) g.format(rect(LAYOUT.firstRow, i + 1, n, 1), c.format);
  });
  const header = rect(LAYOUT.headerRow, 1, 1, columns.length);
  g.bold(header).background(header, HEADER_BG).fontColor(header, HEADER_FG);

  calc.rows.forEach((r, i) => {
    const row = LAYOUT.firstRow + i;
    g.text(row, col.id, r.person.id);
    g.text(row, col.name, r.person.name);
    g.text(row, col.role, t(`choice.${r.person.role}`, lang));
    if (r.scheme) g.text(row, col.scheme, schemeText(r.scheme));
    if (r.plan !== null) g.set(row, col.plan, r.plan);
    if (r.fact !== null) g.set(row, col.fact, r.fact);
    if (r.plan && r.fact !== null) g.set(row, col.attainment, r.fact / r.plan);
    if (!r.result) {
      g.text(row, col.trail, t('bonus.exception', lang, { why: r.trail.join('\n') }));
      g.background(rect(row, 1, 1, columns.length), EXCEPTION_BG);
      return;
    }
    const byKind = new Map<string, number>();
    for (const c of r.result.components) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + c.amount);
    for (const k of calc.kinds) if (byKind.has(k)) g.set(row, col[`kind.${k}`], roundMoney(byKind.get(k)!));
    g.set(row, col.total, r.result.total);
    g.set(row, col.variable, r.result.variable);
    if (calc.hasDraw && r.scheme?.components.some((c) => c.kind === 'draw'))
      g.set(row, col.drawBalance, r.result.drawBalance);
    g.text(row, col.trail, r.trail.join('\n'));
    if (r.person.role === 'head') g.background(rect(row, 1, 1, columns.length), SECTION_BG);
  });
  if (n > 0) g.bold(rect(LAYOUT.firstRow, col.total, n, 1));

  const sum = (f: (r: SchemeResult, p: Person) => number) =>
    roundMoney(calc.rows.reduce((s, r) => s + (r.result ? f(r.result, r.person) : 0), 0));
  const fund = sum((r) => r.total);
  const variable = sum((r) => r.variable);
  const head = sum((r, p) => (p.role === 'head' ? r.variable : 0));
  const revenue = calc.departmentRevenue;
  g.text(summaryRow, 2, t('bonus.summary', lang));
  g.bold(rect(summaryRow, 2)).background(rect(summaryRow, 2, 1, 2), SECTION_BG);
  const lines: [string, number | null, string][] = [
    ['bonus.sum.fund', fund, MONEY],
    ['bonus.sum.variable', variable, MONEY],
    ['bonus.sum.head', head, MONEY],
    ['bonus.sum.revenue', revenue, MONEY],
    ['bonus.sum.fundShare', revenue ? fund / revenue : null, PERCENT],
    ['bonus.sum.variableShare', revenue ? variable / revenue : null, PERCENT],
  ];
  lines.forEach(([key, value, format], i) => {
    const row = summaryRow + 1 + i;
    g.text(row, 2, t(key, lang));
    if (value !== null) g.set(row, 3, value);
    g.format(rect(row, 3), format);
  });
  g.frozenRows = LAYOUT.headerRow;
  g.frozenCols = 2;
  g.hiddenRows.push(LAYOUT.keyRow);
  g.hiddenCols.push(col.id);
  g.protectedRects.push(rect(1, 1, g.rows, g.cols));
  return g;
}

/** The draw balances left at the end of the previous month, read from its Bonus tab when there is one. */
function previousBalances(ctx: ActionContext, year: number, month: number): Map<string, number> {
  const prev = month === 1 ? [year - 1, 12] : [year, month - 1];
  const sheet = ctx.ss.getSheetByName(bonusTabName(prev[0], prev[1], ctx.lang));
  return sheet ? readDrawBalances(sheet.getDataRange().getValues()) : new Map();
}

export function readDrawBalances(values: unknown[][]): Map<string, number> {
  const out = new Map<string, number>();
  const keys = (values[LAYOUT.keyRow - 1] ?? []).map((k) => String(k));
  const id = keys.indexOf('id');
  const balance = keys.indexOf('drawBalance');
  if (id < 0 || balance < 0) return out;
  for (let r = LAYOUT.firstRow - 1; r < values.length; r++) {
    const key = String(values[r][id] ?? '');
    const v = values[r][balance];
    if (key && typeof v === 'number' && v > 0) out.set(key, v);
  }
  return out;
}
