import type { Catalog } from '../lang';

export const planfactMessages: Catalog = {
  // Argument names, filled into `{name}` of the messages below.
  'planfact.arg.plan': { ru: 'план', en: 'the plan' },
  'planfact.arg.fact': { ru: 'факт', en: 'the fact' },
  'planfact.arg.elapsed': { ru: 'число прошедших рабочих дней', en: 'the number of elapsed working days' },
  'planfact.arg.total': { ru: 'число рабочих дней периода', en: 'the number of working days in the period' },
  'planfact.arg.remaining': { ru: 'число оставшихся рабочих дней', en: 'the number of remaining working days' },
  'planfact.arg.actual': { ru: 'фактический результат', en: 'the actual result' },
  'planfact.arg.forecast': { ru: 'прогноз', en: 'the forecast' },
  'planfact.arg.asOf': { ru: 'дата «на сегодня»', en: 'the as-of date' },
  'planfact.arg.from': { ru: 'начало периода', en: 'the start of the period' },
  'planfact.arg.to': { ru: 'конец периода', en: 'the end of the period' },
  'planfact.arg.day': { ru: 'дата', en: 'the date' },

  'planfact.notFinite': { ru: '{name}: не конечное число', en: '{name} is not a finite number' },
  'planfact.rowNotFinite': {
    ru: 'строка {row}: {name} не конечное число',
    en: 'row {row}: {name} is not a finite number',
  },
  'planfact.negativePlan': {
    ru: 'план отрицательный ({value}); план должен быть ≥ 0',
    en: 'the plan is negative ({value}); a plan must be ≥ 0',
  },
  'planfact.rowNegativePlan': {
    ru: 'строка {row}: план отрицательный ({value}); план должен быть ≥ 0',
    en: 'row {row}: the plan is negative ({value}); a plan must be ≥ 0',
  },
  'planfact.negative': {
    ru: '{name}: отрицательное значение ({value}); должно быть ≥ 0',
    en: '{name} is negative ({value}); it must be ≥ 0',
  },
  'planfact.elapsedExceedsTotal': {
    ru: 'прошедших рабочих дней ({elapsed}) больше, чем рабочих дней в периоде ({total})',
    en: 'the elapsed working days ({elapsed}) exceed the working days of the period ({total})',
  },
  'planfact.badDay': {
    ru: '{name}: «{value}» не дата (ожидается целый номер дня)',
    en: '{name}: "{value}" is not a date (expected a whole day number)',
  },
  'planfact.badPeriod': {
    ru: 'период задан наоборот: конец {to} раньше начала {from}',
    en: 'the period is reversed: its end {to} is before its start {from}',
  },
  'planfact.factsLength': {
    ru: 'в периоде {from} — {to} дней: {expected}, а дневных фактов передано {actual}',
    en: 'the period {from} to {to} has {expected} days, but {actual} daily facts were given',
  },
  'planfact.dailyFactNotFinite': {
    ru: 'факт за {day} не число',
    en: 'the fact of {day} is not a number',
  },
  'planfact.badGrain': {
    ru: 'неизвестный уровень периода «{grain}»: допустимо {choices}',
    en: 'unknown period grain "{grain}": use one of {choices}',
  },
};
