/**
 * What an import did not count, grouped by reason, with the names found (people, stages, pipelines,
 * currencies) so the settings tab can offer them for mapping.
 */
/** Every reason, in the order a result dialog lists them (each has a message `import.skip.<reason>`). */
export const SKIP_REASONS = [
  'unknownPerson',
  'unknownStage',
  'otherPipeline',
  'otherCurrency',
  'noDate',
  'noAmount',
  'outsideYear',
  'openDeal',
  'unanswered',
  'shortCall',
  'otherDirection',
] as const;

export type SkipReason = (typeof SKIP_REASONS)[number];

export interface SkippedGroup {
  reason: SkipReason;
  /** Items skipped (or, for unknownStage, deals whose funnel steps were not counted). */
  count: number;
  /** Distinct names with how many items carried each, most frequent first; empty where names mean nothing. */
  names: { name: string; count: number }[];
}

export class SkipList {
  private readonly groups = new Map<SkipReason, { count: number; names: Map<string, number> }>();

  add(reason: SkipReason, name?: string): void {
    let g = this.groups.get(reason);
    if (!g) {
      g = { count: 0, names: new Map() };
      this.groups.set(reason, g);
    }
    g.count++;
    if (name !== undefined) g.names.set(name, (g.names.get(name) ?? 0) + 1);
  }

  groupsList(): SkippedGroup[] {
    return [...this.groups].map(([reason, g]) => ({
      reason,
      count: g.count,
      names: [...g.names]
        .map(([name, count]) => ({ name, count }))
        .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    }));
  }
}
