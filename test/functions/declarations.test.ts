import path from 'node:path';
import { collectEntryExports } from '../../scripts/entry-exports';
import type { DomainError } from '../../src/core/errors';
import * as fns from '../../src/functions';
import { declarations } from '../../src/functions/declare';
import { col, msk, useSpreadsheet } from './call';

/**
 * The declarations against the exports and their JSDoc (names, order, optional marks), and every core error a
 * function can reach named by its field.
 */
useSpreadsheet('en');

type Fn = (...args: unknown[]) => unknown;
const exported = collectEntryExports(path.join(__dirname, '../../src/index.ts')).filter((e) => e.custom);

test.each(exported.map((e) => [e.name, e] as const))(
  '%s: its declaration has the JSDoc parameters',
  (name, e) => {
    const d = declarations.get(name);
    expect(d?.args.map((a) => a.name)).toEqual(e.params);
    const optional = [...e.jsdoc.matchAll(/@param\s+\{[^}]*\}\s+\[(\w+)\]/g)].map((m) => m[1]);
    expect(d?.args.filter((a) => a.optional).map((a) => a.name)).toEqual(optional);
  },
);

const d = msk('2026-03-02');
const weekend = col(msk('2026-03-07'), msk('2026-03-08'));
/** A call reaching a core error, and the argument its message must name. */
const cases: [string, unknown[], string][] = [
  ['BONUS_TIERS', [1, col(100, 0), col(0.1, 0.2)], 'thresholds'],
  ['BONUS_TIERS', [1, col(0, 0), col(0.1, 0.2)], 'thresholds'],
  ['BONUS_TIERS', [1, col('', ''), col('', '')], 'thresholds'],
  ['BONUS_TIERS', [1, col(0, 100), col(0.1, -0.2)], 'rates'],
  ['BONUS_TIERS', [1, col(0, 100), col(0.1, '')], 'rates'],
  ['BONUS_CURVE', [1, col(1, 0.5), col(0.5, 1)], 'points_x'],
  ['BONUS_CURVE', [1, col(0.5, 1), col(0.5, -1)], 'points_y'],
  ['BONUS_CURVE', [1, col('', ''), col('', '')], 'points_x'],
  ['KPI_INDEX', [col(0.5, 0.6), col(1, 1), col(1, 1)], 'weights'],
  ['KPI_INDEX', [col(-0.5, 1.5), col(1, 1), col(1, 1)], 'weights'],
  ['KPI_INDEX', [col('', ''), col('', ''), col('', '')], 'weights'],
  ['KPI_INDEX', [col(0.5, 0.5), col(1, 0), col(1, 1)], 'plans'],
  ['KPI_INDEX', [col(0.5, 0.5), col(1, -1), col(1, 1)], 'plans'],
  ['KPI_INDEX', [col(0.5, 0.5), col(1, 1), col(1, -1)], 'actuals'],
  ['KPI_INDEX', [col(0.5, 0.5), col(1, 1), col(1, 1), -1], 'floor'],
  ['KPI_INDEX', [col(0.5, 0.5), col(1, 1), col(1, 1), 2, 1], 'floor'],
  ['KPI_INDEX', [col(0.5, 0.5), col(1, 1), col(1, 1), '', -1], 'cap'],
  ['KPI_INDEX', [col(0.5, 0.5), col(1, 1), col(1, 0), '', '', 'down'], 'cap'],
  ['POOL_SPLIT', [-1, 1, col(1)], 'pool'],
  ['POOL_SPLIT', [1e300, 1, col(1)], 'pool'],
  ['BONUS_DRAW', [col(1), -1], 'draw'],
  ['BONUS_DRAW', [col(1e308, 1e308), 1e308], 'commissions'],
  ['CAL_WORKDAYS', [d, d, 'XX'], 'country'],
  ['CAL_WORKDAYS', [d, d, 'RU', col(d), col(d)], 'working_days'],
  ['CAL_WORKDAYS', [msk('1999-01-01'), d], 'start'],
  ['CAL_WORKDAYS', [d, msk('2201-01-01')], 'end'],
  ['CAL_IS_WORKDAY', [msk('1999-01-01')], 'dates'],
  ['CAL_IS_WORKDAY', [msk('2201-01-01')], 'dates'],
  ['PLAN_BY_DAYS', [1000, weekend], 'dates'],
  ['PLAN_BY_DAYS', [1000, col(d), 1e12], 'step'],
  ['PLAN_BY_DAYS', [1000.5, col(d)], 'plan'],
  ['PLAN_BY_DAYS', [1000, col(msk('1999-01-01'))], 'dates'],
  ['PLAN_BY_DAYS', [1000, col(d), 1, 'RU', [[d, msk('2026-03-01')]]], 'days_off'],
  ['PLAN_TO_DATE', [1000, d, msk('2026-03-01'), d], 'end'],
  ['PLAN_TO_DATE', [1000, msk('2026-03-07'), msk('2026-03-08'), d], 'end'],
  ['PLAN_TO_DATE', [1000, msk('1999-01-01'), d, d], 'start'],
  ['PLAN_TO_DATE', [1000, d, d, d, 'XX'], 'country'],
  ['PLAN_TO_DATE', [1000, d, d, d, 'RU', col(d), col(d)], 'working_days'],
  ['FUNNEL_REVERSE', [1000, 100, col(0.5, 1.5)], 'conversions'],
  ['FUNNEL_REVERSE', [1000, 0, col(0.5)], 'avg_check'],
  ['FUNNEL_REVERSE', [-1, 100, col(0.5)], 'revenue'],
  ['FUNNEL_CONVERSION', [col(10, -1)], 'counts'],
  ['FUNNEL_BOTTLENECK', [col(10, -1), 0.5], 'counts'],
  ['FUNNEL_BOTTLENECK', [col(10, 5, 1), col(0.5)], 'benchmark'],
  ['FUNNEL_BOTTLENECK', [col(10, 5), col(-0.5)], 'benchmark'],
  ['SALES_VELOCITY', [-1, 1, 0.5, 1], 'opportunities'],
  ['SALES_VELOCITY', [1, -1, 0.5, 1], 'avg_deal'],
  ['SALES_VELOCITY', [1, 1, 25, 1], 'win_rate'],
  ['SALES_VELOCITY', [1, 1, 0.5, 0], 'cycle_days'],
  ['LTV', [-1, 1, 1], 'avg_check'],
  ['LTV', [1, -1, 1], 'purchases_per_year'],
  ['LTV', [1, 1, -1], 'years'],
  ['LTV', [1, 1, 1, 30], 'margin'],
  ['LTV_RETENTION', [-1, 1, 0.5, 0.5], 'avg_check'],
  ['LTV_RETENTION', [1, -1, 0.5, 0.5], 'purchases_per_period'],
  ['LTV_RETENTION', [1, 1, 2, 0.5], 'margin'],
  ['LTV_RETENTION', [1, 1, 0.5, 1.5], 'retention'],
  ['LTV_RETENTION', [1, 1, 0.5, 1], 'retention'],
  ['LTV_RETENTION', [1, 1, 0.5, 0.5, 1.5], 'periods'],
  ['LTV_RETENTION', [1, 1, 0.5, 0.5, '', -1], 'discount'],
  ['LTV_RETENTION', [1, 1, 0.5, 0.9, '', -0.5], 'discount'],
  ['RECEIPTS', [col(1), col(0.5, -0.5)], 'shares'],
  ['RECEIPTS', [col(1), col(0.7, 0.5)], 'shares'],
  ['RECEIPTS', [col(1), col(1), 0.5], 'first_lag'],
  ['RECEIPTS', [col(1), col(1), 0, 0], 'step'],
  ['RECEIPTS', [col(1e300), col(1)], 'revenue'],
  ['RUN_RATE', [100, 30, 20], 'elapsed_workdays'],
  ['RUN_RATE', [100, -1, 20], 'elapsed_workdays'],
  ['RUN_RATE', [100, 1, -20], 'total_workdays'],
  ['PACE_REQUIRED', [-1, 1, 1], 'plan'],
  ['PACE_REQUIRED', [1, 1, -1], 'remaining_workdays'],
  // Its core refuses only non-finite numbers, which the readers never pass: a reader's error.
  ['FORECAST_ACCURACY', ['n/a', 1], 'actual'],
  ['SEASONALITY', [[[-5, ...new Array(11).fill(1)]]], 'history'],
  ['SEASONALITY', [[['', ...new Array(11).fill(1)]]], 'history'],
  ['SEASONALITY', [[new Array(12).fill(0)]], 'history'],
  ['PLAN_RAMP', [1, d, d, [[0.5, 1.5]]], 'ramp'],
  ['PLAN_SPLIT', [1000, col(1, -1)], 'weights'],
  ['PLAN_SPLIT', [1000, col(0, 0)], 'weights'],
  ['PLAN_SPLIT', [1000, col(1), 0], 'step'],
  ['PLAN_SPLIT', [1000.5, col(1)], 'total'],
  ['PLAN_SPLIT', [1e20, col(1)], 'total'],
];

test('the table reaches every custom function', () => {
  expect(new Set(cases.map(([name]) => name))).toEqual(new Set(Object.keys(fns)));
});

test.each(cases)('%s(%j) names %s', (name, args, arg) => {
  let cause: DomainError | undefined;
  try {
    (fns as unknown as Record<string, Fn>)[name](...args);
  } catch (e) {
    cause = (e as { cause?: DomainError }).cause;
  }
  expect(cause?.params.arg).toBe(arg);
  // A core's error is named by its field (the readers' and the bodies' own errors name their argument).
  if (!/^(arg|fn)\./.test(cause?.code ?? '')) expect(cause?.field).toBeDefined();
});
