import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type BonusInput,
  evaluateScheme,
  type Scheme,
  type SchemeComponent,
  validateScheme,
} from '../../src/core/bonus';
import { dayOf } from '../../src/core/dates';
import type { Lang } from '../../src/i18n';
import { Problems } from '../../src/sheets/problems';
import {
  MOT_COL,
  MOTIVATION_COLUMNS,
  motivationTemplate,
  readMotivation,
} from '../../src/sheets/settings/motivation';
import { cellOf } from '../../src/sheets/settings/motivation-problems';
import { fitWidths } from '../../src/sheets/widths';

/** Grid values as getValues returns them: the quote that keeps text as text is not part of the value. */
function valuesOf(grid: { values: unknown[][] }): unknown[][] {
  return grid.values.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)));
}

/** A Motivation tab from rows given by field name ('scheme', 'component', 'tiers', …). */
function tab(rows: Record<string, unknown>[]): unknown[][] {
  const header = MOTIVATION_COLUMNS.map((c) => c.key);
  return [
    header,
    ...rows.map((r) => {
      const row: unknown[] = MOTIVATION_COLUMNS.map(() => '');
      for (const [k, v] of Object.entries(r)) row[MOT_COL[k] - 1] = v;
      return row;
    }),
  ];
}

function read(values: unknown[][], lang: Lang = 'ru') {
  const problems = new Problems();
  const tabName = lang === 'ru' ? 'Мотивация' : 'Motivation';
  const schemes = readMotivation(values, { tab: tabName, lang, timeZone: 'Europe/Moscow', problems });
  return { schemes, problems, lines: problems.lines(lang) };
}

function only(values: unknown[][], lang: Lang = 'ru'): Scheme {
  const { schemes, lines } = read(values, lang);
  expect(lines).toEqual([]);
  expect(schemes.size).toBe(1);
  expect([...schemes.values()][0]).toHaveLength(1);
  return [...schemes.values()][0][0];
}

const revenue = (plan: number, fact: number, extra: Partial<BonusInput> = {}): BonusInput => ({
  plan: { revenue: plan },
  fact: { revenue: fact },
  ...extra,
});

