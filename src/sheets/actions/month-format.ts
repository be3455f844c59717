import { t } from '../../i18n';
import { FORMAT, isMoneyMetric, metricFormat, orBlank } from '../formats';
import { a1, colLetter, type Grid, rect } from '../grid';
import { MONTH } from '../month-layout';
import { TODAY_REF } from './month-formulas';
import type { MonthSheet } from './month-grid';

/** The light colours, the same on every tab (one rule: forecast ÷ plan against the Plan tab's thresholds). */
/** The background of the department's rows on every tab that shows them. */
export const DEPARTMENT_BG = '#e2efda';

export const LIGHTS = { red: '#f4cccc', amber: '#fff2cc', green: '#d9ead3' };
const TODAY_BG = '#fff2cc';
const C = MONTH.col;

/** Number formats, lights, the today marker, validation, hidden and frozen parts, widths and protection. */
export function formatsAndRules(m: MonthSheet): void {
  const { g, lang, days } = m;
  const people = m.rows.length;
  const shown = m.metrics.length + people;
  numberFormats(m);
  forecastLights(g, rect(m.deptFirst, C.completion, shown, C.pace - C.completion + 1), m.settings.plan);
  g.conditional.push({
    rect: rect(MONTH.headerRow, MONTH.firstDayCol, 1, days.length),
    formula: `=${a1(MONTH.headerRow, MONTH.firstDayCol)}=${TODAY_REF}`,
    background: TODAY_BG,
  });
  g.validations.push({
    rect: rect(m.mgrFirst, MONTH.firstDayCol, Math.max(people, 1), days.length),
    rule: { kind: 'numberAtLeast', min: 0, help: t('month.factHelp', lang) },
  });
  g.hiddenRows.push(MONTH.keyRow, MONTH.flagRow, MONTH.closedRow);
  g.hiddenCols.push(C.id, C.metric, C.ownDays, C.ownElapsed);
  g.frozenRows = MONTH.headerRow;
  g.frozenCols = C.label;
  Object.assign(g.widths, {
    [C.name]: 170,
    [C.label]: 110,
    [C.plan]: 100,
    [C.fact]: 100,
    [C.completion]: 70,
    [C.planToDate]: 100,
    [C.completionToDate]: 80,
    [C.forecast]: 100,
    [C.pace]: 90,
    // The average check in money ("253 542 ₽") on the revenue row.
    [C.ratioPlan]: 100,
    [C.ratioFact]: 100,
  });
  g.protectedRects.push(
    rect(1, 1, MONTH.headerRow, g.cols),
    rect(m.deptFirst, 1, m.metrics.length, g.cols),
    rect(m.mgrFirst, 1, Math.max(people, 1), C.ownElapsed),
  );
}

/**
 * Each row's figures in its metric's format (money in the plan's currency, counts otherwise), completion and
 * pace as on every tab. Department zeros in day cells stay blank; a manager's typed 0 shows (sold nothing)
 * unlike a blank (did not report). The hidden own-days rows are counts.
 */
function numberFormats(m: MonthSheet): void {
  const { g, days } = m;
  const currency = m.settings.plan.currency;
  for (let r = m.deptFirst; r <= g.rows; r++) {
    // Every data row names its metric in the hidden metric column (written as text: quote-prefixed).
    const metric = String(g.values[r - 1][C.metric - 1]).replace(/^'/, '');
    const amount = metricFormat(metric, currency);
    g.format(rect(r, C.plan, 1, 2), amount);
    g.format(rect(r, C.completion), FORMAT.completion);
    g.format(rect(r, C.planToDate), amount);
    g.format(rect(r, C.completionToDate), FORMAT.completion);
    g.format(rect(r, C.forecast), amount);
    // Small counts stay visible: 0.29 deals a day is not 0; money needed per day is an amount.
    g.format(rect(r, C.pace), isMoneyMetric(metric) ? amount : FORMAT.pace);
    const dayCells = rect(r, MONTH.firstDayCol, 1, days.length);
    g.format(dayCells, r < m.mgrFirst ? orBlank(amount) : amount);
  }
}

/**
 * Traffic lights of the month tab, one rule for a person on every tab: the forecast against the plan (a
 * month on pace is green on the 10th too, where completion alone would stay red until the last week).
 */
function forecastLights(
  g: Grid,
  r: ReturnType<typeof rect>,
  t: { redBelow: number; amberBelow: number },
): void {
  const forecast = `$${colLetter(MONTH.col.forecast)}${r.row}`;
  const plan = `$${colLetter(MONTH.col.plan)}${r.row}`;
  const ratio = `${forecast}/${plan}`;
  const when = (test: string) => `=AND(ISNUMBER(${forecast}),${plan}>0,${test})`;
  g.conditional.push(
    { rect: r, formula: when(`${ratio}<${t.redBelow}`), background: LIGHTS.red },
    { rect: r, formula: when(`${ratio}>=${t.redBelow},${ratio}<${t.amberBelow}`), background: LIGHTS.amber },
    { rect: r, formula: when(`${ratio}>=${t.amberBelow}`), background: LIGHTS.green },
  );
}
