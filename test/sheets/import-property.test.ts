import fc from 'fast-check';
import { AMO, exampleRows, importFromTab, workbook } from '../helpers/import-tab';
import { mapMonthTab } from '../helpers/month-facts';

/**
 * Issue 14, the invariant of re-importing: whatever overlapping exports are imported, in whatever order of
 * versions, every day cell of the month tab holds what the newest version of each deal counts there —
 * leads on the creation day, won deals and their amounts on the close day — each deal counted once.
 */
const PEOPLE = ['Анна Смирнова', 'Петров Иван', 'Мария Кузнецова', 'Олег Соколов', 'Екатерина Новикова'];
const STAGES = { won: 'Успешно реализовано', lost: 'Закрыто и не реализовано', open: 'Переговоры' };

interface DealVersion {
  id: number;
  person: number;
  created: number;
  closed: number;
  status: keyof typeof STAGES;
  amount: number;
}

const version = (id: number) =>
  fc.record({
    id: fc.constant(id),
    person: fc.integer({ min: 0, max: 4 }),
    created: fc.integer({ min: 1, max: 20 }),
    closed: fc.integer({ min: 0, max: 9 }),
    status: fc.constantFrom<DealVersion['status']>('won', 'lost', 'open'),
    amount: fc.integer({ min: 1, max: 90 }).map((k) => k * 1000),
  });

/** Up to three exports, each some of 12 deals in a version of its own. */
const exportsArb = fc.array(
  fc
    .uniqueArray(fc.integer({ min: 0, max: 11 }), { minLength: 1, maxLength: 12 })
    .chain((ids) => fc.tuple(...ids.map(version))),
  { minLength: 1, maxLength: 3 },
);

const date = (day: number) => `${String(day).padStart(2, '0')}.11.2026`;

function rowOf(d: DealVersion): string[] {
  const closed = d.status === 'open' ? 'не закрыта' : `${date(d.created + d.closed)} 16:00:00`;
  const person = PEOPLE[d.person];
  const row = [String(50_000_000 + d.id), `Сделка ${d.id}`, String(d.amount), person];
  row.push(`${date(d.created)} 10:00:00`, person, `${date(d.created)} 12:00:00`, closed, '', '');
  return [...row, STAGES[d.status], 'Продажи', '', '', ''];
}

/** What the newest version of each deal counts, by "m<k>|metric|day of November". */
function expectedCells(exports: readonly (readonly DealVersion[])[]): Map<string, number> {
  const newest = new Map<number, DealVersion>();
  for (const e of exports) for (const d of e) newest.set(d.id, d);
  const out = new Map<string, number>();
  const add = (key: string, v: number) => out.set(key, (out.get(key) ?? 0) + v);
  for (const d of newest.values()) {
    const m = `m${d.person + 1}`;
    add(`${m}|leads|${d.created}`, 1);
    if (d.status !== 'won') continue;
    add(`${m}|deals|${d.created + d.closed}`, 1);
    add(`${m}|revenue|${d.created + d.closed}`, d.amount);
  }
  return out;
}

test('property: overlapping exports in any order of versions leave each day cell at the newest versions’ total', () => {
  const [header] = exampleRows(AMO);
  fc.assert(
    fc.property(exportsArb, (exports) => {
      const a = workbook();
      exports.forEach((e, i) => {
        importFromTab(a, `export ${i + 1}`, [header, ...e.map(rowOf)]);
      });
      const sheet = a.ss.getSheetByName('2026-11')!;
      const map = mapMonthTab(sheet);
      const values = sheet.getDataRange().getValues();
      const expected = expectedCells(exports);
      for (let k = 1; k <= 5; k++)
        for (const metric of ['leads', 'deals', 'revenue'])
          for (let day = 1; day <= 30; day++) {
            const iso = `2026-11-${String(day).padStart(2, '0')}`;
            const got = values[map.rows.get(`m${k}|${metric}`)! - 1][map.days.get(iso)! - 1];
            expect([`m${k}|${metric}|${day}`, got]).toEqual([
              `m${k}|${metric}|${day}`,
              expected.get(`m${k}|${metric}|${day}`) ?? '',
            ]);
          }
    }),
    { numRuns: 5 },
  );
});
