import type { Catalog } from '../lang';

export const decomposeMessages = (): Catalog => ({
  // Seasonality and year → months
  'decompose.seasonalityMethod': {
    ru: 'метод сезонности «{method}» неизвестен: нужен «mean» (среднее) или «median» (медиана)',
    en: 'unknown seasonality method "{method}": use "mean" or "median"',
  },
  'decompose.seasonalityMode': {
    ru: 'способ разбивки года по месяцам «{mode}» неизвестен: нужен equal, coefficients или history',
    en: 'unknown way to split the year into months "{mode}": use equal, coefficients or history',
  },
  'decompose.historyEmpty': {
    ru: 'история продаж пуста: нужна хотя бы одна строка (год) из 12 месяцев',
    en: 'the sales history is empty: at least one row (a year) of 12 months is needed',
  },
  'decompose.historyRowLength': {
    ru: 'в истории продаж строка {row} содержит {length} значений, а нужно 12 (по одному на месяц)',
    en: 'sales history row {row} has {length} values; 12 are needed (one per month)',
  },
  'decompose.historyValue': {
    ru: 'история продаж, строка {row}, месяц {month}: «{value}» — нужно неотрицательное число или пустая ячейка',
    en: 'sales history row {row}, month {month}: "{value}" must be a non-negative number or blank',
  },
  'decompose.historyMonthEmpty': {
    ru: 'в истории продаж нет ни одного значения за месяц {month}: сезонность для него не посчитать',
    en: 'the sales history has no value for month {month}: its seasonality cannot be computed',
  },
  'decompose.historyAllZero': {
    ru: 'в истории продаж все значения нулевые: сезонность не посчитать',
    en: 'every value in the sales history is zero: seasonality cannot be computed',
  },
  'decompose.coefficientsLength': {
    ru: 'коэффициентов по месяцам {length}, а нужно 12',
    en: 'there are {length} monthly coefficients; 12 are needed',
  },
  'decompose.coefficientBad': {
    ru: 'коэффициент месяца {month} «{value}» должен быть неотрицательным числом',
    en: 'the coefficient of month {month} ("{value}") must be a non-negative number',
  },
  'decompose.coefficientsAllZero': {
    ru: 'все коэффициенты по месяцам равны нулю: годовой план не по чему распределить',
    en: 'all monthly coefficients are zero: there is nothing to split the year plan by',
  },

  // Plans and metrics
  'decompose.yearBad': {
    ru: 'год плана «{value}» должен быть целым числом, например 2026',
    en: 'the plan year "{value}" must be a whole number such as 2026',
  },
  'decompose.planBad': {
    ru: 'годовой план по показателю «{metric}» «{value}» должен быть неотрицательным числом',
    en: 'the yearly plan of "{metric}" ("{value}") must be a non-negative number',
  },
  'decompose.planNotMultiple': {
    ru: 'годовой план по показателю «{metric}» {value} не кратен шагу округления {step}',
    en: 'the yearly plan of "{metric}" {value} is not a multiple of its rounding step {step}',
  },
  'decompose.monthlyLength': {
    ru: 'помесячный план по показателю «{metric}» содержит {length} значений, а нужно 12',
    en: 'the monthly plan of "{metric}" has {length} values; 12 are needed',
  },
  'decompose.monthPlanBad': {
    ru: 'план по показателю «{metric}» на месяц {month} «{value}» должен быть неотрицательным числом',
    en: 'the plan of "{metric}" for month {month} ("{value}") must be a non-negative number',
  },
  'decompose.monthPlanNotMultiple': {
    ru: 'план по показателю «{metric}» на месяц {month} ({value}) не кратен шагу округления {step}',
    en: 'the plan of "{metric}" for month {month} ({value}) is not a multiple of its rounding step {step}',
  },
  'decompose.stepBad': {
    ru: 'шаг округления показателя «{metric}» «{value}» должен быть положительным числом',
    en: 'the rounding step of "{metric}" ("{value}") must be a positive number',
  },
  'decompose.metricDuplicate': {
    ru: 'показатель «{metric}» задан дважды или его имя занято (зарезервированы: {reserved})',
    en: 'the metric "{metric}" is given twice or its name is taken (reserved: {reserved})',
  },
  'decompose.gapPolicyBad': {
    ru: 'правило для непокрытого плана «{value}» неизвестно: нужно redistribute или showGap',
    en: 'unknown rule for uncovered plan "{value}": use redistribute or showGap',
  },
  'decompose.monthNoWorkdays': {
    ru: 'в месяце {month} нет рабочих дней (или у всех нулевой вес), а план на него есть',
    en: 'month {month} has a plan but no working days (or all of them weigh zero)',
  },

  // Weeks and days
  'decompose.weekdayWeightsLength': {
    ru: 'весов дней недели {length}, а нужно 7 (с понедельника по воскресенье)',
    en: 'there are {length} weekday weights; 7 are needed (Monday to Sunday)',
  },
  'decompose.weekdayWeightBad': {
    ru: 'вес дня недели №{weekday} «{value}» должен быть неотрицательным числом',
    en: 'weekday weight #{weekday} ("{value}") must be a non-negative number',
  },
  'decompose.shortenedWeightBad': {
    ru: 'вес сокращённого дня «{value}» должен быть неотрицательным числом',
    en: 'the shortened-day weight ("{value}") must be a non-negative number',
  },
  'decompose.noWorkdays': {
    ru: 'среди дат нет ни одного рабочего дня: план {plan} не на что распределить',
    en: 'none of the dates is a working day: there is nowhere to put the plan {plan}',
  },
  'decompose.dayWeightsZero': {
    ru: 'у всех рабочих дней среди дат нулевой вес: план {plan} не на что распределить',
    en: 'every working day among the dates weighs zero: there is nowhere to put the plan {plan}',
  },

  // Team
  'decompose.teamEmpty': {
    ru: 'в команде нет ни одного активного менеджера',
    en: 'the team has no active manager',
  },
  'decompose.managerDuplicate': {
    ru: 'менеджер с кодом «{manager}» встречается в команде дважды',
    en: 'the manager id "{manager}" appears twice in the team',
  },
  'decompose.managerDates': {
    ru: 'у менеджера «{manager}» дата ухода раньше даты выхода',
    en: 'manager "{manager}" leaves before they start',
  },
  'decompose.absenceBad': {
    ru: 'у менеджера «{manager}» отсутствие №{index} заканчивается раньше, чем начинается',
    en: 'absence #{index} of manager "{manager}" ends before it starts',
  },
  'decompose.shareBad': {
    ru: 'доля менеджера «{manager}» «{value}» должна быть неотрицательным числом',
    en: 'the share of manager "{manager}" ("{value}") must be a non-negative number',
  },
  'decompose.sharesAllZero': {
    ru: 'у всех менеджеров нулевая доля (или коэффициент грейда): план не по чему распределить',
    en: 'every manager has a zero share (or grade coefficient): there is nothing to split the plan by',
  },
  'decompose.gradeUnknown': {
    ru: 'грейд «{grade}» менеджера «{manager}» неизвестен; известные грейды: {grades}',
    en: 'manager "{manager}" has an unknown grade "{grade}"; known grades: {grades}',
  },
  'decompose.gradeCoefficientBad': {
    ru: 'коэффициент грейда «{grade}» «{value}» должен быть неотрицательным числом',
    en: 'the coefficient of grade "{grade}" ("{value}") must be a non-negative number',
  },
  'decompose.teamSplitBad': {
    ru: 'способ распределения по менеджерам «{split}» неизвестен: нужен share, grade или equal',
    en: 'unknown way to split among managers "{split}": use share, grade or equal',
  },
  'decompose.rampEmpty': {
    ru: 'шкала выхода на план пуста: нужна хотя бы одна доля, например 25 %, 50 %, 75 %',
    en: 'the ramp-up scale is empty: give at least one share, e.g. 25 %, 50 %, 75 %',
  },
  'decompose.rampValue': {
    ru: 'доля №{index} шкалы выхода на план «{value}» должна быть от 0 до 100 %',
    en: 'ramp-up share #{index} ("{value}") must be between 0 and 100 %',
  },
  'decompose.rampPlanBad': {
    ru: 'полный план «{value}» должен быть числом',
    en: 'the full plan ("{value}") must be a number',
  },

  // Funnel
  'decompose.revenueBad': {
    ru: 'выручка «{value}» должна быть неотрицательным числом',
    en: 'the revenue ("{value}") must be a non-negative number',
  },
  'decompose.avgCheckBad': {
    ru: 'средний чек «{value}» должен быть положительным числом',
    en: 'the average check ("{value}") must be a positive number',
  },
  'decompose.avgCheckLength': {
    ru: 'средних чеков по месяцам {length}, а нужно 12 (или одно значение на год)',
    en: 'there are {length} monthly average checks; 12 are needed (or one for the year)',
  },
  'decompose.avgCheckMonthBad': {
    ru: 'средний чек месяца {month} «{value}» должен быть положительным числом',
    en: 'the average check of month {month} ("{value}") must be a positive number',
  },
  'decompose.conversionBad': {
    ru: 'конверсия №{index} «{value}» должна быть больше 0 и не больше 100 %',
    en: 'conversion #{index} ("{value}") must be above 0 and at most 100 %',
  },
  'decompose.topCountBad': {
    ru: 'количество на входе воронки «{value}» должно быть неотрицательным числом',
    en: 'the count at the top of the funnel ("{value}") must be a non-negative number',
  },

  // Warnings
  'decompose.warn.calendarUncovered': {
    ru: 'производственного календаря на {year} год нет: рабочими считаются будни без праздников',
    en: 'there is no production calendar for {year}: weekdays count as working days, without holidays',
  },
  'decompose.warn.calendarProvisional': {
    ru: 'календарь на {year} год предварительный: постановление о переносах ещё не вышло',
    en: 'the calendar for {year} is provisional: the decree on transferred days is not out yet',
  },
  'decompose.warn.nobodyAvailable': {
    ru: 'в месяце {month} никто из менеджеров не может работать: весь план месяца не покрыт',
    en: 'no manager can work in month {month}: the whole month plan is uncovered',
  },
  'decompose.warn.gap': {
    ru: 'план по показателю «{metric}» не покрыт менеджерами на {gap} (месяцы: {months})',
    en: '{gap} of the "{metric}" plan is not covered by any manager (months: {months})',
  },
});
