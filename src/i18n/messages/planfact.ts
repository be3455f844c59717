import type { Catalog } from '../lang';

export const planfactMessages = (): Catalog => ({
  // Argument names, filled into `{name}` of the messages below.
  'planfact.arg.plan': { ru: 'план', en: 'the plan' },
  'planfact.arg.fact': { ru: 'факт', en: 'the fact' },
  'planfact.arg.elapsed': { ru: 'число прошедших рабочих дней', en: 'the number of elapsed working days' },
  'planfact.arg.total': { ru: 'число рабочих дней периода', en: 'the number of working days in the period' },
  'planfact.arg.remaining': {
    ru: 'число оставшихся рабочих дней',
    en: 'the number of remaining working days',
  },
  'planfact.arg.actual': { ru: 'фактический результат', en: 'the actual result' },
  'planfact.arg.forecast': { ru: 'прогноз', en: 'the forecast' },
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
  'planfact.factsLength': {
    ru: 'в периоде {from} — {to} дней: {expected}, а дневных фактов передано {actual}',
    en: 'the period {from} to {to} has {expected} days, but {actual} daily facts were given',
  },
  'planfact.badGrain': {
    ru: 'неизвестный уровень периода «{grain}»: допустимо {choices}',
    en: 'unknown period grain "{grain}": use one of {choices}',
  },
  // The monthly report (src/core/report.ts).
  'report.part.bonus': { ru: 'премии', en: 'the bonuses' },
  'report.part.funnel': { ru: 'воронка', en: 'the funnel' },
  'report.badMonth': {
    ru: 'месяц отчёта {year}-{month} не существует (год целый, месяц от 1 до 12)',
    en: 'the report month {year}-{month} does not exist (a whole year, a month from 1 to 12)',
  },
  'report.noMetrics': { ru: 'в отчёте нет ни одного показателя', en: 'the report has no metrics' },
  'report.unknownMetric': {
    ru: 'основной показатель «{metric}» не найден среди показателей: {metrics}',
    en: 'the main metric "{metric}" is not among the metrics: {metrics}',
  },
  'report.duplicateManager': {
    ru: 'менеджер «{name}»: id «{id}» встречается дважды',
    en: 'manager "{name}": the id "{id}" appears twice',
  },
  'report.badPlan': {
    ru: 'менеджер «{name}», показатель «{metric}»: план «{value}» должен быть числом ≥ 0',
    en: 'manager "{name}", metric "{metric}": the plan "{value}" must be a number ≥ 0',
  },
  'report.badFact': {
    ru: 'менеджер «{name}», показатель «{metric}»: факт «{value}» не число',
    en: 'manager "{name}", metric "{metric}": the fact "{value}" is not a number',
  },
  'report.badPrevious': {
    ru: 'прошлый месяц, менеджер с id «{id}», показатель «{metric}»: план должен быть числом ≥ 0, факт — числом',
    en: 'last month, the manager with the id "{id}", metric "{metric}": the plan must be a number ≥ 0 and the fact a number',
  },
  'report.unknownManager': {
    ru: '{part}: менеджера с id «{id}» нет в команде этого месяца',
    en: '{part}: there is no manager with the id "{id}" in this month\'s team',
  },
  'report.badBonus': {
    ru: 'премия менеджера с id «{id}»: «{value}» не число',
    en: 'the bonus of the manager with the id "{id}": "{value}" is not a number',
  },
  'report.badHeadBonus': {
    ru: 'премия руководителя отдела продаж: «{value}» не число',
    en: 'the head of sales\' bonus: "{value}" is not a number',
  },
  'report.dailyMissing': {
    ru: 'менеджер «{name}»: нет фактов по дням, а у других они есть',
    en: 'manager "{name}": no daily facts, while other managers have them',
  },
  'report.dailyLength': {
    ru: 'менеджер «{name}»: в месяце {expected} дн., а значений по дням {actual}',
    en: 'manager "{name}": the month has {expected} days, but {actual} daily values were given',
  },
  'report.dailyNotFinite': {
    ru: 'менеджер «{name}»: значение за {day}-е число не число',
    en: 'manager "{name}": the value of day {day} is not a number',
  },
  'report.badForecast': { ru: 'прогноз «{value}» не число', en: 'the forecast "{value}" is not a number' },
  'report.forecastNeedsDaily': {
    ru: 'прогноз по темпу на дату нельзя пересчитать: нет фактов по дням',
    en: 'the run-rate forecast as of a date cannot be recomputed: there are no daily facts',
  },
  'report.funnelStages': {
    ru: 'воронка менеджера «{name}»: этапов {actual}, а названий этапов {expected}',
    en: 'the funnel of manager "{name}" has {actual} stages, but {expected} stage names are given',
  },
  'report.funnelEmpty': {
    ru: 'в воронке нет ни одного менеджера',
    en: 'the funnel has no managers',
  },
});
