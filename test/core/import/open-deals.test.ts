import fc from 'fast-check';
import { dayOf, isoString } from '../../../src/core/dates';
import { type Deal, importExport } from '../../../src/core/import';
import {
  mergeOpenDeals,
  type OpenDeal,
  openDealsBetween,
  openDealsOf,
} from '../../../src/core/import/open-deals';
import { settingsWith, TEAM_RU } from './helpers';

/** Issue 15, item 2: the open deals kept from CRM imports, with their expected close dates. */
const BITRIX =
  'ID;Название сделки;Сумма;Валюта;Стадия сделки;Воронка;Ответственный;Дата создания;Предполагаемая дата закрытия;Сделка закрыта;\n';
const settings = settingsWith({ pipelines: ['Общая'] });
const dealsOf = (rows: string) => importExport(BITRIX + rows, settings).deals;
/** A deal as a line: "m2 2026-11-24 4207 Новая 96000". */
const lines = (list: readonly OpenDeal[]) =>
  list.map((d) => `${d.member} ${isoString(d.expected)} ${d.id} ${d.stage} ${d.amount}`);

describe('openDealsOf', () => {
  const first = dealsOf(
    '4207;Поставка;96 000;Российский рубль;Новая;Общая;Иван Петров;02.11.2026;24.11.2026;Нет;\n' +
      '4205;Склад;96 000;Российский рубль;Подготовка документов;Общая;Анна Смирнова;03.11.2026;26.11.2026;Нет;\n' +
      '4230;Монтаж;72 000;Российский рубль;Счёт на предоплату;Общая;Смирнова Анна;05.11.2026;20.11.2026;Нет;\n' +
      '4231;Сервис;;Российский рубль;В работе;Общая;Анна Смирнова;05.11.2026;01.12.2026;Нет;\n' +
      '4201;Лицензии;50 000;Российский рубль;Сделка успешна;Общая;Иван Петров;02.11.2026;10.11.2026;Да;\n' +
      '4202;Аудит;40 000;Российский рубль;Сделка провалена;Общая;Иван Петров;02.11.2026;11.11.2026;Да;\n' +
      '4240;Чужая;10 000;Российский рубль;Новая;Общая;Анна Иванова;02.11.2026;24.11.2026;Нет;\n' +
      '4241;Доллары;1 000;Доллар США;Новая;Общая;Иван Петров;02.11.2026;24.11.2026;Нет;\n' +
      '4242;Другая воронка;1 000;Российский рубль;Новая;Тендеры;Иван Петров;02.11.2026;24.11.2026;Нет;\n' +
      '4243;Без даты;5 000;Российский рубль;Новая;Общая;Иван Петров;02.11.2026;;Нет;\n',
  );

  it('keeps open deals of mapped people with a date, in the counted pipeline and currency, by member then day', () => {
    expect(lines(openDealsOf(first, settings))).toEqual([
      'm1 2026-11-20 4230 Счёт на предоплату 72000',
      'm1 2026-11-26 4205 Подготовка документов 96000',
      'm1 2026-12-01 4231 В работе undefined',
      'm2 2026-11-24 4207 Новая 96000',
    ]);
    expect(openDealsOf(first, settings)[3]).toEqual({
      source: 'bitrix24',
      id: '4207',
      member: 'm2',
      title: 'Поставка',
      stage: 'Новая',
      amount: 96_000,
      expected: dayOf(2026, 11, 24),
    });
  });

  it('a stage the user mapped to lost closes the deal (the stage mapping speaks where the export is silent)', () => {
    const mapped = settingsWith({ pipelines: ['Общая'], stages: [{ stage: 'Новая', step: 'lost' }] });
    expect(lines(openDealsOf(first, mapped)).map((l) => l.split(' ')[2])).toEqual(['4230', '4205', '4231']);
  });

  it('a newer export replaces what it names, drops deals won or lost since, keeps deals it does not name', () => {
    const stored = openDealsOf(first, settings);
    const second = dealsOf(
      '4207;Поставка;120 000;Российский рубль;Счёт на предоплату;Общая;Иван Петров;02.11.2026;03.12.2026;Нет;\n' +
        '4205;Склад;96 000;Российский рубль;Сделка успешна;Общая;Анна Смирнова;03.11.2026;23.11.2026;Да;\n' +
        '4250;Новая;30 000;Российский рубль;Новая;Общая;Мария Кузнецова;23.11.2026;02.12.2026;Нет;\n' +
        // Handed to someone not on the team yet: nothing known, so the stored row stays (as facts stay).
        '4230;Монтаж;72 000;Российский рубль;Сделка успешна;Общая;Пётр Новый;05.11.2026;20.11.2026;Да;\n',
    );
    expect(lines(mergeOpenDeals(stored, second, settings))).toEqual([
      'm1 2026-11-20 4230 Счёт на предоплату 72000',
      'm1 2026-12-01 4231 В работе undefined',
      'm2 2026-12-03 4207 Счёт на предоплату 120000',
      'm3 2026-12-02 4250 Новая 30000',
    ]);
  });

  it('the same id from another CRM is another deal', () => {
    const stored = openDealsOf(first, settings);
    const amo = stored.map((d) => ({ ...d, source: 'amocrm' as const }));
    expect(mergeOpenDeals(amo, first, settings)).toHaveLength(8);
  });

  it('openDealsBetween: the deals of a week, by member then day (m2 before m10)', () => {
    const stored = openDealsOf(first, settings);
    const m10 = { ...stored[3], id: '9', member: 'm10', expected: dayOf(2026, 11, 23) };
    const w48 = openDealsBetween([m10, ...stored], dayOf(2026, 11, 23), dayOf(2026, 11, 29));
    expect(w48.map((d) => `${d.member} ${d.id}`)).toEqual(['m1 4205', 'm2 4207', 'm10 9']);
    expect(openDealsBetween(stored, dayOf(2026, 11, 30), dayOf(2026, 12, 6)).map((d) => d.id)).toEqual([
      '4231',
    ]);
  });
});

