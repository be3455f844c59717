import type { Addon } from '../../local/addon';
import { dayOf, isoString } from '../../src/core/dates';
import { openDealsBetween } from '../../src/core/import/open-deals';
import { type OpenDeal, readOpenDeals } from '../../src/sheets/import/open-deals';
import { AMO, exampleRows, importFromTab, rowsOf, workbook } from '../helpers/import-tab';

/** Issue 15, item 2: the open deals kept from CRM imports, in the hidden tab «Открытые сделки». */
const BITRIX = 'bitrix24-deals-november-2026.xls';
const STORE = 'Открытые сделки';
/** Columns of the Bitrix24 example. */
const COL = {
  id: 0,
  title: 1,
  stage: 2,
  group: 3,
  manager: 5,
  created: 6,
  expected: 7,
  closed: 8,
  amount: 9,
};
const lines = (list: readonly OpenDeal[]) =>
  list.map((d) => `${d.member} ${isoString(d.expected)} ${d.source} ${d.id} ${d.stage} ${d.amount}`);
/** The store as the Week tab reads it (the in-memory spreadsheet stands in for Apps Script's). */
const gas = (a: Addon) => a.ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
const stored = (a: Addon) => readOpenDeals(gas(a), 'ru');

describe('The open-deals store', () => {
  test('the amoCRM example keeps none (its open deals are "не закрыта"), the Bitrix24 one its 13 open deals', () => {
    const a = workbook();
    importFromTab(a, 'amo', exampleRows(AMO));
    expect(a.ss.getSheetByName(STORE)).toBeNull();
    importFromTab(a, 'bitrix', exampleRows(BITRIX));
    expect(a.ss.getSheetByName(STORE)!.isSheetHidden()).toBe(true);
    expect(lines(stored(a))).toEqual([
      'm1 2026-11-20 bitrix24 4230 Счёт на предоплату 72000',
      'm1 2026-11-26 bitrix24 4205 Подготовка документов 96000',
      'm1 2026-12-01 bitrix24 4220 В работе 180000',
      'm2 2026-11-20 bitrix24 4232 Финальный счёт 27000',
      'm2 2026-11-24 bitrix24 4207 Новая 96000',
      'm3 2026-11-25 bitrix24 4234 Финальный счёт 18000',
      'm3 2026-12-03 bitrix24 4219 Подготовка документов 36000',
      'm4 2026-11-18 bitrix24 4216 Счёт на предоплату 18000',
      'm4 2026-11-24 bitrix24 4221 В работе 54000',
      'm5 2026-11-06 bitrix24 4213 В работе 54000',
      'm5 2026-11-09 bitrix24 4228 Финальный счёт 27000',
      'm5 2026-11-20 bitrix24 4223 В работе 72000',
      'm5 2026-11-26 bitrix24 4208 Новая 135000',
    ]);
    // The demo's next weeks: W48 (23–29.11) and W49 (30.11–06.12).
    const week = (from: number, to: number) => openDealsBetween(stored(a), from, to).map((d) => d.id);
    expect(week(dayOf(2026, 11, 23), dayOf(2026, 11, 29))).toEqual(['4205', '4207', '4234', '4221', '4208']);
    expect(week(dayOf(2026, 11, 30), dayOf(2026, 12, 6))).toEqual(['4220', '4219']);
    expect(stored(a)[2].title).toBe('Консалтинг');
  });

  test('importing again gives the same store and writes nothing to it; a deal won since leaves it', () => {
    const a = workbook();
    const rows = exampleRows(BITRIX);
    importFromTab(a, 'bitrix', rows);
    const before = rowsOf(a, STORE);
    importFromTab(a, 'bitrix', rows, () => a.ss.counter.reset());
    expect(rowsOf(a, STORE)).toEqual(before);
    // The import log and facts are unchanged too: the second import writes nothing at all.
    expect(a.ss.counter.byMethod()['Range.setValues']).toBeUndefined();
    const won = rows.map((r) => [...r]);
    const at = won.findIndex((r) => r[COL.id] === '4207');
    Object.assign(won[at], { [COL.stage]: 'Сделка успешна', [COL.group]: 'Успешные', [COL.closed]: 'Да' });
    won[at][COL.expected] = '19.11.2026';
    // A partial export (only that deal): the others stay.
    importFromTab(a, 'bitrix-won', [rows[0], won[at]]);
    expect(stored(a).map((d) => d.id)).not.toContain('4207');
    expect(stored(a)).toHaveLength(12);
    // The store shrank: the row left over below is blank, not a stale copy.
    expect(rowsOf(a, STORE)).toHaveLength(13);
  });

  test('titles that look like formulas are written as text; a row a person damaged is skipped when read', () => {
    const a = workbook();
    const rows = exampleRows(BITRIX);
    rows[1 + rows.slice(1).findIndex((r) => r[COL.id] === '4207')][COL.title] = '=1+1';
    importFromTab(a, 'bitrix', rows);
    expect(stored(a).find((d) => d.id === '4207')!.title).toBe('=1+1');
    const sheet = a.ss.getSheetByName(STORE)!;
    sheet.getRange(2, 7).setValue('вчера'); // 4230's expected day
    sheet.getRange(3, 1).setValue(''); // 4205's source
    sheet.getRange(4, 6).setValue('много'); // 4220's amount: read as no amount
    const read = stored(a);
    expect(read).toHaveLength(11);
    expect(read[0]).toMatchObject({ id: '4220', title: 'Консалтинг', amount: undefined });
  });

  test("found under either language's name; Import from this tab refuses it", () => {
    const a = workbook();
    importFromTab(a, 'bitrix', exampleRows(BITRIX));
    expect(readOpenDeals(gas(a), 'en')).toEqual(stored(a));
    const rows = exampleRows(BITRIX);
    for (const name of [STORE, 'Open deals']) {
      const [dialog] = importFromTab(a, name, rows);
      expect(dialog).toContain(`«${name}»`);
      expect(dialog).toContain('лист Sales Plan Kit, а не выгрузка');
    }
  });

  test('an import of calls leaves the store alone', () => {
    const a = workbook();
    importFromTab(a, 'bitrix', exampleRows(BITRIX));
    const before = rowsOf(a, STORE);
    importFromTab(a, 'calls', exampleRows('calls-november-2026.csv'), () => a.ss.counter.reset());
    expect(rowsOf(a, STORE)).toEqual(before);
  });

  test('the service calls of an import do not grow with its deals (10 and 1 000 open deals)', () => {
    const calls = (n: number) => {
      const a = workbook();
      const [header, template] = exampleRows(BITRIX);
      const deals = (k: number) =>
        Array.from({ length: k }, (_, i) => {
          const row = [...template];
          Object.assign(row, { [COL.id]: String(90_000 + i), [COL.stage]: 'Новая', [COL.group]: 'В работе' });
          Object.assign(row, {
            [COL.closed]: 'Нет',
            [COL.expected]: `${String(1 + (i % 28)).padStart(2, '0')}.12.2026`,
          });
          return row;
        });
      importFromTab(a, 'warm-up', [header, ...deals(2)]); // the store and logs made, as on any later day
      importFromTab(a, 'deals', [header, ...deals(n)], () => a.ss.counter.reset());
      expect(stored(a)).toHaveLength(n);
      return a.ss.counter.byMethod();
    };
    const small = calls(10);
    const big = calls(1000);
    // The same calls but for the inserts of rows where the store (1 001 rows) and the log outgrow 1 000 rows.
    expect(small['Sheet.insertRowsAfter']).toBeUndefined();
    expect(big['Sheet.insertRowsAfter']).toBeLessThanOrEqual(2);
    delete big['Sheet.insertRowsAfter'];
    expect(big).toEqual(small);
  });
});
