import { detectSource, importExport, mergeLog, normalizeHeader, totalsOf } from '../../../src/core/import';
import { byLine, settingsWith, skips, TEAM_EN } from './helpers';

/** Receipts: the paid amount of a deal, on its payment date, whatever the deal's status. */
const AMO =
  'ID;Название сделки;Бюджет;Ответственный;Дата создания сделки;Дата закрытия;Этап сделки;Воронка;Оплачено;Дата оплаты\n';

describe('receipts from a paid-amount column', () => {
  it('amoCRM with custom «Оплачено» and «Дата оплаты»: counted on the payment date, open deals too', () => {
    const text =
      AMO +
      // Won and paid in full a day after closing.
      '11;Поставка;120 000;Анна Смирнова;02.11.2026;05.11.2026;Успешно реализовано;Продажи;120 000;06.11.2026\n' +
      // An advance on an open deal is money received.
      '12;Монтаж;80 000;Иван Петров;03.11.2026;не закрыта;Переговоры;Продажи;30 000,50;09.11.2026 14:20\n' +
      // Paid, but the payment date is blank: listed under «no date», not guessed.
      '13;Сервис;15 000;Иван Петров;04.11.2026;07.11.2026;Успешно реализовано;Продажи;15 000;\n' +
      // Nothing paid yet.
      '14;Аудит;9 000;Анна Смирнова;04.11.2026;08.11.2026;Успешно реализовано;Продажи;;\n';
    const r = importExport(text, settingsWith({}));
    const totals = byLine(totalsOf(r.facts.records));
    expect(Object.fromEntries(Object.entries(totals).filter(([line]) => line.endsWith('receipts')))).toEqual({
      'm1 2026-11-06 receipts': 120000,
      'm2 2026-11-09 receipts': 30000.5,
    });
    expect(totals['m1 2026-11-05 revenue']).toBe(120000);
    expect(totals['m2 2026-11-07 revenue']).toBe(15000);
    expect(skips(r.facts.skipped).noDate).toEqual([1, ['13×1']]);
  });

  it('without a payment-date column the close date counts; a paid deal with no close date is «no date»', () => {
    const head = 'ID;Бюджет;Ответственный;Дата создания сделки;Дата закрытия;Этап сделки;Сумма оплаты\n';
    const text =
      `${head}21;50 000;Анна Смирнова;02.11.2026;12.11.2026;Успешно реализовано;50 000\n` +
      '22;40 000;Иван Петров;03.11.2026;не закрыта;Переговоры;10 000\n';
    const r = importExport(text, settingsWith({}));
    expect(byLine(r.facts.records[0].contributions)).toEqual({
      'm1 2026-11-02 leads': 1,
      'm1 2026-11-12 receipts': 50000,
      'm1 2026-11-12 deals': 1,
      'm1 2026-11-12 revenue': 50000,
    });
    expect(byLine(r.facts.records[1].contributions)).toEqual({ 'm2 2026-11-03 leads': 1 });
    expect(skips(r.facts.skipped).noDate).toEqual([1, ['22×1']]);
  });

  it('the date receipts count on is a setting (dates.receipts)', () => {
    const text = `${AMO}31;Поставка;70 000;Анна Смирнова;02.11.2026;05.11.2026;Успешно реализовано;;70 000;16.11.2026\n`;
    const line = (dates: Record<string, 'closed' | 'paid'>) =>
      Object.keys(byLine(importExport(text, settingsWith({ dates })).facts.records[0].contributions)).filter(
        (l) => l.endsWith('receipts'),
      );
    expect(line({})).toEqual(['m1 2026-11-16 receipts']);
    expect(line({ receipts: 'closed' })).toEqual(['m1 2026-11-05 receipts']);
  });

  it('an English export (HubSpot with «Amount paid», «Payment date»); other currency and pipeline skipped', () => {
    const text =
      'Record ID,Deal Name,Deal Stage,Deal owner,Pipeline,Create Date,Close Date,Amount,Currency,Amount paid,Payment date\n' +
      '901,Alpha,Closed won,Anna Smith,Sales,2026-11-02,2026-11-04,"1,500.00",USD,"1,200.00",2026-11-10\n' +
      '902,Beta,Contract sent,John Peters,Sales,2026-11-03,,800,USD,250,2026-11-11\n' +
      '903,Gamma,Closed won,John Peters,Sales,2026-11-03,2026-11-05,900,EUR,900,2026-11-06\n' +
      '904,Delta,Closed won,John Peters,Service,2026-11-03,2026-11-05,400,USD,400,2026-11-06\n';
    const settings = settingsWith({ team: TEAM_EN, currency: 'USD', pipelines: ['Sales'] });
    const r = importExport(text, settings);
    const receipts = r.facts.records
      .flatMap((rec) => rec.contributions)
      .filter((c) => c.metric === 'receipts');
    expect(byLine(receipts)).toEqual({ 'e1 2026-11-10 receipts': 1200, 'e2 2026-11-11 receipts': 250 });
    expect(skips(r.facts.skipped).otherCurrency).toEqual([1, ['EUR×1']]);
    expect(skips(r.facts.skipped).otherPipeline).toEqual([1, ['Service×1']]);
  });

  it('re-importing with a changed paid amount re-counts the deal from its new version', () => {
    const records = (paid: string, date: string) =>
      importExport(
        `${AMO}41;Поставка;100 000;Анна Смирнова;02.11.2026;не закрыта;Переговоры;;${paid};${date}\n`,
        settingsWith({}),
      ).facts.records;
    const once = mergeLog([], records('40 000', '05.11.2026'));
    const twice = mergeLog(once.log, records('100 000', '18.11.2026'));
    expect([twice.added, twice.changed, twice.unchanged]).toEqual([0, 1, 0]);
    expect(byLine(totalsOf(twice.log))).toEqual({
      'm1 2026-11-02 leads': 1,
      'm1 2026-11-18 receipts': 100000,
    });
    const again = mergeLog(twice.log, records('100 000', '18.11.2026'));
    expect([again.added, again.changed, again.unchanged]).toEqual([0, 0, 1]);
  });

  it('Bitrix24 product rows: the paid amount is the deal’s, taken once, never summed over rows', () => {
    const text =
      'ID;Стадия сделки;Ответственный;Дата создания;Предполагаемая дата закрытия;Сумма;Товар;Цена;Количество;Оплачено;Дата поступления;\n' +
      '201;Сделка успешна;Анна Смирнова;02.11.2026;18.11.2026;30000;Станок;15000;2;34501,50;19.11.2026;\n' +
      '201;Сделка успешна;Анна Смирнова;02.11.2026;18.11.2026;4501.50;Фреза;1500.50;3;34501,50;19.11.2026;\n' +
      '202;В работе;Иван Петров;04.11.2026;;10000;Сервис;10000;1;;;\n' +
      '202;В работе;Иван Петров;04.11.2026;;5000;Монтаж;5000;1;3000;12.11.2026;\n';
    const totals = byLine(totalsOf(importExport(text, settingsWith({})).facts.records));
    expect(totals['m1 2026-11-18 revenue']).toBe(34501.5);
    expect(totals['m1 2026-11-19 receipts']).toBe(34501.5);
    expect(totals['m2 2026-11-12 receipts']).toBe(3000);
  });

  it('«Статус оплаты сделки» is a status, not an amount: no receipts', () => {
    const text =
      'ID;Стадия сделки;Ответственный;Дата создания;Предполагаемая дата закрытия;Сумма;Статус оплаты сделки\n' +
      '301;Сделка успешна;Анна Смирнова;02.11.2026;18.11.2026;5000;Оплачена\n';
    const r = importExport(text, settingsWith({}));
    expect(r.facts.records[0].contributions.map((c) => c.metric)).toEqual(['leads', 'deals', 'revenue']);
  });

  it('finds the paid columns by their aliases (Pipedrive custom fields, «Оплачено (дата)», «Оплата, руб»)', () => {
    const pipedrive = detectSource(
      ['Deal - Title', 'Deal - Value', 'Deal - Owner', 'Deal - Status', 'Deal - Add time'].concat([
        'Deal - Payment amount',
        'Deal - Payment date',
      ]),
    );
    expect([pipedrive.columns.paid, pipedrive.columns.paidDate]).toEqual([5, 6]);
    const amo = detectSource([
      'Бюджет',
      'Ответственный',
      'Дата создания сделки',
      'Оплачено (дата)',
      'Оплата, руб',
    ]);
    expect([amo.columns.paid, amo.columns.paidDate]).toEqual([4, 3]);
    expect(normalizeHeader('Оплачено (дата)')).not.toBe(normalizeHeader('Оплачено'));
    expect(normalizeHeader('Длительность (сек)')).toBe('длительность');
  });

  it('an export without a paid column counts no receipts and keeps its deals’ log keys', () => {
    const text =
      'ID;Бюджет;Ответственный;Дата создания сделки;Дата закрытия;Этап сделки\n' +
      '51;500;Иван Петров;02.11.2026;03.11.2026;Успешно реализовано\n';
    const [record] = importExport(text, settingsWith({})).facts.records;
    expect(record.contributions.map((c) => c.metric)).toEqual(['leads', 'deals', 'revenue']);
    expect(record.versionKey).toBe(
      `Иван Петров||Успешно реализовано|won|500|undefined|${record.contributions[0].day}|${record.contributions[1].day}|undefined`,
    );
  });
});
