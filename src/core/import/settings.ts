/**
 * What the user decides about an import (the Import settings tab holds it): who is who, what each CRM stage
 * means, which pipeline and currency count, how long a call must last, and which date counts for which
 * metric. Metric ids are the plan's own (`revenue`, `deals`, `leads`, `meetings`, `calls`, …).
 */

/**
 * Which of a deal's dates a metric is counted on. 'modified' falls back to the creation date; 'paid' is the
 * payment date, the close date in an export without a payment-date column.
 */
export type DateKind = 'created' | 'closed' | 'modified' | 'paid';

export interface PersonLink {
  /** A name as the CRM writes it, or a phone extension. */
  crm: string;
  /** The team member's id. */
  member: string;
}

export interface StageLink {
  stage: string;
  /** A funnel step's metric id (`meetings`), `won`, `lost`, or '' for a stage that reaches no step. */
  step: string;
}

export interface ImportSettings {
  team: readonly { id: string; name: string }[];
  people: readonly PersonLink[];
  /** In the pipeline's order: a deal at a stage has passed every step mapped at or before it. */
  stages: readonly StageLink[];
  /** Pipelines to count; empty counts every pipeline. */
  pipelines: readonly string[];
  /** The one currency summed (ISO code); deals in another are skipped and listed. */
  currency: string;
  /** A call counts when answered and at least this long. */
  callSeconds: number;
  callDirections: 'both' | 'in' | 'out';
  /** Date per metric; metrics not listed use DEFAULT_DATES, then 'modified' for funnel steps. */
  dates: Readonly<Record<string, DateKind>>;
  /** The plan year: facts on days of other years are skipped. Undefined counts every year. */
  year: number | undefined;
}

export const DEFAULT_DATES: Readonly<Record<string, DateKind>> = {
  leads: 'created',
  deals: 'closed',
  revenue: 'closed',
  receipts: 'paid',
};

export function defaultImportSettings(team: ImportSettings['team'] = []): ImportSettings {
  return {
    team,
    people: [],
    stages: [],
    pipelines: [],
    currency: 'RUB',
    callSeconds: 30,
    callDirections: 'both',
    dates: {},
    year: undefined,
  };
}
