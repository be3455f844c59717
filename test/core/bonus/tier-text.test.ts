import {
  asAttainment,
  asRate,
  parseBandText,
  parseCurveText,
  parseTierText,
  type TierTextLang,
} from '../../../src/core/bonus';
import { msgRef } from '../../../src/core/errors';

const ok = <T>(items: T[]) => ({ items, problems: [] });
const badItem = (index: number, item: string, expected: string) => ({
  code: 'motivation.badItem',
  params: { index, item, expected: msgRef(expected) },
});

describe('asRate and asAttainment', () => {
  test.each([
    [5, 0.05],
    [0.05, 0.05],
    [1, 1],
    [100, 1],
  ])('asRate(%p) = %p', (v, want) => expect(asRate(v)).toBeCloseTo(want, 12));

  test.each([
    [80, 0.8],
    [0.8, 0.8],
    [1.3, 1.3],
    [3, 3],
    [130, 1.3],
  ])('asAttainment(%p) = %p', (v, want) => expect(asAttainment(v)).toBeCloseTo(want, 12));
});

describe('parseTierText by amount', () => {
  const cases: [string, TierTextLang, string, object[]][] = [
    [
      'Russian spaces and comma',
      'ru',
      '0 → 2 %; 2 000 000 → 4 %; 3 000 000 → 6 %',
      [
        { from: 0, rate: 0.02 },
        { from: 2_000_000, rate: 0.04 },
        { from: 3_000_000, rate: 0.06 },
      ],
    ],
    [
      'English commas and point',
      'en',
      '0 → 2%; 2,000,000 → 4%; 3,000,000 → 6%',
      [
        { from: 0, rate: 0.02 },
        { from: 2_000_000, rate: 0.04 },
        { from: 3_000_000, rate: 0.06 },
      ],
    ],
    ['Russian decimal comma', 'ru', '750 000 → 7,5 %', [{ from: 750_000, rate: 0.075 }]],
    ['English decimal point', 'en', '750,000 → 7.5%', [{ from: 750_000, rate: 0.075 }]],
    [
      'arrow ->',
      'ru',
      '0 -> 3 %; 500 000 -> 5 %',
      [
        { from: 0, rate: 0.03 },
        { from: 500_000, rate: 0.05 },
      ],
    ],
    [
      'arrow =>',
      'ru',
      '0 => 3 %; 500 000 => 5 %',
      [
        { from: 0, rate: 0.03 },
        { from: 500_000, rate: 0.05 },
      ],
    ],
    [
      'colon',
      'en',
      '0: 3%; 500,000: 5%',
      [
        { from: 0, rate: 0.03 },
        { from: 500_000, rate: 0.05 },
      ],
    ],
    [
      'new lines, blank items',
      'ru',
      '0 → 3 %\n\n500 000 → 5 %;',
      [
        { from: 0, rate: 0.03 },
        { from: 500_000, rate: 0.05 },
      ],
    ],
    ['plain rate above 1 is percent', 'ru', '0 → 3', [{ from: 0, rate: 0.03 }]],
    ['plain rate up to 1 is a fraction', 'ru', '0 → 0,03', [{ from: 0, rate: 0.03 }]],
    [
      'share of salary and fixed sum (ru)',
      'ru',
      '750 000 → 7,5 % + 10 % оклада + 5 000',
      [{ from: 750_000, rate: 0.075, salaryRate: 0.1, fixed: 5000 }],
    ],
    [
      'share of salary and fixed sum (en)',
      'en',
      '750,000 → 7.5% + 10% of salary + 5,000',
      [{ from: 750_000, rate: 0.075, salaryRate: 0.1, fixed: 5000 }],
    ],
    ['currency sign', 'ru', '500 000 ₽ → 5 %', [{ from: 500_000, rate: 0.05 }]],
  ];
  test.each(cases)('%s', (_name, lang, text, tiers) => {
    const got = parseTierText(text, 'amount', lang);
    expect(got.problems).toEqual([]);
    expect(got.items).toHaveLength(tiers.length);
    got.items.forEach((tier, i) => {
      for (const [k, v] of Object.entries(tiers[i])) expect(tier[k as keyof typeof tier]).toBeCloseTo(v, 12);
    });
  });
});

