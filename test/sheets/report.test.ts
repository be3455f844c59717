import type { Addon } from '../../local/addon';
import type { EmbeddedChart } from '../../local/spreadsheet';
import { makeCalendar } from '../../src/core/calendar';
import { dayOf } from '../../src/core/dates';
import { lightOf, ownPace } from '../../src/core/own-days';
import { buildMonthlyReport, type MonthlyReport, type ReportManagerInput } from '../../src/core/report';
import { formatNumber, labelOr, t } from '../../src/i18n';
import { calculateBonuses } from '../../src/sheets/actions/bonus';
import { LIGHTS } from '../../src/sheets/actions/month-format';
import { generateReport, REPORT, reportAction } from '../../src/sheets/actions/report';
import type { Action, ActionContext } from '../../src/sheets/context';
import { FORMAT, moneyFormat } from '../../src/sheets/formats';
import { serialOf } from '../../src/sheets/grid';
import { MONTH, monthStructure, readMonthFigures } from '../../src/sheets/month-layout';
import { Problems } from '../../src/sheets/problems';
import { readSettings } from '../../src/sheets/settings';
import { flatText } from '../helpers/problems-dialog';
import { actionContextFor, createMonth, decomposedWorkbook, snapshot } from '../helpers/workbook';

const DEC_3 = dayOf(2026, 12, 3);
const METRICS = ['revenue', 'calls', 'leads', 'meetings', 'deals', 'receipts'];
const TAB = 'Отчёт 2026-11';

const workbook = decomposedWorkbook;
const context = actionContextFor;

function monthRow(a: Addon, tab: string, id: string, metric: string): { row: number; plan: number } {
  const values = a.ss.getSheetByName(tab)!.getDataRange().getValues();
  const i = values.findIndex((r) => r[MONTH.col.id - 1] === id && r[MONTH.col.metric - 1] === metric);
  if (i < 0) throw new Error(`no row ${id} ${metric} on ${tab}`);
  return { row: i + 1, plan: Number(values[i][MONTH.col.plan - 1]) };
}

/** Daily facts typed into a month tab (index 0 = the 1st). */
function typeFacts(a: Addon, tab: string, id: string, metric: string, facts: number[]): void {
  a.ss
    .getSheetByName(tab)!
    .getRange(monthRow(a, tab, id, metric).row, MONTH.firstDayCol, 1, facts.length)
    .setValues([facts]);
}

/**
 * The facts of November for managers m1…m5, typed on the working days 2, 3, 5 and 6 November:
 * revenue per day 50 000, 80 000, 80 000, 120 000 and nothing (m2 and m3 tie); each manager's funnel
 * 30 calls, 4 leads, 2 meetings a day and one deal on the 2nd — deals convert 12.5 % against a 30 % benchmark.
 */
const REVENUE_PER_DAY = [50_000, 80_000, 80_000, 120_000, 0];
const FUNNEL_PER_DAY: Record<string, number> = { calls: 30, leads: 4, meetings: 2 };
const DAYS = [1, 2, 4, 5];

function novemberFacts(id: number, metric: string): number[] {
  const out = new Array<number>(30).fill(0);
  const perDay = metric === 'revenue' ? REVENUE_PER_DAY[id - 1] : (FUNNEL_PER_DAY[metric] ?? 0);
  for (const d of DAYS) out[d] = perDay;
  if (metric === 'deals') out[1] = 1;
  return out;
}

function typeNovember(a: Addon): void {
  for (let k = 1; k <= 5; k++) {
    for (const metric of ['revenue', 'calls', 'leads', 'meetings', 'deals']) {
      typeFacts(a, '2026-11', `m${k}`, metric, novemberFacts(k, metric));
    }
  }
}

