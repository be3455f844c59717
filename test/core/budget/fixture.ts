import type { PayrollPerson, Scheme } from '../../../src/core/bonus';
import { type BudgetAssumptions, type BudgetInput, DEFAULT_ASSUMPTIONS } from '../../../src/core/budget';
import { makeCalendar } from '../../../src/core/calendar';
import { decomposePlan } from '../../../src/core/decompose';
import type { TeamMember } from '../../../src/core/team';

/**
 * A small department for the budget's tests: 2 000 000 of revenue every month of 2026 (weekend-only
 * calendar), a funnel of 100 000 per deal and 20 % lead → deal (20 deals, 100 leads a month), two managers
 * on an accelerator (5 % of revenue, × 2 above the plan) and a head on 1 % of the department's revenue with
 * an entry threshold of 90 %.
 */
export const SALES: Scheme = {
  id: 'SALES',
  name: 'Sales',
  components: [
    { kind: 'salary' },
    { kind: 'percent', metric: 'revenue', rate: 0.05, bands: [{ from: 1, multiplier: 2 }] },
  ],
};
export const HEAD: Scheme = {
  id: 'HEAD',
  name: 'Head',
  components: [
    { kind: 'salary' },
    {
      kind: 'percent',
      metric: 'revenue',
      scope: 'department',
      rate: 0.01,
      gate: { metric: 'revenue', scope: 'department', min: 0.9 },
    },
  ],
};

export const person = (id: string, extra: Partial<PayrollPerson> = {}): PayrollPerson => ({
  id,
  name: id.toUpperCase(),
  role: 'manager',
  start: null,
  end: null,
  active: true,
  scheme: 'SALES',
  salary: 60_000,
  target: 0,
  ...extra,
});

export const TEAM: PayrollPerson[] = [
  person('m1'),
  person('m2', { salary: 50_000 }),
  person('h1', { role: 'head', scheme: 'HEAD', salary: 120_000 }),
];

export const calendar = makeCalendar('NONE');

export function schemesOf(...list: Scheme[]): Map<string, Scheme[]> {
  return new Map(list.map((s): [string, Scheme[]] => [s.id, [s]]));
}

/** The managers of the team as the plan splits among them (what the Team tab's planMembers gives). */
export function membersOf(team: readonly PayrollPerson[]): TeamMember[] {
  return team
    .filter((p) => p.role === 'manager')
    .map((p) => ({
      id: p.id,
      name: p.name,
      ...(p.start !== null ? { start: p.start } : {}),
      ...(p.end !== null ? { end: p.end } : {}),
      active: p.active,
    }));
}

export function budgetInput(
  assumptions: Partial<BudgetAssumptions> = {},
  team: PayrollPerson[] = TEAM,
  schemes = schemesOf(SALES, HEAD),
  revenue: number[] = new Array(12).fill(2_000_000),
): BudgetInput {
  const plan = decomposePlan({
    year: 2026,
    calendar,
    revenue: { monthly: revenue },
    funnel: { avgCheck: 100_000, stages: [{ metric: 'leads', conversion: 0.2 }] },
    team: membersOf(team),
  });
  return {
    plan,
    assumptions: { ...DEFAULT_ASSUMPTIONS, ...assumptions },
    team,
    schemes,
    calendar,
    prorateSalary: true,
  };
}