describe('merge properties', () => {
  const deal = fc.record({
    source: fc.constantFrom('amocrm', 'bitrix24') as fc.Arbitrary<Deal['source']>,
    id: fc.integer({ min: 1, max: 20 }).map(String),
    manager: fc.constantFrom(...TEAM_RU.map((m) => m.name), 'Некто Неизвестный'),
    amount: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
    closed: fc.option(fc.integer({ min: dayOf(2026, 11, 1), max: dayOf(2026, 12, 31) }), { nil: undefined }),
    status: fc.constantFrom('won', 'lost', 'open', 'open') as fc.Arbitrary<Deal['status']>,
    stage: fc.constantFrom('Новая', 'В работе'),
  });
  type Spec = typeof deal extends fc.Arbitrary<infer T> ? T : never;
  const exportOf = (specs: Spec[]): Deal[] =>
    specs.map((s) => ({
      ...s,
      title: `Сделка ${s.id}`,
      pipeline: '',
      currency: undefined,
      created: dayOf(2026, 11, 2),
      modified: undefined,
      paid: undefined,
      paidDate: undefined,
    }));
  const plain = settingsWith({});

  it('importing the same export twice gives the same store', () => {
    fc.assert(
      fc.property(fc.array(deal, { maxLength: 30 }), fc.array(deal, { maxLength: 30 }), (a, b) => {
        const once = mergeOpenDeals(openDealsOf(exportOf(a), plain), exportOf(b), plain);
        expect(mergeOpenDeals(once, exportOf(b), plain)).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('after an import, a deal the export names is stored exactly when its last row of a known person is open and dated', () => {
    fc.assert(
      fc.property(fc.array(deal, { maxLength: 30 }), fc.array(deal, { maxLength: 30 }), (a, b) => {
        const store = mergeOpenDeals(openDealsOf(exportOf(a), plain), exportOf(b), plain);
        const key = (s: { source: string; id: string }) => `${s.source} ${s.id}`;
        const before = new Set(openDealsOf(exportOf(a), plain).map(key));
        // A deal's last row of a known person decides; rows of an unknown person say nothing.
        const last = new Map(b.filter((s) => s.manager !== 'Некто Неизвестный').map((s) => [key(s), s]));
        for (const s of b) {
          const row = last.get(key(s));
          const kept = row ? row.status === 'open' && row.closed !== undefined : before.has(key(s));
          expect(store.some((d) => key(d) === key(s))).toBe(kept);
        }
        expect(new Set(store.map((d) => `${d.source} ${d.id}`)).size).toBe(store.length);
      }),
      { numRuns: 300 },
    );
  });
});
