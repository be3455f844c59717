import type { Day } from '../dates';
import type { Problem } from './problems';
import type { Scheme } from './scheme';

/**
 * Versions of a scheme (схема действует с …): the rows of one scheme id, each version from its `validFrom`
 * (none: from the start) until the next version starts.
 */

/** Two versions of one scheme starting on the same day (which one is meant?). `first`, `second`: 1-based. */
export function versionProblems(versions: readonly Scheme[]): Problem[] {
  const out: Problem[] = [];
  versions.forEach((b, j) => {
    const i = versions.findIndex((a) => a.validFrom === b.validFrom);
    if (i < j)
      out.push({
        code: 'bonus.schemes.sameStart',
        params: { scheme: b.id, first: i + 1, second: j + 1 },
        field: 'validFrom',
      });
  });
  return out;
}

/** The version in force on `day`: the latest that starts on or before it; undefined before the first. */
export function pickScheme(versions: readonly Scheme[], day: Day): Scheme | undefined {
  let best: Scheme | undefined;
  for (const s of versions) {
    const from = s.validFrom ?? Number.NEGATIVE_INFINITY;
    if (from <= day && (best === undefined || from > (best.validFrom ?? Number.NEGATIVE_INFINITY))) best = s;
  }
  return best;
}