describe('Motivation template', () => {
  test.each(['ru', 'en'] as Lang[])(
    '(%s) fits A3 landscape at 100 %%: its fitted width is about 1 500 px',
    (lang) => {
      const g = motivationTemplate(lang);
      fitWidths(g);
      const width = Array.from({ length: g.cols }, (_, c) => g.widths[c + 1] ?? 100).reduce(
        (a, b) => a + b,
        0,
      );
      // was 1 896 (ru) and 1 848 (en): about 77 % on A3
      expect(width).toBeLessThanOrEqual(1_510);
    },
  );

  test.each(['ru', 'en'] as Lang[])(
    '(%s) has a note on every column and reads back without problems',
    (lang) => {
      const g = motivationTemplate(lang);
      expect(g.notes[0].every((n) => n !== '')).toBe(true);
      expect(g.validations.length).toBe(6); // the drop-downs
      const { schemes, lines } = read(valuesOf(g), lang);
      expect(lines).toEqual([]);
      expect([...schemes.keys()]).toEqual(['S1', 'S2', 'HEAD']);
      expect(schemes.get('S1')![0].components.map((c) => c.kind)).toEqual(['salary', 'tiered', 'pool']);
      expect(schemes.get('S2')![0].components.map((c) => c.kind)).toEqual([
        'salary',
        'target',
        'kpi',
        'pool',
      ]);
      expect(schemes.get('HEAD')![0].components.map((c) => c.kind)).toEqual(['salary', 'tiered']);
    },
  );

  test.each(['ru', 'en'] as Lang[])(
    '(%s) S1: salary + marginal tiers 3/5/7.5 %% with a gate at 80 %%',
    (lang) => {
      const s1 = read(valuesOf(motivationTemplate(lang)), lang).schemes.get('S1')![0];
      const tiered = s1.components[1];
      expect(tiered).toEqual({
        kind: 'tiered',
        metric: 'revenue',
        scope: 'own',
        by: 'amount',
        mode: 'marginal',
        gate: { metric: 'revenue', scope: 'own', min: 0.8 },
        tiers: [
          { from: 0, rate: 0.02 },
          { from: 2_000_000, rate: 0.04 },
          { from: 3_000_000, rate: 0.06 },
        ],
      });
      const noPool = { ...s1, components: s1.components.slice(0, 2) };
      // 3 600 000 of a 4 000 000 plan passes the gate: 40 000 + 40 000 + 36 000 = 116 000
      expect(evaluateScheme(noPool, revenue(4_000_000, 3_600_000, { salary: 60_000 })).total).toBe(176_000);
      // 2 800 000 is 70 % of plan: below the gate, salary only
      expect(evaluateScheme(noPool, revenue(4_000_000, 2_800_000, { salary: 60_000 })).total).toBe(60_000);
      // the scheme's maximum: 40 000 + 40 000 + 6 % × 7 000 000 = 500 000 is paid as 250 000
      expect(s1.cap).toBe(250_000);
      const r = evaluateScheme(noPool, revenue(4_000_000, 10_000_000, { salary: 60_000 }));
      expect([r.variable, r.total, r.components.at(-1)?.amount]).toEqual([250_000, 310_000, -250_000]);
    },
  );

  test('S2: target incentive ×1.5 from 100 %, ×2 from 130 %, and a KPI matrix of deals and calls', () => {
    const s2 = read(valuesOf(motivationTemplate('ru'))).schemes.get('S2')![0];
    const noPool = { ...s2, components: s2.components.slice(0, 3) };
    const input: BonusInput = {
      plan: { revenue: 500_000, deals: 10, calls: 200 },
      fact: { revenue: 650_000, deals: 8, calls: 300 },
      salary: 50_000,
      targetBonus: 100_000,
      kpis: { deals: { plan: 10, fact: 8 }, calls: { plan: 200, fact: 300 } },
    };
    const r = evaluateScheme(noPool, input);
    // target 100 000 × (100 % + 30 % × 1.5) = 145 000; KPI 10 000 × (60 % × 0.8 + 40 % × 1.2 capped) = 9 600
    expect(r.components.map((c) => c.amount)).toEqual([50_000, 145_000, 9_600]);
    expect(r.total).toBe(204_600);
  });

  test('HEAD: salary + 5 % of the department revenue above plan', () => {
    const head = read(valuesOf(motivationTemplate('en')), 'en').schemes.get('HEAD')![0];
    const r = evaluateScheme(head, {
      plan: {},
      fact: {},
      salary: 120_000,
      department: { plan: { revenue: 10_000_000 }, fact: { revenue: 11_000_000 } },
    });
    expect(r.components.map((c) => c.amount)).toEqual([120_000, 50_000]);
  });

  test('the pool line splits the pool among those who met their plan', () => {
    const s1 = read(valuesOf(motivationTemplate('ru'))).schemes.get('S1')![0];
    const pool = { ...s1, components: [s1.components[2]] };
    const team = [
      { id: 'a', plan: { revenue: 100 }, fact: { revenue: 150 } },
      { id: 'b', plan: { revenue: 100 }, fact: { revenue: 50 } },
      { id: 'c', plan: { revenue: 100 }, fact: { revenue: 300 } },
    ];
    const department = { plan: { revenue: 300 }, fact: { revenue: 500 } };
    const share = (id: string) =>
      evaluateScheme(pool, { ...revenue(100, 0), department, team, managerId: id }).total;
    expect([share('a'), share('b'), share('c')]).toEqual([16_666.67, 0, 33_333.33]);
  });
});

