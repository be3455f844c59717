import type { Problem } from '../bonus/problems';
import { awardPrizes } from './prizes';
import { rankScores } from './rank';
import { contestScores } from './score';
import type { ContestInput, Standing } from './types';
import { contestProblems } from './validate';

export interface ContestResult {
  /** Every problem of the settings; when there are any, no standings are made. */
  problems: Problem[];
  /** In leaderboard order: places (ties share), gaps, prizes, and who is published. */
  standings: Standing[];
}

/**
 * A contest from its settings and the month tabs' series: checked, scored by its preset, ranked, prizes
 * given. `showTop` and `hideBottom` say who is published (see publishedPlaces); the unpublished, the unranked
 * among them, keep their scores for the head.
 */
export function runContest(input: ContestInput): ContestResult {
  const problems = contestProblems(input);
  if (problems.length > 0) return { problems, standings: [] };
  const placed = rankScores(contestScores(input));
  const awarded = awardPrizes(placed, input.contest.prizes ?? []);
  const shown = publishedPlaces(placed, input.contest);
  const standings = placed.map((p, i) => ({ ...p, ...awarded[i], shown: shown(p.place) }));
  return { problems: [], standings };
}

/**
 * Which places are published, on entrants in leaderboard order: everyone by default; `showTop` keeps places
 * 1…N (ties at N included); `hideBottom` hides the last N positions of the ranked, with the whole tie that
 * reaches into them (the first hidden position's place and all below). Both: only what both publish.
 */
function publishedPlaces(
  placed: readonly { place: number | null }[],
  c: Pick<ContestInput['contest'], 'showTop' | 'hideBottom'>,
): (place: number | null) => boolean {
  if (c.showTop === undefined && c.hideBottom === undefined) return () => true;
  const ranked = placed.filter((p) => p.place !== null).length;
  const firstHidden =
    c.hideBottom === undefined ? Number.POSITIVE_INFINITY : (placed[ranked - c.hideBottom]?.place ?? 1);
  const top = c.showTop ?? Number.POSITIVE_INFINITY;
  return (place) => place !== null && place <= top && place < firstHidden;
}
