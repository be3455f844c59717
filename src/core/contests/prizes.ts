import { splitExact } from '../allocate';
import type { Placed } from './rank';
import type { Prize } from './types';

export interface Awarded {
  prizeKopecks: number;
  prizeText?: string;
}

/**
 * Prizes by place, ties shared: k entrants tied at place p hold places p … p+k−1, so they split the money
 * prizes of those places equally, to the kopeck by the largest remainder (`splitExact`; the earlier-listed
 * of the tied get the odd kopecks), and each gets the text prize of place p (a cup each). Two tied for 1st
 * with 10 000 ₽ and 5 000 ₽ prizes get 7 500 ₽ each; the 3rd place's prize goes to the 3rd. The money
 * given out is exactly the money of the places awarded. The unranked get nothing, and so do scores of zero
 * or less: a prize is for a result (nobody wins a place's money for making no calls, or for a decline).
 */
export function awardPrizes(placed: readonly Placed[], prizes: readonly Prize[]): Awarded[] {
  const out: Awarded[] = placed.map(() => ({ prizeKopecks: 0 }));
  const byPlace = new Map<number, number[]>();
  placed.forEach((p, i) => {
    if (p.place !== null) byPlace.set(p.place, [...(byPlace.get(p.place) ?? []), i]);
  });
  for (const [place, members] of byPlace) {
    if (!((placed[members[0]].score ?? 0) > 0)) continue;
    const held = prizes.slice(place - 1, place - 1 + members.length);
    const pool = held.reduce((s, p) => s + ('kopecks' in p ? p.kopecks : 0), 0);
    const shares = splitExact(
      pool,
      members.map(() => 1),
    );
    const first = prizes[place - 1];
    members.forEach((m, k) => {
      out[m] = { prizeKopecks: shares[k], ...(first && 'text' in first ? { prizeText: first.text } : {}) };
    });
  }
  return out;
}
