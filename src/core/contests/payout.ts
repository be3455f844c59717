import { splitExact } from '../allocate';
import { rubles } from '../bonus/money';
import { moneyLine, num, type TrailLine } from '../bonus/trail';
import { participantsOf } from './score';
import type { ContestInput, Standing } from './types';

/** A contest's money prize as it reaches a person's pay: how much, and the trail line saying why. */
export interface PrizePayout {
  member: string;
  kopecks: number;
  line: TrailLine;
}

/**
 * The money prizes of a finished contest, per person. A person's prize is theirs; a group's prize is
 * split equally among the group's participants, to the kopeck by the largest remainder (the earlier on the
 * Team tab get the odd kopecks), because the group won it together. Text prizes (a day off, a cup) are
 * not pay and stay on the leaderboard.
 */
export function prizePayouts(
  input: Pick<ContestInput, 'contest' | 'team' | 'facts' | 'asOf'>,
  standings: readonly Standing[],
): PrizePayout[] {
  const { contest } = input;
  const out: PrizePayout[] = [];
  for (const s of standings) {
    if (s.prizeKopecks <= 0 || s.place === null) continue;
    const params = { contest: contest.name, place: num(s.place) };
    if (!contest.teams) {
      out.push({ member: s.id, kopecks: s.prizeKopecks, line: prizeLine('contest.trail.prize', params, s) });
      continue;
    }
    const members = participantsOf(input).filter((m) => (m.team ?? '').trim() === s.id);
    const shares = splitExact(
      s.prizeKopecks,
      members.map(() => 1),
    );
    members.forEach((m, i) => {
      const teamParams = {
        ...params,
        team: s.name,
        count: num(members.length),
        whole: { money: rubles(s.prizeKopecks) },
      };
      out.push({
        member: m.id,
        kopecks: shares[i],
        line: prizeLine('contest.trail.prizeTeam', teamParams, { prizeKopecks: shares[i] }),
      });
    });
  }
  return out;
}

function prizeLine(code: string, params: TrailLine['params'], s: { prizeKopecks: number }): TrailLine {
  return moneyLine(code, params, rubles(s.prizeKopecks));
}
