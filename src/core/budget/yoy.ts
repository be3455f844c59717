import type { HistoryYear, YearOverYear } from './types';

/**
 * The plan against a history year of the Plan tab, month by month and in total. The total compares like
 * for like: only the months the history has (a year with blank months is not compared with a whole plan).
 */
export function yearOverYear(plan: readonly number[], history: HistoryYear): YearOverYear {
  const months = plan.map((_, i) => {
    const v = history.months[i];
    return typeof v === 'number' ? v : null;
  });
  const change = months.map((h, i) => (h === null ? null : plan[i] - h));
  const growth = months.map((h, i) => (h === null || h === 0 ? null : plan[i] / h - 1));
  let planSum = 0;
  let historySum = 0;
  let count = 0;
  months.forEach((h, i) => {
    if (h === null) return;
    planSum += plan[i];
    historySum += h;
    count++;
  });
  return {
    year: history.year,
    history: months,
    change,
    growth,
    total: {
      plan: planSum,
      history: historySum,
      change: planSum - historySum,
      growth: historySum === 0 ? null : planSum / historySum - 1,
      months: count,
    },
  };
}
