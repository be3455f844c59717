import {
  blockedPayroll,
  type Eligibility,
  type NextStep,
  type Payroll,
  type PayrollException,
  type PayrollFigures,
  type PayrollInput,
  type PayrollProblem,
  type PayrollRow,
  payrollRows,
  type SalaryDays,
  type Scheme,
  type SchemeResult,
  whoIsPaid,
} from '../../core/bonus';
import type { Absence, Calendar } from '../../core/calendar';
import type { Day } from '../../core/dates';
import { type ErrorParams, msgRef } from '../../core/errors';
import { formatMoney, type Lang, type MessageKey, t, tCode } from '../../i18n';
import { componentLabel, renderTrail } from '../../i18n/trail';
import { colLetter } from '../grid';
import { MONTH, type MonthFigures } from '../month-layout';
import type { Problems } from '../problems';
import { type Person, teamColumn } from '../settings/team';

/**
 * The Bonus tab's adapter over core/bonus/payroll: the Team tab's people and the month tab's figures in,
 * the core's plain rows out, then each exception as text (in the spreadsheet's language) pointing at the
 * Team tab's cell, and each result as its rendered trail. Problems that block the payroll go to `o.problems`.
 */

/** The Team tab's column of each field an exception can be about (1-based). */
/** The Team tab's column of each field a payroll exception is about. */
const TEAM_COL: Record<PayrollException['field'], number> = {
  name: teamColumn('name'),
  scheme: teamColumn('scheme'),
};

/** The message of each payroll code (typed: a new core code fails the build until it has one). */
const MESSAGE: Record<PayrollException['code'] | PayrollProblem['code'], MessageKey> = {
  'payroll.notInMonth': 'bonus.notInMonth',
  'payroll.noScheme': 'bonus.noScheme',
  'payroll.unknownScheme': 'bonus.unknownScheme',
  'payroll.schemeNotYet': 'bonus.schemeNotYet',
  'payroll.evaluation': 'bonus.personProblem',
  'payroll.nobody': 'bonus.nobody',
  'payroll.poolsDiffer': 'bonus.poolsDiffer',
};

export interface BonusForecast {
  /** The forecast of the row's revenue (the department's for the head); null before any own day elapsed. */
  fact: number | null;
  /** The scheme on forecast facts; null when there is no forecast yet or it could not be calculated. */
  result: SchemeResult | null;
  trail: string[];
}

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
  /** A month not over yet: the bonus at the forecast. */
  forecast?: BonusForecast;
  /** A month not over yet: what the fact so far still misses to each component's next step. */
  steps?: NextStep[];
  /** The salary's days when it is prorated. */
  salaryDays?: SalaryDays;
  /** Money prizes of contests that ended this month (in the total and the trail). */
  prizes?: number;
}

export interface BonusCalculation {
  rows: BonusRow[];
  /** Component kinds that occur, in display order. */
  kinds: Payroll['kinds'];
  departmentRevenue: number | null;
  hasDraw: boolean;
  /** "Name: why" for each person whose bonus could not be calculated (their rows say it too). */
  exceptions: string[];
  /** The month is not over on `asOf`: the figures are a forecast, not a payslip. */
  preliminary: boolean;
  asOf: Day;
  /** Someone won a money prize of a contest that ended this month (the Bonus tab adds its column). */
  hasPrizes?: boolean;
}

export interface ComputeOptions {
  people: readonly Person[];
  /** The versions of each scheme by id, as the Motivation tab gives them. */
  schemes: ReadonlyMap<string, readonly Scheme[]>;
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
  /** The day of the calculation: before the month's last day is over the result is preliminary. */
  today: Day;
  /** The production calendar: the month's working days, and own days where the month tab has none. */
  calendar: Calendar;
  /** Absences by person id (own days of those the month tab has none for: the head, first-version tabs). */
  absences: Map<string, Absence[]>;
  /** Salary for the days worked (the Plan tab's setting, on by default). */
  prorateSalary: boolean;
  /** The Plan tab's currency: the trail's amounts carry its sign. */
  currency: string;
}

/** The month tab's figures as the core's: the department's own rows apart from its people's. */
function payrollFigures(f: MonthFigures): PayrollFigures {
  const byPerson = new Map([...f.byManager].filter(([id]) => id !== MONTH.departmentId));
  return {
    byPerson,
    department: f.byManager.get(MONTH.departmentId),
    own: f.own,
    daily: f.daily,
    days: f.days,
  };
}

