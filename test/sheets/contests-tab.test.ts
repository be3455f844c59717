import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAppsScriptGlobals, Spreadsheet } from '../../local/spreadsheet';
import type { Contest } from '../../src/core/contests/types';
import { contestProblems } from '../../src/core/contests/validate';
import { type Day, dayOf } from '../../src/core/dates';
import { type Lang, t } from '../../src/i18n';
import { setupAction } from '../../src/sheets/actions/setup';
import type { ActionContext } from '../../src/sheets/context';
import { Problems } from '../../src/sheets/problems';
import { readSettings, type Settings } from '../../src/sheets/settings';
import {
  CONTEST_COL,
  CONTEST_COLUMNS,
  type ContestEnv,
  readContests,
  readContestTab,
} from '../../src/sheets/settings/contests';
import { findRule } from '../../src/sheets/settings/contests-columns';
import { contestColumnOf } from '../../src/sheets/settings/contests-problems';
import { contestsTemplate } from '../../src/sheets/settings/contests-template';
import type { FunnelStage } from '../../src/sheets/settings/funnel';
import type { PlanSettings } from '../../src/sheets/settings/plan';
import { type Person, TEAM_COLUMNS } from '../../src/sheets/settings/team';

/**
 * The Contests settings tab end to end in memory: the reader on real rows, every problem at its cell (the
 * core's codes walked like the Motivation tab's), Set up and the template. Longer than 350 lines: the tab's
 * one story, and the broken contests that walk the core's codes read best beside the cells they land on.
 */

const NOV = (d: number): Day => dayOf(2026, 11, d);
const serial = (d: Day) => d - dayOf(1899, 12, 30);

const person = (id: string, name: string, team = '', role: Person['role'] = 'manager'): Person =>
  ({ row: 2, id, name, role, team, active: true }) as Person;

const funnel: FunnelStage[] = [
  { row: 2, id: 'calls', name: 'Звонки', conversion: 0.1, benchmark: null },
  { row: 3, id: 'demo', name: 'Демо', conversion: 0.5, benchmark: null },
  { row: 4, id: 'meetings', name: 'Встречи', conversion: 0.3, benchmark: null },
  { row: 5, id: 'deals', name: 'Сделки', conversion: null, benchmark: null },
];
const env: ContestEnv = {
  people: [
    person('m1', 'Анна Смирнова', 'Север'),
    person('m2', 'Иван Петров', 'Юг'),
    person('m3', 'Мария Кузнецова', 'Север'),
    person('h1', 'Ольга Руководитель', '', 'head'),
  ],
  plan: { avgCheck: 200_000, receipts: { yearly: 1 } } as PlanSettings,
  funnel,
};

/** A Contests tab from rows given by field name ('name', 'rule', 'weights', …). */
function tab(rows: Record<string, unknown>[]): unknown[][] {
  return [
    CONTEST_COLUMNS.map((c) => c.key),
    ...rows.map((r) => {
      const row: unknown[] = CONTEST_COLUMNS.map(() => '');
      for (const [k, v] of Object.entries(r)) row[CONTEST_COL[k] - 1] = v;
      return row;
    }),
  ];
}

const base = { name: 'Спринт', from: serial(NOV(2)), to: serial(NOV(30)) };

function read(rows: Record<string, unknown>[], lang: Lang = 'ru') {
  const problems = new Problems();
  const name = lang === 'ru' ? 'Конкурсы' : 'Contests';
  const contests = readContestTab(tab(rows), { tab: name, lang, timeZone: 'Europe/Moscow', problems }, env);
  return { contests, problems, lines: problems.lines(lang) };
}

function only(row: Record<string, unknown>, lang: Lang = 'ru'): Contest {
  const { contests, lines } = read([row], lang);
  expect(lines).toEqual([]);
  expect(contests).toHaveLength(1);
  return contests[0];
}

