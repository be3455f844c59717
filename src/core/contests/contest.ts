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
 * given. `showTop` publishes the places 1…N (all tied at N included) and hides the rest, the unranked too,
 * keeping their scores for the head.
 */
export function runContest(input: ContestInput): ContestResult {
  const problems = contestProblems(input);
  if (problems.length > 0) return { problems, standings: [] };
  const placed = rankScores(contestScores(input));
  const awarded = awardPrizes(placed, input.contest.prizes ?? []);
  const top = input.contest.showTop;
  const standings = placed.map((p, i) => ({
    ...p,
    ...awarded[i],
    shown: top === undefined || (p.place !== null && p.place <= top),
  }));
  return { problems: [], standings };
}
