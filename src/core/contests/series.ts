import type { Day } from '../dates';
import type { DayValue } from './types';

/** Facts or day plans indexed by member and metric: the one way a preset reads the month tabs' series. */
export interface Series {
  /** Values of one member and metric on the days from..to (inclusive), in day order. */
  days(member: string, metric: string, from: Day, to: Day): DayValue[];
  /** The sum over from..to. */
  sum(member: string, metric: string, from: Day, to: Day): number;
}

const keyOf = (member: string, metric: string) => `${member}\u0000${metric}`;

export function seriesOf(values: readonly DayValue[]): Series {
  const byKey = new Map<string, DayValue[]>();
  for (const v of values) {
    const k = keyOf(v.member, v.metric);
    const list = byKey.get(k);
    if (list) list.push(v);
    else byKey.set(k, [v]);
  }
  for (const list of byKey.values()) list.sort((a, b) => a.day - b.day);
  const days = (member: string, metric: string, from: Day, to: Day) =>
    (byKey.get(keyOf(member, metric)) ?? []).filter((v) => v.day >= from && v.day <= to);
  return {
    days,
    sum: (member, metric, from, to) => days(member, metric, from, to).reduce((s, v) => s + v.value, 0),
  };
}

/** The days a contest counts: its period, cut before `asOf` while it runs. `to < from` → nothing yet. */
export function countedSpan(period: { from: Day; to: Day }, asOf?: Day): { from: Day; to: Day } {
  return { from: period.from, to: asOf === undefined ? period.to : Math.min(period.to, asOf - 1) };
}
