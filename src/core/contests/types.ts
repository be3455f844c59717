import type { TrailNote } from '../bonus/trail';
import type { Day } from '../dates';

/**
 * A staff contest as plain data: what the Contest settings tab holds, read and checked at the edge.
 * Money is in kopecks (whole numbers), days are the core's `Day`, percents are whole percent numbers
 * (90 means 90 %), as the practitioners' rules are written.
 */
export interface Contest {
  id: string;
  name: string;
  period: { from: Day; to: Day };
  /** 'all' managers of the team, or a list of member ids. */
  participants: 'all' | readonly string[];
  rule: ContestRule;
  /** Teams from the Team tab's team column compete, each scored by the average of its members. */
  teams?: boolean;
  /** Prizes by place: index 0 is the 1st place. */
  prizes?: readonly Prize[];
  /** Publish only the places 1…showTop (ties at the edge included); the rest keep their scores. */
  showTop?: number;
  /**
   * Do not publish the last `hideBottom` positions of the ranked (a tie reaching into them is hidden whole):
   * practitioners warn that publishing the bottom of the list demotivates.
   */
  hideBottom?: number;
}

export type Prize = { kopecks: number } | { text: string };

export type ContestRule = RaceRule | PlanPointsRule | ActivityRule | ImprovementRule;

/** First to reach `target` of a metric; not reached → by progress. */
export interface RaceRule {
  kind: 'race';
  metric: string;
  target: number;
}

/** Points per % of plan: nothing below `minimum` %, `rate` per % up to 100 %, `rateAbove` per % above. */
export interface PlanPointsRule {
  kind: 'planPoints';
  metric: string;
  minimum: number;
  rate: number;
  rateAbove: number;
}

/** Points per unit of each weighted metric; multipliers on the metric and/or weekday they name. */
export interface ActivityRule {
  kind: 'activity';
  weights: readonly { metric: string; points: number }[];
  multipliers?: readonly Multiplier[];
}

export interface Multiplier {
  factor: number;
  /** Applies to this metric only; absent → every weighted metric. */
  metric?: string;
  /** Applies on this ISO weekday only (1 = Monday … 7 = Sunday); absent → every day. */
  weekday?: number;
}

/** Growth against the person's own average of the previous `count` weeks or months of the same metric. */
export interface ImprovementRule {
  kind: 'improvement';
  metric: string;
  baseline: { unit: 'week' | 'month'; count: number };
}

/** One number of a month tab's series: a fact or a day's plan of one member and metric. */
export interface DayValue {
  member: string;
  day: Day;
  metric: string;
  value: number;
}

export interface TeamMember {
  id: string;
  name: string;
  /** The Team tab's team column; blank → in no team (left out of team contests). */
  team?: string;
  /** Marked inactive on the Team tab: in an 'all' contest only with a fact in its period (a leaver's result counts, an empty row does not). */
  inactive?: boolean;
}

export interface ContestInput {
  contest: Contest;
  /** The metric ids the plan knows (for validation). */
  metrics: readonly string[];
  team: readonly TeamMember[];
  facts: readonly DayValue[];
  /** Day plans as the month tabs spread them (`own-days.ts`): the plan of a span is the sum of its days. */
  plans: readonly DayValue[];
  /** Count the days strictly before this one (today during the contest); absent → the whole period. */
  asOf?: Day;
}

/** One participant's (or team's) score before ranking; `score` null → listed, not ranked. */
export interface Score {
  id: string;
  name: string;
  score: number | null;
  /** Race: the day the target was reached; an earlier day wins a tie of amounts. */
  day?: Day;
  trail: TrailNote[];
}

export interface Standing extends Score {
  /** Competition ranking (1, 1, 3); null for those not ranked. */
  place: number | null;
  /** Score of the nearest entrant placed above minus this one's; null for the leaders and the unranked. */
  gap: number | null;
  /** Money prize in kopecks (tied places share), 0 when none. */
  prizeKopecks: number;
  /** A text prize (a day off, a cup), when the place has one. */
  prizeText?: string;
  /** Published on the leaderboard (showTop); hidden entrants keep their scores. */
  shown: boolean;
}
