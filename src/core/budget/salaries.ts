import type { PayrollPerson } from '../bonus';
import { kopecks, rubles } from '../bonus/money';
import type { Calendar } from '../calendar';
import { type Day, dayOf, lastOfMonth } from '../dates';
import { MONTHS } from '../seasonality';

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
 * the budget plans the cost, not the salary line. A month with an absence costs more here than the Bonus tab's
 * salary by that vacation pay's stand-in.
 * With `prorateSalary` off, a person employed on any day of the month costs the whole salary, as the engine
 * pays it then.
 */
export function salariesByMonth(
  team: readonly PayrollPerson[],
  year: number,
  calendar: Pick<Calendar, 'isWorkday'>,
  prorateSalary: boolean,
): number[] {
  const paid = team.filter((p) => p.active !== false);
  return Array.from({ length: MONTHS }, (_, i) => {
    const month = salaryMonth(calendar, year, i + 1);
    const sum = paid.reduce((s, p) => s + kopecks(monthSalary(p, month, prorateSalary)), 0);
    return rubles(sum);
  });
}

/** A month's calendar span and its working days. */
export interface SalaryMonth {
  from: Day;
  to: Day;
  workdays: Day[];
}

export function salaryMonth(calendar: Pick<Calendar, 'isWorkday'>, year: number, month: number): SalaryMonth {
  const from = dayOf(year, month, 1);
  const to = lastOfMonth(year, month);
  const workdays: Day[] = [];
  for (let d = from; d <= to; d++) if (calendar.isWorkday(d)) workdays.push(d);
  return { from, to, workdays };
}

/** One person's salary in a month: full, prorated by working days employed, or 0 outside employment. */
export function monthSalary(
  p: Pick<PayrollPerson, 'start' | 'end' | 'salary'>,
  month: SalaryMonth,
  prorateSalary: boolean,
): number {
  const employed = (d: Day) => (p.start === null || d >= p.start) && (p.end === null || d <= p.end);
  if (!inMonth(p, month)) return 0;
  if (!prorateSalary) return p.salary;
  const days = month.workdays.length;
  if (days === 0) return 0;
  const worked = month.workdays.filter(employed).length;
  return worked === days ? p.salary : (p.salary * worked) / days;
}

/** Employed on some day of the month. */
function inMonth(p: Pick<PayrollPerson, 'start' | 'end'>, month: SalaryMonth): boolean {
  return (p.start === null || p.start <= month.to) && (p.end === null || p.end >= month.from);
}