describe('parseTierText by attainment', () => {
  test.each([
    [
      'ru',
      '100 % → 5 %; 120 % → 7 %',
      [
        { from: 1, rate: 0.05 },
        { from: 1.2, rate: 0.07 },
      ],
    ],
    [
      'en',
      '100% → 5%; 120% → 7%',
      [
        { from: 1, rate: 0.05 },
        { from: 1.2, rate: 0.07 },
      ],
    ],
    [
      'ru',
      '80 → 2 %; 1,2 → 4 %',
      [
        { from: 0.8, rate: 0.02 },
        { from: 1.2, rate: 0.04 },
      ],
    ],
  ] as [TierTextLang, string, object[]][])('(%s) %s', (lang, text, tiers) => {
    const got = parseTierText(text, 'attainment', lang);
    expect(got.problems).toEqual([]);
    got.items.forEach((tier, i) => {
      for (const [k, v] of Object.entries(tiers[i])) expect(tier[k as keyof typeof tier]).toBeCloseTo(v, 12);
    });
  });
});

describe('parseTierText problems', () => {
  const tiers = 'mot.format.tiers';
  const plan = 'mot.format.tiersPlan';
  test.each([
    ['no arrow', 'amount', '0 3 %', [badItem(1, '0 3 %', tiers)]],
    ['two arrows', 'amount', '0 → 3 % → 5 %', [badItem(1, '0 → 3 % → 5 %', tiers)]],
    ['not a number', 'amount', '0 → 3 %; много → 5 %', [badItem(2, 'много → 5 %', tiers)]],
    ['a multiplier', 'amount', '0 → ×1,5', [badItem(1, '0 → ×1,5', tiers)]],
    ['a multiplier by plan', 'attainment', '100 % → ×1,5', [badItem(1, '100 % → ×1,5', plan)]],
    ['extras with a multiplier', 'amount', '0 → 3 % + ×2', [badItem(1, '0 → 3 % + ×2', tiers)]],
    [
      'a percent threshold by amount',
      'amount',
      '0 → 3 %; 100 % → 5 %',
      [{ code: 'motivation.percentThreshold', params: { index: 2, item: '100 % → 5 %' } }],
    ],
  ] as [string, 'amount' | 'attainment', string, object[]][])('%s', (_name, by, text, problems) => {
    const got = parseTierText(text, by, 'ru');
    expect(got.problems).toEqual(problems);
  });

  test('keeps the items it could read', () => {
    const got = parseTierText('0 → 3 %; ?; 500 000 → 5 %', 'amount', 'ru');
    expect(got.items).toEqual([
      { from: 0, rate: 0.03 },
      { from: 500_000, rate: 0.05 },
    ]);
    expect(got.problems).toEqual([badItem(2, '?', tiers)]);
  });

  test.each([
    ['en', '1,500 → 4%', 1500],
    ['ru', '1,000,000 → 4 %', 1_000_000],
    ['en', '1 000 000 → 4%', 1_000_000],
    ['ru', '1.000.000 → 4 %', 1_000_000],
  ] as [TierTextLang, string, number][])(
    '(%s) the other style where it is unambiguous: %s',
    (lang, text, from) => {
      expect(parseTierText(text, 'amount', lang)).toEqual(ok([{ from, rate: 0.04 }]));
    },
  );
});

describe('a number that reads two ways is a question, not a guess', () => {
  const ambiguous = (index: number, value: string, whole: string, fraction: string) => ({
    code: 'number.ambiguous',
    params: { value, index, whole, fraction },
  });
  test.each([
    ['ru', 'amount', '0 → 3 %; 1,500 → 4 %', ambiguous(2, '1,500', '1 500', '1,5')],
    ['ru', 'amount', '0 → 3 %; 10.000 ₽ → 4 %', ambiguous(2, '10.000 ₽', '10 000', '10')],
    ['en', 'amount', '0 → 3%; 10.000 → 4%', ambiguous(2, '10.000', '10,000', '10')],
    ['ru', 'amount', '0 → 3 % + 1,250', ambiguous(1, '1,250', '1 250', '1,25')],
    ['ru', 'attainment', '100 % → 7,125 %', ambiguous(1, '7,125 %', '7 125%', '7,1250%')],
  ] as [TierTextLang, 'amount' | 'attainment', string, object][])('(%s) %s %s', (lang, by, text, problem) => {
    const got = parseTierText(text, by, lang);
    expect(got.problems).toEqual([problem]);
    expect(got.items).toHaveLength(text.split(';').length - 1);
  });

  test.each([
    ['ru', '0 → 3 %; 10 000 → 4 %; 0,125 → 1 %; 1,5 → 2 %; 1 234,500 → 3 %'],
    ['en', '0 → 3%; 10,000 → 4%; 0.125 → 1%; 1.5 → 2%; 1,234.500 → 3%'],
  ] as [TierTextLang, string][])('(%s) one way only: %s', (lang, text) => {
    expect(parseTierText(text, 'amount', lang).problems).toEqual([]);
  });

  test('bands and curve points ask too', () => {
    expect(parseBandText('100 % → ×1,500', 'ru').problems).toEqual([ambiguous(1, '1,500', '1 500', '1,5')]);
    expect(parseCurveText('100 % → 1.000', 'en').problems).toEqual([ambiguous(1, '1.000', '1,000', '1')]);
  });
});

