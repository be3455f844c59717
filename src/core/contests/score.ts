import { activityScore } from './activity';
import { improvementScore } from './improvement';
import { planPointsScore } from './plan-points';
import { raceScore } from './race';
import { countedSpan, seriesOf } from './series';
import { teamScores } from './teams';
import type { ContestInput, Score, TeamMember } from './types';

/**
 * The contest's participants as team members, in the Team tab's order: a list as given; 'all' → every
 * member, those marked inactive only with a fact in the counted days.
 */
export function participantsOf(
  input: Pick<ContestInput, 'contest' | 'team' | 'facts' | 'asOf'>,
): TeamMember[] {
  const { participants, period } = input.contest;
  if (participants !== 'all') {
    const listed = new Set(participants);
    return input.team.filter((m) => listed.has(m.id));
  }
  const span = countedSpan(period, input.asOf);
  const active = new Set(
    input.facts.filter((f) => f.day >= span.from && f.day <= span.to).map((f) => f.member),
  );
  return input.team.filter((m) => !m.inactive || active.has(m.id));
}

/** Each participant's score by the contest's preset; in a team contest, each team's. Input already checked. */
export function contestScores(input: ContestInput): Score[] {
  const { contest } = input;
  const rule = contest.rule;
  const facts = seriesOf(input.facts);
  // Indexed once for everyone (per person it made a run quadratic in the team).
  const plans = rule.kind === 'planPoints' ? seriesOf(input.plans) : facts;
  const span = countedSpan(contest.period, input.asOf);
  const people = participantsOf(input);
  const scoreOf = (m: TeamMember): Score => {
    switch (rule.kind) {
      case 'race':
        return raceScore(m.id, m.name, rule, facts, span);
      case 'planPoints':
        return planPointsScore(m.id, m.name, rule, { facts, plans }, span);
      case 'activity':
        return activityScore(m.id, m.name, rule, facts, span);
      case 'improvement':
        return improvementScore(m.id, m.name, rule, facts, span, contest.period.from);
    }
  };
  const scores = people.map(scoreOf);
  return contest.teams ? teamScores(scores, people) : scores;
}