/** The core's report for the same facts, built from the test's own numbers and the month tabs' plans. */
function expectedReport(a: Addon, ctx: ActionContext, withPrevious: boolean): MonthlyReport {
  const settings = readSettings(ctx, new Problems())!;
  const managers: ReportManagerInput[] = [1, 2, 3, 4, 5].map((k) => {
    const metrics: Record<string, { plan: number; fact: number }> = {};
    for (const m of METRICS) {
      metrics[m] = {
        plan: monthRow(a, '2026-11', `m${k}`, m).plan,
        fact: novemberFacts(k, m).reduce((s, v) => s + v, 0),
      };
    }
    const facts = Object.fromEntries(METRICS.map((m) => [m, novemberFacts(k, m)]));
    return {
      id: `m${k}`,
      name: `Manager ${k}`,
      metrics,
      facts,
      daily: { fact: novemberFacts(k, 'revenue') },
    };
  });
  const previous = withPrevious
    ? [1, 2, 3, 4, 5].map((k) => {
        const metrics: Record<string, { plan: number; fact: number }> = {};
        for (const m of METRICS) {
          metrics[m] = {
            plan: monthRow(a, '2026-10', `m${k}`, m).plan,
            fact: k === 1 && m === 'revenue' ? 200_000 : 0,
          };
        }
        return { id: `m${k}`, metrics };
      })
    : undefined;
  return buildMonthlyReport({
    year: 2026,
    month: 11,
    calendar: settings.calendar,
    generatedOn: ctx.today,
    thresholds: settings.plan,
    managers,
    metrics: METRICS,
    mainMetric: 'revenue',
    ...(previous ? { previous } : {}),
    forecast: { asOf: dayOf(2026, 11, 16) },
    funnel: {
      stages: ['Звонки', 'Лиды', 'Встречи', 'Сделки'],
      counts: managers.map((m) => ({
        id: m.id,
        counts: ['calls', 'leads', 'meetings', 'deals'].map((s) => m.metrics[s].fact),
      })),
      benchmark: [0.12, 0.45, 0.3],
    },
  });
}

/** The row index (0-based) of the first row whose column A is `label`, from `after` on. */
function find(values: unknown[][], label: string, after = 0): number {
  const i = values.findIndex((r, k) => k >= after && r[0] === label);
  if (i < 0) throw new Error(`no row "${label}"`);
  return i;
}

/**
 * A label line's figure: the first number of the row (the label is merged across the columns it needs and
 * the figure follows it, label-lines.ts).
 */
const figure = (values: unknown[][], row: number) => values[row].find((v) => typeof v === 'number');

const blankToNull = (v: unknown) => (v === '' ? null : v);

/** An action's questions, then its work, as runAction does (without the lock). */
function askThenRun<T>(action: Action<T>, ctx: ActionContext): void {
  const input = action.ask ? action.ask(ctx) : (undefined as T);
  if (input !== null) action.run(ctx, input);
}

