import type { KeySuffix, MessageKey } from '../i18n';
import type { SettingsTab } from './tabs';

/**
 * What a problems dialog adds under a problem (check-text.ts): the fix line of its kind, and which other
 * settings tab it may follow from. A code on neither list speaks for itself: test/sheets/check-fixes.test.ts
 * scans the settings readers for every code they can produce and names why each one without a fix needs none.
 */

/** The kinds of fix, each a `check.fix.<kind>` message, and the problem codes each one mends. */
const FIXES: Record<KeySuffix<'check.fix.'>, readonly string[]> = {
  number: [
    'settings.notNumber',
    'contest.notANumber',
    'bonus.component.badRate',
    'bonus.component.kpi.badWeight',
  ],
  percent: ['settings.notPercent'],
  date: [
    'settings.notDate',
    'contest.notADay',
    'bonus.scheme.badDate',
    'calendar.notADay',
    'calendar.badOverrideDay',
  ],
  checkbox: ['settings.notBoolean'],
  choice: [
    'settings.badChoice',
    'motivation.unknownMetric',
    'bonus.component.unknownMetric',
    'bonus.component.gate.unknownMetric',
    'motivation.modeNotFor',
    'contest.unknownRule',
    'contest.unknownMetric',
    'bonus.component.unknownKind',
    'bonus.component.badScope',
    'bonus.component.badMode',
    'bonus.component.badBy',
    'bonus.component.badCurveMode',
    'bonus.component.kpi.badDirection',
    'bonus.component.kpi.badScaleMode',
    'decompose.gapPolicyBad',
    'decompose.teamSplitBad',
    'decompose.seasonalityMode',
    'decompose.seasonalityMethod',
    'decompose.gradeUnknown',
  ],
  fill: ['settings.required', 'contestTab.required', 'motivation.gateNeedsMin'],
  months: ['decompose.monthlyLength', 'decompose.avgCheckLength'],
  nonNegative: [
    'contest.negative',
    'decompose.revenueBad',
    'decompose.planBad',
    'decompose.monthPlanBad',
    'decompose.coefficientBad',
    'decompose.historyValue',
    'decompose.shareBad',
    'decompose.gradeCoefficientBad',
    'decompose.topCountBad',
    'decompose.rampPlanBad',
    'bonus.component.badAmount',
    'bonus.component.negativeRate',
    'bonus.component.badCap',
    'bonus.component.gate.badMin',
    'bonus.component.pool.badThreshold',
    'bonus.component.tiers.badExtra',
    'bonus.component.kpi.negativeWeight',
    'bonus.component.kpi.badLimit',
    'bonus.scheme.badCap',
    'bonus.tiers.notNumber',
    'bonus.tiers.negativeValue',
    'bonus.tiers.negativeFrom',
    'bonus.bands.notNumber',
    'bonus.bands.negativeValue',
    'bonus.bands.negativeFrom',
    'bonus.curve.notNumber',
    'bonus.curve.negativeValue',
    'bonus.curve.negativeFrom',
  ],
  positive: [
    'contest.notPositive',
    'decompose.avgCheckBad',
    'decompose.avgCheckMonthBad',
    'decompose.stepBad',
    'split.badStep',
    'bonus.component.badAttainmentCap',
    'bonus.component.kpi.badPlan',
  ],
  ascending: [
    'bonus.tiers.overlap',
    'bonus.tiers.unordered',
    'bonus.bands.overlap',
    'bonus.bands.unordered',
    'bonus.curve.overlap',
    'bonus.curve.unordered',
  ],
  weightsSum: ['bonus.component.kpi.weightsSum'],
  gateBelowCap: ['bonus.component.kpi.t0AboveTmax'],
  minimum: ['contest.minimumUnreachable'],
  retro: ['bonus.component.tiers.extraNeedsRetro'],
  dateOrder: [
    'team.endBeforeStart',
    'calendar.absenceReversedAt',
    'decompose.managerDates',
    'decompose.absenceBad',
    'contest.periodReversed',
  ],
  twice: [
    'team.duplicateId',
    'funnel.duplicateId',
    'decompose.managerDuplicate',
    'decompose.metricDuplicate',
    'bonus.component.kpi.duplicateId',
    'bonus.component.draw.duplicate',
    'motivation.maxTwice',
    'calendar.overrideConflict',
  ],
  nameApart: ['team.duplicateName'],
  otherId: ['settings.idReserved', 'settings.idSeparator', 'funnel.idReserved'],
  person: ['calendar.unknownManager', 'importTab.unknownMember', 'contest.unknownParticipant'],
  schemeName: ['bonus.unknownScheme'],
  addManager: ['team.noManagers', 'decompose.teamEmpty'],
  shares: ['decompose.sharesAllZero'],
  step: [
    'decompose.planNotMultiple',
    'decompose.monthPlanNotMultiple',
    'split.totalNotMultiple',
    'split.stepAboveTotal',
    'split.tooLarge',
  ],
  year: ['plan.badYear', 'decompose.yearBad', 'calendar.yearOutOfRange', 'calendar.badMonth'],
  planYear: ['month.notPlanYear'],
  coefficients: ['plan.noCoefficients', 'decompose.coefficientsLength', 'decompose.coefficientsAllZero'],
  history: [
    'plan.noHistory',
    'decompose.historyEmpty',
    'decompose.historyAllZero',
    'decompose.historyRowLength',
    'decompose.historyMonthEmpty',
  ],
  workdays: ['decompose.monthNoWorkdays', 'decompose.noWorkdays'],
  conversion: ['funnel.noConversion', 'funnel.badConversion', 'decompose.conversionBad'],
  lastDeals: ['funnel.lastNotDeals'],
};

const FIX_OF = new Map<string, KeySuffix<'check.fix.'>>(
  Object.entries(FIXES).flatMap(([kind, codes]) => codes.map((c) => [c, kind as KeySuffix<'check.fix.'>])),
);

/** Every code with a fix line (test/sheets/check-fixes.test.ts checks each one against its message). */
export const codesWithFix = (): string[] => [...FIX_OF.keys()];

/** The fix line's message for a problem code; undefined for a code whose message says what to do. */
export function fixOf(code: string): MessageKey | undefined {
  const kind = FIX_OF.get(code);
  return kind && `check.fix.${kind}`;
}

/**
 * The settings tabs a problem may follow from: a person unknown to a contest when the Team tab has a
 * problem, a metric unknown to a scheme when the Plan or Funnel tab has one, a scheme unknown to the Team tab
 * when the Motivation tab could not read it.
 */
const FOLLOWS: Record<string, readonly SettingsTab[]> = {
  'calendar.unknownManager': ['team'],
  'importTab.unknownMember': ['team'],
  'contest.unknownParticipant': ['team'],
  'contestTab.notManager': ['team'],
  'contest.noTeams': ['team'],
  'contest.unknownMetric': ['plan', 'funnel'],
  'motivation.unknownMetric': ['plan', 'funnel'],
  'bonus.component.unknownMetric': ['plan', 'funnel'],
  'bonus.component.gate.unknownMetric': ['plan', 'funnel'],
  'importTab.unknownStep': ['funnel'],
  'bonus.unknownScheme': ['motivation'],
};

export const mayFollowFrom = (code: string): readonly SettingsTab[] => FOLLOWS[code] ?? [];