describe('Schemes written in the tab reproduce the engine acceptance numbers', () => {
  test.each([
    ['ru', '0 → 3 %; 500 → 5 %; 750 → 7,5 %'],
    ['en', '0 → 3%; 500 → 5%; 750 → 7.5%'],
    ['ru', '0: 3; 500: 5; 750: 7,5'],
    ['en', '0 -> 0.03; 500 -> 0.05; 750 -> 0.075'],
  ] as [Lang, string][])('(%s) marginal tiers "%s"', (lang, tiers) => {
    const s = only(tab([{ scheme: 'T', component: 'ступени', tiers }]), lang);
    const pay = (fact: number) => evaluateScheme(s, revenue(1, fact)).total;
    expect([300, 600, 800, 900].map(pay)).toEqual([9, 20, 31.25, 38.75]);
  });

  test('50 % up to 100 000 and 60 % above on 180 000: marginal 98 000, retro 108 000', () => {
    const row = { scheme: 'T', component: 'tiered', tiers: '0 → 50 %; 100 000 → 60 %' };
    expect(evaluateScheme(only(tab([row])), revenue(1, 180_000)).total).toBe(98_000);
    expect(evaluateScheme(only(tab([{ ...row, mode: 'на всю сумму' }])), revenue(1, 180_000)).total).toBe(
      108_000,
    );
    expect(evaluateScheme(only(tab([{ ...row, mode: 'retro' }]), 'en'), revenue(1, 180_000)).total).toBe(
      108_000,
    );
  });

  test('target incentive with accelerators and a decelerator', () => {
    const acc = only(
      tab([{ scheme: 'T', component: 'целевая премия', amount: 100_000, tiers: '100 % → ×1,5; 130 % → ×2' }]),
    );
    expect(evaluateScheme(acc, revenue(500_000, 650_000)).total).toBe(145_000);
    const dec = only(
      tab([
        {
          scheme: 'T',
          component: 'target',
          amount: 100_000,
          tiers: '0 % → ×0,5; 50 % → ×1; 100 % → ×1,5; 130 % → ×2',
        },
      ]),
    );
    expect(evaluateScheme(dec, revenue(500_000, 200_000)).total).toBe(20_000);
  });

  test('10 % with ×1.5 at 100–120 % and ×2 at 120–150 %', () => {
    const s = only(
      tab([{ scheme: 'T', component: 'процент', rate: 0.1, tiers: '100 % → ×1,5; 120 % → ×2' }]),
    );
    expect(evaluateScheme(s, revenue(1_000_000, 1_200_000)).total).toBe(130_000);
    expect(evaluateScheme(s, revenue(1_000_000, 1_500_000)).total).toBe(190_000);
  });

  test('3 % with a cap of 10 000 on 400 000 → 10 000 (a rate typed as "3%" text or as 3)', () => {
    for (const rate of ['3%', 3, 0.03]) {
      const s = only(tab([{ scheme: 'T', component: 'percent', rate, cap: 10_000 }]), 'en');
      expect(evaluateScheme(s, revenue(1, 400_000)).total).toBe(10_000);
    }
  });

  test('salary share and sales percent by attainment (retro): 7 500 + 9 100 = 16 600', () => {
    const s = only(
      tab([
        { scheme: 'T', component: 'оклад', amount: 50_000 },
        {
          scheme: 'T',
          component: 'ступени',
          mode: 'на всю сумму',
          tiers: '80 % → 5 % + 10 % оклада; 100 % → 7 % + 15 % оклада',
        },
      ]),
    );
    const r = evaluateScheme(s, revenue(100_000, 130_000));
    expect(r.components.map((c) => c.amount)).toEqual([50_000, 16_600]);
    const en = only(
      tab([
        {
          scheme: 'T',
          component: 'tiered',
          mode: 'retro',
          tiers: '80% → 5% + 10% salary; 100% → 7% + 15% of salary',
        },
      ]),
      'en',
    );
    expect(evaluateScheme(en, revenue(100_000, 130_000, { salary: 50_000 })).total).toBe(16_600);
  });

  test('draw, attainment cap, a gate on another metric, a KPI scale and a less-is-better KPI', () => {
    const s = only(
      tab([
        {
          scheme: 'T',
          name: 'Test',
          component: 'percent',
          rate: 0.1,
          attainmentCap: 1.5,
          gateMetric: 'сделки',
          gateMin: 0.8,
        },
        { scheme: 'T', component: 'гарантия с возвратом', amount: 30_000 },
        {
          scheme: 'T',
          component: 'KPI',
          amount: 1000,
          metric: 'calls',
          rate: 0.5,
          mode: 'ступенями',
          tiers: '50 % → 50 %; 100 % → 100 %',
        },
        {
          scheme: 'T',
          component: 'KPI',
          metric: 'leads',
          rate: 0.5,
          direction: 'меньше',
          attainmentCap: 2,
        },
      ]),
    );
    expect(s.name).toBe('Test');
    const input: BonusInput = {
      plan: { revenue: 100_000, deals: 10 },
      fact: { revenue: 200_000, deals: 8 },
      kpis: { calls: { plan: 100, fact: 90 }, leads: { plan: 10, fact: 5 } },
    };
    const r = evaluateScheme(s, input);
    // 10 % of 150 000 (capped at 150 % of plan) = 15 000; KPI: 1000 × 0.5 × 0.5 + 1000 × 0.5 × 2 = 1 250;
    // the recoverable draw of 30 000 tops the 16 250 up by 13 750, to be recovered later
    expect(r.components.map((c) => [c.kind, c.amount])).toEqual([
      ['percent', 15_000],
      ['kpi', 1_250],
      ['draw', 13_750],
    ]);
    expect(r.drawBalance).toBe(13_750);
    // deals at 70 % close the gate on the percent: only the KPI, topped up to the draw
    const gated = evaluateScheme(s, { ...input, fact: { revenue: 200_000, deals: 7 } });
    expect(gated.components.map((c) => c.amount)).toEqual([0, 1_250, 28_750]);
  });
});

