import { readBoolean, separatorReadings } from '../../src/core/cells';
import type { Lang } from '../../src/i18n';
import { gridValues } from '../../src/sheets/import/import-tab-writes';
import { Problems } from '../../src/sheets/problems';
import { CONTEST_COL, CONTEST_COLUMNS, readContestTab } from '../../src/sheets/settings/contests';
import type { FunnelStage } from '../../src/sheets/settings/funnel';
import { keyRows } from '../../src/sheets/settings/keyed';
import { MOT_COL, MOTIVATION_COLUMNS, readMotivation } from '../../src/sheets/settings/motivation';
import { type PlanSettings, planTemplate, readPlan } from '../../src/sheets/settings/plan';
import type { TableContext } from '../../src/sheets/settings/table';
import type { Person } from '../../src/sheets/settings/team';

/**
 * What a settings cell means is never silently different from what was typed (issue 16, item 3–4): a
 * number whose separator reads two ways («10,000» on a Russian tab: 10 or ten thousand) is a question at
 * its cell, in every text and number cell that takes an amount; a ramp with no share in it is a problem; a
 * mistyped metric on the Motivation tab is one problem, with the metrics by their names.
 */

const ctxOf = (lang: Lang, problems: Problems, tab = 'T'): TableContext => ({
  tab,
  lang,
  timeZone: 'Europe/Moscow',
  problems,
});

/** A table tab from rows given by field name. */
function table(columns: readonly { key: string }[], col: Record<string, number>) {
  return (rows: Record<string, unknown>[]): unknown[][] => [
    columns.map((c) => c.key),
    ...rows.map((r) => {
      const row: unknown[] = columns.map(() => '');
      for (const [k, v] of Object.entries(r)) row[col[k] - 1] = v;
      return row;
    }),
  ];
}

describe('separatorReadings: a comma or dot before exactly three digits', () => {
  test.each([
    ['10,000', 'ru', { whole: '10 000', fraction: '10' }],
    ['10.000', 'ru', { whole: '10 000', fraction: '10' }],
    ['10.000', 'en', { whole: '10,000', fraction: '10' }],
    ['−1,250 ₽', 'ru', { whole: '-1 250', fraction: '-1,25' }],
    ['1,234', 'ru', { whole: '1 234', fraction: '1,2340' }],
    ['12,500 %', 'ru', { whole: '12 500%', fraction: '12,5%' }],
  ] as [string, Lang, object][])('%s (%s) reads two ways', (text, lang, want) => {
    expect(separatorReadings(text, lang)).toEqual(want);
  });

  test.each([
    ['10,000', 'en'],
    ['10 000', 'ru'],
    ['1,5', 'ru'],
    ['0,500', 'ru'],
    ['0.500', 'en'],
    ['1 234,500', 'ru'],
    ['1,234.500', 'en'],
    ['10.000.000', 'ru'],
    ['1234,567', 'ru'],
    ['10,00', 'ru'],
    ['выходной', 'ru'],
  ] as [string, Lang][])('%s (%s) reads one way', (text, lang) => {
    expect(separatorReadings(text, lang)).toBeUndefined();
  });

  test('each reading spelled for the language reads one way there, and as meant', () => {
    for (const lang of ['ru', 'en'] as Lang[])
      for (const text of ['10,000', '10.000', '1.234', '999,001', '5,100'].filter((x) =>
        separatorReadings(x, lang),
      )) {
        const r = separatorReadings(text, lang)!;
        expect([text, separatorReadings(r.whole, lang), separatorReadings(r.fraction, lang)]).toEqual([
          text,
          undefined,
          undefined,
        ]);
      }
  });
});

describe('the Contests tab: a prize, points or a factor that reads two ways is asked at its cell', () => {
  const funnel: FunnelStage[] = [
    { row: 2, id: 'calls', name: 'Звонки', conversion: 0.1, benchmark: null },
    { row: 3, id: 'deals', name: 'Сделки', conversion: null, benchmark: null },
  ];
  const env = {
    people: [{ row: 2, id: 'm1', name: 'Анна', role: 'manager', team: '', active: true } as Person],
    plan: { avgCheck: 1 } as PlanSettings,
    funnel,
  };
  const tab = table(CONTEST_COLUMNS, CONTEST_COL);
  const base = { name: 'Спринт', from: 46_000, to: 46_020, rule: 'гонка', metric: 'Выручка', target: 5 };
  const read = (rows: Record<string, unknown>[], lang: Lang) => {
    const problems = new Problems();
    const contests = readContestTab(tab(rows), ctxOf(lang, problems, 'К'), env);
    return { contests, lines: problems.lines(lang) };
  };

  test('(ru) «10,000» as a prize was 10 ₽; now a question naming both readings', () => {
    const { lines } = read([{ ...base, prizes: '10,000; 5 000 ₽; выходной день' }], 'ru');
    expect(lines).toEqual([
      'К!O2: «10,000» можно прочитать двумя способами: напишите «10 000» или «10» — смотря что имелось в виду',
    ]);
    for (const prizes of ['10 000; 5 000 ₽', '10; 5 000 ₽', '10000; 1,5'])
      expect(read([{ ...base, prizes }], 'ru').lines).toEqual([]);
  });

  test('(en) "10.000" asks, "10,000" is ten thousand', () => {
    expect(read([{ ...base, prizes: '$10.000' }], 'en').lines).toEqual([
      'К!O2: "$10.000" reads two ways: write "10,000" or "10", whichever you meant',
    ]);
    const { contests, lines } = read([{ ...base, prizes: '$10,000' }], 'en');
    expect(lines).toEqual([]);
    expect(contests[0].prizes).toEqual([{ kopecks: 1_000_000 }]);
  });

  test('weights and multipliers ask at their cells; a number cell typed as text too', () => {
    const activity = { ...base, rule: 'активность', metric: '', target: '' };
    const { lines } = read(
      [
        { ...activity, weights: 'звонки × 1; сделки × 1,000' },
        { ...activity, name: 'Б', weights: 'звонки × 1', multipliers: 'пт × 1.500' },
        { ...base, name: 'В', target: '1,000' },
      ],
      'ru',
    );
    expect(lines.map((l) => l.split(' можно')[0])).toEqual([
      'К!H4: «1,000»',
      'К!L2: «1,000»',
      'К!M3: «1.500»',
    ]);
  });
});

