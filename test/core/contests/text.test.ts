import fc from 'fast-check';
import {
  parseBaseline,
  parseMultipliers,
  parseParticipants,
  parsePrizes,
  parsePublishing,
  parseWeights,
  weekdayOf,
} from '../../../src/core/contests/text';

const METRICS: Record<string, string> = {
  звонки: 'calls',
  встречи: 'meetings',
  сделки: 'deals',
  calls: 'calls',
};
const resolve = (s: string) => METRICS[s.trim().toLowerCase()];

describe('contest texts', () => {
  test('weights: every operator, decimal commas, unknown names kept for the check', () => {
    expect(
      parseWeights('звонки × 1; Встречи x 5\nсделки х 20; calls*0,5; маржа = 2; звонки: 3', resolve, 'ru'),
    ).toEqual({
      weights: [
        { metric: 'calls', points: 1 },
        { metric: 'meetings', points: 5 },
        { metric: 'deals', points: 20 },
        { metric: 'calls', points: 0.5 },
        { metric: 'маржа', points: 2 },
        { metric: 'calls', points: 3 },
      ],
      problems: [],
    });
  });

  test('a weight that fits no grammar is a problem at its index; the rest still read', () => {
    expect(parseWeights('звонки; встречи × 5; × 3', resolve, 'ru')).toEqual({
      weights: [{ metric: 'meetings', points: 5 }],
      problems: [
        { code: 'contest.text.badWeight', params: { value: 'звонки' }, field: 'rule.weights[0]' },
        { code: 'contest.text.badWeight', params: { value: '× 3' }, field: 'rule.weights[2]' },
      ],
    });
  });

  test('a name ending in the letter x is not cut at it', () => {
    const r = parseWeights('Fax x 2; Box×3', (s) => s, 'en');
    expect(r.weights).toEqual([
      { metric: 'Fax', points: 2 },
      { metric: 'Box', points: 3 },
    ]);
  });

  test('weekdays by short or full name, either language, a dot allowed', () => {
    expect(['пн', 'Вт', 'среда', 'чт.', 'Fri', 'saturday', 'Sun.'].map(weekdayOf)).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
    expect(weekdayOf('сделки')).toBeUndefined();
  });

  test('multipliers: a weekday, a metric, both in either order; an unknown key kept as a metric', () => {
    expect(
      parseMultipliers('пт × 2; сделки × 1,5; пт встречи × 3; calls sat x 4; бонус × 2', resolve, 'ru'),
    ).toEqual({
      multipliers: [
        { factor: 2, weekday: 5 },
        { factor: 1.5, metric: 'deals' },
        { factor: 3, weekday: 5, metric: 'meetings' },
        { factor: 4, weekday: 6, metric: 'calls' },
        { factor: 2, metric: 'бонус' },
      ],
      problems: [],
    });
    expect(parseMultipliers('пятница', resolve, 'ru').problems).toEqual([
      { code: 'contest.text.badMultiplier', params: { value: 'пятница' }, field: 'rule.multipliers[0]' },
    ]);
  });

  test('baselines in weeks or months, Russian forms and English', () => {
    const cases: [string, unknown][] = [
      ['4 недели', { unit: 'week', count: 4 }],
      ['1 неделя', { unit: 'week', count: 1 }],
      ['5 недель', { unit: 'week', count: 5 }],
      ['2 нед.', { unit: 'week', count: 2 }],
      ['3 месяца', { unit: 'month', count: 3 }],
      ['6 мес', { unit: 'month', count: 6 }],
      ['4 weeks', { unit: 'week', count: 4 }],
      ['1 Month', { unit: 'month', count: 1 }],
      ['4', undefined],
      ['четыре недели', undefined],
      ['3 дня', undefined],
    ];
    for (const [text, want] of cases) expect([text, parseBaseline(text)]).toEqual([text, want]);
  });

  test('prizes: money in kopecks with a sign or code, text prizes, an empty place, trailing separators', () => {
    expect(parsePrizes('10 000 ₽; 5 000,50 руб.; ; выходной день;', 'ru').prizes).toEqual([
      { kopecks: 1_000_000 },
      { kopecks: 500_050 },
      { kopecks: 0 },
      { text: 'выходной день' },
    ]);
    expect(parsePrizes('10,000; $2,500.25\na cup', 'en')).toEqual({
      prizes: [{ kopecks: 1_000_000 }, { kopecks: 250_025 }, { text: 'a cup' }],
      problems: [],
    });
  });

  test('a sum, points or a factor that reads two ways is a problem at its place, whichever it meant', () => {
    const ask = (value: string, whole: string, fraction: string, field: string) => ({
      code: 'number.ambiguous',
      params: { value, whole, fraction },
      field,
    });
    // «10,000» typed English-style on a Russian tab was 10 ₽.
    expect(parsePrizes('10,000 ₽; 5 000 ₽; 1,5 ₽', 'ru').problems).toEqual([
      ask('10,000 ₽', '10 000', '10', 'prizes[0]'),
    ]);
    expect(parsePrizes('$10.000; 0.500; 10.00', 'en').problems).toEqual([
      ask('$10.000', '10,000', '10', 'prizes[0]'),
    ]);
    expect(parseWeights('звонки × 1; сделки × 1,000', resolve, 'ru').problems).toEqual([
      ask('1,000', '1 000', '1', 'rule.weights[1].points'),
    ]);
    expect(parseMultipliers('пт × 1.500', resolve, 'ru').problems).toEqual([
      ask('1.500', '1 500', '1,5', 'rule.multipliers[0].factor'),
    ]);
    expect(parseWeights('calls × 1,000; deals × 1.000', resolve, 'en').problems).toEqual([
      ask('1.000', '1,000', '1', 'rule.weights[1].points'),
    ]);
  });

  test('participants: all in either language or blank; names and ids by «;» or «,»', () => {
    const people: Record<string, string> = { анна: 'm1', m2: 'm2' };
    const find = (s: string) => people[s.toLowerCase()];
    expect(['все', 'ВСЕ', 'all', 'Everyone', ''].map((s) => parseParticipants(s, find))).toEqual(
      Array(5).fill('all'),
    );
    expect(parseParticipants('Анна, M2; Пётр', find)).toEqual(['m1', 'm2', 'Пётр']);
    expect(parseParticipants(' ; , ', find)).toEqual([]);
  });

  test('property: weights written as «name × n; …» read back exactly', () => {
    const name = fc.constantFrom('звонки', 'встречи', 'сделки', 'calls');
    const op = fc.constantFrom('×', 'x', 'х', '*', '=', ':');
    const points = fc.integer({ min: 0, max: 1_000_000 });
    fc.assert(
      fc.property(fc.array(fc.tuple(name, op, points), { minLength: 1, maxLength: 6 }), (list) => {
        const text = list.map(([n, o, p]) => `${n} ${o} ${p.toLocaleString('ru-RU')}`).join('; ');
        const r = parseWeights(text, resolve, 'ru');
        expect(r.problems).toEqual([]);
        expect(r.weights).toEqual(list.map(([n, , p]) => ({ metric: resolve(n), points: p })));
      }),
    );
  });

  test('property: money prizes in rubles and kopecks read back to the kopeck', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100_000_000 }), { minLength: 1, maxLength: 5 }),
        (ks) => {
          const text = ks
            .map(
              (k) => `${Math.floor(k / 100).toLocaleString('ru-RU')},${String(k % 100).padStart(2, '0')} ₽`,
            )
            .join('; ');
          expect(parsePrizes(text, 'ru')).toEqual({
            prizes: ks.map((kopecks) => ({ kopecks })),
            problems: [],
          });
        },
      ),
    );
  });
});

describe('who the leaderboard publishes', () => {
  test('blank or «все»: everyone; a number or «первые 3»: the top; «без последних 2»: all but the bottom', () => {
    expect(parsePublishing('')).toEqual({});
    expect(parsePublishing('все')).toEqual({});
    expect(parsePublishing('3')).toEqual({ showTop: 3 });
    expect(parsePublishing('первые 3')).toEqual({ showTop: 3 });
    expect(parsePublishing('Top 5')).toEqual({ showTop: 5 });
    expect(parsePublishing('топ-3')).toEqual({ showTop: 3 });
    expect(parsePublishing('топ 3')).toEqual({ showTop: 3 });
    expect(parsePublishing('без последних 2')).toEqual({ hideBottom: 2 });
    expect(parsePublishing('кроме последних 2')).toEqual({ hideBottom: 2 });
    expect(parsePublishing('all but the last 2')).toEqual({ hideBottom: 2 });
    expect(parsePublishing('лучшие')).toBeUndefined();
    expect(parsePublishing('с 2 по 5')).toBeUndefined();
  });
});
