import { hundredth as hundredths } from '../bonus/money';
import type { TrailNote } from '../bonus/trail';
import type { Score, TeamMember } from './types';

/**
 * A team contest: teams from the Team tab's team column, each scored by the AVERAGE of its ranked members'
 * scores (to 0.01), not the sum, so a team of 6 does not beat a team of 3 by headcount alone. Members not
 * ranked (no baseline, no plan) are listed but left out of the average; a team with none ranked is not
 * ranked. In a race the team reaches the target on the day its last member does (the average equals the
 * target only then). Members in no team are left out; teams come in the order of their first member.
 */
export function teamScores(members: readonly Score[], team: readonly TeamMember[]): Score[] {
  const teamOf = new Map(team.map((m) => [m.id, m.team?.trim() ?? '']));
  const groups = new Map<string, Score[]>();
  for (const s of members) {
    const name = teamOf.get(s.id) ?? '';
    if (name === '') continue;
    const group = groups.get(name);
    if (group) group.push(s);
    else groups.set(name, [s]);
  }
  return [...groups].map(([name, list]) => teamScore(name, list));
}

function teamScore(name: string, list: readonly Score[]): Score {
  const ranked = list.filter((s) => s.score !== null);
  const score =
    ranked.length === 0 ? null : hundredths(ranked.reduce((a, s) => a + s.score!, 0) / ranked.length);
  const days = ranked.map((s) => s.day);
  const day =
    days.length > 0 && days.every((d) => d !== undefined) ? Math.max(...(days as number[])) : undefined;
  const trail: TrailNote[] = [
    { code: 'contest.trail.team', params: { ranked: { num: ranked.length }, members: { num: list.length } } },
    ...list.map(
      (s): TrailNote =>
        s.score === null
          ? { code: 'contest.trail.teamMemberUnranked', params: { name: s.name } }
          : { code: 'contest.trail.teamMember', params: { name: s.name, score: { num: s.score } } },
    ),
  ];
  return { id: name, name, score, ...(day !== undefined ? { day } : {}), trail };
}
