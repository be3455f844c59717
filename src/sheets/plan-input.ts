import { decomposePlan, type PlanDecomposition, type PlanInput } from '../core/decompose';
import type { Settings } from './settings';
import { planMembers } from './settings/team';

/** The core's plan input from the settings tabs. Funnel stages derive from revenue when there is an average check. */
export function planInput(s: Settings): PlanInput {
  const { plan, funnel } = s;
  const stages = funnel.slice(0, -1).map((st) => ({ metric: st.id, conversion: st.conversion ?? 1 }));
  const steps: Record<string, number> = {
    revenue: plan.revenueStep,
    receipts: plan.revenueStep,
    deals: plan.countStep,
  };
  for (const st of stages) steps[st.metric] = plan.countStep;
  return {
    year: plan.year,
    calendar: s.calendar,
    revenue: plan.revenue,
    seasonality: plan.seasonality,
    ...(plan.avgCheck ? { funnel: { avgCheck: plan.avgCheck, stages } } : {}),
    ...(plan.receipts ? { metrics: { receipts: plan.receipts } } : {}),
    steps,
    team: planMembers(s.people, s.calendarSettings.absences),
    teamSplit: plan.teamSplit,
    ramp: plan.ramp,
    gapPolicy: plan.gapPolicy,
  };
}

/**
 * The plan from the settings, all twelve months or only `months` (a core DomainError is left to the caller:
 * `settingsCellOf` places it).
 */
export function decompose(s: Settings, months?: readonly number[]): PlanDecomposition {
  return decomposePlan(planInput(s), months);
}
