import type { Catalog } from '../lang';

export const calendarMessages = (): Catalog => ({
  'calendar.unknownCountry': {
    ru: 'неизвестная страна календаря «{value}»: укажите RU, KZ, BY или NONE (только выходные сб и вс)',
    en: 'unknown calendar country "{value}": use RU, KZ, BY or NONE (Saturday and Sunday off only)',
  },
  'calendar.notADay': { ru: '{what}: не дата', en: '{what} is not a date' },
  'calendar.yearOutOfRange': {
    ru: '{what}: год {year} вне допустимых {min}–{max}',
    en: '{what}: the year {year} is outside {min}–{max}',
  },
  'calendar.badOverrideDay': {
    ru: '{list}: значение №{index} не дата',
    en: '{list}: entry #{index} is not a date',
  },
  'calendar.overrideConflict': {
    ru: 'дата {date} указана и в дополнительных выходных, и в дополнительных рабочих днях',
    en: 'the date {date} is listed both as an extra day off and as an extra working day',
  },
  'calendar.overrideConflictAt': {
    ru: 'дата {date} указана и в дополнительных рабочих днях, и в дополнительных выходных ({cell}): оставьте одно',
    en: 'the date {date} is listed as an extra working day and as an extra day off ({cell}): keep one',
  },
  'calendar.badMonth': {
    ru: 'месяц {month} года {year} не существует: месяц должен быть от 1 до 12',
    en: 'there is no month {month} in {year}: the month must be 1 to 12',
  },
  'calendar.arg.day': { ru: 'день', en: 'the day' },
  'calendar.arg.from': { ru: 'дата начала', en: 'the start date' },
  'calendar.arg.to': { ru: 'дата окончания', en: 'the end date' },
  'calendar.arg.daysOff': { ru: 'дополнительные выходные', en: 'extra days off' },
  'calendar.arg.workingDays': { ru: 'дополнительные рабочие дни', en: 'extra working days' },
});