describe('Bad rows: problems at their cells, in both languages', () => {
  const bad = tab([
    { scheme: 'B', component: 'ступени', tiers: '0 → 3 %; 500 000 → 5 %; 500 000 → 7 %' },
    { scheme: 'B', component: 'процент', metric: 'прибыль', rate: -0.02 },
    { scheme: 'B', component: 'KPI', metric: 'deals', rate: 0.6 },
    { scheme: 'B', component: 'KPI', metric: 'calls', rate: 0.3 },
    { scheme: 'B', component: 'бонус' },
    { scheme: 'B', component: 'ступени', tiers: '0 → 3 %; пятьсот → 5 %' },
    { scheme: 'B', component: 'ступени', tiers: '0 → 1 %; 80 % → 3 %' },
    { scheme: 'C', component: 'оклад' },
    { scheme: 'B', component: 'фонд', metric: 'revenue' },
    { scheme: 'B', component: 'процент', rate: 0.01, gateMetric: 'deals' },
  ]);

  test('ru', () => {
    const { lines } = read(bad, 'ru');
    expect(lines).toEqual([
      'Мотивация!D3: «Показатель»: показатель «прибыль» неизвестен; допустимы: «Выручка», «Звонки», «Лиды», «Встречи», «Сделки», «Поступления»',
      'Мотивация!C6: «Компонент»: «бонус» — допустимо: «оклад», «процент», «ступени», «целевая премия», «KPI», «фонд», «гарантия», «гарантия с возвратом», «максимум премии»',
      'Мотивация!G7: «Ступени / шкала»: часть №2 «пятьсот → 5 %» не прочитана; нужно «порог → ставка», например «500 000 → 5 %», части через «;»',
      'Мотивация!G8: «Ступени / шкала»: часть №2 «80 % → 3 %» — порог в %, а первый порог суммой; пишите все пороги суммой или все в % плана',
      'Мотивация!A10: схема «B» уже начата в строке 2, а строки одной схемы должны идти подряд (не скопирована ли схема без смены кода?)',
      'Мотивация!K11: указан показатель порога, но не сам порог входа (% плана)',
      'Мотивация!G2: ступени №2 и №3 начинаются с одного порога 500\u00a0000: ступени пересекаются',
      'Мотивация!H3: ставка −2 % отрицательная',
      'Мотивация!H4: веса KPI в сумме 90 %, а должны давать 100 %',
      'Мотивация!I10: у фонда нужна либо сумма, либо ставка от факта отдела (ровно одно)',
    ]);
  });

  test('en', () => {
    const { lines } = read(bad, 'en');
    expect(lines[0]).toBe(
      'Motivation!D3: "Metric": metric "прибыль" is unknown; known metrics: "Revenue", "Calls", "Leads", "Meetings", "Deals", "Receipts"',
    );
    expect(lines).toContain('Motivation!G2: tiers #2 and #3 both start at 500,000: the tiers overlap');
    expect(lines).toContain('Motivation!H4: the KPI weights sum to 90%, not 100%');
    expect(lines).toContain('Motivation!H3: the rate −2% is negative');
    expect(lines.length).toBe(10);
  });

  test('a required cell left blank and a text where a number belongs', () => {
    const { lines } = read(
      tab([
        { scheme: 'X', component: 'percent' },
        { scheme: 'X', component: 'гарантия', amount: 'много' },
        {},
        { component: 'оклад' },
      ]),
    );
    expect(lines).toEqual([
      'Мотивация!I3: «Сумма»: «много» не число',
      'Мотивация!H2: «Ставка / вес»: нужно заполнить',
      'Мотивация!A5: «Код схемы»: нужно заполнить',
    ]);
  });
});