/** Who is paid, on which scheme and figures, and the result of each; problems go to `o.problems`. */
export function computeBonuses(o: ComputeOptions): BonusCalculation {
  const { problems } = o;
  const input: PayrollInput<Person> = {
    people: o.people,
    schemes: o.schemes,
    figures: payrollFigures(o.figures),
    year: o.year,
    month: o.month,
    asOf: o.today,
    calendar: o.calendar,
    absences: o.absences,
    drawBalances: o.drawBalances,
    prorateSalary: o.prorateSalary,
  };
  const who = whoIsPaid(input);
  for (const p of who.problems) {
    if (p.code === 'payroll.nobody' && !problems.empty) continue;
    const tab = p.code === 'payroll.nobody' ? o.teamTab : o.motivationTab;
    problems.add(tab, undefined, undefined, MESSAGE[p.code], p.params);
  }
  // Blocked anyway (a scheme or the pool is wrong): the dialog lists the people's problems too.
  if (!problems.empty) return blocked(o, input, who);
  const calc = payrollRows(input, who);
  const rows = calc.rows.map((r) => bonusRow(r, o));
  return {
    rows,
    kinds: calc.kinds,
    departmentRevenue: calc.department.fact.revenue ?? null,
    hasDraw: calc.hasDraw,
    exceptions: rows.filter((r) => !r.result).map((r) => r.trail.join(' ')),
    preliminary: calc.preliminary,
    asOf: calc.asOf,
  };
}

function blocked(o: ComputeOptions, input: PayrollInput<Person>, who: Eligibility<Person>): BonusCalculation {
  for (const { person, exception: x } of who.exceptions) {
    // A scheme that fails its check is listed at its own cells of the Motivation tab, not once per person.
    if (x && x.code !== 'payroll.evaluation')
      o.problems.add(o.teamTab, person.row, TEAM_COL[x.field], MESSAGE[x.code], exceptionParams(x, o));
  }
  const { preliminary, asOf } = blockedPayroll(input, who.problems);
  return { rows: [], kinds: [], departmentRevenue: null, hasDraw: false, exceptions: [], preliminary, asOf };
}

/** The exception's parameters for its message: the tab it refers to added. */
function exceptionParams(x: PayrollException, o: ComputeOptions): ErrorParams {
  if (x.code === 'payroll.notInMonth') return { ...x.params, tab: o.monthTab };
  if (x.code === 'payroll.unknownScheme' || x.code === 'payroll.schemeNotYet')
    return { ...x.params, tab: o.motivationTab };
  return x.params;
}

/** "Name: why" for an exception; the engine's problem (`cause`) is translated inside. */
function exceptionText(x: PayrollException, lang: Lang, o: ComputeOptions): string {
  if (x.code !== 'payroll.evaluation') return t(MESSAGE[x.code], lang, exceptionParams(x, o));
  const { code, params } = x.cause;
  const kind = params.kind;
  const causeParams = typeof kind === 'string' ? { ...params, kind: msgRef(`mot.kind.${kind}`) } : params;
  let text = tCode(code, lang, causeParams);
  // A scheme's problem says what, not where (its field path does): away from the Motivation tab, say where.
  if (params.component !== undefined && !/^bonus\.(input|scheme)\./.test(code))
    text = t('bonus.inComponent', lang, { ...causeParams, text });
  return t(MESSAGE[x.code], lang, { name: x.params.name, text });
}

/** The core's row with its trail rendered, an exception's reason and the Team tab's cell to look at. */
function bonusRow(r: PayrollRow<Person>, o: ComputeOptions): BonusRow {
  const { lang } = o;
  const { exception: x, forecast, ...rest } = r;
  if (x) {
    const where = `${o.teamTab}!${colLetter(TEAM_COL[x.field])}${r.person.row}`;
    return { ...rest, trail: [`${exceptionText(x, lang, o)} (${where})`] };
  }
  const row: BonusRow = { ...rest, trail: r.result ? trailText(r.result, lang, o.currency) : [] };
  if (forecast) {
    const trail = forecast.result
      ? trailText(forecast.result, lang, o.currency)
      : [forecast.exception ? exceptionText(forecast.exception, lang, o) : t('bonus.forecast.none', lang)];
    row.forecast = { fact: forecast.fact, result: forecast.result, trail };
  }
  return row;
}

/** Each component with its amount, then its trail lines indented, then the total. */
export function trailText(result: SchemeResult, lang: Lang, currency: string): string[] {
  const out: string[] = [];
  for (const c of result.components) {
    out.push(`${componentLabel(c.label, lang)}: ${formatMoney(c.amount, lang, currency)}`);
    for (const line of renderTrail(c.trail, lang, currency)) out.push(`   ${line}`);
  }
  out.push(t('bonus.total', lang, { amount: formatMoney(result.total, lang, currency) }));
  return out;
}
