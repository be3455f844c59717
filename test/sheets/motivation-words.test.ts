import { type Lang, t } from '../../src/i18n';
import { Problems } from '../../src/sheets/problems';
import type { FunnelStage } from '../../src/sheets/settings/funnel';
import {
  MOT_COL,
  MOTIVATION_COLUMNS,
  type MotivationMetrics,
  motivationMetrics,
  motivationTemplate,
  readMotivation,
} from '../../src/sheets/settings/motivation';
import { DEFAULT_METRICS, findOption, metricReader } from '../../src/sheets/settings/motivation-columns';
import type { PlanSettings } from '../../src/sheets/settings/plan';
import { TEAM_COLUMNS } from '../../src/sheets/settings/team';
import { type SettingsTab, settingsTabName } from '../../src/sheets/tabs';
import { quoted } from '../helpers/offered-words';

/**
 * What the Motivation tab offers, it takes: a test generated from the tab itself. Every word of a
 * drop-down, every word a choice column's note quotes («…» / "…") and every tier example a note quotes is
 * written into a row and read back; the reader must not refuse it.
 */

const LANGS: Lang[] = ['ru', 'en'];
const TABS: SettingsTab[] = ['team', 'plan', 'funnel', 'motivation', 'calendar', 'contests'];
/** The words a choice is refused with; other problems (a row incomplete around the word) do not matter here. */
const REFUSED = new Set(['settings.badChoice', 'motivation.unknownMetric']);

function read(rows: Record<string, unknown>[], lang: Lang, metrics?: MotivationMetrics) {
  const values = [
    MOTIVATION_COLUMNS.map((c) => c.key),
    ...rows.map((r) => {
      const row: unknown[] = MOTIVATION_COLUMNS.map(() => '');
      for (const [k, v] of Object.entries(r)) row[MOT_COL[k] - 1] = v;
      return row;
    }),
  ];
  const problems = new Problems();
  const schemes = readMotivation(values, { tab: 'M', lang, timeZone: 'Europe/Moscow', problems }, metrics);
  return { schemes, problems };
}

/** Quoted words that name no choice: a column (of this tab or the Team tab) or a tab the note points at. */
function names(lang: Lang): Set<string> {
  return new Set([
    ...[...MOTIVATION_COLUMNS, ...TEAM_COLUMNS].map((c) => t(`col.${c.key}` as never, lang)),
    ...TABS.map((tab) => settingsTabName(tab, lang)),
  ]);
}

/** For each choice column, the words the tab offers in it: its drop-down and its note's quoted words. */
function offered(lang: Lang): { field: string; word: string }[] {
  const g = motivationTemplate(lang);
  const skip = names(lang);
  const out: { field: string; word: string }[] = [];
  for (const v of g.validations) {
    if (v.rule.kind !== 'list') continue;
    const field = MOTIVATION_COLUMNS[v.rect.col - 1].key.slice(4);
    for (const word of v.rule.values) out.push({ field, word });
    for (const word of quoted(g.notes[0][v.rect.col - 1])) if (!skip.has(word)) out.push({ field, word });
  }
  return out;
}

/** A row that takes the field: a KPI row for a KPI's words, a tiered row for the rest. */
function rowFor(field: string, word: string): Record<string, unknown> {
  if (field === 'component') return { scheme: 'W', component: word };
  if (field === 'direction')
    return { scheme: 'W', component: 'KPI', metric: 'deals', rate: 1, direction: word };
  return { scheme: 'W', component: 'percent', rate: 0.1, [field]: word };
}

describe.each(LANGS)('(%s) every word the Motivation tab offers is accepted', (lang) => {
  const words = offered(lang);

  test('the tab offers words in every choice column', () => {
    const fields = new Set(words.map((w) => w.field));
    expect([...fields].sort()).toEqual(['component', 'direction', 'gateMetric', 'metric', 'mode', 'scope']);
    expect(words.length).toBeGreaterThan(40);
  });

  test.each(LANGS)('typed in a %s tab', (tabLang) => {
    const refused = words.filter(({ field, word }) => {
      const { problems } = read([rowFor(field, word)], tabLang);
      return problems.list.some((p) => p.col === MOT_COL[field] && REFUSED.has(p.code));
    });
    expect(refused).toEqual([]);
  });

  test('a choice word quoted in any note (the Cap note names «максимум премии») is a word of some column', () => {
    const g = motivationTemplate(lang);
    const skip = names(lang);
    const metric = metricReader(DEFAULT_METRICS);
    const groups = ['kind', 'scope', 'mode', 'direction'] as const;
    const words = quoted(g.notes[0].join(' ')).filter((q) => !skip.has(q) && !/[\d;→+]/.test(q));
    expect(words.length).toBeGreaterThan(15);
    const unknown = words.filter((w) => !metric(w) && !groups.some((gr) => findOption(w, gr)));
    expect(unknown).toEqual([]);
  });

  test('every tier example a note quotes reads as tiers, multipliers or a scale', () => {
    const g = motivationTemplate(lang);
    const examples = quoted(g.notes[0].join(' ')).filter((q) => /\d.*→.*\d/.test(q));
    expect(examples.length).toBeGreaterThanOrEqual(4);
    const rows = [
      { component: 'tiered' },
      { component: 'tiered', mode: 'retro' },
      { component: 'percent', rate: 0.1 },
      { component: 'target', amount: 1000, mode: 'linear' },
    ];
    const unread = examples.filter(
      (tiers) => !rows.some((r) => read([{ scheme: 'W', ...r, tiers }], lang).problems.empty),
    );
    expect(unread).toEqual([]);
  });
});

