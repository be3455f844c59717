export { type CurveMode, type CurvePoint, curveCoefficient } from './curve';
export { pickScheme } from './dated';
export { applyDraw, type DrawStep, drawStep } from './draw';
export {
  type BonusInput,
  type ComponentResult,
  evaluateScheme,
  type MetricValues,
  type ResultKind,
  type SalaryDays,
  type SchemeResult,
} from './evaluate';
export { type Kpi, type KpiDirection, kpiIndex, kpiScores } from './kpi';
export { kopecks, rubles } from './money';
export { type NextStep, nextSteps, type StepReach } from './next-step';
export {
  blockedPayroll,
  type Eligibility,
  type Figures,
  type MetricFigures,
  type Payroll,
  type PayrollException,
  type PayrollField,
  type PayrollFigures,
  type PayrollForecast,
  type PayrollInput,
  type PayrollPerson,
  type PayrollProblem,
  type PayrollRow,
  type PlanFact,
  payroll,
  payrollRows,
  schemeKey,
  whoIsPaid,
} from './payroll';
export { departmentFigures, sameValue } from './payroll-figures';
export { type PoolSplit, splitPool, splitPoolDetail } from './pool';
export type { Problem } from './problems';
export {
  BASE_METRICS,
  type Band,
  type ComponentKind,
  type DrawComponent,
  type Gate,
  type KpiMatrixComponent,
  type PercentComponent,
  type PoolComponent,
  type SalaryComponent,
  type Scheme,
  type SchemeComponent,
  type SchemeKpi,
  type SchemeTier,
  type Scope,
  type TargetComponent,
  type TieredComponent,
  type ValidateOptions,
} from './scheme';
export {
  asAttainment,
  asRate,
  parseBandText,
  parseCurveText,
  parseTierText,
  type TierTextLang,
  type TierTextResult,
} from './tier-text';
export { type Tier, type TierMode, tieredCommission, tierLines } from './tiers';
export { sumLines, type TrailLine, type TrailNote, type TrailParams, type TrailValue } from './trail';
export { validateScheme } from './validate';
