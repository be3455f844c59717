import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Addon, openAddon } from '../../local/addon';
import { splitPool, tieredCommission } from '../../src/core/bonus';
import { MONTH } from '../../src/sheets/month-layout';
import { createMonth, preparedWorkbook, snapshot } from '../helpers/workbook';

/**
 * The add-on bundle plus one global that runs the bonus action, built the way `npm run build` builds
 * dist/Code.js (menuBonuses is wired in src/index.ts by the lead; this does not depend on it).
 */
let code: string | undefined;
function bundle(): string {
  if (code) return code;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-bonus-'));
  const src = path.resolve(__dirname, '../../src');
  const entry = path.join(dir, 'entry.ts');
  fs.writeFileSync(
    entry,
    [
      `export * from ${JSON.stringify(path.join(src, 'index'))};`,
      `import { runAction } from ${JSON.stringify(path.join(src, 'sheets/context'))};`,
      `import { bonusAction } from ${JSON.stringify(path.join(src, 'sheets/actions/bonus'))};`,
      '/** Menu: calculate bonuses (test entry). */',
      'export function menuBonusesUnderTest(): void { runAction(bonusAction); }',
    ].join('\n'),
  );
  const { build } = require('../../scripts/build.js') as {
    build: (o: { entry: string; outDir: string; quiet: boolean }) => unknown;
  };
  build({ entry, outDir: path.join(dir, 'dist'), quiet: true });
  code = fs.readFileSync(path.join(dir, 'dist', 'Code.js'), 'utf8');
  return code;
}

function workbook(team?: number, locale = 'ru_RU'): Addon {
  const a = openAddon({ locale, today: '2026-11-20', code: bundle() });
  preparedWorkbook(a, team);
  a.call('menuDecompose');
  createMonth(a);
  return a;
}

function calculate(a: Addon, month = '2026-11'): void {
  a.ss.ui.answer({ button: 'OK', text: month });
  a.call('menuBonusesUnderTest');
}

/** Types `fact` into the first day cell of the row (id, metric) of the month tab; returns that row's plan. */
function typeFact(a: Addon, id: string, metric: string, fact: number | ((plan: number) => number)): number {
  const sheet = a.ss.getSheetByName('2026-11')!;
  const values = sheet.getDataRange().getValues();
  const r = values.findIndex((row) => row[MONTH.col.id - 1] === id && row[MONTH.col.metric - 1] === metric);
  if (r < 0) throw new Error(`no row ${id}/${metric}`);
  const plan = Number(values[r][MONTH.col.plan - 1]);
  sheet.getRange(r + 1, MONTH.firstDayCol + 1).setValue(typeof fact === 'function' ? fact(plan) : fact);
  return plan;
}

/** The bonus tab as records by its hidden key row. */
function bonusRows(a: Addon, tab = 'Премии 2026-11') {
  const values = a.ss.getSheetByName(tab)!.getDataRange().getValues();
  const keys = values[2].map(String);
  const rows = values.slice(4).filter((r) => r[0] !== '');
  const get = (r: unknown[], key: string) => r[keys.indexOf(key)];
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
    expect(String(tab.get(m1, 'trail'))).toMatch(/2\s000\s000 × 2\s% = 40\s000,00 \(от 0 до 2\s000\s000\)/);

    // m2 (S1): 70 % is below the gate: salary only, and the trail says why
    const m2 = tab.byId('m2');
    expect(plan2).toBeGreaterThan(0);
    expect(tab.get(m2, 'kind.tiered')).toBe(0);
    expect(tab.get(m2, 'total')).toBe(50_000);
    expect(String(tab.get(m2, 'trail'))).toMatch(/ниже порога 80\s%/);

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
    const summary = tab.values.findIndex((r) => r[1] === 'Итоги');
    const fund = tab.rows.reduce((s, r) => s + Number(tab.get(r, 'total')), 0);
    expect(tab.values[summary + 1][2]).toBeCloseTo(fund, 2);
    const revenue = Number(tab.values[summary + 4][2]);
    expect(tab.values[summary + 5][2]).toBeCloseTo(fund / revenue, 10);
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
    expect(sheet.getRange(r, tab.keys.indexOf('total') + 1).getNumberFormat()).toBe('#,##0.00');
    expect(sheet.getRange(r, tab.keys.indexOf('attainment') + 1).getNumberFormat()).toBe('0.0%');
  });

  test('bad settings: one dialog with every problem at its cell, and the workbook unchanged', () => {
    const a = workbook();
    a.ss.getSheetByName('Команда')!.getRange('I3').setValue('S9');
    a.ss.getSheetByName('Мотивация')!.getRange('H3').setValue('0 → 3 %; 500 000 → 5 %; 400 000 → 7 %');
    a.ss.getSheetByName('Мотивация')!.getRange('I2').setValue('много');
    const before = snapshot(a.ss);
    calculate(a);
    expect(snapshot(a.ss)).toBe(before);
    const alerts = a.ss.ui.dialogs.filter((d) => d.kind === 'alert');
    expect(alerts.length).toBe(1);
    expect(alerts[0].message).toContain('Мотивация!I2: «Ставка»: «много» не процент');
    expect(alerts[0].message).toContain(
      'Мотивация!H3: Схема «Оклад + ступенчатый процент», компонент 2 (ступени): ступень №3 начинается с 400',
    );
    expect(alerts[0].message).toContain('Команда!I3: ');
    expect(alerts[0].message).toContain('«S9»');
    expect(alerts[0].message).toContain('Ничего не записано.');
  });

  test('a month without its plan/fact tab asks to create it first', () => {
    const a = workbook(undefined, 'en_US');
    calculate(a, '10.2026');
    const alerts = a.ss.ui.dialogs.filter((d) => d.kind === 'alert');
    expect(alerts.length).toBe(1);
    expect(alerts[0].message).toContain('2026-10: the tab "2026-10" is missing');
    expect(a.ss.getSheetByName('Bonus 2026-10')).toBeNull();
  });

  test('English workbook: the tab is "Bonus 2026-11" with English headers', () => {
    const a = workbook(undefined, 'en_US');
    calculate(a);
    const values = a.ss.getSheetByName('Bonus 2026-11')!.getDataRange().getValues();
    expect(values[3].slice(1, 4)).toEqual(['Name', 'Role', 'Scheme']);
    expect(values[0][1]).toBe('Bonuses for November 2026');
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
