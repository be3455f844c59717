/**
 * The ratios shown next to the plan: each funnel stage's conversion from the stage above it (stages top
 * first, deals last) and the average check (revenue ÷ deals). The same pairs on every tab.
 */
export interface RatioPair {
  /** The metric divided by `over`. */
  metric: string;
  over: string;
  kind: 'conversion' | 'avgCheck';
}

export function ratioPairs(
  metrics: readonly string[],
  stagesTopFirst: readonly string[],
): Map<string, RatioPair> {
  const has = new Set(metrics);
  const out = new Map<string, RatioPair>();
  stagesTopFirst.forEach((stage, i) => {
    const above = stagesTopFirst[i - 1];
    if (i > 0 && has.has(stage) && has.has(above))
      out.set(stage, { metric: stage, over: above, kind: 'conversion' });
  });
  if (has.has('revenue') && has.has('deals'))
    out.set('revenue', { metric: 'revenue', over: 'deals', kind: 'avgCheck' });
  return out;
}

/** a ÷ b, or null when b is not positive. */
export function ratioOf(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}
