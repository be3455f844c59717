import { splitExact } from '../core/allocate';
import type { Matrix } from '../core/cells';
import { numberArg, numberMatrix, shapeOf } from './args';
import { runCustom } from './runtime';

/**
 * Splits a total into parts proportional to weights, each a multiple of the step, summing exactly to the total.
 *
 * @param {number} total The amount to split, e.g. 1200000.
 * @param {number[][]} weights The weights, a row or a column or a block, e.g. B2:B13; blanks count as 0.
 * @param {number} [step] Each part is a multiple of this step (default 1), e.g. 0.01 for kopecks, 1000 for thousands.
 * @return {number[][]} The parts, shaped like the weights.
 * @customfunction
 */
export function PLAN_SPLIT(total: unknown, weights: unknown, step?: unknown): Matrix<number> {
  return runCustom('PLAN_SPLIT', () => {
    const t = numberArg(total, 'total');
    const s = numberArg(step ?? '', 'step', 1);
    const w = numberMatrix(weights, 'weights', 0);
    const [, cols] = shapeOf(w);
    const parts = splitExact(t, w.flat(), s);
    return w.map((_, i) => parts.slice(i * cols, (i + 1) * cols));
  });
}
