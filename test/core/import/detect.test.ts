import { decodeBytes, detectSource, normalizeHeader, parseExportText } from '../../../src/core/import';
import { expectDomainError } from '../../helpers/domain-error';
import { fixtureBytes } from './helpers';

const headerOf = (file: string) => parseExportText(decodeBytes(fixtureBytes(file)).text).table.header;

describe('normalizeHeader', () => {
  it('ignores case, ё, spaces, currency marks and unit suffixes', () => {
    for (const h of ['Бюджет', 'Бюджет ', 'Бюджет, ₽', 'бюджет ₽', 'БЮДЖЕТ (руб.)', 'Бюджет, руб.'])
      expect(normalizeHeader(h)).toBe('бюджет');
    expect(normalizeHeader('Длительность, сек')).toBe('длительность');
    expect(normalizeHeader('Дата  создания  сделки')).toBe('дата создания сделки');
    expect(normalizeHeader('Этап сделки (ёмкий)')).toBe('этап сделки');
    expect(normalizeHeader('Deal - Value')).toBe('deal - value');
  });
});

describe('detectSource', () => {
  it('tells each export by its headers', () => {
    const found = (file: string) => {
      const d = detectSource(headerOf(file));
      return [d.source, d.kind, d.lang];
    };
    expect(found('amocrm-1251-semicolon.csv')).toEqual(['amocrm', 'deals', 'ru']);
    expect(found('amocrm-utf8-bom-comma.csv')).toEqual(['amocrm', 'deals', 'ru']);
    expect(found('kommo-utf8-tab.tsv')).toEqual(['amocrm', 'deals', 'en']);
    expect(found('bitrix-products.csv')).toEqual(['bitrix24', 'deals', 'ru']);
    expect(found('bitrix-deals.xls')).toEqual(['bitrix24', 'deals', 'ru']);
    expect(found('pipedrive.csv')).toEqual(['pipedrive', 'deals', 'en']);
    expect(found('hubspot.csv')).toEqual(['hubspot', 'deals', 'en']);
    expect(found('calls-mango.csv')).toEqual(['calls', 'calls', 'ru']);
  });

  it('finds the columns of amoCRM, a trailing-space or ₽-suffixed budget included', () => {
    const d = detectSource(['ID', 'Бюджет ', 'Ответственный', 'Дата создания сделки', 'Этап сделки']);
    expect(d.columns).toEqual({ id: 0, amount: 1, manager: 2, created: 3, stage: 4 });
    expect(detectSource(['Бюджет, ₽', 'Ответственный', 'Дата закрытия']).columns).toEqual({
      amount: 0,
      manager: 1,
      closed: 2,
    });
  });

  it('lets a manual mapping override or replace detection', () => {
    const d = detectSource(['ID', 'Бюджет', 'Ответственный', 'Дата создания сделки', 'Кто вёл'], {
      manager: 'кто ВЁЛ',
    });
    expect(d.columns.manager).toBe(4);
    // A column mapped by hand is no longer the detected field's.
    const moved = detectSource(['ID', 'Бюджет', 'Ответственный', 'Дата создания сделки'], { created: 'ID' });
    expect(moved.columns).toEqual({ amount: 1, manager: 2, created: 0 });
    const manual = detectSource(['Когда', 'Кто', 'Сколько'], {
      created: 'Когда',
      manager: 'Кто',
      amount: 'Сколько',
    });
    expect([manual.source, manual.kind, manual.columns]).toEqual([
      'manual',
      'deals',
      { created: 0, manager: 1, amount: 2 },
    ]);
    const calls = detectSource(['Когда', 'Кто', 'Сек'], { time: 'Когда', manager: 'Кто', seconds: 'Сек' });
    expect(calls.kind).toBe('calls');
    expectDomainError(() => detectSource(['A', 'B'], { manager: 'C' }), 'import.mappedHeaderMissing', {
      field: { msgRef: 'importField.manager' },
      header: 'C',
    });
  });

  it('refuses what is not an export, and one without a person or a date column, naming what is missing', () => {
    expectDomainError(() => detectSource(['Фамилия', 'Телефон']), 'import.notExport', {
      headers: 'Фамилия, Телефон',
    });
    expectDomainError(() => detectSource(['ID', 'Бюджет', 'Дата создания сделки']), 'import.noPersonColumn', {
      source: { msgRef: 'import.source.amocrm' },
      expected: '«Ответственный», «Responsible user»',
    });
    expectDomainError(
      () => detectSource(['Сумма', 'Стадия сделки', 'Ответственный']),
      'import.noDateColumn',
      {
        source: { msgRef: 'import.source.bitrix24' },
      },
    );
    expectDomainError(() => detectSource(['Длительность', 'Сотрудник']), 'import.noDateColumn');
    expectDomainError(() => detectSource(['Дата', 'Длительность']), 'import.noPersonColumn');
  });
});