describe('the metrics offered are exactly those with facts', () => {
  const stage = (id: string, name: string): FunnelStage => ({
    row: 2,
    id,
    name,
    conversion: null,
    benchmark: null,
  });
  const funnel = [stage('calls', ''), stage('demos', 'Демо'), stage('deals', '')];
  const plan = (receipts: boolean) => ({ avgCheck: 100_000, receipts }) as unknown as PlanSettings;

  test('a custom funnel stage is a KPI and a base metric by its own name; Маржа and Штуки are refused', () => {
    const metrics = motivationMetrics(plan(false), funnel);
    expect(metrics.ids).toEqual(['revenue', 'calls', 'demos', 'deals']);
    const { schemes, problems } = read(
      [
        { scheme: 'K', component: 'KPI', metric: 'Демо', rate: 0.5, amount: 1000 },
        { scheme: 'K', component: 'KPI', metric: 'звонки', rate: 0.5 },
        { scheme: 'K', component: 'процент', metric: 'демо', rate: 0.01 },
        { scheme: 'X', component: 'процент', metric: 'Маржа', rate: 0.01 },
        { scheme: 'X', component: 'процент', metric: 'Штуки', rate: 0.01 },
        { scheme: 'X', component: 'процент', metric: 'Поступления', rate: 0.01 },
      ],
      'ru',
      metrics,
    );
    expect(problems.lines('ru')).toEqual(
      [5, 6, 7].map(
        (row) =>
          `M!D${row}: «Показатель»: показатель «${['Маржа', 'Штуки', 'Поступления'][row - 5]}» неизвестен; допустимы: «Выручка», «Звонки», «Демо», «Сделки»`,
      ),
    );
    const k = schemes.get('K')![0].components;
    expect(k).toEqual([
      {
        kind: 'kpi',
        target: 1000,
        kpis: [
          { id: 'demos', weight: 0.5 },
          { id: 'calls', weight: 0.5 },
        ],
      },
      { kind: 'percent', metric: 'demos', rate: 0.01 },
    ]);
  });

  test('receipts only when planned; the template lists the metrics it is given', () => {
    expect(motivationMetrics(plan(true), funnel).ids).toEqual([
      'revenue',
      'calls',
      'demos',
      'deals',
      'receipts',
    ]);
    const named = motivationMetrics(plan(true), funnel).ids.map((id) => ({ id, name: id }));
    const g = motivationTemplate('ru', named);
    const list = g.validations.find((v) => v.rect.col === MOT_COL.metric)!.rule;
    expect(list).toMatchObject({ values: ['revenue', 'calls', 'demos', 'deals', 'receipts'] });
  });
});

describe('a Motivation tab of the first layout (22 columns)', () => {
  const OLD_HEADER = [
    'Код схемы',
    'Название схемы',
    'Компонент',
    'Показатель',
    'Чей план',
    'Режим',
    'Ступени по',
  ];
  const old = [
    [
      ...OLD_HEADER,
      'Ступени / диапазоны',
      'Ставка',
      'Целевая сумма',
      'Порог входа: показатель',
      'Порог входа, % плана',
      'Потолок, сумма',
      'Потолок выполнения',
      'Сумма',
      'Возвратная',
      'KPI',
      'Вес KPI',
      'T0',
      'Tmax',
      'Направление',
      'Действует с',
    ],
    ['S1', 'Старая', 'оклад', ...new Array(19).fill('')],
  ];

  test.each(LANGS)('(%s) is one problem saying that Set up converts it, not a row of guesses', (lang) => {
    const problems = new Problems();
    const schemes = readMotivation(old, { tab: 'M', lang, timeZone: 'Europe/Moscow', problems });
    expect(schemes.size).toBe(0);
    expect(problems.list.map((p) => [p.row, p.col, p.code])).toEqual([
      [1, undefined, 'motivation.oldLayout'],
    ]);
    // it names the menu item and the tab the old one is kept as
    const line = problems.lines(lang)[0];
    expect(line).toContain(t('menu.setup', lang));
    expect(line).toContain(t('motivation.convert.oldTab', lang));
  });
});

/** The problems at the tiers cell of one tiered component with `tiers`. */
function tierProblems(lang: Lang, tiers: string): string[] {
  const { problems } = read([{ scheme: 'W', component: 'tiered', tiers }], lang);
  return problems.list.filter((p) => p.col === MOT_COL.tiers).map((p) => p.code);
}

describe('tiers that look like % of plan without the % sign', () => {
  test.each(LANGS)('(%s) «100 → 5 %; 120 → 7 %» is a question at the tiers cell, not 100 ₽', (lang) => {
    expect(tierProblems(lang, '100 → 5 %; 120 → 7 %')).toEqual(['motivation.tiersAmountOrPlan']);
    expect(tierProblems(lang, '100 % → 5 %; 120 % → 7 %')).toEqual([]);
    expect(tierProblems(lang, '0 → 3 %; 500 000 → 5 %')).toEqual([]);
  });
});

describe('a new scheme whose code was forgotten', () => {
  test.each(LANGS)('(%s) is a problem at the code cell, not rows added to the scheme above', (lang) => {
    const { schemes, problems } = read(
      [
        { scheme: 'A', name: 'Первая', component: 'salary', amount: 50000 },
        { name: 'Вторая', component: 'salary', amount: 70000 },
      ],
      lang,
    );
    expect(problems.list.map((p) => [p.row, p.col, p.code])).toEqual([
      [3, MOT_COL.scheme, 'motivation.codeForgotten'],
    ]);
    expect(schemes.get('A')?.[0].components).toHaveLength(1);
  });
});
