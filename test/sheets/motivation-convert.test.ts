import fc from 'fast-check';
import { openAddon } from '../../local/addon';
import { type BonusInput, evaluateScheme, type Scheme } from '../../src/core/bonus';
import type { Lang } from '../../src/i18n';
import { Problems } from '../../src/sheets/problems';
import { MOT_COL, MOTIVATION_COLUMNS, readMotivation } from '../../src/sheets/settings/motivation';
import { convertOldMotivation, percentThresholds } from '../../src/sheets/settings/motivation-convert';
import { motivationTemplate } from '../../src/sheets/settings/motivation-template';
import { oldExample, oldTab } from '../fixtures/old-motivation';
import { readOldMotivation } from '../fixtures/old-motivation-reader';

/**
 * A Motivation tab in the 22-column layout (before issue 16) converted to the new tab: the old Set up
 * example (its grid rebuilt from git history, d3378bf^) pays what the old reader paid, hand-made rows
 * convert exactly, what the new tab cannot say is a note at its cell, and Set up renames the old tab and
 * writes the new one.
 */

/** Converts and reads the new tab back: its schemes, the reader's problems and the conversion's notes. */
function convertAndRead(old: unknown[][], lang: Lang = 'ru') {
  const converted = convertOldMotivation(old, lang, 'Europe/Moscow');
  const values = [MOTIVATION_COLUMNS.map((c) => c.key), ...converted.rows];
  const problems = new Problems();
  const schemes = readMotivation(values, { tab: 'M', lang, timeZone: 'Europe/Moscow', problems });
  const first = (id: string): Scheme => schemes.get(id)![0];
  return { converted, schemes, first, lines: problems.lines(lang) };
}

const cell = (rows: unknown[][], row: number, field: string) => rows[row - 2][MOT_COL[field] - 1];

describe.each(['ru', 'en'] as Lang[])('(%s) the old Set up example converted', (lang) => {
  const { converted, schemes, first, lines } = convertAndRead(oldExample(lang), lang);

  test('reads without a problem or a note, the three schemes block by block', () => {
    expect(lines).toEqual([]);
    expect(converted.notes).toEqual([]);
    expect([...schemes.keys()]).toEqual(['S1', 'S2', 'HEAD']);
    // 11 rows and a blank line between schemes; the old tab's 30 empty template rows are gone
    expect(converted.rows).toHaveLength(13);
  });

  test('the components are those of the new Set up example (same money, tested in motivation.test.ts)', () => {
    const template = convertAndRead([], lang); // nothing to convert
    expect(template.converted.rows).toEqual([]);
    const values = motivationTemplate(lang).values.map((r) =>
      r.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)),
    );
    const problems = new Problems();
    const now = readMotivation(values, { tab: 'M', lang, timeZone: 'Europe/Moscow', problems });
    for (const id of ['S1', 'S2', 'HEAD']) {
      expect(first(id).components).toEqual(now.get(id)![0].components);
      expect(first(id).cap).toEqual(now.get(id)![0].cap);
    }
  });

  test('pays what the old reader paid (the numbers of the old bonus.test.ts)', () => {
    // S1 at 90 % of a 4 000 000 plan: 40 000 + 40 000 + 36 000 over the 80 % gate; at 70 %: nothing
    const s1 = { ...first('S1'), components: first('S1').components.slice(0, 2) };
    const revenue = (fact: number): BonusInput => ({
      plan: { revenue: 4_000_000 },
      fact: { revenue: fact },
      salary: 60_000,
    });
    expect(evaluateScheme(s1, revenue(3_600_000)).total).toBe(176_000);
    expect(evaluateScheme(s1, revenue(2_800_000)).total).toBe(60_000);
    expect(evaluateScheme(s1, revenue(10_000_000)).variable).toBe(250_000);
    // S2 at 130 %: target 50 000 × (1 + 0.3 × 1.5) = 72 500; deals and calls at plan: 10 000
    const s2 = { ...first('S2'), components: first('S2').components.slice(0, 3) };
    const r2 = evaluateScheme(s2, {
      plan: { revenue: 500_000, deals: 10, calls: 200 },
      fact: { revenue: 650_000, deals: 10, calls: 200 },
      salary: 50_000,
      targetBonus: 50_000,
      kpis: { deals: { plan: 10, fact: 10 }, calls: { plan: 200, fact: 200 } },
    });
    expect(r2.components.map((c) => c.amount)).toEqual([50_000, 72_500, 10_000]);
    // the head: 5 % of the department's revenue above its plan
    const head = evaluateScheme(first('HEAD'), {
      plan: {},
      fact: {},
      salary: 120_000,
      department: { plan: { revenue: 10_000_000 }, fact: { revenue: 12_000_000 } },
    });
    expect(head.variable).toBe(100_000);
  });
});

