import type { Day } from '../dates';
import type { Scheme } from './scheme';

/**
 * Versions of a scheme (схема действует с …): the rows of one scheme id, each version from its `validFrom`
 * (none: from the start) until the next version starts.
 */

/**
 * The version in force on `day`: the latest that starts on or before it (of two with the same start, the
 * first; the Motivation tab makes them one version); undefined before the first.
 */
export function pickScheme(versions: readonly Scheme[], day: Day): Scheme | undefined {
  let best: Scheme | undefined;
  for (const s of versions) {
    const from = s.validFrom ?? Number.NEGATIVE_INFINITY;
    if (from <= day && (best === undefined || from > (best.validFrom ?? Number.NEGATIVE_INFINITY))) best = s;
  }
  return best;
}
