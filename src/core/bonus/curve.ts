import { type Problem, thresholdProblems, throwFirst } from './problems';
import { reaches } from './trail';

export interface CurvePoint {
  x: number;
  y: number;
}

/** linear: straight lines between points; step: the y of the highest point reached. */
export type CurveMode = 'linear' | 'step';

export function curveProblems(points: readonly CurvePoint[] | undefined): Problem[] {
  return thresholdProblems(
    'curve',
    points,
    (p) => p?.x,
    (p) => p?.y,
    'y',
    true,
  );
}

/**
 * A payout coefficient for `x` (usually attainment): 0 below the first point; 'linear' draws straight
 * lines between points and stays flat after the last; 'step' takes the y of the highest point reached.
 */
export function curveCoefficient(
  x: number,
  points: readonly CurvePoint[],
  mode: CurveMode = 'linear',
): number {
  if (typeof x !== 'number' || !Number.isFinite(x))
    throwFirst([{ code: 'bonus.value.notNumber', params: { name: 'x' }, field: 'x' }]);
  throwFirst(curveProblems(points));
  if (mode !== 'linear' && mode !== 'step')
    throwFirst([{ code: 'bonus.curve.badMode', params: { mode: String(mode) }, field: 'mode' }]);
  return curveAt(x, points, mode);
}

/** The curve at `x`, for points already validated. */
export function curveAt(x: number, points: readonly CurvePoint[], mode: CurveMode): number {
  if (!reaches(x, points[0].x)) return 0;
  let i = 0;
  while (i + 1 < points.length && reaches(x, points[i + 1].x)) i++;
  const p = points[i];
  if (mode === 'step' || i === points.length - 1 || x <= p.x) return p.y;
  const q = points[i + 1];
  return p.y + ((q.y - p.y) * (x - p.x)) / (q.x - p.x);
}