describe('hand-made rows', () => {
  test('«Ступени по: выполнение» → thresholds written with %: 1,2 → 120 %, 150 → 150 %', () => {
    expect(percentThresholds('1,2 → 5 %; 150 → 7 % + 10 % оклада', 'ru')).toBe(
      '120 % → 5 %; 150 % → 7 % + 10 % оклада',
    );
    expect(percentThresholds('0.8 -> 2%; 100% -> 4%', 'en')).toBe('80 % -> 2%; 100% -> 4%');
    const { first, lines } = convertAndRead(
      oldTab('ru', [{ scheme: 'T', component: 'ступени', by: 'выполнение', tiers: '1,2 → 5 %; 150 → 7 %' }]),
    );
    expect(lines).toEqual([]);
    expect(first('T').components[0]).toMatchObject({
      by: 'attainment',
      tiers: [
        { from: 1.2, rate: 0.05 },
        { from: 1.5, rate: 0.07 },
      ],
    });
  });

  test('a revenue threshold on the KPIs (metric blank) is written with «Выручка»: it stays all the KPIs’ threshold', () => {
    const { converted, first, lines } = convertAndRead(
      oldTab('ru', [
        { scheme: 'K', component: 'KPI', target: 10_000, kpi: 'Сделки', weight: 0.6, gateMin: 0.8 },
        { scheme: 'K', component: 'KPI', kpi: 'Звонки', weight: 0.4, t0: 0.5 },
      ]),
    );
    expect(lines).toEqual([]);
    expect(converted.notes).toEqual([]);
    expect([cell(converted.rows, 2, 'gateMetric'), cell(converted.rows, 2, 'gateMin')]).toEqual([
      'Выручка',
      0.8,
    ]);
    expect(cell(converted.rows, 3, 'gateMin')).toBe(0.5); // the second KPI's own T0
    const k = first('K');
    const input = (revenue: number): BonusInput => ({
      plan: { revenue: 1_000_000 },
      fact: { revenue },
      kpis: { deals: { plan: 10, fact: 10 }, calls: { plan: 100, fact: 100 } },
    });
    // revenue at 70 %: no KPI pays (as on the old tab), not «deals below its own 80 %»
    expect(evaluateScheme(k, input(700_000)).variable).toBe(0);
    expect(evaluateScheme(k, input(900_000)).variable).toBe(10_000);
  });

  test('a first KPI with the KPIs’ threshold and its own T0: the threshold moved, T0 a note at the cell', () => {
    const { converted, first, lines } = convertAndRead(
      oldTab('ru', [
        {
          scheme: 'K',
          component: 'KPI',
          kpi: 'Сделки',
          weight: 1,
          gateMetric: 'Встречи',
          gateMin: 0.8,
          t0: 0.5,
        },
      ]),
    );
    expect(lines).toEqual([]);
    expect(converted.notes.map((n) => [n.row, n.field, n.code])).toEqual([
      [2, 'gateMin', 'motivation.convert.gateAndFloor'],
    ]);
    expect(converted.notes[0].params).toEqual({ gate: '80 %', metric: 'Встречи', t0: '50 %' });
    expect(first('K').components[0]).toMatchObject({ gate: { metric: 'meetings', min: 0.8 } });
  });

  test('… and with another KPI without a T0 the two trade places: the same money, a note for information', () => {
    const { converted, first, lines } = convertAndRead(
      oldTab('ru', [
        {
          scheme: 'K',
          name: 'Два KPI',
          component: 'KPI',
          target: 10_000,
          kpi: 'Сделки',
          weight: 0.6,
          gateMin: 0.8,
          t0: 0.5,
        },
        { scheme: 'K', component: 'KPI', kpi: 'Звонки', weight: 0.4, tmax: 1.2 },
      ]),
    );
    expect(lines).toEqual([]);
    expect(converted.rows.map((r) => [2, 3, 4, 8, 9, 10, 11, 12].map((c) => r[c - 1]))).toEqual([
      ['Два KPI', 'KPI', 'Звонки', 0.4, 10_000, 'Выручка', 0.8, 1.2],
      ['', 'KPI', 'Сделки', 0.6, '', '', 0.5, ''],
    ]);
    expect(converted.notes.map((n) => [n.row, n.field, n.code, n.params])).toEqual([
      [2, 'metric', 'motivation.convert.kpiSwapped', { first: 'Звонки', moved: 'Сделки' }],
    ]);
    const input = (revenue: number, deals: number): BonusInput => ({
      plan: { revenue: 1_000_000 },
      fact: { revenue },
      kpis: { deals: { plan: 10, fact: deals }, calls: { plan: 100, fact: 100 } },
    });
    // as the old reader paid: revenue below 80 % nothing; deals below their own 50 % only the calls (4 000)
    expect(evaluateScheme(first('K'), input(700_000, 10)).variable).toBe(0);
    expect(evaluateScheme(first('K'), input(900_000, 4)).variable).toBe(4_000);
    expect(evaluateScheme(first('K'), input(900_000, 10)).variable).toBe(10_000);
  });

  test('a threshold metric with no threshold on the first KPI row: the T0 is not read as the KPIs’ threshold', () => {
    const { converted, lines } = convertAndRead(
      oldTab('ru', [
        { scheme: 'K', component: 'KPI', kpi: 'Сделки', weight: 1, gateMetric: 'Встречи', t0: 0.5 },
      ]),
    );
    // as on the old tab: the threshold is asked for at its cell
    expect(lines).toEqual(['M!K2: указан показатель порога, но не сам порог входа (% плана)']);
    expect(cell(converted.rows, 2, 'gateMin')).toBe('');
    expect(converted.notes.map((n) => n.params)).toEqual([{ gate: '—', metric: 'Встречи', t0: '50 %' }]);
  });

  test('a recoverable draw, a row with no code, a cell the old reader did not read', () => {
    const { converted, first, lines } = convertAndRead(
      oldTab('ru', [
        { scheme: 'D', component: 'гарантия', amount: 30_000, recoverable: true },
        { name: 'забыт код', component: 'оклад' },
        { scheme: 'D', component: 'оклад', amount: 50_000, rate: 0.1 },
      ]),
    );
    expect(lines).toEqual([]);
    expect(cell(converted.rows, 2, 'component')).toBe('гарантия с возвратом');
    expect(first('D').components).toEqual([
      { kind: 'draw', amount: 30_000, recoverable: true },
      { kind: 'salary', amount: 50_000 },
    ]);
    expect(converted.notes.map((n) => [n.row, n.field, n.code, n.params])).toEqual([
      [0, 'scheme', 'motivation.convert.noCode', { row: 3 }],
      [3, 'component', 'motivation.convert.ignored', { column: 'Ставка', value: '0.1' }],
    ]);
  });
});

