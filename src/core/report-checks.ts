import { DomainError, msgRef } from './errors';
import type { MonthlyReportInput, ReportManagerInput } from './report-types';

/** The report input's checks: each throws the DomainError that names what is wrong. */

export function checkMonth(year: number, month: number): void {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new DomainError('report.badMonth', { year: String(year), month: String(month) });
  }
}

export function checkManagers(managers: readonly ReportManagerInput[]): void {
  const seen = new Set<string>();
  for (const m of managers) {
    if (seen.has(m.id)) throw new DomainError('report.duplicateManager', { id: m.id, name: m.name });
    seen.add(m.id);
    for (const metric of Object.keys(m.metrics)) {
      const { plan, fact } = m.metrics[metric];
      if (!isNonNegative(plan)) {
        throw new DomainError('report.badPlan', { name: m.name, metric, value: String(plan) });
      }
      if (!isFiniteNumber(fact)) {
        throw new DomainError('report.badFact', { name: m.name, metric, value: String(fact) });
      }
    }
  }
}

export function checkPrevious(previous: MonthlyReportInput['previous']): void {
  for (const m of previous ?? []) {
    for (const metric of Object.keys(m.metrics)) {
      const { plan, fact } = m.metrics[metric];
      if (!isNonNegative(plan) || !isFiniteNumber(fact)) {
        throw new DomainError('report.badPrevious', { id: m.id, metric });
      }
    }
  }
}

/** The metrics in display order and the main one (default: the managers' metrics, the first of them). */
export function reportMetrics(input: MonthlyReportInput): { metrics: string[]; mainMetric: string } {
  const metrics = input.metrics ? input.metrics.slice() : metricsOf(input.managers);
  if (metrics.length === 0) throw new DomainError('report.noMetrics');
  const mainMetric = input.mainMetric ?? metrics[0];
  if (!metrics.includes(mainMetric)) {
    throw new DomainError('report.unknownMetric', { metric: mainMetric, metrics: metrics.join(', ') });
  }
  return { metrics, mainMetric };
}

function metricsOf(managers: readonly ReportManagerInput[]): string[] {
  const out: string[] = [];
  for (const m of managers) for (const k of Object.keys(m.metrics)) if (!out.includes(k)) out.push(k);
  return out;
}

/** Each manager's bonus by id, every id one of the managers'. */
export function checkBonus(
  bonus: NonNullable<MonthlyReportInput['bonus']>,
  managers: readonly ReportManagerInput[],
): Record<string, number> {
  const ids = new Set(managers.map((m) => m.id));
  const out: Record<string, number> = {};
  for (const id of Object.keys(bonus.byManager)) {
    if (!ids.has(id))
      throw new DomainError('report.unknownManager', { id, part: msgRef('report.part.bonus') });
    const v = bonus.byManager[id];
    if (!isFiniteNumber(v)) throw new DomainError('report.badBonus', { id, value: String(v) });
    out[id] = v;
  }
  if (bonus.head !== undefined && !isFiniteNumber(bonus.head)) {
    throw new DomainError('report.badHeadBonus', { value: String(bonus.head) });
  }
  return out;
}

/** A person's day-by-day figures: one finite number per calendar day of the month. */
export function checkDays(values: readonly number[], days: number, name: string): void {
  if (values.length !== days)
    throw new DomainError('report.dailyLength', { name, expected: days, actual: values.length });
  values.forEach((v, i) => {
    if (!isFiniteNumber(v)) throw new DomainError('report.dailyNotFinite', { name, day: i + 1 });
  });
}

function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

function isNonNegative(x: unknown): boolean {
  return isFiniteNumber(x) && x >= 0;
}