describe('parseBandText', () => {
  test.each([
    [
      'ru',
      '100 % → ×1,5; 130 % → ×2',
      [
        { from: 1, multiplier: 1.5 },
        { from: 1.3, multiplier: 2 },
      ],
    ],
    [
      'en',
      '100% → ×1.5; 130% → ×2',
      [
        { from: 1, multiplier: 1.5 },
        { from: 1.3, multiplier: 2 },
      ],
    ],
    [
      'en',
      '100% -> 1.5x; 130% => 2x',
      [
        { from: 1, multiplier: 1.5 },
        { from: 1.3, multiplier: 2 },
      ],
    ],
    [
      'ru',
      '100 → 150 %; 1,3 : х2',
      [
        { from: 1, multiplier: 1.5 },
        { from: 1.3, multiplier: 2 },
      ],
    ],
  ] as [TierTextLang, string, { from: number; multiplier: number }[]][])('(%s) %s', (lang, text, bands) => {
    const got = parseBandText(text, lang);
    expect(got.problems).toEqual([]);
    expect(got.items).toHaveLength(bands.length);
    got.items.forEach((b, i) => {
      expect(b.from).toBeCloseTo(bands[i].from, 12);
      expect(b.multiplier).toBeCloseTo(bands[i].multiplier, 12);
    });
  });

  test.each([
    ['extras', '100 % → ×1,5 + 5 000', badItem(1, '100 % → ×1,5 + 5 000', 'mot.format.bands')],
    ['a multiplier on the left', '×1 → ×1,5', badItem(1, '×1 → ×1,5', 'mot.format.bands')],
    ['no value', '100 % →', badItem(1, '100 % →', 'mot.format.bands')],
  ])('%s is a problem', (_name, text, problem) => {
    expect(parseBandText(text, 'ru')).toEqual({ items: [], problems: [problem] });
  });
});

describe('parseCurveText', () => {
  test.each([
    [
      'ru',
      '50 % → 0; 100 % → 1; 150 % → 2',
      [
        [0.5, 0],
        [1, 1],
        [1.5, 2],
      ],
    ],
    [
      'en',
      '50% -> 0; 100% -> 100%; 150% -> 1.5',
      [
        [0.5, 0],
        [1, 1],
        [1.5, 1.5],
      ],
    ],
    [
      'ru',
      '0,5 : 0\n1 : 1,25',
      [
        [0.5, 0],
        [1, 1.25],
      ],
    ],
  ] as [TierTextLang, string, [number, number][]][])('(%s) %s', (lang, text, points) => {
    const got = parseCurveText(text, lang);
    expect(got.problems).toEqual([]);
    expect(got.items.map((p) => [p.x, p.y])).toEqual(
      points.map(([x, y]) => [expect.closeTo(x, 12), expect.closeTo(y, 12)]),
    );
  });

  test.each([
    ['extras', '100 % → 1 + 10 % оклада', badItem(1, '100 % → 1 + 10 % оклада', 'mot.format.curve')],
    ['a multiplier on the left', '×1 → 1', badItem(1, '×1 → 1', 'mot.format.curve')],
    ['text', 'сто → один', badItem(1, 'сто → один', 'mot.format.curve')],
  ])('%s is a problem', (_name, text, problem) => {
    expect(parseCurveText(text, 'ru')).toEqual({ items: [], problems: [problem] });
  });

  test('an empty text gives nothing and no problem (the reader asks for it)', () => {
    expect(parseCurveText(' ; \n', 'ru')).toEqual(ok([]));
  });
});
