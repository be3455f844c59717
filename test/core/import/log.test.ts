import fc from 'fast-check';
import { dayOf } from '../../../src/core/dates';
import {
  type Deal,
  dealFacts,
  importExport,
  type LogRecord,
  mergeLog,
  totalsOf,
} from '../../../src/core/import';
import { byLine, settingsWith, TEAM_RU } from './helpers';

const HEADER = 'ID;Бюджет;Ответственный;Дата создания сделки;Дата закрытия;Этап сделки\n';
const settings = settingsWith({});
const recordsOf = (rows: string) => importExport(HEADER + rows, settings).facts.records;

describe('mergeLog', () => {
  const first = recordsOf(
    '1;10 000;Анна Смирнова;02.11.2026;05.11.2026;Успешно реализовано\n' +
      '2;20 000;Иван Петров;03.11.2026;не закрыта;Переговоры\n' +
      '3;5 000;Иван Петров;04.11.2026;06.11.2026;Успешно реализовано\n',
  );
  // A newer, overlapping export: 2 was won at a new amount, 3 is unchanged, 4 is new, 1 is not in it.
  const second = recordsOf(
    '2;25 000;Иван Петров;03.11.2026;12.11.2026;Успешно реализовано\n' +
      '3;5 000;Иван Петров;04.11.2026;06.11.2026;Успешно реализовано\n' +
      '4;7 000;Анна Смирнова;10.11.2026;не закрыта;Переговоры\n',
  );

  it('counts every deal once, at its newest version, across overlapping exports', () => {
    const once = mergeLog([], first);
    expect([once.added, once.changed, once.unchanged]).toEqual([3, 0, 0]);
    const twice = mergeLog(once.log, second);
    expect([twice.added, twice.changed, twice.unchanged]).toEqual([1, 1, 1]);
    expect(byLine(totalsOf(twice.log))).toEqual({
      'm1 2026-11-02 leads': 1,
      'm1 2026-11-05 deals': 1,
      'm1 2026-11-05 revenue': 10000,
      'm1 2026-11-10 leads': 1,
      'm2 2026-11-03 leads': 1,
      'm2 2026-11-04 leads': 1,
      'm2 2026-11-06 deals': 1,
      'm2 2026-11-06 revenue': 5000,
      'm2 2026-11-12 deals': 1, // deal 2, won since the first export, at its new amount
      'm2 2026-11-12 revenue': 25000,
    });
    // Importing the newer export again changes nothing.
    const again = mergeLog(twice.log, second);
    expect([again.added, again.changed, again.unchanged]).toEqual([0, 0, 3]);
    expect(totalsOf(again.log)).toEqual(totalsOf(twice.log));
  });

  it('drops the counts of a deal that now counts for nothing, and adds no empty record', () => {
    const before = mergeLog(
      [],
      recordsOf('5;1 000;Анна Смирнова;02.11.2026;05.11.2026;Успешно реализовано\n'),
    );
    const moved = importExport(
      `ID;Бюджет;Ответственный;Дата создания сделки;Воронка\n5;1 000;Анна Смирнова;02.11.2026;Партнёры\n`,
      settingsWith({ pipelines: ['Основная'] }),
    ).facts.records;
    expect(moved[0].contributions).toEqual([]);
    const after = mergeLog(before.log, moved);
    expect([after.log, after.changed]).toEqual([[], 1]);
    expect(mergeLog([], moved).log).toEqual([]);
  });

  it('keeps the earlier counts of a deal whose person is no longer known (no record, nothing guessed)', () => {
    const before = mergeLog([], recordsOf('6;1 000;Анна Смирнова;02.11.2026;не закрыта;Переговоры\n'));
    const unknown = recordsOf('6;1 000;Анна Иванова;02.11.2026;не закрыта;Переговоры\n');
    expect(unknown).toEqual([]);
    expect(mergeLog(before.log, unknown).log).toEqual(before.log);
  });
});

describe('re-import properties', () => {
  const deal = fc.record({
    id: fc.integer({ min: 1, max: 30 }).map(String),
    manager: fc.constantFrom(...TEAM_RU.map((m) => m.name), 'Некто Неизвестный'),
    amount: fc.option(
      fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100),
      { nil: undefined },
    ),
    created: fc.option(fc.integer({ min: dayOf(2025, 12, 1), max: dayOf(2027, 1, 31) }), { nil: undefined }),
    closedAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    status: fc.constantFrom('won', 'lost', 'open') as fc.Arbitrary<Deal['status']>,
    paid: fc.option(
      fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100),
      { nil: undefined },
    ),
    paidDate: fc.option(fc.integer({ min: dayOf(2025, 12, 1), max: dayOf(2027, 1, 31) }), { nil: undefined }),
  });
  type Spec = typeof deal extends fc.Arbitrary<infer T> ? T : never;
  const exportOf = (specs: Spec[]) =>
    specs.map(
      (s): Deal => ({
        source: 'amocrm',
        id: s.id,
        title: '',
        manager: s.manager,
        pipeline: '',
        stage: '',
        amount: s.amount,
        currency: undefined,
        created: s.created,
        closed:
          s.created === undefined || s.closedAfter === undefined ? undefined : s.created + s.closedAfter,
        modified: undefined,
        status: s.status,
        paid: s.paid,
        paidDate: s.paidDate,
      }),
    );
  const unique = (deals: Deal[]) => [...new Map(deals.map((d) => [d.id, d])).values()];
  const records = (deals: Deal[]): LogRecord[] => dealFacts(unique(deals), settings).records;

  it('importing the same export again leaves the totals unchanged', () => {
    fc.assert(
      fc.property(fc.array(deal, { maxLength: 25 }), fc.array(deal, { maxLength: 25 }), (a, b) => {
        const base = mergeLog([], records(exportOf(a))).log;
        const once = mergeLog(base, records(exportOf(b))).log;
        const twice = mergeLog(once, records(exportOf(b))).log;
        expect(totalsOf(twice)).toEqual(totalsOf(once));
      }),
      { numRuns: 200 },
    );
  });

  it('two imports in turn total what the newest known version of every deal counts for', () => {
    fc.assert(
      fc.property(fc.array(deal, { maxLength: 25 }), fc.array(deal, { maxLength: 25 }), (a, b) => {
        const merged = mergeLog(mergeLog([], records(exportOf(a))).log, records(exportOf(b))).log;
        // The model: the newer export's record of a deal replaces the older one's; a deal only the older export attributed to a known person keeps that version's counts.
        const known = new Map(records(exportOf(a)).map((r) => [r.itemId, r]));
        for (const r of records(exportOf(b))) known.set(r.itemId, r);
        expect(totalsOf(merged)).toEqual(totalsOf([...known.values()]));
      }),
      { numRuns: 200 },
    );
  });
});