describe('the Contests tab reader: each rule, both languages, names and ids', () => {
  test('a plan-points sprint: 90 % minimum, 300 and 600 points per %, prizes, top 3', () => {
    const c = only({
      ...base,
      participants: 'все',
      rule: 'баллы за % плана',
      metric: 'Выручка',
      minimum: 0.9,
      rate: 300,
      rateAbove: 600,
      prizes: '10 000 ₽; 5 000 ₽; выходной день',
      showTop: 3,
    });
    expect(c).toEqual({
      id: 'спринт',
      name: 'Спринт',
      period: { from: NOV(2), to: NOV(30) },
      participants: 'all',
      rule: { kind: 'planPoints', metric: 'revenue', minimum: 90, rate: 300, rateAbove: 600 },
      prizes: [{ kopecks: 1_000_000 }, { kopecks: 500_000 }, { text: 'выходной день' }],
      showTop: 3,
    });
  });

  test('plan points: minimum blank is 0 %, the rate above 100 % blank is the rate up to 100 %', () => {
    const c = only({ ...base, rule: 'plan points', metric: 'receipts', rate: 300 });
    expect(c.rule).toEqual({ kind: 'planPoints', metric: 'receipts', minimum: 0, rate: 300, rateAbove: 300 });
    expect(c.participants).toBe('all');
  });

  test('a race by a custom funnel stage named as on the Funnel tab; names and ids as participants', () => {
    const c = only({
      ...base,
      participants: 'анна смирнова, M2; Мария  Кузнецова',
      rule: 'Гонка',
      metric: 'демо',
      target: 20,
    });
    expect(c.rule).toEqual({ kind: 'race', metric: 'demo', target: 20 });
    expect(c.participants).toEqual(['m1', 'm2', 'm3']);
  });

  test('an activity contest: weights with ×, x, х, *, = and :, multipliers by weekday and metric', () => {
    const c = only({
      ...base,
      rule: 'points for activity',
      weights: 'звонки × 1; Встречи x 5; сделки х 20; Демо*2; revenue = 0,5; поступления: 1',
      multipliers: 'пт × 2; Сделки × 1,5; saturday x 3; пт встречи × 4',
    });
    expect(c.rule).toEqual({
      kind: 'activity',
      weights: [
        { metric: 'calls', points: 1 },
        { metric: 'meetings', points: 5 },
        { metric: 'deals', points: 20 },
        { metric: 'demo', points: 2 },
        { metric: 'revenue', points: 0.5 },
        { metric: 'receipts', points: 1 },
      ],
      multipliers: [
        { factor: 2, weekday: 5 },
        { factor: 1.5, metric: 'deals' },
        { factor: 3, weekday: 6 },
        { factor: 4, weekday: 5, metric: 'meetings' },
      ],
    });
  });

  test('growth against the own baseline: «4 недели», "3 months"', () => {
    const ru = only({ ...base, rule: 'рост к своей базе', metric: 'Сделки', baseline: '4 недели' });
    expect(ru.rule).toEqual({ kind: 'improvement', metric: 'deals', baseline: { unit: 'week', count: 4 } });
    const en = only({ ...base, rule: 'improvement', metric: 'Deals', baseline: '3 months' }, 'en');
    expect(en.rule).toEqual({ kind: 'improvement', metric: 'deals', baseline: { unit: 'month', count: 3 } });
  });

  test('a team contest in English: "all", a ticked checkbox, money prizes in the English way', () => {
    const c = only(
      {
        ...base,
        name: 'Group race',
        participants: 'All',
        teams: true,
        rule: 'race to target',
        metric: 'Deals',
        target: 10,
        prizes: '10,000; 2,500.50;; a cup',
      },
      'en',
    );
    expect(c).toMatchObject({ id: 'group race', teams: true, participants: 'all' });
    expect(c.prizes).toEqual([
      { kopecks: 1_000_000 },
      { kopecks: 250_050 },
      { kopecks: 0 },
      { text: 'a cup' },
    ]);
  });

  test('every spelling the rule notes offer is read, in both languages, on a tab of either', () => {
    for (const lang of ['ru', 'en'] as const) {
      const note = t('note.contest.rule', lang);
      const spellings = [...note.matchAll(/«([^»]+)»|"([^"]+)"/g)]
        .map((m) => m[1] ?? m[2])
        .filter((s) => !/[A-ZА-Я]/.test(s[0])); // column names start with a capital
      // Each note offers its own language's spellings (4 rules × 2); the reader takes both languages' anyway.
      expect(spellings.length).toBeGreaterThanOrEqual(8);
      for (const s of spellings) expect([s, findRule(s)]).toEqual([s, expect.any(String)]);
    }
  });
});