describe('engine problems land at their cells by field path', () => {
  const pct = { kind: 'percent', metric: 'revenue', rate: 0.1 } as const;
  const kpis = (...k: Record<string, unknown>[]) => ({ kind: 'kpi', target: 1, kpis: k }) as never;
  /** Broken components, each with the problems it should bring (every code validateScheme has). */
  const broken: SchemeComponent[] = [
    { kind: 'bonus' } as never,
    { kind: 'salary', amount: -1 },
    { ...pct, cap: -1, rate: Number.NaN, scope: 'team' as never, attainmentCap: 0, bandMode: 'x' as never },
    { ...pct, rate: -0.1, metric: 'profit', bands: [] },
    {
      ...pct,
      bands: [
        { from: 1.2, multiplier: -2 },
        { from: 1, multiplier: 1.5 },
        { from: 1, multiplier: 'x' as never },
      ],
    },
    {
      ...pct,
      bands: [
        { from: -1, multiplier: 1 },
        { from: Number.NaN, multiplier: 1 },
      ],
    },
    { ...pct, gate: { metric: 'profit', scope: 'team' as never, min: -1 } },
    { kind: 'tiered', metric: 'revenue', by: 'x' as never, mode: undefined as never, tiers: [] },
    {
      kind: 'tiered',
      metric: 'revenue',
      by: 'amount',
      mode: 'marginal',
      tiers: [
        { from: 0, rate: 0.1, salaryRate: 0.1 },
        { from: 5, rate: 0.1, fixed: -1 },
      ],
    },
    {
      kind: 'target',
      metric: 'revenue',
      target: -1,
      bands: [{ from: 1, multiplier: 2 }],
      curve: { points: [], mode: 'x' as never },
    },
    kpis(),
    kpis(
      { id: '', weight: Number.NaN },
      { id: 'a', weight: -1, direction: 'x', plan: -1, t0: -1, tmax: 'x' },
      { id: 'a', weight: 0.5, t0: 2, tmax: 1, scale: { points: [], mode: 'x' } },
    ),
    kpis({ id: 'b', weight: 0.5 }),
    { kind: 'pool', metric: 'profit', rate: -0.1, amount: -1, threshold: -1 },
    { kind: 'pool', metric: 'revenue', rate: Number.NaN },
    { kind: 'draw', amount: -1, recoverable: 'yes' as never },
    { kind: 'draw', amount: 1, recoverable: true },
    {
      kind: 'tiered',
      metric: 'revenue',
      by: 'amount',
      mode: 'retro',
      tiers: [
        { from: -1, rate: Number.NaN },
        { from: Number.NaN, rate: 1 },
        { from: 5, rate: -1 },
        { from: 5, rate: 1 },
        { from: 1, rate: 1 },
      ],
    },
    {
      kind: 'target',
      metric: 'revenue',
      curve: {
        points: [
          { x: 1, y: Number.NaN },
          { x: 'x' as never, y: 1 },
          { x: 2, y: -1 },
          { x: 2, y: 1 },
          { x: 1.5, y: 1 },
        ],
        mode: 'linear',
      },
    },
  ];
  const scheme = { id: ' ', name: '', validFrom: 1.5, cap: -1, components: broken } as Scheme;
  const source = {
    id: 'S',
    name: '',
    firstRow: 2,
    capRow: 40,
    components: broken,
    sources: broken.map((c, i) => ({
      kind: c.kind as never,
      row: 10 + i,
      kpiRows: [50 + i, 60 + i, 70 + i],
    })),
  };
  const problems = [...validateScheme(scheme), ...validateScheme({ id: 'x', name: 'x', components: [] })];

  test('every problem of a table of broken schemes maps to a column of the tab', () => {
    const unmapped = problems.filter((p) => !cellOf(p.field, source)).map((p) => `${p.code} at ${p.field}`);
    expect(unmapped).toEqual([]);
  });

  test('the table brings every code validateScheme can produce', () => {
    const dir = join(__dirname, '../../src/core/bonus');
    const codes = new Set<string>();
    for (const f of readdirSync(dir).filter((x) => /^validate|component-check/.test(x))) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const m of text.matchAll(/\badd\('([\w.]+)'/g)) codes.add(`bonus.component.${m[1]}`);
      for (const m of text.matchAll(/\btop\('([\w.]+)'/g)) codes.add(`bonus.scheme.${m[1]}`);
    }
    for (const family of ['tiers', 'bands', 'curve'])
      for (const p of ['empty', 'notNumber', 'negativeValue', 'negativeFrom', 'overlap', 'unordered'])
        if (family !== 'curve' || p !== 'negativeFrom') codes.add(`bonus.${family}.${p}`);
    const seen = new Set(problems.map((p) => p.code));
    expect([...codes].filter((c) => !seen.has(c))).toEqual([]);
  });

  test('a path names its row and column: a KPI by its own row, the scheme maximum by its row', () => {
    const at = (field: string) => cellOf(field, source);
    expect(at('components[11].kpis[2].t0')).toEqual({ row: 81, col: MOT_COL.gateMin });
    expect(at('components[11].kpis[1].tmax')).toEqual({ row: 71, col: MOT_COL.attainmentCap });
    expect(at('components[11].kpis[0].id')).toEqual({ row: 61, col: MOT_COL.metric });
    expect(at('components[9].target')).toEqual({ row: 19, col: MOT_COL.amount });
    expect(at('components[11].kpis[1].scale.curve[0].x')).toEqual({ row: 71, col: MOT_COL.tiers });
    expect(at('components[11].kpis[0].scale.mode')).toEqual({ row: 61, col: MOT_COL.mode });
    expect(at('components[6].gate.metric')).toEqual({ row: 16, col: MOT_COL.gateMetric });
    expect(at('components[8].tiers[1].fixed')).toEqual({ row: 18, col: MOT_COL.tiers });
    expect(at('components[9].curve.mode')).toEqual({ row: 19, col: MOT_COL.mode });
    expect(at('cap')).toEqual({ row: 40, col: MOT_COL.cap });
    expect(at('validFrom')).toEqual({ row: 2, col: MOT_COL.from });
    expect(at('components[2].nonsense')).toBeUndefined();
    expect(at('components[99].rate')).toBeUndefined();
  });
});

