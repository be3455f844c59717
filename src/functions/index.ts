/** Every custom function; `src/index.ts` re-exports this module so each becomes an Apps Script global. */
export { BONUS_CURVE, BONUS_DRAW, BONUS_TIERS, KPI_INDEX, POOL_SPLIT } from './bonus-functions';
export { CAL_IS_WORKDAY, CAL_WORKDAYS, PLAN_BY_DAYS, PLAN_TO_DATE } from './calendar-functions';
export { LTV_RETENTION, RECEIPTS } from './finance-functions';
export {
  FUNNEL_BOTTLENECK,
  FUNNEL_CONVERSION,
  FUNNEL_REVERSE,
  LTV,
  SALES_VELOCITY,
} from './funnel-functions';
export { PLAN_RAMP, PLAN_SPLIT, SEASONALITY } from './plan-functions';
export { FORECAST_ACCURACY, PACE_REQUIRED, RUN_RATE } from './planfact-functions';