describe('problems land on their cells', () => {
  const where = (rows: Record<string, unknown>[], lang: Lang = 'ru') =>
    read(rows, lang).problems.list.map((p) => [p.row, p.col, p.code]);

  test('dates reversed, an unknown metric, a participant not on the team, overlapping weights', () => {
    expect(
      where([
        { ...base, from: serial(NOV(30)), to: serial(NOV(2)), rule: 'гонка', metric: 'Выручка', target: 1 },
        { ...base, name: 'Б', rule: 'гонка', metric: 'маржа', target: 1 },
        {
          ...base,
          name: 'В',
          participants: 'Анна Смирнова; Пётр',
          rule: 'гонка',
          metric: 'Выручка',
          target: 1,
        },
        { ...base, name: 'Г', rule: 'активность', weights: 'звонки × 1; встречи × 5; Звонки × 2' },
      ]),
    ).toEqual([
      [2, CONTEST_COL.to, 'contest.periodReversed'],
      [3, CONTEST_COL.metric, 'contest.unknownMetric'],
      [4, CONTEST_COL.participants, 'contest.unknownParticipant'],
      [5, CONTEST_COL.weights, 'contest.weightOverlap'],
    ]);
  });

  test('the reader’s own: a duplicate name, a head as participant, a blank column the rule needs, a column it does not use, texts that do not read', () => {
    const { lines } = read([
      { ...base, rule: 'гонка', metric: 'Выручка', target: 1 },
      { ...base, name: ' спринт ', participants: 'Ольга Руководитель', rule: 'гонка', metric: 'Выручка' },
      { ...base, name: 'В', rule: 'гонка', metric: 'Выручка', target: 1, weights: 'звонки × 1' },
      { ...base, name: 'Г', rule: 'активность', weights: 'звонки; встречи × 5', multipliers: 'пятница два' },
      { ...base, name: 'Д', rule: 'рост', metric: 'Сделки', baseline: 'четыре недели' },
      { ...base, name: 'Е', rule: 'лотерея' },
      { ...base, name: 'Ж', rule: 'рост', metric: 'Сделки' },
    ]);
    expect(lines).toEqual([
      'Конкурсы!D3: «Ольга Руководитель» — не менеджер (роль на листе «Команда»): в конкурсах участвуют менеджеры',
      'Конкурсы!H3: «Цель»: нужно заполнить для правила «гонка до цели»',
      'Конкурсы!A3: конкурс «спринт» уже есть в строке 2: у каждого конкурса своё название (по нему назван лист лидеров)',
      'Конкурсы!L4: «Баллы за действия» не используется правилом «гонка до цели»: очистите ячейку или смените правило',
      'Конкурсы!L5: «звонки»: запишите показатель и баллы, например «звонки × 1»',
      'Конкурсы!M5: «пятница два»: запишите день недели или показатель и множитель, например «пт × 2»',
      'Конкурсы!N6: база сравнения «четыре недели»: укажите целое число недель или месяцев, не меньше 1',
      'Конкурсы!F7: «Правило»: «лотерея» — допустимо: «гонка до цели», «баллы за % плана», «баллы за активность», «рост к своей базе»',
      'Конкурсы!N8: «База сравнения»: нужно заполнить для правила «рост к своей базе»',
    ]);
  });

  test('a cell the table could not read keeps its one problem (a date, a number)', () => {
    expect(where([{ ...base, to: 'потом', rule: 'гонка', metric: 'Выручка', target: 'много' }])).toEqual([
      [2, CONTEST_COL.to, 'settings.notDate'],
      [2, CONTEST_COL.target, 'settings.notNumber'],
    ]);
  });

  test('English messages name the columns and the rule in English', () => {
    expect(read([{ ...base, rule: 'race', metric: 'Revenue' }], 'en').lines).toEqual([
      'Contests!H2: "Target" is required for the rule "race to target"',
    ]);
  });

  /** Broken contests, each bringing codes of the core's check (every code contestProblems has). */
  const broken: Contest[] = [
    {
      id: 'a',
      name: 'a',
      period: { from: Number.NaN, to: 1 },
      participants: [],
      teams: true,
      rule: { kind: 'race', metric: 'x', target: 0 },
      prizes: [{ kopecks: -1 }],
      showTop: 0,
    },
    {
      id: 'b',
      name: 'b',
      period: { from: 5, to: 1 },
      participants: ['nobody'],
      rule: { kind: 'planPoints', metric: 'revenue', minimum: 120, rate: -1, rateAbove: 0 },
    },
    {
      id: 'c',
      name: 'c',
      period: { from: 1, to: Number.NaN },
      participants: 'all',
      rule: { kind: 'race', metric: 'revenue', target: Number.NaN },
    },
    {
      id: 'd',
      name: 'd',
      period: { from: 1, to: 2 },
      participants: 'all',
      rule: {
        kind: 'activity',
        weights: [
          { metric: 'calls', points: 1 },
          { metric: 'calls', points: -1 },
        ],
        multipliers: [
          { factor: 2, weekday: 9 },
          { factor: 2, weekday: 9 },
          { factor: 1, metric: 'x' },
        ],
      },
    },
    {
      id: 'e',
      name: 'e',
      period: { from: 1, to: 2 },
      participants: 'all',
      rule: { kind: 'activity', weights: [] },
    },
    {
      id: 'f',
      name: 'f',
      period: { from: 1, to: 2 },
      participants: 'all',
      rule: { kind: 'improvement', metric: 'revenue', baseline: { unit: 'week', count: 0 } },
    },
    {
      id: 'g',
      name: 'g',
      period: { from: 1, to: 2 },
      participants: 'all',
      rule: { kind: 'lottery' } as never,
    },
  ];
  const problems = broken.flatMap((contest) =>
    contestProblems({ contest, metrics: ['revenue', 'calls'], team: [{ id: 'm1', name: 'A' }] }),
  );

  test('every problem of the core maps to a column of the tab, one table for all', () => {
    const unmapped = problems.filter((p) => !contestColumnOf(p.field)).map((p) => `${p.code} at ${p.field}`);
    expect(unmapped).toEqual([]);
    expect(contestColumnOf('rule.weights[1].points')).toBe(CONTEST_COL.weights);
    expect(contestColumnOf('rule.multipliers[0].weekday')).toBe(CONTEST_COL.multipliers);
    expect(contestColumnOf('rule.baseline.count')).toBe(CONTEST_COL.baseline);
    expect(contestColumnOf('participants[3]')).toBe(CONTEST_COL.participants);
    expect(contestColumnOf('nonsense')).toBeUndefined();
  });

  test('the broken contests bring every code the core check can emit', () => {
    const text = readFileSync(join(__dirname, '../../src/core/contests/validate.ts'), 'utf8');
    const codes = new Set([...text.matchAll(/code: '(contest\.[\w.]+)'/g)].map((m) => m[1]));
    expect(codes.size).toBeGreaterThan(10);
    const seen = new Set(problems.map((p) => p.code));
    expect([...codes].filter((c) => !seen.has(c))).toEqual([]);
  });

  test('every code the text parsers emit is placed too', () => {
    const dir = join(__dirname, '../../src/core/contests');
    const text = readdirSync(dir)
      .filter((f) => f === 'text.ts')
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    // A path is written `field: \`…\`` or passed to ambiguousNumber (a number that reads two ways).
    const fields = [...text.matchAll(/(?:field: |ambiguousNumber\([^`\n]*)`([^`]+)`/g)].map((m) =>
      m[1].replace(/\$\{i\}/g, '0'),
    );
    expect(fields.length).toBeGreaterThan(4);
    for (const f of fields) expect([f, contestColumnOf(f)]).toEqual([f, expect.any(Number)]);
  });
});

/** A spreadsheet with the add-on's globals, and an action context over it on 20 November 2026. */
function workbook(locale = 'ru_RU'): { ss: Spreadsheet; ctx: ActionContext } {
  const ss = new Spreadsheet({ locale });
  const g = createAppsScriptGlobals(ss);
  Object.assign(globalThis, {
    SpreadsheetApp: g.SpreadsheetApp,
    LockService: g.LockService,
    Charts: g.Charts,
  });
  const lang: Lang = locale.startsWith('ru') ? 'ru' : 'en';
  const ctx = { ss, ui: ss.ui, lang, timeZone: 'Europe/Moscow', today: NOV(20) } as unknown as ActionContext;
  return { ss, ctx };
}

describe('Set up and the template', () => {
  test.each(['ru_RU', 'en_US'])(
    '%s: Set up makes the tab; its example contests read without problems',
    (locale) => {
      const { ss, ctx } = workbook(locale);
      setupAction(ctx);
      const problems = new Problems();
      const settings = readSettings(ctx, problems) as Settings;
      expect(problems.lines(ctx.lang)).toEqual([]);
      const contests = readContests(ctx, settings, problems);
      expect(problems.lines(ctx.lang)).toEqual([]);
      expect(ss.getSheetByName(t('tab.contests', ctx.lang))).not.toBeNull();
      expect(contests?.map((c) => c.rule.kind)).toEqual(['planPoints', 'activity', 'race']);
      const sprint = contests![0];
      expect(sprint.rule).toEqual({
        kind: 'planPoints',
        metric: 'revenue',
        minimum: 90,
        rate: 300,
        rateAbove: 600,
      });
      expect(sprint.period).toEqual({ from: NOV(1), to: NOV(30) });
      expect(sprint.prizes?.slice(0, 2)).toEqual([{ kopecks: 1_000_000 }, { kopecks: 500_000 }]);
      expect(sprint.showTop).toBe(3);
      expect(contests![1].rule).toMatchObject({
        weights: [
          { metric: 'calls', points: 1 },
          { metric: 'meetings', points: 5 },
          { metric: 'deals', points: 20 },
        ],
        multipliers: [{ factor: 2, weekday: 5 }],
      });
      // The team race has two groups to compare: the Team tab's example rows fill the group column.
      expect(new Set(settings.people.map((p) => p.team).filter(Boolean)).size).toBe(2);
      expect(contests![2]).toMatchObject({
        teams: true,
        rule: { kind: 'race', metric: 'deals', target: 20 },
      });
    },
  );

  test('an existing Contests tab is left alone; a missing one is a problem naming Set up', () => {
    const { ss, ctx } = workbook();
    setupAction(ctx);
    const sheet = ss.getSheetByName('Конкурсы')!;
    sheet.getRange(2, 1).setValue('Мой конкурс');
    setupAction(ctx);
    expect(ss.getSheetByName('Конкурсы')!.getRange(2, 1).getValue()).toBe('Мой конкурс');
    ss.deleteSheet(ss.getSheetByName('Конкурсы')!);
    const problems = new Problems();
    const settings = readSettings(ctx, problems) as Settings;
    expect(readContests(ctx, settings, problems)).toBeNull();
    expect(problems.lines('ru')).toEqual(['Конкурсы: нет листа «Конкурсы» — выполните «Подготовить книгу»']);
  });

  test('a bad row: null, and the problem at its cell', () => {
    const { ss, ctx } = workbook();
    setupAction(ctx);
    ss.getSheetByName('Конкурсы')!
      .getRange(2, CONTEST_COL.to)
      .setValue(new Date(2026, 9, 1));
    const problems = new Problems();
    expect(readContests(ctx, readSettings(ctx, problems) as Settings, problems)).toBeNull();
    expect(problems.lines('ru')).toEqual(['Конкурсы!C2: дата окончания конкурса раньше даты начала']);
  });

  test('an old Team tab without the group column reads as no groups', () => {
    const { ss, ctx } = workbook();
    setupAction(ctx);
    const team = ss.getSheetByName('Команда')!;
    team.deleteColumn(TEAM_COLUMNS.length);
    const problems = new Problems();
    const settings = readSettings(ctx, problems) as Settings;
    expect(problems.lines('ru')).toEqual([]);
    expect(settings.people.every((p) => p.team === '')).toBe(true);
  });

  test('widths: no header or example text reads cut (about 7 px a character)', () => {
    for (const lang of ['ru', 'en'] as const) {
      const g = contestsTemplate(lang, dayOf(2026, 11, 20), [
        { id: 'revenue', name: lang === 'ru' ? 'Выручка' : 'Revenue' },
        { id: 'calls', name: lang === 'ru' ? 'Звонки' : 'Calls' },
        { id: 'meetings', name: lang === 'ru' ? 'Встречи' : 'Meetings' },
        { id: 'deals', name: lang === 'ru' ? 'Сделки' : 'Deals' },
      ]);
      const cut = CONTEST_COLUMNS.flatMap((c, i) => {
        const texts = g.values.slice(0, 4).map((r) => String(r[i]).replace(/^'/, ''));
        const longest = Math.max(...texts.map((s) => s.length));
        return 7 * longest + 10 > (c.width ?? 100)
          ? [`${lang} ${c.key}: ${longest} chars in ${c.width}`]
          : [];
      });
      expect(cut).toEqual([]);
    }
  });
});
