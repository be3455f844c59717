import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateScheme } from '../../../src/core/bonus/evaluate';
import { tierLines } from '../../../src/core/bonus/tiers';
import { validateScheme } from '../../../src/core/bonus/validate';
import { messageOf, messages, tCode } from '../../../src/i18n';
import { componentLabel, renderTrail, renderTrailLine } from '../../../src/i18n/trail';

const NBSP = '\u00a0';
const plain = (s: string) => s.split(NBSP).join(' ');

describe('trail rendering', () => {
  const salaryTiers = {
    id: 'ms',
    name: 'Менеджер',
    components: [
      { kind: 'salary' as const, amount: 50_000 },
      {
        kind: 'tiered' as const,
        metric: 'revenue',
        by: 'attainment' as const,
        mode: 'retro' as const,
        tiers: [
          { from: 0.8, rate: 0.05, salaryRate: 0.1 },
          { from: 1, rate: 0.07, salaryRate: 0.15 },
        ],
      },
    ],
  };
  const r = evaluateScheme(salaryTiers, { plan: { revenue: 100_000 }, fact: { revenue: 130_000 } });

  test('Russian', () => {
    expect(renderTrail(r.trail, 'ru').map(plain)).toEqual([
      'Оклад = 50 000,00',
      'Выручка: план 100 000, факт 130 000, выполнение 130 %',
      'Оклад 50 000 × 15 % = 7 500,00 (выполнение от 100 % плана)',
      '130 000 × 7 % = 9 100,00 (выполнение от 100 % плана)',
    ]);
    expect(r.components.map((c) => componentLabel(c.label, 'ru'))).toEqual(['Оклад', 'Ступенчатая шкала']);
  });

  test("with the plan's currency every amount carries its sign, as the money cells beside it do", () => {
    expect(renderTrail(r.trail, 'ru', 'RUB').map(plain)).toEqual([
      'Оклад = 50 000,00 ₽',
      'Выручка: план 100 000, факт 130 000, выполнение 130 %',
      'Оклад 50 000 × 15 % = 7 500,00 ₽ (выполнение от 100 % плана)',
      '130 000 × 7 % = 9 100,00 ₽ (выполнение от 100 % плана)',
    ]);
    expect(plain(renderTrailLine(r.trail[3], 'en', 'usd'))).toBe(
      '130,000 × 7% = 9,100.00 $ (at 100% of plan or more)',
    );
    expect(plain(renderTrailLine(r.trail[0], 'en', 'CHF'))).toBe('Salary = 50,000.00 CHF');
  });

  test('English', () => {
    expect(renderTrail(r.trail, 'en')).toEqual([
      'Salary = 50,000.00',
      'Revenue: plan 100,000, actual 130,000, attainment 130%',
      'Salary 50,000 × 15% = 7,500.00 (at 100% of plan or more)',
      '130,000 × 7% = 9,100.00 (at 100% of plan or more)',
    ]);
    expect(r.components.map((c) => componentLabel(c.label, 'en'))).toEqual(['Salary', 'Tiered commission']);
  });

  test('only messages are translated: a label or KPI id typed as a message code stays as typed', () => {
    const s = {
      id: 'k',
      name: 'K',
      components: [
        { kind: 'salary' as const, label: 'bonus.kind.draw', amount: 1 },
        {
          kind: 'kpi' as const,
          target: 100,
          kpis: [
            { id: 'bonus.metric.revenue', weight: 0.5 },
            { id: 'deals', weight: 0.5 },
          ],
        },
      ],
    };
    const kpis = { 'bonus.metric.revenue': { fact: 1, plan: 1 }, deals: { fact: 1, plan: 1 } };
    const res = evaluateScheme(s, { plan: {}, fact: {}, kpis }, { metrics: [] });
    expect(res.components.map((c) => componentLabel(c.label, 'en'))).toEqual([
      'bonus.kind.draw',
      'KPI matrix',
    ]);
    const kpiLines = renderTrail(res.components[1].trail, 'en');
    expect(kpiLines[0].startsWith('bonus.metric.revenue:')).toBe(true);
    expect(kpiLines[1].startsWith('Deals:')).toBe(true);
  });

  test('marginal bands and accelerators', () => {
    expect(
      renderTrail(
        tierLines(
          800,
          [
            { from: 0, rate: 0.03 },
            { from: 500, rate: 0.05 },
            { from: 750, rate: 0.075 },
          ],
          'marginal',
        ),
        'en',
      ),
    ).toEqual([
      '500 × 3% = 15.00 (from 0 to 500)',
      '250 × 5% = 12.50 (from 500 to 750)',
      '50 × 7.5% = 3.75 (from 750)',
    ]);
    const acc = evaluateScheme(
      {
        id: 'a',
        name: 'A',
        components: [
          {
            kind: 'target',
            metric: 'revenue',
            target: 100_000,
            bands: [
              { from: 1, multiplier: 1.5 },
              { from: 1.3, multiplier: 2 },
            ],
          },
        ],
      },
      { plan: { revenue: 500_000 }, fact: { revenue: 650_000 } },
    );
    expect(renderTrail(acc.trail, 'ru').map(plain)).toEqual([
      'Выручка: план 500 000, факт 650 000, выполнение 130 %',
      '100 000 × 100 % = 100 000,00 (до 100 % плана)',
      '100 000 × 30 % × 1,5 = 45 000,00 (100 %–130 % плана)',
    ]);
  });

  test('caps, entry thresholds, draws and pools read well in both languages', () => {
    const res = evaluateScheme(
      {
        id: 'x',
        name: 'X',
        components: [
          { kind: 'percent', metric: 'revenue', rate: 0.03, cap: 10_000 },
          {
            kind: 'percent',
            metric: 'margin',
            rate: 0.1,
            gate: { metric: 'margin', min: 0.8 },
          },
          { kind: 'draw', amount: 50_000, recoverable: true },
        ],
      },
      {
        plan: { revenue: 500_000, margin: 100_000 },
        fact: { revenue: 400_000, margin: 70_000 },
      },
    );
    expect(renderTrail(res.trail, 'en')).toEqual([
      'Revenue: actual 400,000',
      '400,000 × 3% = 12,000.00',
      'Cap: 12,000.00 is above the cap of 10,000.00, reduction = −2,000.00',
      'Margin: attainment 70% is below the gate of 80%: nothing is paid',
      'Draw 50,000.00, commission 10,000.00: top-up = 40,000.00 (to recover from later commission: 40,000.00)',
    ]);
    expect(res.total).toBe(50_000);
    expect(plain(renderTrailLine(res.trail[4], 'ru'))).toBe(
      'Гарантия 50 000,00, начислено 10 000,00: доплата = 40 000,00 (к возврату из будущих премий: 40 000,00)',
    );
    const pool = evaluateScheme(
      { id: 'p', name: 'P', components: [{ kind: 'pool', metric: 'revenue', amount: 10_000 }] },
      {
        plan: {},
        fact: {},
        managerId: 'a',
        team: [
          { id: 'a', plan: { revenue: 100 }, fact: { revenue: 150 } },
          { id: 'b', plan: { revenue: 100 }, fact: { revenue: 100 } },
          { id: 'c', plan: { revenue: 100 }, fact: { revenue: 50 } },
        ],
        department: { plan: { revenue: 300 }, fact: { revenue: 300 } },
      },
    );
    expect(renderTrail(pool.trail, 'ru').map(plain)).toEqual([
      'Выручка отдела: план 300, факт 300, выполнение 100 %',
      'Фонд 10 000,00 делится между 2 из 3, выполнившими свой план, пропорционально факту',
      '10 000,00 × 150 ÷ 250 (60 %) = 6 000,00',
    ]);
  });
});