describe('nothing is lost silently', () => {
  /** The old cells whose value is carried over as it is, or named in a note (T0 as «50 %»). */
  const VALUE_FIELDS = [
    'metric',
    'rate',
    'target',
    'gateMetric',
    'gateMin',
    'cap',
    'attainmentCap',
    'amount',
  ];
  const KPI_FIELDS = ['kpi', 'weight', 't0', 'tmax'];
  const share = (v: unknown) => `${Math.round(Number(v) * 100)} %`;

  test('every filled old cell is on the new tab or in a note, whatever the rows', () => {
    const kind = fc.constantFrom(
      'оклад',
      'ступени',
      'процент',
      'целевая премия',
      'KPI',
      'фонд',
      'гарантия',
      'максимум премии',
    );
    const value = (v: fc.Arbitrary<unknown>) => fc.option(v, { nil: '' });
    const row = fc.record({
      scheme: fc.constantFrom('A', 'B'),
      component: kind,
      metric: value(fc.constantFrom('Выручка', 'Сделки')),
      rate: value(fc.constantFrom(0.1, 0.4)),
      target: value(fc.constantFrom(10_000, 20_000)),
      gateMetric: value(fc.constantFrom('Встречи')),
      gateMin: value(fc.constantFrom(0.8, 0.9)),
      cap: value(fc.constantFrom(5_000)),
      attainmentCap: value(fc.constantFrom(1.5)),
      amount: value(fc.constantFrom(30_000)),
      kpi: value(fc.constantFrom('Звонки', 'Лиды')),
      weight: value(fc.constantFrom(0.5, 0.25)),
      t0: value(fc.constantFrom(0.3, 0.6)),
      tmax: value(fc.constantFrom(1.2, 2)),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const { rows: out, notes } = convertOldMotivation(oldTab('ru', rows), 'ru', 'Europe/Moscow');
        // the new rows in the old rows' order (a blank line between schemes); a KPI's cells may trade rows
        // with another KPI of its set (firstKpiWithoutT0)
        const converted = out.filter((r) => r.some((v) => v !== ''));
        const noted = notes.flatMap((n) => Object.values(n.params).map(String));
        rows.forEach((r, i) => {
          const kpiRows = converted.filter(
            (_, j) => rows[j].component === 'KPI' && rows[j].scheme === r.scheme,
          );
          for (const f of [...VALUE_FIELDS, ...KPI_FIELDS]) {
            const v = (r as Record<string, unknown>)[f];
            if (v === '' || converted[i].includes(v) || noted.includes(String(v)) || noted.includes(share(v)))
              continue;
            if (KPI_FIELDS.includes(f) && kpiRows.some((k) => k.includes(v))) continue;
            throw new Error(`${f} = ${v} of ${JSON.stringify(r)} is lost`);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('the converted tab reads as the old one did', () => {
  /**
   * The schemes with each KPI set in one order (two KPIs may trade places: firstKpiWithoutT0, the same money),
   * and tiers with no items without their «by» (it means nothing then; the tiers cell is a problem on both).
   */
  const sorted = (schemes: Map<string, Scheme[]>) =>
    JSON.parse(
      JSON.stringify([...schemes], (_, v) => {
        if (v?.kind === 'kpi' && Array.isArray(v.kpis))
          return {
            ...v,
            kpis: [...v.kpis].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
          };
        if (v?.kind === 'tiered' && v.tiers.length === 0) return { ...v, by: undefined };
        return v;
      }),
    );
  /** Conversions that leave something to decide or were problems on the old tab: not compared. */
  const UNDECIDED = new Set([
    'motivation.convert.gateAndFloor',
    'motivation.convert.byUnknown',
    'motivation.convert.tiersPercent',
  ]);

  test('random old rows: the new reader builds the very schemes the old reader built', () => {
    const pick = <T>(...v: T[]) => fc.constantFrom('' as T, ...v);
    const row = fc.record({
      scheme: fc.constantFrom('A', 'B', 'b'),
      from: pick(46_300, 46_340),
      component: fc.constantFrom(
        'оклад',
        'ступени',
        'процент',
        'целевая премия',
        'KPI',
        'фонд',
        'гарантия',
        'максимум премии',
      ),
      metric: pick('Выручка', 'Сделки', 'Звонки'),
      scope: pick('свой', 'отдел'),
      mode: pick('по частям', 'на всю сумму', 'линейно', 'ступенями'),
      by: pick('сумма', 'выполнение'),
      tiers: pick(
        '0 → 2 %; 1 000 000 → 4 %',
        '1,2 → 5 %; 150 → 7 % + 10 % оклада',
        '100 % → ×1,5; 130 % → ×2',
        '50 % → 0 %; 100 % → 100 %',
      ),
      rate: pick(0.1, 5),
      target: pick(10_000),
      gateMetric: pick('Встречи'),
      gateMin: pick(0.8, 90),
      cap: pick(5_000),
      attainmentCap: pick(1.5),
      amount: pick(30_000),
      recoverable: fc.boolean(),
      kpi: pick('Сделки', 'Звонки'),
      weight: pick(0.5, 25),
      t0: pick(0.3),
      tmax: pick(2),
      direction: pick('больше — лучше', 'меньше — лучше'),
    });
    let compared = 0;
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 10 }), (rows) => {
        const old = oldTab('ru', rows);
        const { converted, schemes } = convertAndRead(old);
        if (converted.notes.some((n) => UNDECIDED.has(n.code))) return;
        compared++;
        expect(sorted(schemes)).toEqual(sorted(readOldMotivation(old, 'ru', 'Europe/Moscow')));
      }),
      { numRuns: 500 },
    );
    expect(compared).toBeGreaterThan(250);
  });
});

describe('Set up converts a Motivation tab in the old layout', () => {
  test('renames it «Мотивация (прежний вид)», writes the new tab and says what happened', () => {
    const a = openAddon({ locale: 'ru_RU', today: '2026-11-20' });
    a.call('menuSetup');
    const tab = a.ss.getSheetByName('Мотивация')!;
    tab.clear();
    const old = oldTab('ru', [
      { scheme: 'K', component: 'KPI', kpi: 'Сделки', weight: 1, gateMin: 0.8, t0: 0.5 },
    ]);
    tab.getRange(1, 1, old.length, old[0].length).setValues(old as never);
    a.call('menuSetup');
    const kept = a.ss.getSheetByName('Мотивация (прежний вид)')!;
    expect(kept.getDataRange().getValues()).toEqual(old);
    const values = a.ss.getSheetByName('Мотивация')!.getDataRange().getValues();
    expect(values[0][MOT_COL.gateMin - 1]).toBe('Порог входа, % плана');
    expect(values[1].slice(0, 4)).toEqual(['K', '', 'KPI', 'Сделки']);
    const note = a.ss.getSheetByName('Мотивация')!.getRange(2, MOT_COL.gateMin).getNote();
    expect(note).toContain('свой порог T0 = 50 %');
    const alerts = a.ss.ui.dialogs.filter((d) => d.kind === 'alert').map((d) => d.message);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toContain('переименован в «Мотивация (прежний вид)»');
    expect(alerts[0]).toContain('кроме схем, где ниже сказано, что свой порог KPI не перенесён');
    expect(alerts[0]).toContain('Мотивация!K2: на прежнем листе у всех KPI схемы был порог входа 80 %');
    // Run again: nothing left to convert, the kept tab untouched
    a.call('menuSetup');
    expect(a.ss.getSheetByName('Мотивация (прежний вид)')!.getDataRange().getValues()).toEqual(old);
  });

  test('(en) the old example: the new tab reads without a problem, and the notice has nothing to decide', () => {
    const a = openAddon({ locale: 'en_US', today: '2026-11-20' });
    a.call('menuSetup');
    const tab = a.ss.getSheetByName('Motivation')!;
    tab.clear();
    const old = oldExample('en');
    tab.getRange(1, 1, old.length, old[0].length).setValues(old as never);
    a.call('menuSetup');
    const values = a.ss.getSheetByName('Motivation')!.getDataRange().getValues();
    const problems = new Problems();
    const schemes = readMotivation(values, {
      tab: 'Motivation',
      lang: 'en',
      timeZone: 'Europe/Moscow',
      problems,
    });
    expect(problems.lines('en')).toEqual([]);
    expect([...schemes.keys()]).toEqual(['S1', 'S2', 'HEAD']);
    const alerts = a.ss.ui.dialogs.filter((d) => d.kind === 'alert').map((d) => d.message);
    expect(alerts).toEqual([
      'The "Motivation" tab was in the old layout (22 columns, with T0 and Tmax): it is renamed "Motivation (old layout)" and kept as it was, and its schemes are moved to a new "Motivation" tab, paying the same amounts.',
    ]);
  });
});
