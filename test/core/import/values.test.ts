import { dayOf } from '../../../src/core/dates';
import {
  callAnswered,
  callDirection,
  currencyCode,
  parseClock,
  parseDateTime,
  parseDuration,
} from '../../../src/core/import/values';

describe('parseDateTime', () => {
  it('reads DD.MM.YYYY with and without time and seconds, and ISO', () => {
    const nov3 = dayOf(2026, 11, 3);
    expect(parseDateTime('03.11.2026 10:15:07')).toEqual({ day: nov3, seconds: 36907 });
    expect(parseDateTime('03.11.2026 10:15')).toEqual({ day: nov3, seconds: 36900 });
    expect(parseDateTime(' 3.11.2026 ')).toEqual({ day: nov3, seconds: 0 });
    expect(parseDateTime('2026-11-03')).toEqual({ day: nov3, seconds: 0 });
    expect(parseDateTime('2026-11-03 23:59:59')).toEqual({ day: nov3, seconds: 86399 });
    expect(parseDateTime('2026-11-03T08:00:00.000Z')).toEqual({ day: nov3, seconds: 28800 });
    expect(parseDateTime('2026-11-03T08:00:00+03:00')).toEqual({ day: nov3, seconds: 28800 });
  });

  it('refuses "не закрыта", blanks and impossible dates or times', () => {
    for (const s of [
      'не закрыта',
      '',
      '31.11.2026',
      '29.02.2026',
      '03.11.2026 24:00',
      '11/03/2026',
      '2026-13-01',
    ])
      expect(parseDateTime(s)).toBeUndefined();
    expect(parseDateTime('29.02.2028')).toEqual({ day: dayOf(2028, 2, 29), seconds: 0 });
  });
});

describe('durations and clocks', () => {
  it('reads seconds and H:MM:SS', () => {
    expect([
      parseDuration('45'),
      parseDuration('0:02:05'),
      parseDuration('2:05'),
      parseDuration('1:00:00'),
    ]).toEqual([45, 125, 125, 3600]);
    expect([parseDuration('95 сек'), parseDuration(''), parseDuration('долго')]).toEqual([
      95,
      undefined,
      undefined,
    ]);
    expect([parseClock('09:15:02'), parseClock('9:15'), parseClock('25:00')]).toEqual([
      33302,
      33300,
      undefined,
    ]);
  });
});

describe('currencies, directions, outcomes', () => {
  it('maps names and marks to ISO codes', () => {
    expect(
      ['Российский рубль', 'руб.', '₽', 'RUB', 'Доллар США', '$', 'usd', 'Евро', 'Тенге'].map(currencyCode),
    ).toEqual(['RUB', 'RUB', 'RUB', 'RUB', 'USD', 'USD', 'USD', 'EUR', 'KZT']);
    expect([currencyCode(''), currencyCode('gbp')]).toEqual([undefined, 'GBP']);
  });

  it('reads call directions and answers in both languages', () => {
    expect(['Входящий', 'исходящий', 'Outbound', 'in', '?'].map(callDirection)).toEqual([
      'in',
      'out',
      'out',
      'in',
      undefined,
    ]);
    expect(['Отвечен', 'Не отвечен', 'ANSWERED', 'missed', 'Да', 'что-то'].map(callAnswered)).toEqual([
      true,
      false,
      true,
      false,
      true,
      undefined,
    ]);
  });
});