describe('messages', () => {
  test('scheme problems read with what; the field path says where', () => {
    const p = validateScheme({
      id: 'm1',
      name: 'Менеджеры 2026',
      components: [
        { kind: 'salary', amount: 1 },
        {
          kind: 'tiered',
          metric: 'revenue',
          by: 'amount',
          mode: 'marginal',
          tiers: [
            { from: 0, rate: 0.03 },
            { from: 500, rate: 0.05 },
            { from: 500, rate: 0.06 },
          ],
        },
      ],
    });
    expect(p[0].field).toBe('components[1].tiers[2].from');
    expect(tCode(p[0].code, 'ru', p[0].params)).toBe(
      'ступени №2 и №3 начинаются с одного порога 500: ступени пересекаются',
    );
    expect(tCode(p[0].code, 'en', p[0].params)).toBe('tiers #2 and #3 both start at 500: the tiers overlap');
  });

  test('every bonus code used in the core has a message in both languages', () => {
    const dir = join(__dirname, '../../../src/core/bonus');
    const used = new Set<string>();
    for (const f of readdirSync(dir)) {
      const src = readFileSync(join(dir, f), 'utf8');
      for (const m of src.matchAll(/'(bonus\.[a-zA-Z.]+)'/g)) used.add(m[1]);
      for (const m of src.matchAll(/\badd\('([a-zA-Z.]+)'/g)) used.add(`bonus.component.${m[1]}`);
      for (const m of src.matchAll(/\btop\('([a-zA-Z.]+)'/g)) used.add(`bonus.scheme.${m[1]}`);
    }
    // codes built from parts: families × problems, component-level prefixes, kinds, metrics
    const families = ['tiers', 'bands', 'curve'];
    const problems = ['empty', 'notNumber', 'negativeValue', 'negativeFrom', 'overlap', 'unordered'];
    for (const f of families) {
      for (const p of problems) {
        used.add(`bonus.${f}.${p}`);
      }
    }
    for (const k of ['salary', 'percent', 'tiered', 'target', 'kpi', 'pool', 'draw', 'cap'])
      used.add(`bonus.kind.${k}`);
    for (const m of ['revenue', 'margin', 'receipts', 'deals', 'units', 'leads', 'calls', 'meetings'])
      used.add(`bonus.metric.${m}`);
    const missing = [...used].filter((c) => !c.endsWith('.') && !messageOf(c));
    expect(missing).toEqual([]);
    for (const code of Object.keys(messages('ru')).filter((c) => c.startsWith('bonus.'))) {
      const m = messageOf(code);
      expect([code, !!m?.ru && !!m?.en]).toEqual([code, true]);
    }
  });
});
