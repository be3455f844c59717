import { dayOf } from '../../../src/core/dates';
import {
  detectSource,
  importExport,
  importTable,
  readDeals,
  SKIP_REASONS,
  SOURCES,
  sheetValuesToText,
  tableOf,
} from '../../../src/core/import';
import { looksLikeHtmlTable } from '../../../src/core/import/html-table';
import { personResolver } from '../../../src/core/import/people';
import { messageOf } from '../../../src/i18n';
import { byLine, settingsWith, skips, TEAM_RU } from './helpers';

describe('people', () => {
  const person = personResolver({
    team: [...TEAM_RU, { id: 'x1', name: 'Алексей Орлов' }, { id: 'x2', name: 'Орлов Алексей' }],
    people: [
      { crm: 'a.smirnova@example.ru', member: 'm1' },
      { crm: '105', member: 'm5' },
      { crm: 'Смирнова Анна', member: 'm3' },
    ],
  });

  it('matches exactly (case, ё, spaces aside), then in the other word order, then by the mapping', () => {
    expect(person('  анна   СМИРНОВА ')).toBe('m1');
    expect(person('Кузнецова Мария')).toBe('m3');
    expect(person('Смирнова Анна')).toBe('m1'); // the team's own name wins over a mapping row
    expect(person('A.Smirnova@example.ru')).toBe('m1');
    expect(person('Пётр Сидоров')).toBeUndefined();
  });

  it('maps an extension only through the mapping, and never guesses between namesakes', () => {
    expect(person('', '105')).toBe('m5');
    expect(person('Кто-то', '105')).toBe('m5');
    expect(person('', '999')).toBeUndefined();
    expect(person('Орлов Алексей')).toBe('x2');
    expect(person('алексей орлов')).toBe('x1');
  });
});

describe('deal rules', () => {
  const HEAD = 'ID;Бюджет;Ответственный;Дата создания сделки;Дата закрытия;Этап сделки;Воронка\n';

  it('a won deal without a close date is listed once under "no date"; its lead still counts', () => {
    const r = importExport(`${HEAD}1;500;Иван Петров;02.11.2026;;Успешно реализовано;\n`, settingsWith({}));
    expect(byLine(r.facts.records[0].contributions)).toEqual({ 'm2 2026-11-02 leads': 1 });
    expect(skips(r.facts.skipped)).toEqual({ noDate: [1, ['1×1']] });
  });

  it('a deal with no pipeline passes a pipeline filter; another pipeline does not', () => {
    const text = `${HEAD}1;500;Иван Петров;02.11.2026;;Переговоры;\n2;500;Иван Петров;02.11.2026;;Переговоры;Сервис\n`;
    const r = importExport(text, settingsWith({ pipelines: ['Продажи'] }));
    expect(r.facts.records.map((x) => x.contributions.length)).toEqual([1, 0]);
    expect(skips(r.facts.skipped).otherPipeline).toEqual([1, ['Сервис×1']]);
  });

  it('which date counts for which metric is a setting (leads on the close date here)', () => {
    const text = `${HEAD}1;500;Иван Петров;02.11.2026;09.11.2026;Успешно реализовано;\n`;
    const r = importExport(text, settingsWith({ dates: { leads: 'closed' } }));
    expect(byLine(r.facts.records[0].contributions)).toEqual({
      'm2 2026-11-09 leads': 1,
      'm2 2026-11-09 deals': 1,
      'm2 2026-11-09 revenue': 500,
    });
  });

  it('counts every year without a plan year; a deal in another currency is skipped, never summed in', () => {
    const text = `${HEAD}1;500;Иван Петров;02.11.2025;03.11.2025;Успешно реализовано;\n`;
    expect(importExport(text, settingsWith({ year: undefined })).facts.records[0].contributions).toHaveLength(
      3,
    );
    // No currency column: the account's own currency, whatever the settings name.
    const usd = importExport(text, settingsWith({ year: undefined, currency: 'USD' }));
    expect(usd.facts.records[0].contributions).toHaveLength(3);
    const bitrix =
      'ID;Сумма;Валюта;Ответственный;Дата создания;Предполагаемая дата закрытия;Стадия сделки\n' +
      '7;500;Российский рубль;Иван Петров;02.11.2026;03.11.2026;Сделка успешна\n';
    const rub = importExport(bitrix, settingsWith({ currency: 'USD' }));
    expect(rub.facts.records[0].contributions).toEqual([]);
    expect(skips(rub.facts.skipped).otherCurrency).toEqual([1, ['RUB×1']]);
  });
});

