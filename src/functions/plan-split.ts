import { splitExact } from '../core/allocate';
import type { Matrix } from '../core/cells';
import { isDomainError } from '../core/errors';
import { numberArg, numberMatrix, shapeOf } from './args';
import { blame, runCustom, withParams } from './runtime';

/** Which argument each problem of the split is about. */
export const SPLIT_ARGS = {
  'split.notFinite': 'total',
  'split.totalNotMultiple': 'total',
  'split.tooLarge': 'total',
  'split.stepAboveTotal': 'step',
  'split.badStep': 'step',
  'split.weightNotFinite': 'weights',
  'split.negativeWeight': 'weights',
  'split.noWeights': 'weights',
  'split.allZero': 'weights',
};

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
    const [rows, cols] = shapeOf(w);
    const parts = blame(SPLIT_ARGS, () => {
      try {
        return splitExact(t, w.flat(), s);
      } catch (e) {
        // A weight's number in the flat list is a cell of the range.
        const index = isDomainError(e) ? Number(e.params.index) : Number.NaN;
        if (!(index > 0) || rows * cols === 1) throw e;
        throw withParams(e, { cellRow: Math.ceil(index / cols), cellCol: ((index - 1) % cols) + 1 });
      }
    });
    return w.map((_, i) => parts.slice(i * cols, (i + 1) * cols));
  });
}