describe('Generate monthly report', () => {
  test('headline, forecast, ranking and the bottleneck match buildMonthlyReport for the same facts', () => {
    const a = workbook(5, 'ru_RU', ['2026-11', '2026-10']);
    typeNovember(a);
    typeFacts(a, '2026-10', 'm1', 'revenue', [200_000]);
    const ctx = context(a, DEC_3);
    generateReport(ctx, 2026, 11);
    const expected = expectedReport(a, ctx, true);
    const values = a.ss.getSheetByName(TAB)!.getDataRange().getValues();

    // Headline: one row per metric under its header.
    const head = find(values, t('month.metric', 'ru'));
    expected.metrics.forEach((h, i) => {
      const row = values[head + 1 + i];
      expect(row[0]).toBe(labelOr('metric.', h.metric, 'ru'));
      expect(row[1]).toBe(h.plan);
      expect(row[2]).toBeCloseTo(h.fact, 9);
      expect(blankToNull(row[3])).toBeCloseTo(h.completion!, 12);
      // The month is over: plan to date = plan, deviation = fact − plan, forecast = fact, nothing needed
      // where the plan is met and "no days left" where it is not.
      expect(row[4]).toBeCloseTo(h.plan, 6);
      expect(blankToNull(row[5])).toBeCloseTo(h.completion!, 12);
      expect(row[6]).toBeCloseTo(h.fact - h.plan, 6);
      expect(row[6]).toBeCloseTo(h.deviation, 6);
      expect(row[7]).toBeCloseTo(h.fact, 6);
      expect(row[9]).toBe(h.fact >= h.plan ? 0 : t('month.noDaysLeft', 'ru'));
      expect(row[10]).toBe(h.previousFact);
      expect(row[11]).toBeCloseTo(h.change!, 9);
      if (h.changePct === null) expect(row[12]).toBe('');
      else expect(row[12]).toBeCloseTo(h.changePct, 12);
    });
    // Worked numbers: revenue 4 days × (50 + 80 + 80 + 120) thousand = 1 320 000; October 200 000 → +560 %.
    expect(expected.headline.fact).toBe(1_320_000);
    expect(expected.headline.changePct).toBeCloseTo(5.6, 12);

    // Forecast as of the 16th (9 closed working days of 20) against the result.
    const f = find(values, t('rep.forecast', 'ru', { metric: 'Выручка', date: '16.11.2026' }));
    expect(figure(values, f)).toBeCloseTo(expected.forecast!.forecast, 6);
    expect(expected.forecast!.forecast).toBeCloseTo((1_320_000 / 9) * 20, 6);
    expect(figure(values, f + 1)).toBe(expected.forecast!.result);
    expect(figure(values, f + 2)).toBeCloseTo(expected.forecast!.miss, 6);
    expect(figure(values, f + 3)).toBeCloseTo(expected.forecast!.accuracy, 12);

    // Ranking: m4 first, m2 and m3 share the 2nd place, m1, then m5 with nothing.
    const rank = find(values, t('rep.col.rank', 'ru'));
    const ranking = expected.ranking.map((r, i) => {
      const row = values[rank + 1 + i];
      expect(row[0]).toBe(r.rank);
      expect(row[1]).toBe(r.name);
      expect(row[2]).toBe(r.plan);
      expect(row[3]).toBe(r.fact);
      expect(row[4]).toBeCloseTo(r.completion!, 12);
      // A finished month: forecast = fact, so the light is the completion's (m5 sold nothing: red).
      expect(row[7]).toBe(r.fact);
      const { redBelow, amberBelow } = readSettings(ctx, new Problems())!.plan;
      const light = lightOf(r.completion, redBelow, amberBelow)!;
      expect(
        a.ss
          .getSheetByName(TAB)!
          .getRange(rank + 2 + i, 5)
          .getBackground(),
      ).toBe(LIGHTS[light]);
      return [r.rank, r.name];
    });
    expect(ranking).toEqual([
      [1, 'Manager 4'],
      [2, 'Manager 2'],
      [2, 'Manager 3'],
      [4, 'Manager 1'],
      [5, 'Manager 5'],
    ]);

    // Funnel and bottleneck: deals from meetings 5/40 against 30 % → 0.3 × 40 − 5 = 7 deals lost.
    const b = expected.funnel!.team.bottleneck!;
    expect(b.stageName).toBe('Сделки');
    expect(b.dealsAdded).toBeCloseTo(7, 9);
    const stages = find(values, t('rep.col.stage', 'ru'));
    expect(values.slice(stages + 1, stages + 5).map((r) => r[1])).toEqual(expected.funnel!.team.counts);
    expect(values[stages + 4][2]).toBeCloseTo(0.125, 12);
    expect(values[stages + 4][4]).toBeCloseTo(b.dealsAdded, 9);
    // Deals lost read whole, as the sentence below says them (a tenth only below half a deal).
    const sheet = a.ss.getSheetByName(TAB)!;
    expect(sheet.getRange(stages + 5, 5).getNumberFormat()).toBe(FORMAT.dealsLost);
    // The ranking's place centered, apart from the name beside it.
    const rankRow = find(values, t('rep.col.rank', 'ru')) + 2;
    expect(sheet.getRange(rankRow, 1).getHorizontalAlignment()).toBe('center');
    const line = t('rep.bottleneck', 'ru', {
      stage: 'Сделки',
      from: 'Встречи',
      conversion: '12,5\u00a0%',
      benchmark: '30\u00a0%',
      deals: formatNumber(7, 'ru', 1),
    });
    expect(values[stages + 6][0]).toBe(line);

    // Generated date; bonuses not calculated yet.
    expect(values[1][0]).toBe(t('rep.generated', 'ru', { date: '03.12.2026', monthTab: '2026-11' }));
    expect(values.some((r) => r[0] === t('rep.noBonus', 'ru', { tab: 'Премии 2026-11' }))).toBe(true);
  });

  test('charts: plan vs fact (column), cumulative (line), the funnel (bar), each over its table on the tab', () => {
    const a = workbook();
    typeNovember(a);
    generateReport(context(a, DEC_3), 2026, 11);
    const sheet = a.ss.getSheetByName(TAB)!;
    const charts = sheet.getCharts() as unknown as EmbeddedChart[];
    expect(charts.map((c) => c.data.chartType)).toEqual(['COLUMN', 'LINE', 'BAR']);
    const [pvf, cum, fun] = charts.map((c) => c.getRanges()[0].getValues());
    expect(pvf[0]).toEqual(['Сотрудник', 'План', 'Факт']);
    expect(pvf.slice(1).map((r) => r[2])).toEqual([200_000, 320_000, 320_000, 480_000, 0]);
    expect(cum.length).toBe(31);
    expect(cum[30][2]).toBe(1_320_000);
    expect(cum[30][1]).toBe(monthRow(a, '2026-11', MONTH.departmentId, 'revenue').plan);
    expect(fun.slice(1)).toEqual([
      ['Звонки', 600],
      ['Лиды', 80],
      ['Встречи', 40],
      ['Сделки', 5],
    ]);
    expect(charts[0].getOptions().get('title')).toBe('Выручка: план и факт по менеджерам');
  });

  test('a snapshot: values only, money and percent formats; later edits to facts do not change it', () => {
    const a = workbook();
    typeNovember(a);
    generateReport(context(a, DEC_3), 2026, 11);
    const sheet = a.ss.getSheetByName(TAB)!;
    expect(
      sheet
        .getDataRange()
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    const values = sheet.getDataRange().getValues();
    const head = find(values, t('month.metric', 'ru')) + 2;
    expect(sheet.getRange(head, 2).getNumberFormat()).toBe(moneyFormat('RUB'));
    expect(sheet.getRange(head, 4).getNumberFormat()).toBe(FORMAT.completion);
    const before = JSON.stringify(values);
    typeFacts(a, '2026-11', 'm1', 'revenue', [999_999]);
    expect(JSON.stringify(sheet.getDataRange().getValues())).toBe(before);
  });

  test('an open month: the forecast is as of today and the fact is "so far"', () => {
    const a = workbook();
    typeNovember(a);
    const today = dayOf(2026, 11, 20);
    generateReport(context(a, today), 2026, 11);
    const values = a.ss.getSheetByName(TAB)!.getDataRange().getValues();
    expect(values[2][0]).toBe(t('rep.open', 'ru', { date: '20.11.2026' }));
    const f = find(values, t('rep.forecast', 'ru', { metric: 'Выручка', date: '20.11.2026' }));
    expect(figure(values, f)).toBeCloseTo((1_320_000 / 13) * 20, 6);
    expect(values[f + 1][0]).toBe(t('rep.resultSoFar', 'ru'));
    // The cumulative fact line stops at today.
    const cum = (a.ss.getSheetByName(TAB)!.getCharts()[1] as unknown as EmbeddedChart)
      .getRanges()[0]
      .getValues();
    expect(cum[20][2]).toBe(1_320_000);
    expect(cum[21][2]).toBe('');
  });

  test('a Bonus tab made mid-month is marked preliminary in the report; a final one is not', () => {
    const a = workbook();
    typeNovember(a);
    const mid = context(a, dayOf(2026, 11, 20));
    calculateBonuses(mid, 2026, 11);
    generateReport(mid, 2026, 11);
    const note = t('rep.bonusPreliminary', 'ru', { date: '20.11.2026' });
    const flat = () => a.ss.getSheetByName(TAB)!.getDataRange().getValues().flat();
    expect(flat()).toContain(note);
    calculateBonuses(context(a, DEC_3), 2026, 11);
    generateReport(context(a, DEC_3), 2026, 11);
    expect(flat().some((v) => String(v).startsWith(note.slice(0, 14)))).toBe(false);
  });

  test('the bonus fund comes from the Bonus tab when it exists', () => {
    const a = workbook();
    typeNovember(a);
    const ctx = context(a, DEC_3);
    calculateBonuses(ctx, 2026, 11);
    const bonusValues = a.ss.getSheetByName('Премии 2026-11')?.getDataRange().getValues();
    expect(bonusValues).toBeDefined();
    generateReport(ctx, 2026, 11);
    const values = a.ss.getSheetByName(TAB)!.getDataRange().getValues();
    // Independently: the variable pay column of the bonus tab, by id.
    const keys = bonusValues![2].map(String);
    const rows = bonusValues!.slice(4).filter((r) => String(r[keys.indexOf('id')]).match(/^m\d$/));
    const managers = rows.reduce((s, r) => s + Number(r[keys.indexOf('variable')]), 0);
    const headRow = bonusValues!.find((r) => r[1] === t('bonus.sum.head', 'ru'))!;
    const fund = find(values, t('rep.bonusFund', 'ru'));
    const head = Number(headRow.find((v) => typeof v === 'number'));
    expect(figure(values, fund)).toBeCloseTo(managers + head, 6);
    expect(figure(values, fund + 1)).toBeCloseTo(managers, 6);
    expect(figure(values, fund + 2)).toBeCloseTo(head, 6);
    expect(figure(values, fund + 3)).toBeCloseTo((managers + head) / 1_320_000, 12);
    // The ranking shows each manager's bonus.
    const rank = find(values, t('rep.col.rank', 'ru'));
    expect(values[rank][10]).toBe(t('rep.col.bonus', 'ru'));
    const m4 = rows.find((r) => r[keys.indexOf('id')] === 'm4')!;
    expect(values[rank + 1][10]).toBeCloseTo(Number(m4[keys.indexOf('variable')]), 6);
  });

  test('regenerating asks: YES replaces, NO keeps the old one under its date, CLOSE changes nothing', () => {
    const a = workbook();
    typeNovember(a);
    generateReport(context(a, DEC_3), 2026, 11);
    const reportTabs = () =>
      a.ss
        .getSheets()
        .map((s) => s.getName())
        .filter((n) => n.startsWith('Отчёт'));
    // The stamp is a date cell in the spreadsheet's form; the dated tab name keeps the sortable ISO form.
    const stamp = (name: string) =>
      a.ss.getSheetByName(name)!.getRange(REPORT.stampRow, REPORT.stampCol).getDisplayValue();

    a.ss.ui.answer({ button: 'OK', text: '2026-11' }, 'YES');
    askThenRun(reportAction, context(a, dayOf(2026, 12, 4)));
    const ask = a.ss.ui.dialogs.at(-1)!;
    expect(ask.buttons).toBe('YES_NO');
    expect(ask.title).toBe(t('rep.existsTitle', 'ru', { name: TAB }));
    expect(reportTabs()).toEqual([TAB]);
    expect(stamp(TAB)).toBe('04.12.2026');
    expect(a.ss.getSheetByName(TAB)!.getCharts().length).toBe(3);

    a.ss.ui.answer({ button: 'OK', text: '2026-11' }, 'NO');
    askThenRun(reportAction, context(a, dayOf(2026, 12, 5)));
    expect(reportTabs().sort()).toEqual([TAB, `${TAB} (2026-12-04)`]);
    expect(stamp(TAB)).toBe('05.12.2026');
    expect(stamp(`${TAB} (2026-12-04)`)).toBe('04.12.2026');
    expect(a.ss.getSheetByName(`${TAB} (2026-12-04)`)!.getCharts().length).toBe(3);

    const before = snapshot(a.ss);
    a.ss.ui.answer({ button: 'OK', text: '2026-11' }, 'CLOSE');
    askThenRun(reportAction, context(a, dayOf(2026, 12, 6)));
    expect(snapshot(a.ss)).toBe(before);
  });

  test('the menu path asks for the month; without the month tab a dialog says so and nothing is written', () => {
    const a = workbook(5, 'ru_RU', []);
    const before = snapshot(a.ss);
    a.ss.ui.answer({ button: 'OK', text: '2026-11' });
    askThenRun(reportAction, context(a, DEC_3));
    expect(a.ss.ui.dialogs.at(-2)?.title).toBe(t('menu.report', 'ru'));
    expect(a.ss.ui.dialogs.at(-1)?.message).toBe(t('rep.noMonth', 'ru', { month: '2026-11' }));
    expect(snapshot(a.ss)).toBe(before);

    createMonth(a);
    a.ss.ui.answer({ button: 'OK', text: '2026-11' });
    askThenRun(reportAction, context(a, DEC_3));
    expect(a.ss.getSheetByName(TAB)).not.toBeNull();
    // No October tab: the report says there is nothing to compare with.
    const values = a.ss.getSheetByName(TAB)!.getDataRange().getValues();
    expect(values.some((r) => r[0] === t('rep.noPrevious', 'ru', { month: '2026-10' }))).toBe(true);
  });

  test('bad settings: one dialog listing the problems, nothing written', () => {
    const a = workbook();
    a.ss.getSheetByName('Команда')!.getRange('G3').setValue('много');
    const before = snapshot(a.ss);
    generateReport(context(a, DEC_3), 2026, 11);
    expect(flatText(a.ss.ui.dialogs.at(-1)?.message ?? '')).toContain('Команда!G3');
    expect(snapshot(a.ss)).toBe(before);
  });

  test('in English: the tab "Report 2026-11" with English texts', () => {
    const a = workbook(5, 'en_US');
    generateReport(context(a, DEC_3, 'en'), 2026, 11);
    const values = a.ss.getSheetByName('Report 2026-11')!.getDataRange().getValues();
    expect(values[0][0]).toBe('Sales report: November 2026');
    expect(values.some((r) => r[0] === 'Headline')).toBe(true);
  });

  test('mid-month, a manager back from vacation: forecast, needed per day, plan to date and light on own days', () => {
    // Manager 2 is on vacation 9–13 November; today is Friday 20 November. November 2026 has 20 working
    // days (the 4th is a holiday); Manager 2 has 15 of them, 8 before today (2, 3, 5, 6, 16–19) and 7 left
    // (20, 23–27, 30). 100 000 a day on those 8 days, and 30 000 typed today already.
    const a = workbook();
    a.ss
      .getSheetByName('Календарь')!
      .getRange('G4:J4')
      .setValues([['Manager 2', serialOf(dayOf(2026, 11, 9)), serialOf(dayOf(2026, 11, 13)), 'Отпуск']]);
    createMonth(a);
    typeNovember(a);
    const m2 = new Array<number>(30).fill(0);
    for (const d of [2, 3, 5, 6, 16, 17, 18, 19]) m2[d - 1] = 100_000;
    m2[19] = 30_000;
    typeFacts(a, '2026-11', 'm2', 'revenue', m2);
    const today = dayOf(2026, 11, 20);
    const ctx = context(a, today);
    generateReport(ctx, 2026, 11);
    const { redBelow, amberBelow } = readSettings(ctx, new Problems())!.plan;

    // The core's rules on Manager 2's own days as the month tab holds them.
    const monthValues = a.ss.getSheetByName('2026-11')!.getDataRange().getValues();
    const figures = readMonthFigures(monthValues, monthStructure(monthValues, '2026-11'));
    const own = figures.own.get('m2')!;
    const cal = makeCalendar('RU');
    const vacation = (d: number) => d >= dayOf(2026, 11, 9) && d <= dayOf(2026, 11, 13);
    expect(own.present).toEqual(figures.days.map((d) => (cal.isWorkday(d) && !vacation(d) ? 1 : 0)));
    const { row: m2Row, plan } = monthRow(a, '2026-11', 'm2', 'revenue');
    const pace = ownPace({ from: figures.days[0], ...own }, today, plan, m2);
    expect([pace.total, pace.elapsed, pace.remaining]).toEqual([15, 8, 7]);
    expect(pace.forecast).toBe((800_000 / 8) * 15);
    expect(pace.needed).toBeCloseTo((plan - 830_000) / 7, 6);

    // The report's ranking row of Manager 2.
    const sheet = a.ss.getSheetByName(TAB)!;
    const values = sheet.getDataRange().getValues();
    const rank = find(values, t('rep.col.rank', 'ru'));
    const i = values.findIndex((r, k) => k > rank && r[1] === 'Manager 2');
    const row = values[i];
    expect(row[2]).toBe(plan);
    expect(row[3]).toBe(830_000);
    expect(row[5]).toBeCloseTo(pace.planToDate, 6);
    expect(row[6]).toBeCloseTo(pace.completionToDate!, 12);
    expect(row[7]).toBeCloseTo(pace.forecast!, 6);
    expect(row[8]).toBeCloseTo(pace.forecastCompletion!, 12);
    expect(row[9]).toBeCloseTo(pace.needed!, 6);

    // The same numbers and the same light as the month tab (its conditional rule: forecast ÷ plan).
    const tabRow = monthValues[m2Row - 1];
    expect(tabRow[MONTH.col.forecast - 1]).toBeCloseTo(row[7] as number, 6);
    expect(tabRow[MONTH.col.planToDate - 1]).toBeCloseTo(row[5] as number, 6);
    expect(tabRow[MONTH.col.pace - 1]).toBeCloseTo(row[9] as number, 6);
    const light = lightOf(
      Number(tabRow[MONTH.col.forecast - 1]) / Number(tabRow[MONTH.col.plan - 1]),
      redBelow,
      amberBelow,
    )!;
    expect(light).toBe(lightOf(pace.forecastCompletion, redBelow, amberBelow));
    const backgrounds = sheet.getRange(i + 1, 5, 1, 6).getBackgrounds()[0];
    expect(backgrounds).toEqual(new Array(6).fill(LIGHTS[light]));
    // The old rule (month-to-date completion against the whole plan) would have shown red.
    expect(lightOf(830_000 / plan, redBelow, amberBelow)).toBe('red');
    expect(light).not.toBe('red');

    // The department's revenue headline: the sum of its people, as on the month tab's department row.
    const dept = monthValues[monthRow(a, '2026-11', MONTH.departmentId, 'revenue').row - 1];
    const head = values[find(values, t('month.metric', 'ru')) + 1];
    expect(head[0]).toBe('Выручка');
    expect(head[4]).toBeCloseTo(Number(dept[MONTH.col.planToDate - 1]), 6);
    expect(head[7]).toBeCloseTo(Number(dept[MONTH.col.forecast - 1]), 6);
    expect(head[9]).toBeCloseTo(Number(dept[MONTH.col.pace - 1]), 6);
    const deptLight = lightOf(
      Number(dept[MONTH.col.forecast - 1]) / Number(dept[MONTH.col.plan - 1]),
      redBelow,
      amberBelow,
    )!;
    expect(sheet.getRange(find(values, t('month.metric', 'ru')) + 2, 8).getBackground()).toBe(
      LIGHTS[deptLight],
    );
  });

  test('the same number of service calls for 5 and for 50 managers', () => {
    const calls = (team: number) => {
      const a = workbook(team, 'ru_RU', ['2026-11', '2026-10']);
      typeFacts(a, '2026-11', 'm1', 'revenue', [1000, 2000, 3000]);
      a.ss.counter.reset();
      generateReport(context(a, DEC_3), 2026, 11);
      expect(a.ss.getSheetByName(TAB)!.getCharts().length).toBe(3);
      return a.ss.counter.byMethod();
    };
    const five = calls(5);
    expect(calls(50)).toEqual(five);
  });
});