describe('call rules', () => {
  it('two calls of one person in the same second are two calls when the other party differs', () => {
    const text =
      'Дата и время;Сотрудник;Номер клиента;Длительность;Статус\n' +
      '02.11.2026 10:00:00;Анна Смирнова;+7 900 1;60;200\n' +
      '02.11.2026 10:00:00;Анна Смирнова;+7 900 2;60;200\n' +
      '02.11.2026 10:05:00;Анна Смирнова;+7 900 3;60;304\n';
    const r = importExport(text, settingsWith({}));
    expect(new Set(r.calls.map((c) => c.id)).size).toBe(3);
    expect(r.calls.map((c) => [c.time?.day === dayOf(2026, 11, 2), c.answered])).toEqual([
      [true, true],
      [true, true],
      [true, false],
    ]);
    expect(r.facts.records.filter((x) => x.contributions.length > 0)).toHaveLength(2);
  });
});

describe('HTML or delimited', () => {
  it('only text that starts with a tag is read as HTML', () => {
    expect(looksLikeHtmlTable('\n  <html><body><table>')).toBe(true);
    expect(looksLikeHtmlTable('<table border="1"><tr><td>1</td></tr></table>')).toBe(true);
    expect(looksLikeHtmlTable('<meta charset="utf-8"><table>')).toBe(true);
    expect(looksLikeHtmlTable('ID;Примечание\n1;"<table> в заметке"')).toBe(false);
  });
});

describe('a tab as the import reads it', () => {
  it('turns Sheets values into text: dates on the wall clock of the time zone, numbers plain, blanks empty', () => {
    const rows = sheetValuesToText(
      [
        ['ID', 'Бюджет', 'Ответственный', 'Дата создания сделки', 'Дата закрытия', 'Этап сделки'],
        [101, 150000.5, 'Анна Смирнова', new Date(Date.UTC(2026, 10, 3, 7, 15, 0)), null, 'Переговоры'],
      ],
      'Europe/Moscow',
    );
    expect(rows[1]).toEqual(['101', '150000.5', 'Анна Смирнова', '2026-11-03 10:15:00', '', 'Переговоры']);
    const table = tableOf(rows);
    const deals = readDeals(table, detectSource(table.header));
    expect([deals[0].amount, deals[0].created]).toEqual([150000.5, dayOf(2026, 11, 3)]);
    const imported = importTable(table, settingsWith({}));
    expect(byLine(imported.facts.records[0].contributions)).toEqual({ 'm1 2026-11-03 leads': 1 });
  });
});

describe('messages', () => {
  it('every source and skip reason has a message in both languages', () => {
    const codes = [...SOURCES.map((s) => s.id), 'manual'].map((id) => `import.source.${id}`);
    codes.push(...SKIP_REASONS.map((r) => `import.skip.${r}`));
    expect(codes.filter((c) => !messageOf(c)?.ru || !messageOf(c)?.en)).toEqual([]);
  });

  it('a stage linked to a metric counted otherwise (leads) is no funnel step: no lead counted twice', () => {
    const text =
      'ID;Бюджет;Ответственный;Дата создания сделки;Этап сделки\n1;500;Иван Петров;02.11.2026;Новый\n';
    const r = importExport(text, settingsWith({ stages: [{ stage: 'Новый', step: 'leads' }] }));
    expect(byLine(r.facts.records[0].contributions)).toEqual({ 'm2 2026-11-02 leads': 1 });
  });
});
