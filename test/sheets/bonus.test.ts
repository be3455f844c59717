import { type Addon, openAddon } from '../../local/addon';
import {
  type BonusInput,
  evaluateScheme,
  nextSteps,
  type Scheme,
  splitPool,
  tieredCommission,
} from '../../src/core/bonus';
import { FORMAT, moneyFormat } from '../../src/sheets/formats';
import { MONTH } from '../../src/sheets/month-layout';
import { flatText } from '../helpers/problems-dialog';
import { createMonth, preparedWorkbook, snapshot } from '../helpers/workbook';

function workbook(team?: number, locale = 'ru_RU', today = '2026-11-20'): Addon {
  const a = openAddon({ locale, today });
  preparedWorkbook(a, team);
  // These tests are about schemes: the example contests' prizes (bonus-prizes.test.ts) would add to the pay.
  a.ss.deleteSheet(a.ss.getSheetByName(locale === 'ru_RU' ? 'Конкурсы' : 'Contests')!);
  a.call('menuDecompose');
  createMonth(a);
  return a;
}

function calculate(a: Addon, month = '2026-11'): void {
  a.ss.ui.answer({ button: 'OK', text: month });
  a.call('menuBonuses');
}

/** Types `fact` into the first day cell of the row (id, metric) of the month tab; returns that row's plan. */
function typeFact(
  a: Addon,
  id: string,
  metric: string,
  fact: number | ((plan: number) => number),
  day = 2,
): number {
  const sheet = a.ss.getSheetByName('2026-11')!;
  const values = sheet.getDataRange().getValues();
  const r = values.findIndex((row) => row[MONTH.col.id - 1] === id && row[MONTH.col.metric - 1] === metric);
  if (r < 0) throw new Error(`no row ${id}/${metric}`);
  const plan = Number(values[r][MONTH.col.plan - 1]);
  const keys = values[MONTH.keyRow - 1];
  const col = keys.indexOf(`2026-11-${String(day).padStart(2, '0')}`);
  if (col < 0) throw new Error(`no day column 2026-11-${day}`);
  sheet.getRange(r + 1, col + 1).setValue(typeof fact === 'function' ? fact(plan) : fact);
  return plan;
}

const LINES = ['trail', 'nextStep'];

/** The bonus tab as records by its hidden key row. */
function bonusRows(a: Addon, tab = 'Премии 2026-11') {
  const range = a.ss.getSheetByName(tab)!.getDataRange();
  const values = range.getValues();
  const notes = range.getNotes();
  const keys = values[2].map(String);
  const rows = values.slice(4).filter((r) => r[0] !== '');
  // The trail and the next steps show their first line; all their lines are in the cell's note.
  const get = (r: unknown[], key: string) =>
    (LINES.includes(key) && notes[values.indexOf(r)][keys.indexOf(key)]) || r[keys.indexOf(key)];
  return { values, keys, rows, get, byId: (id: string) => rows.find((r) => r[0] === id)! };
}

const S1_TIERS = [
  { from: 0, rate: 0.02 },
  { from: 2_000_000, rate: 0.04 },
  { from: 3_000_000, rate: 0.06 },
];

