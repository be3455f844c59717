import type {
  Contest,
  ContestInput,
  ContestRule,
  DayValue,
  TeamMember,
} from '../../../src/core/contests/types';
import { dayOf } from '../../../src/core/dates';

/** A day of 2026 (November by default): 2 November 2026 is a Monday. */
export const d = (day: number, month = 11, year = 2026) => dayOf(year, month, day);

export const team: TeamMember[] = [
  { id: 'ann', name: 'Анна', team: 'Север' },
  { id: 'bob', name: 'Борис', team: 'Север' },
  { id: 'cat', name: 'Вера', team: 'Юг' },
  { id: 'dan', name: 'Денис', team: 'Юг' },
];

export const metrics = ['calls', 'meetings', 'deals', 'receipts'];

export const v = (member: string, day: number, metric: string, value: number): DayValue => ({
  member,
  day,
  metric,
  value,
});

export function input(
  rule: ContestRule,
  facts: DayValue[],
  more: Partial<Contest> = {},
  extra: Partial<ContestInput> = {},
): ContestInput {
  const contest: Contest = {
    id: 'c1',
    name: 'Ноябрьский спринт',
    period: { from: d(2), to: d(30) },
    participants: 'all',
    rule,
    ...more,
  };
  return { contest, metrics, team, facts, plans: [], ...extra };
}
