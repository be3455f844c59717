import { hundredth as hundredths } from '../bonus/money';
import type { Score } from './types';

/** −1 when a ranks above b, 1 below, 0 a tie: the higher score, then the earlier race day (none = later). */
export function compareScores(a: Score, b: Score): number {
  if (a.score === null || b.score === null) return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0);
  if (a.score !== b.score) return b.score > a.score ? 1 : -1;
  const da = a.day ?? Number.POSITIVE_INFINITY;
  const db = b.day ?? Number.POSITIVE_INFINITY;
  return da === db ? 0 : da < db ? -1 : 1;
}

export interface Placed extends Score {
  place: number | null;
  gap: number | null;
}

/**
 * Competition ranking ("1224"): tied entrants share a place and the next place skips as many as tied (1, 1, 3).
 * The gap is what the entrant needs to draw level with the nearest one placed above (0 when that one is
 * ahead on the race day only). The unranked follow, placeless, in the input order; so do ties.
 */
export function rankScores(scores: readonly Score[]): Placed[] {
  const order = scores.map((s, i) => ({ s, i })).sort((a, b) => compareScores(a.s, b.s) || a.i - b.i);
  const out: Placed[] = [];
  order.forEach(({ s }, k) => {
    if (s.score === null) {
      out.push({ ...s, place: null, gap: null });
      return;
    }
    const prev = out[k - 1];
    const tied = prev !== undefined && compareScores(prev, s) === 0;
    const place = tied ? prev.place! : k + 1;
    const above = nearestAbove(out, place);
    out.push({ ...s, place, gap: above ? hundredths(above.score! - s.score) : null });
  });
  return out;
}

/** The last entrant (of those placed so far, in rank order) whose place is better than `place`. */
function nearestAbove(placed: readonly Placed[], place: number): Placed | undefined {
  for (let k = placed.length - 1; k >= 0; k--) {
    const p = placed[k].place;
    if (p !== null && p < place) return placed[k];
  }
  return undefined;
}