describe('Calculate bonuses for a month', () => {
  test('pays each person by their scheme: S1 tiers with the 80 % gate, S2 target and KPI, the head on the department', () => {
    const a = workbook();
    const plan1 = typeFact(a, 'm1', 'revenue', (p) => Math.round(p * 0.9));
    const plan2 = typeFact(a, 'm2', 'revenue', (p) => Math.round(p * 0.7));
    typeFact(a, 'm3', 'revenue', (p) => Math.round(p * 1.3));
    typeFact(a, 'm3', 'deals', (p) => p);
    typeFact(a, 'm3', 'calls', (p) => p);
    calculate(a);
    expect(a.ss.ui.dialogs.filter((d) => d.kind === 'alert')).toEqual([]);
    const tab = bonusRows(a);
    expect(tab.rows.map((r) => r[0])).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'h1']);

    // m1 (S1): 90 % of plan passes the gate: salary 60 000 + marginal tiers on the fact
    const m1 = tab.byId('m1');
    const fact1 = Math.round(plan1 * 0.9);
    expect(tab.get(m1, 'fact')).toBe(fact1);
    expect(tab.get(m1, 'attainment')).toBeCloseTo(fact1 / plan1, 10);
    expect(tab.get(m1, 'kind.salary')).toBe(60_000);
    expect(tab.get(m1, 'kind.tiered')).toBe(tieredCommission(fact1, S1_TIERS, 'marginal'));
    expect(tab.get(m1, 'total')).toBe(60_000 + tieredCommission(fact1, S1_TIERS, 'marginal'));
    expect(String(tab.get(m1, 'trail'))).toMatch(
      /2\s000\s000 × 2\s% = 40\s000,00\s₽ \(от 0 до 2\s000\s000\)/,
    );

    // m2 (S1): 70 % is below the gate: salary only, and the trail says why; on vacation 9–13 Nov, 15 of
    // the month's 20 working days: the salary for the days worked, 50 000 × 15 / 20
    const m2 = tab.byId('m2');
    expect(plan2).toBeGreaterThan(0);
    expect(tab.get(m2, 'kind.tiered')).toBe(0);
    expect(tab.get(m2, 'total')).toBe(37_500);
    expect(String(tab.get(m2, 'trail'))).toMatch(/ниже порога 80\s%/);
    expect(String(tab.get(m2, 'trail'))).toContain(
      'Оклад 50\u00a0000 × 15 / 20 = 37\u00a0500,00\u00a0₽ (предварительно: 15 своих рабочих дней по графику из 20 рабочих дней месяца)',
    );

    // m3 (S2): 130 % → target 50 000 × (1 + 0.3 × 1.5) = 72 500; KPIs on plan → 10 000
    const m3 = tab.byId('m3');
    expect(tab.get(m3, 'kind.target')).toBeCloseTo(72_500, 0);
    expect(tab.get(m3, 'kind.kpi')).toBe(10_000);

    // the department misses its plan: no pool, and the head's variable pay is 0
    expect(tab.get(tab.byId('m1'), 'kind.pool')).toBe(0);
    const head = tab.byId('h1');
    expect(tab.get(head, 'kind.salary')).toBe(120_000);
    expect(tab.get(head, 'variable')).toBe(0);

    // totals: the fund is Σ totals and its share of the department's revenue
    // (each label merged across the columns it needs, its figure the first number after it)
    const summary = tab.values.findIndex((r) => r[1] === 'Итоги');
    const fund = tab.rows.reduce((s, r) => s + Number(tab.get(r, 'total')), 0);
    const figure = (k: number) => tab.values[summary + k].find((v) => typeof v === 'number');
    expect(figure(1)).toBeCloseTo(fund, 2);
    const revenue = Number(figure(4));
    expect(figure(5)).toBeCloseTo(fund / revenue, 10);
  });

  test('a department over plan pays the pool, split to the kopeck among those who met their own plan', () => {
    const a = workbook();
    const facts: Record<string, number> = {};
    for (const [id, k] of [
      ['m1', 1.5],
      ['m2', 1.2],
      ['m3', 0.9],
      ['m4', 1.7],
      ['m5', 1.1],
    ] as [string, number][]) {
      const plan = typeFact(a, id, 'revenue', (p) => Math.round(p * k));
      facts[id] = Math.round(plan * k);
      facts[`${id}.plan`] = plan;
    }
    calculate(a);
    const tab = bonusRows(a);
    const ids = ['m1', 'm2', 'm3', 'm4', 'm5'];
    const shares = splitPool(
      50_000,
      ids.map((id) => facts[`${id}.plan`]),
      ids.map((id) => facts[id]),
    );
    expect(ids.map((id) => tab.get(tab.byId(id), 'kind.pool'))).toEqual(shares);
    expect(ids.reduce((s, id) => s + Number(tab.get(tab.byId(id), 'kind.pool')), 0)).toBeCloseTo(50_000, 6);
    expect(shares[2]).toBe(0);
    // the head: 5 % of the department's revenue above plan
    const head = tab.byId('h1');
    const deptPlan = Number(tab.get(head, 'plan'));
    const deptFact = Number(tab.get(head, 'fact'));
    expect(deptFact).toBeGreaterThan(deptPlan);
    expect(tab.get(head, 'kind.tiered')).toBeCloseTo((deptFact - deptPlan) * 0.05, 2);
  });

  test('a name that looks like a formula stays text; the tab is protected with a warning and frozen', () => {
    const a = workbook();
    a.ss.getSheetByName('Команда')!.getRange('B2').setValue('\'=HYPERLINK("x")');
    calculate(a);
    const sheet = a.ss.getSheetByName('Премии 2026-11')!;
    const tab = bonusRows(a);
    const r = tab.rows.findIndex((row) => row[0] === 'm1') + 5;
    expect(sheet.getRange(r, 2).getValue()).toBe('=HYPERLINK("x")');
    expect(sheet.getRange(r, 2).getFormula()).toBe('');
    expect(sheet.getFrozenRows()).toBe(4);
    const protections = sheet.getProtections('RANGE');
    expect(protections.length).toBe(1);
    expect(protections[0].isWarningOnly()).toBe(true);
    expect(sheet.getRange(r, tab.keys.indexOf('trail') + 1).getWrap()).toBe(true);
    expect(sheet.getRange(r, tab.keys.indexOf('total') + 1).getNumberFormat()).toBe(moneyFormat('RUB', 2));
    expect(sheet.getRange(r, tab.keys.indexOf('attainment') + 1).getNumberFormat()).toBe(FORMAT.completion);
  });

  test('bad settings: one dialog with every problem at its cell, and the workbook unchanged', () => {
    const a = workbook();
    a.ss.getSheetByName('Команда')!.getRange('I3').setValue('S9');
    a.ss.getSheetByName('Мотивация')!.getRange('G3').setValue('0 → 3 %; 500 000 → 5 %; 400 000 → 7 %');
    a.ss.getSheetByName('Мотивация')!.getRange('H2').setValue('много');
    const before = snapshot(a.ss);
    calculate(a);
    expect(snapshot(a.ss)).toBe(before);
    const alerts = a.ss.ui.dialogs.filter((d) => d.kind === 'alert');
    expect(alerts.length).toBe(1);
    const flat = flatText(alerts[0].message);
    expect(flat).toContain('Мотивация!H2: «Ставка / вес»: «много» не процент');
    expect(flat).toContain(
      'Мотивация!G3: ступень №3 начинается с 400\u00a0000, ниже ступени №2 (500\u00a0000): пороги должны возрастать',
    );
    expect(alerts[0].message).not.toContain('{text}');
    expect(flat).toContain('Команда!I3: ');
    expect(alerts[0].message).toContain('«S9»');
    expect(alerts[0].message).toContain('Ничего не записано.');
  });

  test('a new version of a scheme from a month: November keeps the old rows, and a scheme id in any case', () => {
    const a = workbook();
    const plan1 = typeFact(a, 'm1', 'revenue', (p) => Math.round(p * 0.9));
    const mot = a.ss.getSheetByName('Мотивация')!;
    const row = mot.getLastRow() + 1;
    const cols = mot.getRange(1, 1, 1, mot.getLastColumn()).getValues()[0].map(String);
    const at = (title: string) => cols.indexOf(title) + 1;
    // S1 from December: salary only (written in lower case, dated any day of the month)
    mot.getRange(row, at('Код схемы')).setValue('s1');
    mot.getRange(row, at('Компонент')).setValue('оклад');
    mot.getRange(row, at('Действует с')).setValue('15.12.2026');
    a.ss.getSheetByName('Команда')!.getRange('I2').setValue(' s1 ');
    calculate(a);
    expect(a.ss.ui.dialogs.filter((d) => d.kind === 'alert')).toEqual([]);
    const tab = bonusRows(a);
    const fact1 = Math.round(plan1 * 0.9);
    expect(tab.get(tab.byId('m1'), 'kind.tiered')).toBe(tieredCommission(fact1, S1_TIERS, 'marginal'));
    createMonth(a, '2026-12');
    calculate(a, '2026-12');
    const december = bonusRows(a, 'Премии 2026-12');
    expect(december.get(december.byId('m1'), 'kind.salary')).toBe(60_000);
    expect(december.get(december.byId('m1'), 'kind.tiered')).toBe('');
    expect(december.get(december.byId('m1'), 'kind.pool')).toBe('');
  });

  test('a month without its plan/fact tab asks to create it first', () => {
    const a = workbook(undefined, 'en_US');
    calculate(a, '10.2026');
    const alerts = a.ss.ui.dialogs.filter((d) => d.kind === 'alert');
    expect(alerts.length).toBe(1);
    expect(flatText(alerts[0].message)).toContain('2026-10: the tab "2026-10" is missing');
    expect(a.ss.getSheetByName('Bonus 2026-10')).toBeNull();
  });

  test('English workbook: the tab is "Bonus 2026-11" with English headers', () => {
    const a = workbook(undefined, 'en_US');
    calculate(a);
    const values = a.ss.getSheetByName('Bonus 2026-11')!.getDataRange().getValues();
    expect(values[3].slice(1, 4)).toEqual(['Name', 'Role', 'Scheme']);
    expect(values[0][1]).toBe('Bonuses for November 2026 — preliminary, as of 20 Nov 2026');
  });

  test('the same number of service calls for 5 and for 50 managers', () => {
    const calls = (n: number) => {
      const a = workbook(n);
      a.ss.counter.reset();
      calculate(a);
      expect(a.ss.ui.dialogs.filter((d) => d.kind === 'alert')).toEqual([]);
      expect(bonusRows(a).rows.length).toBe(n + 1);
      return a.ss.counter.byMethod();
    };
    expect(calls(50)).toEqual(calls(5));
  });
});