describe('scheme maximum, versions from a month, ids in any case', () => {
  test('a «максимум премии» row caps all but salary', () => {
    const s = only(
      tab([
        { scheme: 'M', component: 'оклад', amount: 50_000 },
        { scheme: 'M', component: 'процент', rate: 0.1 },
        { scheme: 'M', component: 'максимум премии', cap: 30_000 },
      ]),
    );
    expect(s.cap).toBe(30_000);
    expect(s.components.map((c) => c.kind)).toEqual(['salary', 'percent']);
    const r = evaluateScheme(s, revenue(1, 400_000));
    expect([r.salary, r.variable, r.total]).toEqual([50_000, 30_000, 80_000]);
  });

  test('a maximum without an amount, and a second maximum, are problems at their cells', () => {
    const { lines } = read(
      tab([
        { scheme: 'M', component: 'процент', rate: 0.1 },
        { scheme: 'M', component: 'максимум премии' },
        { scheme: 'M', component: 'максимум премии', cap: 1 },
      ]),
    );
    expect(lines.map((l) => l.split(':')[0])).toEqual(['Мотивация!M3', 'Мотивация!C4']);
  });

  test('rows of one id in any case and spacing are one scheme; a later «from» month starts a new version', () => {
    const { schemes, lines } = read(
      tab([
        { scheme: 'S1', component: 'процент', rate: 0.1 },
        { scheme: ' s1 ', component: 'оклад', amount: 1 },
        { scheme: 's1', component: 'процент', rate: 0.2, from: '15.01.2027' },
        { scheme: 'S1', component: 'оклад', amount: 2 },
      ]),
    );
    expect(lines).toEqual([]);
    expect([...schemes.keys()]).toEqual(['S1']);
    const [v1, v2] = schemes.get('S1')!;
    expect(v1.validFrom).toBeUndefined();
    expect(v1.components.map((c) => c.kind)).toEqual(['percent', 'salary']);
    expect(v2.validFrom).toBe(dayOf(2027, 1, 1));
    expect(v2.components).toEqual([
      { kind: 'percent', metric: 'revenue', rate: 0.2 },
      { kind: 'salary', amount: 2 },
    ]);
  });

  test('the KPIs share one bonus, cap and threshold metric: on a later KPI row they are a problem at the cell', () => {
    const { lines } = read(
      tab([
        { scheme: 'K', component: 'KPI', metric: 'deals', rate: 0.5, amount: 10_000 },
        { component: 'KPI', metric: 'calls', rate: 0.5, amount: 5_000, gateMetric: 'выручка', gateMin: 0.8 },
      ]),
    );
    expect(lines).toEqual([
      'Мотивация!I3: «Сумма»: у KPI схемы это пишется в первой строке KPI (строка 2)',
      'Мотивация!J3: «Порог по показателю»: у KPI схемы это пишется в первой строке KPI (строка 2)',
    ]);
  });

  test('the words of the 22-column tab and of the notes still read: «по частям», «свой», «больше — лучше», «процент от базы»', () => {
    const s = only(
      tab([
        { scheme: 'W', component: 'процент от базы', rate: 0.1, scope: 'свой' },
        { component: 'ступени', mode: 'по частям', scope: 'отдел', tiers: '0 → 1 %' },
        { component: 'KPI', metric: 'Сделки', rate: 1, direction: 'больше — лучше', amount: 100 },
      ]),
    );
    expect(s.components).toEqual([
      { kind: 'percent', metric: 'revenue', scope: 'own', rate: 0.1 },
      {
        kind: 'tiered',
        metric: 'revenue',
        scope: 'department',
        by: 'amount',
        mode: 'marginal',
        tiers: [{ from: 0, rate: 0.01 }],
      },
      { kind: 'kpi', target: 100, kpis: [{ id: 'deals', weight: 1, direction: 'up' }] },
    ]);
  });

  test('a block: the id on its first row, the rows right below without it are the same scheme', () => {
    const { schemes, lines } = read(
      tab([
        { scheme: 'A', component: 'оклад', amount: 1 },
        { component: 'процент', rate: 0.1 },
        {},
        { scheme: 'B', component: 'оклад', amount: 2 },
        { component: 'максимум премии', cap: 5 },
      ]),
    );
    expect(lines).toEqual([]);
    expect(schemes.get('A')![0].components.map((c) => c.kind)).toEqual(['salary', 'percent']);
    expect(schemes.get('B')![0]).toMatchObject({ cap: 5, components: [{ kind: 'salary', amount: 2 }] });
  });

  test('a second block of one id and month is a scheme whose rows are split, at its first row', () => {
    const { lines } = read(
      tab([
        { scheme: 'S1', component: 'оклад', from: '01.01.2027' },
        { scheme: 'S2', component: 'оклад' },
        { scheme: 'S1', component: 'оклад', from: '20.01.2027' },
      ]),
    );
    expect(lines.map((l) => l.split(':')[0])).toEqual(['Мотивация!A4']);
  });
});
