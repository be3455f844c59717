import type { PayrollPerson } from '../bonus';
import { kopecks, rubles } from '../bonus/money';
import { employedBetween } from '../bonus/payroll-who';
import type { Day } from '../dates';
import type { MonthPlan } from '../plan-types';

/**
 * The sales department's salaries by month from the Team tab: each active person's (managers and heads)
 * salary for the days they are employed in the month (between their start and end dates).
 *
 * Proration is by working days (salary × days ÷ the month's working days, to the kopeck), the base of the
 * bonus engine and of Russian practice (an оклад is paid for the working days of the production calendar):
 * prorating by calendar days would differ from the Bonus tabs for a hire or a leaver mid-month. The days,
 * though, differ on purpose: the engine counts the days present (payroll-figures `salaryDaysOf`,
 * ownMonth(...).present, absences left out: the payslip's salary line), the budget every working day
 * employed, absences included, because vacation is still paid (отпускные, another line of the payslip) and
 * the budget plans the cost, not the salary line.
 * With `prorateSalary` off, a person employed on any day of the month costs the whole salary, as the engine
 * pays it then. `months`: the plan's (its working days are the calendar's, company days off included).
 */
export function salariesByMonth(
  team: readonly PayrollPerson[],
  months: readonly SalaryMonth[],
  prorateSalary: boolean,
): number[] {
  const paid = team.filter((p) => p.active !== false);
  return months.map((month) => {
    const sum = paid.reduce((s, p) => s + kopecks(monthSalary(p, month, prorateSalary)), 0);
    return rubles(sum);
  });
}

/** A month's calendar span and its working days: the plan's month (MonthPlan) holds them already. */
export type SalaryMonth = Pick<MonthPlan, 'start' | 'end' | 'workdays'>;

/** One person's salary in a month: full, prorated by working days employed, or 0 outside employment. */
export function monthSalary(
  p: Pick<PayrollPerson, 'start' | 'end' | 'salary'>,
  month: SalaryMonth,
  prorateSalary: boolean,
): number {
  const employed = (d: Day) => employedBetween(p, d, d);
  if (!employedBetween(p, month.start, month.end)) return 0;
  if (!prorateSalary) return p.salary;
  const days = month.workdays.length;
  if (days === 0) return 0;
  const worked = month.workdays.filter(employed).length;
  return worked === days ? p.salary : (p.salary * worked) / days;
}