/** S1 as the Motivation tab's example describes it: salary, marginal tiers behind an 80 % gate, the team pool. */
const S1: Scheme = {
  id: 'S1',
  name: 'S1',
  components: [
    { kind: 'salary' },
    {
      kind: 'tiered',
      metric: 'revenue',
      by: 'amount',
      mode: 'marginal',
      tiers: S1_TIERS,
      gate: { metric: 'revenue', min: 0.8 },
    },
    { kind: 'pool', metric: 'revenue', amount: 50_000, threshold: 1 },
  ],
};

/** The Plan tab's value cell of a key. */
function planCell(a: Addon, key: string) {
  const plan = a.ss.getSheetByName('План')!;
  const row = plan
    .getDataRange()
    .getValues()
    .findIndex((r) => r[0] === key);
  if (row < 0) throw new Error(`no Plan key ${key}`);
  return plan.getRange(row + 1, 3);
}

describe('mid-month the Bonus tab is a forecast; after the month it is final', () => {
  // November 2026 (RU): 20 working days (4 Nov is a holiday); on the 20th, 13 of them have passed.
  // m2 is on vacation 9–13 Nov (the Calendar tab's example): 15 own days, 8 of them passed.
  test('on 20 Nov: "preliminary, as of", the bonus at the fact and at the forecast, what is missing to the next step', () => {
    const a = workbook();
    const plan1 = typeFact(a, 'm1', 'revenue', (p) => Math.round(p * 0.65));
    const fact1 = Math.round(plan1 * 0.65);
    typeFact(a, 'm2', 'revenue', 800_000, 3);
    calculate(a);
    expect(a.ss.ui.dialogs.filter((d) => d.kind === 'alert')).toEqual([]);
    const tab = bonusRows(a);
    expect(tab.values[0][1]).toBe('Премии за ноябрь 2026 — предварительно, на 20.11.2026');
    expect(tab.values[0][0]).toBe('preliminary');
    expect(tab.values[1][0]).toBe('2026-11-20');
    expect(String(tab.values[1][1])).toMatch(/^Месяц не закончен: это прогноз/);
    // the keys the Report reads are kept; the forecast ones are added
    for (const key of ['id', 'total', 'variable', 'trail', 'forecastFact', 'forecastTotal', 'nextStep'])
      expect(tab.keys).toContain(key);

    // m1: at the fact 65 % is below the 80 % gate; the forecast on own days is fact ÷ 13 × 20 (100 %)
    const m1 = tab.byId('m1');
    const forecast1 = (fact1 / 13) * 20;
    expect(tab.get(m1, 'total')).toBe(60_000);
    expect(tab.get(m1, 'forecastFact')).toBeCloseTo(forecast1, 6);
    const head = tab.byId('h1');
    const deptPlan = Number(tab.get(head, 'plan'));
    // the same engine on forecast facts: the department's forecast is the sum of its people's
    // (m1's, m2's 800 000 ÷ 8 × 15 = 1 500 000, the others sold nothing)
    expect(tab.get(tab.byId('m2'), 'forecastFact')).toBe(1_500_000);
    expect(tab.get(head, 'forecastFact')).toBeCloseTo(forecast1 + 1_500_000, 4);
    const input: BonusInput = {
      plan: { revenue: plan1 },
      fact: { revenue: forecast1 },
      salary: 60_000,
      department: { plan: { revenue: deptPlan }, fact: { revenue: forecast1 + 1_500_000 } },
      managerId: 'm1',
    };
    const expected = evaluateScheme(S1, input);
    expect(expected.total).toBe(60_000 + tieredCommission(forecast1, S1_TIERS, 'marginal'));
    expect(tab.get(m1, 'forecastTotal')).toBe(expected.total);
    expect(tab.get(m1, 'forecastVariable')).toBe(expected.variable);
    // what the fact so far misses: the gate at 80 %, the next tier, the pool, one's own plan
    const steps = nextSteps(S1, {
      ...input,
      fact: { revenue: fact1 },
      department: { plan: { revenue: deptPlan }, fact: { revenue: fact1 + 800_000 } },
    });
    expect(steps.map((x) => x.reach.type)).toEqual(['gate', 'tier', 'pool', 'poolShare']);
    const money = (n: number) =>
      Math.ceil(n - 1e-9)
        .toLocaleString('ru-RU')
        .replace(/\s/g, '\u00a0');
    const text = String(tab.get(m1, 'nextStep'));
    expect(text).toContain(`+${money(0.8 * plan1 - fact1)} ₽ до порога 80\u00a0% плана`);
    const tier = S1_TIERS.find((x) => x.from > fact1)!;
    expect(text).toContain(`+${money(tier.from - fact1)} ₽ до ставки ${tier.rate * 100}\u00a0%`);
    expect(text).toContain(`отделу +${money(deptPlan - fact1 - 800_000)} ₽ до командного фонда`);
    // the forecast's calculation is the cell's note
    const sheet = a.ss.getSheetByName('Премии 2026-11')!;
    const r = tab.rows.indexOf(m1) + 5;
    expect(sheet.getRange(r, tab.keys.indexOf('forecastTotal') + 1).getNote()).toContain('Итого =');
    // the head: the department's figures; the summary adds the fund at the forecast
    expect(tab.get(head, 'forecastTotal')).toBe(120_000);
    const fundForecast = tab.values.find((row) => row[1] === 'Фонд оплаты по прогнозу')!;
    const forecastSum = tab.rows.reduce((sum, row) => sum + Number(tab.get(row, 'forecastTotal') || 0), 0);
    expect(fundForecast.find((v) => typeof v === 'number')).toBeCloseTo(forecastSum, 2);
  });

  test('after the month ends: final, no forecast columns, the salary for the days worked', () => {
    const a = workbook(undefined, 'ru_RU', '2026-12-05');
    typeFact(a, 'm1', 'revenue', (p) => Math.round(p * 0.9));
    calculate(a);
    expect(a.ss.ui.dialogs.filter((d) => d.kind === 'alert')).toEqual([]);
    const tab = bonusRows(a);
    expect(tab.values[0][1]).toBe('Премии за ноябрь 2026');
    expect(tab.values[0][0]).toBe('final');
    expect(tab.keys).not.toContain('forecastTotal');
    expect(tab.keys).not.toContain('nextStep');
    const m2 = tab.byId('m2');
    expect(tab.get(m2, 'kind.salary')).toBe(37_500);
    expect(String(tab.get(m2, 'trail'))).toContain(
      '(оклад пропорционально отработанному времени: 15 из 20 рабочих дней месяца)',
    );
    // a full month worked: the salary whole, and no proration line
    expect(tab.get(tab.byId('m1'), 'kind.salary')).toBe(60_000);
    expect(String(tab.get(tab.byId('m1'), 'trail'))).toContain('Оклад = 60\u00a0000,00');
    expect(tab.get(tab.byId('h1'), 'kind.salary')).toBe(120_000);
  });

  test('salary 60 000, 20 working days, 5 of them on vacation → 45 000; with the setting off → 60 000', () => {
    const a = workbook(undefined, 'ru_RU', '2026-12-05');
    a.ss.getSheetByName('Команда')!.getRange('H3').setValue(60_000);
    calculate(a);
    expect(bonusRows(a).get(bonusRows(a).byId('m2'), 'kind.salary')).toBe(45_000);
    expect(planCell(a, 'prorateSalary').getValue()).toBe(true);
    planCell(a, 'prorateSalary').setValue(false);
    calculate(a);
    const tab = bonusRows(a);
    expect(tab.get(tab.byId('m2'), 'kind.salary')).toBe(60_000);
    expect(String(tab.get(tab.byId('m2'), 'trail'))).not.toContain('пропорционально');
  });
});
