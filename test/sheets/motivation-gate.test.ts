import { type BonusInput, evaluateScheme } from '../../src/core/bonus';
import { type Lang, t } from '../../src/i18n';
import { Problems } from '../../src/sheets/problems';
import { MOT_COL, MOTIVATION_COLUMNS, readMotivation } from '../../src/sheets/settings/motivation';
import { motivationTemplate } from '../../src/sheets/settings/motivation-template';

/**
 * «Порог входа, % плана» on the first KPI row means two different amounts of money: with «Порог по
 * показателю» blank it is that KPI's own threshold; filled, it is the threshold of all the KPIs. Both
 * readings with money, and the notes that say so to a head of sales who reads only the notes.
 */

function scheme(gateMetric: string) {
  const values = [
    MOTIVATION_COLUMNS.map((c) => c.key),
    ...[
      {
        scheme: 'K',
        component: 'KPI',
        amount: 10_000,
        metric: 'Сделки',
        rate: 0.6,
        gateMetric,
        gateMin: 0.8,
      },
      { component: 'KPI', metric: 'Звонки', rate: 0.4 },
    ].map((r) => {
      const row: unknown[] = MOTIVATION_COLUMNS.map(() => '');
      for (const [k, v] of Object.entries(r)) row[MOT_COL[k] - 1] = v;
      return row;
    }),
  ];
  const problems = new Problems();
  const schemes = readMotivation(values, { tab: 'M', lang: 'ru', timeZone: 'Europe/Moscow', problems });
  expect(problems.lines('ru')).toEqual([]);
  return schemes.get('K')![0];
}

/** Deals at 70 % of plan, calls at plan, revenue at `revenue` of its 1 000 000 plan. */
const input = (revenue: number): BonusInput => ({
  plan: { revenue: 1_000_000, deals: 10, calls: 100 },
  fact: { revenue: revenue * 1_000_000, deals: 7, calls: 100 },
  kpis: { deals: { plan: 10, fact: 7 }, calls: { plan: 100, fact: 100 } },
});

describe('the entry threshold on the first KPI row', () => {
  test('«Порог по показателю» blank: 80 % is the deals KPI’s own threshold — deals at 70 % pay 0, calls still pay 4 000', () => {
    const s = scheme('');
    expect(evaluateScheme(s, input(0.5)).variable).toBe(4_000);
    expect(evaluateScheme(s, input(0.9)).variable).toBe(4_000);
  });

  test('«Порог по показателю» = Выручка: 80 % of the revenue plan gates all KPIs — 0 at 50 %, 4 200 + 4 000 at 90 %', () => {
    const s = scheme('Выручка');
    expect(evaluateScheme(s, input(0.5)).variable).toBe(0);
    // deals 10 000 × 60 % × 0.7 = 4 200, calls 10 000 × 40 % × 1 = 4 000
    expect(evaluateScheme(s, input(0.9)).variable).toBe(8_200);
  });

  test.each(['ru', 'en'] as Lang[])('(%s) both notes say both readings', (lang) => {
    const notes = motivationTemplate(lang).notes[0];
    const gateMin = notes[MOT_COL.gateMin - 1];
    const gateMetric = notes[MOT_COL.gateMetric - 1];
    const column = (key: 'gateMin' | 'gateMetric') => t(`col.mot.${key}`, lang);
    // each note names the other column and both cases: this KPI only, all KPIs
    expect(gateMin).toContain(column('gateMetric'));
    expect(gateMetric).toContain(column('gateMin'));
    const only = lang === 'ru' ? /только этого KPI|только к KPI своей строки/ : /that (row’s )?KPI/;
    const all = lang === 'ru' ? /всех KPI схемы/ : /all the scheme’s KPIs/;
    for (const note of [gateMin, gateMetric]) {
      expect(note).toMatch(only);
      expect(note).toMatch(all);
    }
  });
});