describe('the Motivation tab: amounts typed two ways, a mistyped metric once', () => {
  const tab = table(MOTIVATION_COLUMNS, MOT_COL);
  const read = (rows: Record<string, unknown>[], lang: Lang) => {
    const problems = new Problems();
    readMotivation(tab(rows), ctxOf(lang, problems, 'М'));
    return problems.lines(lang);
  };

  test('(ru) a tier threshold «1,500» and an amount typed as text «50,000» ask at their cells', () => {
    expect(
      read(
        [
          { scheme: 'A', component: 'оклад', amount: '50,000' },
          { scheme: 'A', component: 'ступени', tiers: '0 → 3 %; 1,500 → 5 %' },
        ],
        'ru',
      ),
    ).toEqual([
      'М!I2: «50,000» можно прочитать двумя способами: напишите «50 000» или «50» — смотря что имелось в виду',
      'М!G3: «1,500» можно прочитать двумя способами: напишите «1 500» или «1,5» — смотря что имелось в виду',
    ]);
  });

  test.each([
    [
      'ru',
      'М!D2: «Показатель»: показатель «выручкаа» неизвестен; допустимы: «Выручка», «Звонки», «Лиды», «Встречи», «Сделки», «Поступления»',
    ],
    [
      'en',
      'М!D2: "Metric": metric "выручкаа" is unknown; known metrics: "Revenue", "Calls", "Leads", "Meetings", "Deals", "Receipts"',
    ],
  ] as [Lang, string][])(
    '(%s) a mistyped metric with an entry threshold is one problem, at «Показатель», by names',
    (lang, line) => {
      const rows = [{ scheme: 'A', component: 'процент', metric: 'выручкаа', rate: 0.05, gateMin: 0.8 }];
      expect(read(rows, lang)).toEqual([line]);
    },
  );

  test('a mistyped threshold metric is its own problem, at its own cell', () => {
    const rows = [{ scheme: 'A', component: 'процент', rate: 0.05, gateMetric: 'звонкии', gateMin: 0.8 }];
    expect(read(rows, 'ru')).toEqual([
      'М!J2: «Порог по показателю»: показатель «звонкии» неизвестен; допустимы: «Выручка», «Звонки», «Лиды», «Встречи», «Сделки», «Поступления»',
    ]);
  });
});

describe('the Plan tab: the ramp and the months', () => {
  const plan = (lang: Lang, set: Record<string, unknown>, months: [number, number, unknown][] = []) => {
    const values = gridValues(planTemplate(lang, 2026));
    const rows = keyRows(values);
    for (const [key, v] of Object.entries(set)) values[rows.get(key)! - 1][2] = v;
    const monthsRow = rows.get('months')!;
    for (const [m, col, v] of months) values[monthsRow + m - 1][col - 1] = v;
    const problems = new Problems();
    const read = readPlan(values, ctxOf(lang, problems, 'П'));
    return { read, lines: problems.lines(lang), row: rows.get('ramp')! };
  };

  test.each(['ru', 'en'] as Lang[])('(%s) a ramp of separators only is a problem at its cell', (lang) => {
    const { read, lines, row } = plan(lang, { ramp: ';' });
    expect(read).toBeNull();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^П!C${row}: .;.`));
  });

  test('a ramp as a Russian writes percents, with a space before %, reads', () => {
    expect(plan('ru', { ramp: '25 %; 50 %; 100 %' }).read?.ramp).toEqual([0.25, 0.5, 1]);
    expect(plan('en', { ramp: '25%; 50% 75%' }).read?.ramp).toEqual([0.25, 0.5, 0.75]);
  });

  test('a monthly plan typed as text «1,000» asks; «1 000» reads', () => {
    const { lines } = plan('ru', { seasonality: 'равномерно' }, [[3, 4, '1,000']]);
    expect(lines.some((l) => /^П!D\d+: «1,000» можно прочитать/.test(l))).toBe(true);
    expect(plan('ru', { seasonality: 'равномерно' }, [[3, 4, '1 000']]).lines.join()).not.toMatch(/можно/);
  });
});

test('a checkbox takes the words its note names for its states, in either language', () => {
  for (const [word, value] of [
    ['Включено', true],
    ['выключено', false],
    ['On', true],
    ['off', false],
  ] as [string, boolean][])
    expect([word, readBoolean(word)]).toEqual([word, { ok: true, value }]);
});
