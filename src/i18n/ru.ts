/**
 * Every message of the add-on in Russian, by key: the keys of this object are the message keys (`MessageKey`),
 * and en.ts must have exactly the same (tsc checks it; a test checks every key is used). One file per language,
 * as translation packs are, so it is long by nature. Built on first use (a function, not a constant): a custom
 * function that succeeds never builds it. `{name}` marks a parameter, `{count|форма|формы|форм}` a plural.
 */
export const ruMessages = () => ({
  // ── calendar ──
  'calendar.unknownCountry':
    'неизвестная страна календаря «{value}»: укажите «RU», «KZ», «BY» или «NONE» (только выходные сб и вс)',
  'calendar.notADay': '{what}: не дата',
  'calendar.yearOutOfRange': '{what}: год {year} вне допустимых {min}–{max}',
  'calendar.badOverrideDay': '{list}: значение №{index} не дата',
  'calendar.overrideConflict':
    'дата {date} указана и в дополнительных выходных, и в дополнительных рабочих днях',
  'calendar.overrideConflictAt':
    'дата {date} указана и в дополнительных рабочих днях, и в дополнительных выходных ({cell}): оставьте одно',
  'calendar.badMonth': 'месяц {month} года {year} не существует: месяц должен быть от 1 до 12',
  'calendar.arg.day': 'день',
  'calendar.arg.from': 'дата начала',
  'calendar.arg.to': 'дата окончания',
  'calendar.arg.daysOff': 'дополнительные выходные',
  'calendar.arg.workingDays': 'дополнительные рабочие дни',

  // ── split ──
  'split.weightNotFinite': 'вес №{index} не число',
  'split.negativeWeight': 'вес №{index} отрицательный ({value}); веса должны быть ≥ 0',
  'split.totalNotMultiple': 'сумма {total} не кратна шагу {step}',
  'split.stepAboveTotal': 'шаг {step} больше суммы {total}: части, кратные шагу, не дадут в сумме {total}',
  'split.noWeights': 'нет весов для распределения',
  'split.allZero': 'все веса равны нулю: распределить сумму не по чему',
  'split.name.total': 'сумма',
  'split.name.value': 'значение',
  'split.notFinite': '{name}: не конечное число',
  'split.tooLarge': 'сумма {total} слишком велика для шага {step}: столько шагов нельзя посчитать точно',
  'split.badStep': 'шаг округления {step} должен быть положительным числом',

  // ── decompose ──
  'plan.weekMonths': 'Неделя в двух месяцах: {months}; её план — сумма частей в каждом',
  // Seasonality and year → months
  'decompose.seasonalityMethod':
    'метод сезонности «{method}» неизвестен: нужен «mean» (среднее) или «median» (медиана)',
  'decompose.seasonalityMode':
    'способ разбивки года по месяцам «{mode}» неизвестен: нужен equal, coefficients или history',
  'decompose.historyEmpty': 'история продаж пуста: нужна хотя бы одна строка (год) из 12 месяцев',
  'decompose.historyRowLength':
    'в истории продаж строка {row} содержит {length} {length|значение|значения|значений}, а нужно 12 (по одному на месяц)',
  'decompose.historyValue':
    'история продаж, строка {row}, месяц {month}: «{value}» — нужно неотрицательное число или пустая ячейка',
  'decompose.historyMonthEmpty':
    'в истории продаж нет ни одного значения за месяц {month}: сезонность для него не посчитать',
  'decompose.historyAllZero': 'в истории продаж все значения нулевые: сезонность не посчитать',
  'decompose.coefficientsLength': 'коэффициентов по месяцам {length}, а нужно 12',
  'decompose.coefficientBad': 'коэффициент месяца {month} «{value}» должен быть неотрицательным числом',
  'decompose.coefficientsAllZero':
    'все коэффициенты по месяцам равны нулю: годовой план не по чему распределить',
  // Plans and metrics
  'decompose.yearBad': 'год плана «{value}» должен быть целым числом, например 2026',
  'decompose.planBad': 'годовой план по показателю «{metric}» «{value}» должен быть неотрицательным числом',
  'decompose.planNotMultiple':
    'годовой план по показателю «{metric}» {value} не кратен шагу округления {step}',
  'decompose.monthlyLength':
    'помесячный план по показателю «{metric}» содержит {length} {length|значение|значения|значений}, а нужно 12',
  'decompose.monthPlanBad':
    'план по показателю «{metric}» на месяц {month} «{value}» должен быть неотрицательным числом',
  'decompose.monthPlanNotMultiple':
    'план по показателю «{metric}» на месяц {month} ({value}) не кратен шагу округления {step}',
  'decompose.stepBad': 'шаг округления показателя «{metric}» «{value}» должен быть положительным числом',
  'decompose.metricDuplicate':
    'показатель «{metric}» задан дважды или его имя занято (зарезервированы: {reserved})',
  'decompose.gapPolicyBad':
    'правило для непокрытого плана «{value}» неизвестно: нужно redistribute или showGap',
  'decompose.monthNoWorkdays':
    'в месяце {month} нет рабочих дней (или у всех нулевой вес), а план на него есть',
  // Weeks and days
  'decompose.weekdayWeightsLength': 'весов дней недели {length}, а нужно 7 (с понедельника по воскресенье)',
  'decompose.weekdayWeightBad': 'вес дня недели №{weekday} «{value}» должен быть неотрицательным числом',
  'decompose.shortenedWeightBad': 'вес сокращённого дня «{value}» должен быть неотрицательным числом',
  'decompose.noWorkdays': 'среди дат нет ни одного рабочего дня: план {plan} не на что распределить',
  'decompose.dayWeightsZero': 'у всех рабочих дней среди дат нулевой вес: план {plan} не на что распределить',
  // Team
  'decompose.teamEmpty': 'в команде нет ни одного активного менеджера',
  'decompose.managerDuplicate': 'менеджер с кодом «{manager}» встречается в команде дважды',
  'decompose.managerDates': 'у менеджера «{manager}» дата ухода раньше даты выхода',
  'decompose.absenceBad': 'у менеджера «{manager}» отсутствие №{index} заканчивается раньше, чем начинается',
  'decompose.shareBad': 'доля менеджера «{manager}» «{value}» должна быть неотрицательным числом',
  'decompose.sharesAllZero':
    'у всех менеджеров нулевая доля (или коэффициент грейда): план не по чему распределить',
  'decompose.gradeUnknown': 'грейд «{grade}» менеджера «{manager}» неизвестен; известные грейды: {grades}',
  'decompose.gradeCoefficientBad':
    'коэффициент грейда «{grade}» «{value}» должен быть неотрицательным числом',
  'decompose.teamSplitBad':
    'способ распределения по менеджерам «{split}» неизвестен: нужен share, grade или equal',
  'decompose.rampEmpty': 'шкала выхода на план пуста: нужна хотя бы одна доля, например 25 %, 50 %, 75 %',
  'decompose.rampValue': 'доля №{index} шкалы выхода на план «{value}» должна быть от 0 до 100 %',
  'decompose.rampPlanBad': 'полный план «{value}» должен быть числом',
  // Funnel
  'decompose.revenueBad': 'выручка «{value}» должна быть неотрицательным числом',
  'decompose.avgCheckBad': 'средний чек «{value}» должен быть положительным числом',
  'decompose.avgCheckLength': 'средних чеков по месяцам {length}, а нужно 12 (или одно значение на год)',
  'decompose.avgCheckMonthBad': 'средний чек месяца {month} «{value}» должен быть положительным числом',
  'decompose.conversionBad': 'конверсия №{index} «{value}» должна быть больше 0 и не больше 100 %',
  'decompose.topCountBad': 'количество на входе воронки «{value}» должно быть неотрицательным числом',
  // Warnings
  'decompose.warn.calendarUncovered':
    'производственного календаря на {year} год нет: рабочими считаются будни без праздников',
  'decompose.warn.calendarProvisional':
    'календарь на {year} год предварительный: постановление о переносах ещё не вышло',
  'decompose.warn.nobodyAvailable':
    'в месяце {month} никто из менеджеров не может работать: весь план месяца не покрыт',
  'decompose.warn.gap': 'план по показателю «{metric}» не покрыт менеджерами на {gap} (месяцы: {months})',

  // ── planfact ──
  // Argument names, filled into `{name}` of the messages below.
  'planfact.arg.plan': 'план',
  'planfact.arg.fact': 'факт',
  'planfact.arg.elapsed': 'число прошедших рабочих дней',
  'planfact.arg.total': 'число рабочих дней периода',
  'planfact.arg.remaining': 'число оставшихся рабочих дней',
  'planfact.arg.actual': 'фактический результат',
  'planfact.arg.forecast': 'прогноз',
  'planfact.arg.day': 'дата',
  'planfact.notFinite': '{name}: не конечное число',
  'planfact.rowNotFinite': 'строка {row}: {name} не конечное число',
  'planfact.negativePlan': 'план отрицательный ({value}); план должен быть ≥ 0',
  'planfact.rowNegativePlan': 'строка {row}: план отрицательный ({value}); план должен быть ≥ 0',
  'planfact.negative': '{name}: отрицательное значение ({value}); должно быть ≥ 0',
  'planfact.elapsedExceedsTotal':
    'прошедших рабочих дней ({elapsed}) больше, чем рабочих дней в периоде ({total})',
  'planfact.badDay': '{name}: «{value}» не дата (ожидается целый номер дня)',
  'planfact.factsLength': 'в периоде {from} — {to} дней: {expected}, а дневных фактов передано {actual}',
  'planfact.badGrain': 'неизвестный уровень периода «{grain}»: допустимо {choices}',
  // The monthly report (src/core/report.ts).
  'report.part.bonus': 'премии',
  'report.part.funnel': 'воронка',
  'report.badMonth': 'месяц отчёта {year}-{month} не существует (год целый, месяц от 1 до 12)',
  'report.noMetrics': 'в отчёте нет ни одного показателя',
  'report.unknownMetric': 'основной показатель «{metric}» не найден среди показателей: {metrics}',
  'report.duplicateManager': 'менеджер «{name}»: id «{id}» встречается дважды',
  'report.badPlan': 'менеджер «{name}», показатель «{metric}»: план «{value}» должен быть числом ≥ 0',
  'report.badFact': 'менеджер «{name}», показатель «{metric}»: факт «{value}» не число',
  'report.badPrevious':
    'прошлый месяц, менеджер с id «{id}», показатель «{metric}»: план должен быть числом ≥ 0, факт — числом',
  'report.unknownManager': '{part}: менеджера с id «{id}» нет в команде этого месяца',
  'report.badBonus': 'премия менеджера с id «{id}»: «{value}» не число',
  'report.badHeadBonus': 'премия руководителя отдела продаж: «{value}» не число',
  'report.dailyMissing': 'менеджер «{name}»: нет фактов по дням, а у других они есть',
  'report.dailyLength': 'менеджер «{name}»: в месяце {expected} дн., а значений по дням {actual}',
  'report.dailyNotFinite': 'менеджер «{name}»: значение за {day}-е число не число',
  'report.badForecast': 'прогноз «{value}» не число',
  'report.forecastNeedsDaily': 'прогноз по темпу на дату нельзя пересчитать: нет фактов по дням',
  'report.funnelStages': 'воронка менеджера «{name}»: этапов {actual}, а названий этапов {expected}',
  'report.funnelEmpty': 'в воронке нет ни одного менеджера',

  // ── funnel ──
  // Argument names, filled into `{name}` of the messages below.
  'funnel.arg.opportunities': 'число сделок в работе',
  'funnel.arg.avgDeal': 'средняя сделка',
  'funnel.arg.winRate': 'доля выигранных сделок',
  'funnel.arg.cycleDays': 'длительность цикла сделки',
  'funnel.arg.avgCheck': 'средний чек',
  'funnel.arg.purchasesPerYear': 'число покупок в год',
  'funnel.arg.years': 'срок жизни клиента в годах',
  'funnel.arg.margin': 'маржа',
  'funnel.countNotFinite': 'этап №{stage}: «{value}» не число',
  'funnel.funnelCountNotFinite': 'воронка №{funnel}, этап №{stage}: «{value}» не число',
  'funnel.negativeCount': 'этап №{stage}: отрицательное количество ({value}); должно быть ≥ 0',
  'funnel.funnelNegativeCount':
    'воронка №{funnel}, этап №{stage}: отрицательное количество ({value}); должно быть ≥ 0',
  'funnel.noStages': 'в воронке нет этапов',
  'funnel.noFunnels': 'нет ни одной воронки для сложения',
  'funnel.stageCountMismatch':
    'в воронке №{funnel} этапов {actual}, а в первой {expected}: у всех воронок должны быть одни и те же этапы',
  'funnel.benchmarkLength':
    'эталонных конверсий {actual}, а для {stages} {stages|этапа|этапов|этапов} нужно {conversions} (или {stages}, первая не учитывается)',
  'funnel.badBenchmark': 'эталонная конверсия в этап №{stage} («{value}») должна быть числом ≥ 0',
  'funnel.notFinite': '{name}: не конечное число',
  'funnel.negative': '{name}: отрицательное значение ({value}); должно быть ≥ 0',
  'funnel.notFraction': '{name}: {value} вне диапазона от 0 до 1 (доля: 25 % — это 0,25)',
  'funnel.badCycleDays': 'длительность цикла сделки {value} дн.: должна быть больше 0',

  // ── bonus ──
  // Problems of tiers, multiplier bands and curve points: used alone (custom functions) and inside a scheme,
  // where the problem's field path says which component (and KPI) they are about.
  'bonus.tiers.empty': 'нет ни одной ступени',
  'bonus.tiers.notNumber': 'ступень №{index}: {field} — не число',
  'bonus.tiers.negativeValue': 'ступень №{index}: ставка {value} отрицательная',
  'bonus.tiers.negativeFrom': 'ступень №{index}: порог {from} отрицательный',
  'bonus.tiers.overlap': 'ступени №{prev} и №{index} начинаются с одного порога {from}: ступени пересекаются',
  'bonus.tiers.unordered':
    'ступень №{index} начинается с {from}, ниже ступени №{prev} ({prevFrom}): пороги должны возрастать',
  'bonus.tiers.badMode': 'режим «{mode}» неизвестен: нужен «marginal» (по частям) или «retro» (на всю сумму)',
  'bonus.bands.empty': 'нет ни одного диапазона',
  'bonus.bands.notNumber': 'диапазон №{index}: {field} — не число',
  'bonus.bands.negativeValue': 'диапазон №{index}: множитель {value} отрицательный',
  'bonus.bands.negativeFrom': 'диапазон №{index}: порог выполнения {from} отрицательный',
  'bonus.bands.overlap':
    'диапазоны №{prev} и №{index} начинаются с одного порога {from}: диапазоны пересекаются',
  'bonus.bands.unordered':
    'диапазон №{index} начинается с {from}, ниже диапазона №{prev} ({prevFrom}): пороги должны возрастать',
  'bonus.curve.empty': 'у шкалы нет ни одной точки',
  'bonus.curve.notNumber': 'точка №{index}: {field} — не число',
  'bonus.curve.negativeValue': 'точка №{index}: значение {value} отрицательное',
  'bonus.curve.negativeFrom': 'точка №{index}: x = {from} отрицательный',
  'bonus.curve.overlap': 'у точек №{prev} и №{index} одинаковый x = {from}',
  'bonus.curve.unordered':
    'точка №{index} (x = {from}) левее точки №{prev} (x = {prevFrom}): x должны возрастать',
  'bonus.curve.badMode': 'режим шкалы «{mode}» неизвестен: нужен «linear» (линейно) или «step» (ступенями)',
  'bonus.value.notNumber': '{name}: не число',
  'bonus.kpi.empty': 'нет ни одного KPI',
  'bonus.kpi.notNumber': 'KPI №{kpi}: {field} — не число',
  'bonus.kpi.negativeWeight': 'KPI №{kpi}: вес {weight} % отрицательный',
  'bonus.kpi.negativePlan': 'KPI №{kpi}: план {plan} отрицательный',
  'bonus.kpi.negativeFact': 'KPI №{kpi}: факт {fact} отрицательный',
  'bonus.kpi.badDirection':
    'KPI №{kpi}: направление «{direction}» неизвестно: нужно «up» (больше — лучше) или «down» (меньше — лучше)',
  'bonus.kpi.badLimit': 'KPI №{kpi}: {field} должен быть числом ≥ 0',
  'bonus.kpi.floorAboveCap': 'KPI №{kpi}: порог {floor} % не ниже потолка {cap} %',
  'bonus.kpi.weightsSum': 'веса KPI в сумме {sum} %, а должны давать 100 %',
  'bonus.kpi.unbounded':
    'KPI №{kpi}: «меньше — лучше» и факт 0, поэтому план ÷ факт не ограничен; задайте потолок',
  'bonus.kpi.planZero': 'KPI №{kpi}: план 0, выполнение факт ÷ план не определено',
  'bonus.pool.notNumber': 'фонд: не число',
  'bonus.pool.negative': 'фонд {pool} отрицательный',
  'bonus.pool.lengthMismatch': 'планов {plans}, а фактов {facts}: нужно поровну, по одному на сотрудника',
  'bonus.pool.badValue': '{which} №{index}: не число',
  'bonus.draw.notNumber': 'гарантированная выплата (draw): не число',
  'bonus.draw.negative': 'гарантированная выплата {draw} отрицательная',
  'bonus.draw.noCommissions': 'нет комиссий по периодам',
  'bonus.draw.badCommission': 'комиссия периода №{index}: не число',
  'bonus.scheme.noId': 'У схемы «{scheme}» нет идентификатора',
  'bonus.scheme.noName': 'У схемы «{scheme}» нет названия',
  'bonus.scheme.badDate': 'Схема «{scheme}»: {field} — не дата',
  'bonus.scheme.badCap': 'Схема «{scheme}»: потолок премии {cap} должен быть числом ≥ 0',
  'bonus.scheme.noComponents': 'В схеме «{scheme}» нет ни одного компонента',
  // Problems of one component, shown at its cell on the Motivation tab (the field path says which); away from
  // the tab they are wrapped in `bonus.inComponent` ("Scheme …, component N (kind): …").
  'bonus.component.unknownKind':
    'тип компонента неизвестен: нужен salary, percent, tiered, target, kpi, pool или draw',
  'bonus.component.badAmount': '{field} = {value}: нужно число ≥ 0',
  'bonus.component.badCap': 'потолок {cap} должен быть числом ≥ 0',
  'bonus.component.unknownMetric': 'показатель «{metric}» неизвестен; допустимы: {known}',
  'bonus.component.badScope': 'база «{scope}» неизвестна: нужна «own» (свой план) или «department» (отдел)',
  'bonus.component.badAttainmentCap': 'потолок выполнения {value} должен быть числом > 0',
  'bonus.component.badMode': '{field} = «{mode}»: нужен «marginal» (по частям) или «retro» (на всю сумму)',
  'bonus.component.badRate': 'ставка {value} — не число',
  'bonus.component.negativeRate': 'ставка {rate} % отрицательная',
  'bonus.component.badBy':
    'основа ступеней «{by}» неизвестна: нужна «amount» (сумма) или «attainment» (выполнение плана)',
  'bonus.component.tiers.badExtra': 'ступень №{index}: {field} = {value}, нужно число ≥ 0',
  'bonus.component.tiers.extraNeedsRetro': 'ступень №{index}: {field} возможен только в режиме «retro»',
  'bonus.component.bandsAndCurve': 'заданы и диапазоны-множители, и шкала выплаты: оставьте одно',
  'bonus.component.badCurveMode': 'режим шкалы «{mode}» неизвестен: нужен «linear» или «step»',
  'bonus.component.pool.amountOrRate': 'у фонда нужна либо сумма, либо ставка от факта отдела (ровно одно)',
  'bonus.component.pool.badThreshold': 'порог выполнения плана отдела {value} должен быть числом ≥ 0',
  'bonus.component.draw.duplicate': 'в схеме больше одной гарантированной выплаты (draw)',
  'bonus.component.draw.badRecoverable': 'нужно указать, возвратная ли гарантированная выплата (да/нет)',
  'bonus.component.gate.unknownMetric': 'порог входа: показатель «{metric}» неизвестен; допустимы: {known}',
  'bonus.component.gate.badMin': 'порог входа {value} должен быть числом ≥ 0',
  'bonus.component.kpi.empty': 'в матрице нет ни одного KPI',
  'bonus.component.kpi.noId': 'KPI {kpi}: нет идентификатора',
  'bonus.component.kpi.duplicateId': 'KPI «{kpi}» указан дважды',
  'bonus.component.kpi.badWeight': 'KPI «{kpi}»: вес — не число',
  'bonus.component.kpi.negativeWeight': 'KPI «{kpi}»: вес {weight} % отрицательный',
  'bonus.component.kpi.badDirection':
    'KPI «{kpi}»: направление «{direction}» неизвестно: нужно «up» или «down»',
  'bonus.component.kpi.badPlan': 'KPI «{kpi}»: план {plan} должен быть числом > 0',
  'bonus.component.kpi.badLimit': 'KPI «{kpi}»: {field} = {value}, нужно число ≥ 0',
  'bonus.component.kpi.t0AboveTmax': 'KPI «{kpi}»: порог входа {t0} % не ниже потолка выполнения {tmax} %',
  'bonus.component.kpi.badScaleMode':
    'KPI «{kpi}»: режим шкалы «{mode}» неизвестен: нужен «linear» или «step»',
  'bonus.component.kpi.weightsSum': 'веса KPI в сумме {sum} %, а должны давать 100 %',
  'bonus.inComponent': 'Схема «{scheme}», компонент {component} ({kind}): {text}',
  // Input a scheme needs but did not get; shown after "Scheme …, component N (kind): ".
  'bonus.input.badValue': 'Схема «{scheme}», компонент {component} ({kind}): {field}: не число',
  'bonus.input.missingDepartment':
    'Схема «{scheme}», компонент {component} ({kind}): нет данных отдела ({which}) для расчёта',
  'bonus.input.missingFact':
    'Схема «{scheme}», компонент {component} ({kind}): нет факта по показателю «{metric}» ({scope})',
  'bonus.input.missingPlan':
    'Схема «{scheme}», компонент {component} ({kind}): нет плана по показателю «{metric}» ({scope})',
  'bonus.input.planNotPositive':
    'Схема «{scheme}», компонент {component} ({kind}): план по показателю «{metric}» равен {plan}: выполнение плана не определено',
  'bonus.input.missingSalary': 'Схема «{scheme}», компонент {component} ({kind}): не указан оклад сотрудника',
  'bonus.input.missingTarget':
    'Схема «{scheme}», компонент {component} ({kind}): не указана целевая премия сотрудника',
  'bonus.input.missingKpi': 'Схема «{scheme}», компонент {component} ({kind}): нет факта по KPI «{kpi}»',
  'bonus.input.missingKpiPlan': 'Схема «{scheme}», компонент {component} ({kind}): нет плана по KPI «{kpi}»',
  'bonus.input.negativeKpiFact':
    'Схема «{scheme}», компонент {component} ({kind}): факт по KPI «{kpi}» отрицательный',
  'bonus.input.kpiUnbounded':
    'Схема «{scheme}», компонент {component} ({kind}): KPI «{kpi}»: «меньше — лучше» и факт 0, выполнение не ограничено; задайте потолок выполнения',
  'bonus.input.kpiPlanZero':
    'Схема «{scheme}», компонент {component} ({kind}): KPI «{kpi}»: план 0, выполнение не определено',
  'bonus.input.missingTeam':
    'Схема «{scheme}», компонент {component} ({kind}): для командного фонда нужны планы и факты всей команды',
  'bonus.input.notInTeam':
    'Схема «{scheme}», компонент {component} ({kind}): сотрудника «{manager}» нет в списке команды',
  'bonus.input.badTeamValue':
    'Схема «{scheme}», компонент {component} ({kind}): у сотрудника «{manager}» {which} по показателю «{metric}» не число',
  'bonus.input.badSalaryDays': 'Схема «{scheme}»: дни для оклада ({worked} из {days}) заданы неверно',
  'bonus.input.badDrawBalance': 'Схема «{scheme}»: остаток гарантии к возврату — не число',
  'bonus.trail.belowFirst': '{value} ниже первого порога {threshold}: не начисляется',
  'bonus.trail.rate': '{base} × {rate} = {amount}',
  'bonus.trail.rateMult': '{base} × {rate} × {mult} = {amount}',
  'bonus.trail.salary': 'Оклад = {amount}',
  'bonus.trail.salaryProrated': 'Оклад {salary} × {worked} / {days} = {amount}',
  'bonus.trail.salaryRate': 'Оклад {salary} × {rate} = {amount}',
  'bonus.trail.fixed': 'Фиксированная сумма = {amount}',
  'bonus.trail.target': '{target} × {part} = {amount}',
  'bonus.trail.targetMult': '{target} × {part} × {mult} = {amount}',
  'bonus.trail.targetCurve': '{target} × {coef} (коэффициент при выполнении {attainment}) = {amount}',
  'bonus.trail.kpi':
    '{kpi}: план {plan}, факт {fact}, выполнение {attainment}, балл {score}; {target} × {weight} × {score} = {amount}',
  'bonus.trail.poolNobody': 'Фонд {pool}: никто не выполнил свой план, фонд не распределяется',
  'bonus.trail.poolQualified':
    'Фонд {pool} делится между {count} из {total}, выполнившими свой план, пропорционально факту',
  'bonus.trail.poolNotQualified': 'Свой план не выполнен (факт {fact} при плане {plan}): доли в фонде нет',
  'bonus.trail.poolShare': '{pool} × {fact} ÷ {totalFact} ({share}) = {amount}',
  'bonus.trail.poolSize': 'Фонд: {base} × {rate} = {pool}',
  'bonus.trail.poolDeptMissed':
    'Отдел выполнил план на {attainment}, фонд платится от {threshold}: не начисляется',
  'bonus.trail.cap': 'Ограничение: {before} больше потолка {cap}, уменьшение = {amount}',
  'bonus.trail.schemeCap': 'Максимум премии: {before} больше {cap}, уменьшение = {amount}',
  'bonus.trail.drawTopUp': 'Гарантия {draw}, начислено {commission}: доплата = {amount}',
  'bonus.trail.drawRecover':
    'Гарантия {draw}, начислено {commission}, к возврату было {before}: удержано = {amount}',
  'bonus.trail.drawNone': 'Гарантия {draw}: начислено {commission}, доплата не нужна',
  'bonus.trail.metric': '{metric}: план {plan}, факт {fact}, выполнение {attainment}',
  'bonus.trail.metricFact': '{metric}: факт {fact}',
  'bonus.trail.metricDept': '{metric} отдела: план {plan}, факт {fact}, выполнение {attainment}',
  'bonus.trail.metricDeptFact': '{metric} отдела: факт {fact}',
  'bonus.trail.attainmentCapped': 'Выполнение учитывается не выше {cap}: в расчёт идёт {counted}',
  'bonus.trail.gateAttainmentFailed': '{metric}: выполнение {attainment} ниже порога {min}: не начисляется',
  'bonus.trail.gateAttainmentPassed':
    '{metric}: выполнение {attainment} не ниже порога {min}: условие выполнено',
  'bonus.note.band': 'от {from} до {to}',
  'bonus.note.bandFrom': 'от {from}',
  'bonus.note.bandPlan': '{from}–{to} плана',
  'bonus.note.bandPlanFrom': 'свыше {from} плана',
  'bonus.note.bandPlanUpTo': 'до {to} плана',
  'bonus.note.salaryWorked':
    'оклад пропорционально отработанному времени: {worked} из {days} {days|рабочего дня|рабочих дней|рабочих дней} месяца',
  'bonus.note.salaryScheduled':
    'предварительно: {worked} {worked|свой рабочий день|своих рабочих дня|своих рабочих дней} по графику из {days} {days|рабочего дня|рабочих дней|рабочих дней} месяца',
  'bonus.note.reached': 'достигнута ступень от {from}',
  'bonus.note.reachedPlan': 'выполнение от {from} плана',
  'bonus.note.drawCarry': 'к возврату из будущих премий: {balance}',
  'bonus.note.drawNonRecoverable': 'невозвратная',
  'bonus.note.drawLeft': 'осталось вернуть: {balance}',
  'bonus.note.belowT0': 'ниже порога входа {t0}',
  'bonus.note.aboveTmax': 'ограничено потолком выполнения {tmax}',
  'bonus.note.lessIsBetter': 'меньше — лучше',
  'bonus.kind.salary': 'Оклад',
  'bonus.kind.percent': 'Процент',
  'bonus.kind.tiered': 'Ступенчатая шкала',
  'bonus.kind.target': 'Целевая премия',
  'bonus.kind.kpi': 'Матрица KPI',
  'bonus.kind.pool': 'Командный фонд',
  'bonus.kind.draw': 'Гарантированная выплата',
  'bonus.kind.cap': 'Максимум премии',
  'bonus.metric.revenue': 'Выручка',
  'bonus.metric.margin': 'Маржа',
  'bonus.metric.receipts': 'Поступления',
  'bonus.metric.deals': 'Сделки',
  'bonus.metric.units': 'Штуки',
  'bonus.metric.leads': 'Лиды',
  'bonus.metric.calls': 'Звонки',
  'bonus.metric.meetings': 'Встречи',
  'bonus.scope.own': 'свой',
  'bonus.scope.department': 'отдел',
  'bonus.word.plan': 'план',
  'bonus.word.fact': 'факт',

  // ── bonus-sheet ──
  // The Motivation settings tab and the Bonus YYYY-MM tab.
  'col.mot.scheme': 'Код схемы',
  'note.mot.scheme':
    'Код схемы, как в столбце «Схема мотивации» листа «Команда» (регистр не важен). Схема — блок строк: код в первой строке, ниже по строке на каждую часть выплаты (оклад, процент, фонд…), у KPI — по строке на каждый KPI; код в них можно не повторять. Пустая строка отделяет схемы.',
  'col.mot.name': 'Название схемы',
  'note.mot.name': 'Понятное название; достаточно в первой строке схемы. Пусто — код схемы.',
  'col.mot.component': 'Компонент',
  'note.mot.component':
    'Что платит строка: «оклад»; «процент» (процент от базы: ставка × факт); «ступени» (шкала ставок); «целевая премия» (сумма × выполнение плана); «KPI» (строка на каждый KPI); «фонд» (делится между выполнившими план); «гарантия» (минимальная выплата); «гарантия с возвратом» (недобор удерживается из будущих премий); «максимум премии» (вся премия схемы, кроме оклада, не больше суммы в столбце «Потолок, сумма»).',
  'col.mot.metric': 'Показатель',
  'note.mot.metric':
    'От чего считается — показатель из плана: «выручка», «поступления» (если они в плане) или этап воронки с одноимённого листа (как в списке). Этап, добавленный на лист «Воронка» позже, можно вписать вручную (пометка ячейки, что такого значения нет в списке, не помешает). В строке KPI — показатель этого KPI. Пусто — выручка.',
  'col.mot.scope': 'План и факт',
  'note.mot.scope':
    'Чьи план и факт: «сотрудника» или «отдела» (премия РОПа от выручки всего отдела). Пусто — сотрудника.',
  'col.mot.mode': 'Как начислять',
  'note.mot.mode':
    'Для процента, ступеней и множителей: «каждая часть по своей ставке» (как налог: 2 % до 2 млн, 4 % на то, что выше) или «вся сумма по высшей ставке». Для целевой премии и KPI со шкалой в столбце «Ступени / шкала»: «плавно» (между точками по прямой) или «ступенями». Пусто — каждая часть по своей ставке.',
  'col.mot.tiers': 'Ступени / шкала',
  'note.mot.tiers':
    'Пары «порог → значение» через «;». Ступени: «0 → 3 %; 500 000 → 5 %» — пороги суммой; «100 % → 5 %; 120 % → 7 %» — пороги в % плана (вся сумма по высшей ставке: можно добавить «+ 10 % оклада» или «+ 5 000»). Процент и целевая премия: множители «100 % → ×1,5; 130 % → ×2» (ниже первого порога ×1). Шкала целевой премии и KPI: «50 % → 0 %; 100 % → 100 %; 150 % → 200 %».',
  'col.mot.rate': 'Ставка / вес',
  'note.mot.rate':
    'Для процента — доля базы (3 %); для фонда — доля факта отдела (вместо суммы); для KPI — вес KPI в премии (веса KPI одной схемы в сумме 100 %).',
  'col.mot.gateMetric': 'Порог по показателю',
  'note.mot.gateMetric':
    'Если порог входа считается по другому показателю (например, ступени по выручке, а порог по встречам). Пусто — по показателю строки. В первой строке KPI заполненный столбец делает «Порог входа, % плана» порогом всех KPI схемы: ниже него не платится ни один KPI (порог по выручке — выберите «Выручка»). Пусто — «Порог входа, % плана» относится только к KPI своей строки.',
  'col.mot.gateMin': 'Порог входа, % плана',
  'note.mot.gateMin':
    'Ниже этого выполнения плана строка не платится (например, 80 %). В строке KPI — по-разному: если «Порог по показателю» пуст, это порог только этого KPI (ниже него этот KPI не платится, остальные платятся); если он заполнен (это можно только в первой строке KPI), это порог всех KPI схемы по тому показателю (ниже него не платится ни один KPI). Для фонда — выполнение плана отдела, с которого он платится (пусто — 100 %).',
  'col.mot.cap': 'Потолок, сумма',
  'note.mot.cap':
    'Строка платит не больше этой суммы в месяц. В строке «максимум премии» — потолок всей премии схемы (всё, кроме оклада).',
  'col.mot.attainmentCap': 'Потолок выполнения',
  'note.mot.attainmentCap':
    'Выполнение выше этого % плана не учитывается (например, 150 %); в строке KPI — тоже.',
  'col.mot.amount': 'Сумма',
  'note.mot.amount':
    'Оклад (пусто — с листа «Команда»); сумма фонда или гарантии; для целевой премии и KPI — премия за 100 % плана (пусто — «Целевая премия» с листа «Команда»).',
  'col.mot.from': 'Действует с',
  'note.mot.from':
    'Новая схема с какого-то месяца: ниже старой напишите строки с тем же кодом схемы и любой датой этого месяца в первой строке. Месяцы до этой даты считаются по старым строкам. Пусто — с самого начала.',
  'col.mot.direction': 'Что лучше',
  'note.mot.direction':
    'Для KPI: «больше» (выполнение = факт ÷ план) или «меньше» (план ÷ факт: просрочки, скидки). Пусто — больше.',
  'mot.kind.salary': 'оклад',
  'mot.kind.percent': 'процент',
  'mot.kind.tiered': 'ступени',
  'mot.kind.target': 'целевая премия',
  'mot.kind.kpi': 'KPI',
  'mot.kind.pool': 'фонд',
  'mot.kind.draw': 'гарантия',
  'mot.kind.max': 'максимум премии',
  'mot.scope.own': 'сотрудника',
  'mot.scope.department': 'отдела',
  'mot.mode.marginal': 'каждая часть по своей ставке',
  'mot.mode.retro': 'вся сумма по высшей ставке',
  'mot.mode.linear': 'плавно',
  'mot.mode.step': 'ступенями',
  'mot.direction.up': 'больше',
  'mot.direction.down': 'меньше',
  'mot.example.S1': 'Оклад + ступени',
  'mot.example.S2': 'Целевая + KPI',
  'mot.example.HEAD': 'РОП: сверх плана',
  'mot.format.tiers': '«порог → ставка», например «500 000 → 5 %»',
  'mot.format.tiersPlan': '«выполнение → ставка», например «100 % → 5 %»',
  'mot.format.bands': '«выполнение → множитель», например «100 % → ×1,5»',
  'mot.format.curve': '«выполнение → коэффициент», например «100 % → 120 %»',
  'motivation.badItem': '«{column}»: часть №{index} «{item}» не прочитана; нужно {expected}, части через «;»',
  'motivation.percentThreshold':
    '«{column}»: часть №{index} «{item}» — порог в %, а первый порог суммой; пишите все пороги суммой или все в % плана',
  'motivation.modeNotFor': '«{column}»: режим «{value}» не подходит для компонента «{kind}»',
  'motivation.unknownMetric': '«{column}»: показатель «{value}» неизвестен; допустимы: {known}',
  'motivation.gateNeedsMin': 'указан показатель порога, но не сам порог входа (% плана)',
  'motivation.schemeSplit':
    'схема «{scheme}» уже начата в строке {first}, а строки одной схемы должны идти подряд (не скопирована ли схема без смены кода?)',
  'motivation.maxTwice': 'у схемы «{scheme}» уже есть максимум премии в строке {first}',
  'motivation.empty': 'на листе нет ни одной схемы',
  'bonus.noMonthTab': 'нет листа «{tab}»: сначала создайте план/факт месяца («Создать план/факт месяца…»)',
  'bonus.unknownScheme': '{name}: схемы «{scheme}» нет на листе «{tab}»',
  'bonus.schemeNotYet': '{name}: схема «{scheme}» на листе «{tab}» начинает действовать позже этого месяца',
  'bonus.noScheme': '{name}: не указана схема мотивации',
  'bonus.notInMonth': '{name}: нет на листе «{tab}» — пересоздайте план/факт месяца',
  'bonus.poolsDiffer':
    'командный фонд в схемах «{first}» и «{second}» задан по-разному, а фонд у команды один',
  'bonus.personProblem': '{name}: {text}',
  'bonus.exception': '⚠ Премия не рассчитана: {why}',
  'bonus.exceptions':
    'Премии рассчитаны для {paid} чел.; не рассчитаны для {count} — их строки на листе премий объясняют почему:',
  'bonus.nobody': 'некому считать премии: нет активных сотрудников со схемой',
  'bonus.title': 'Премии за {month}',
  'bonus.generated':
    'Рассчитано {date} по листам «{team}», «{motivation}» и «{monthTab}». Это снимок: после изменения фактов рассчитайте снова.',
  'bonus.titlePreliminary': 'Премии за {month} — предварительно, на {date}',
  'bonus.preliminary': 'Месяц не закончен: это прогноз, а не расчёт к выплате.',
  'bonus.forecast.none': 'Прогноза ещё нет: не прошло ни одного рабочего дня сотрудника.',
  'bonus.col.totalSoFar': 'Итого на сегодня',
  'bonus.col.forecastFact': 'Прогноз выручки',
  'bonus.note.forecastFact':
    'Факт ÷ прошедшие рабочие дни сотрудника × все его рабочие дни месяца (не меньше факта); для руководителя — сумма прогнозов менеджеров.',
  'bonus.col.forecastAttainment': 'Выполнение по прогнозу',
  'bonus.col.forecastTotal': 'Итого по прогнозу',
  'bonus.note.forecastTotal':
    'Та же схема на прогнозных фактах: факт каждой метрики заменён её прогнозом по рабочим дням сотрудника. Расчёт — в заметке ячейки.',
  'bonus.col.forecastVariable': 'Переменная часть по прогнозу',
  'bonus.col.nextStep': 'До следующей ступени',
  'bonus.note.nextStep':
    'Сколько ещё нужно к факту на сегодня, чтобы дойти до следующей ступени, ускорителя или порога каждого компонента.',
  'bonus.step.tier': '{missing} до ставки {rate}',
  'bonus.step.tierRetro': '{missing} до ставки {rate} на всю сумму',
  'bonus.step.band': '{missing} до ускорителя ×{mult}',
  'bonus.step.curve': '{missing} до коэффициента {coef}',
  'bonus.step.gate': '{missing} до порога {min} плана',
  'bonus.step.pool': 'отделу {missing} до командного фонда ({threshold} плана отдела)',
  'bonus.step.poolShare': '{missing} до своего плана (доля командного фонда)',
  'bonus.step.none': 'все ступени достигнуты',
  'bonus.col.name': 'Сотрудник',
  'bonus.col.role': 'Роль',
  'bonus.col.scheme': 'Схема',
  'bonus.col.plan': 'План выручки',
  'bonus.col.fact': 'Факт выручки',
  'bonus.col.attainment': 'Выполнение',
  'bonus.col.total': 'Итого к выплате',
  'bonus.col.variable': 'Переменная часть',
  'bonus.col.drawBalance': 'Гарантия: остаток к возврату',
  'bonus.col.trail': 'Как посчитано',
  'bonus.note.department': 'Для руководителя — план и факт отдела.',
  'bonus.total': 'Итого = {amount}',
  'bonus.summary': 'Итоги',
  'bonus.sum.fundForecast': 'Фонд оплаты по прогнозу',
  'bonus.sum.variableForecast': 'Фонд премий по прогнозу',
  'bonus.col.prizes': 'Призы конкурсов',
  'bonus.note.prizes':
    'Денежные призы конкурсов, закончившихся в этом месяце (лист «Конкурсы»); входят в итог, строка расчёта — в столбце «Как посчитано». Призы-подарки (выходной, кубок) — на листе конкурса.',
  'bonus.sum.prizes': 'в т. ч. призы конкурсов',
  'bonus.prizeNotPaid':
    '{name}: приз конкурса {amount} не вошёл в фонд — премия не посчитана (причина в строке сотрудника); выплатите его вместе с премией, когда причина будет устранена',
  'bonus.sum.fund': 'Фонд оплаты (все выплаты)',
  'bonus.sum.variable': 'Фонд премий (переменная часть)',
  'bonus.sum.head': 'Премия руководителя',
  'bonus.sum.revenue': 'Выручка отдела (факт)',
  'bonus.sum.fundShare': 'Фонд оплаты, доля выручки',
  'bonus.sum.variableShare': 'Фонд премий, доля выручки',
  'toast.bonusDone': 'Премии за {month} рассчитаны',

  // ── sheets ──
  // Tab names, settings columns with their notes, choices, metric names and settings problems.
  'tab.team': 'Команда',
  'tab.plan': 'План',
  'tab.funnel': 'Воронка',
  'tab.motivation': 'Мотивация',
  'tab.calendar': 'Календарь',
  'tab.planYear': 'План {year}',
  'tab.bonus': 'Премии {month}',
  'tab.report': 'Отчёт {month}',
  'tab.today': 'Сегодня',
  'col.id': 'ID',
  'note.id': 'Постоянный идентификатор: по нему сохраняются введённые факты. Не меняйте.',
  'col.name': 'Сотрудник',
  'note.name': 'Имя и фамилия, без повторов.',
  'col.role': 'Роль',
  'note.role': '«менеджер» — получает план; «руководитель» — РОП, премия от результата отдела.',
  'col.grade': 'Грейд',
  'note.grade':
    '«Младший» / «средний» / «старший»: коэффициент мощности 0,7 / 1 / 1,3 при делении плана по грейдам.',
  'col.start': 'Дата выхода',
  'note.start':
    'Первый рабочий день. Новичок получает 25 / 50 / 75 / 100 % плана: месяц выхода — первый, каждый следующий календарный месяц — следующий шаг.',
  'col.end': 'Дата ухода',
  'note.end': 'Последний рабочий день (пусто — работает).',
  'col.share': 'Доля',
  'note.share':
    'Относительный вес в плане отдела (1 = обычный менеджер). Используется при делении «по долям».',
  'col.salary': 'Оклад',
  'note.salary': 'Оклад в месяц.',
  'col.scheme': 'Схема мотивации',
  'note.scheme': 'Код схемы с листа «Мотивация».',
  'col.target': 'Целевая премия',
  'note.target': 'Премия за 100 % плана в месяц (для схем с целевой премией и KPI).',
  'col.active': 'Активен',
  'note.active': 'Снимите флажок, чтобы исключить из плана.',
  'settings.parameter': 'Параметр',
  'settings.value': 'Значение',
  'col.year': 'Год плана',
  'note.year': 'Например, 2026.',
  'col.currency': 'Валюта',
  'note.currency': 'Код валюты: RUB, KZT, BYN, USD…',
  'col.revenueYear': 'План выручки на год',
  'note.revenueYear': 'Годовой план. Если заполнен столбец «План выручки» по месяцам ниже, берётся он.',
  'col.seasonality': 'Сезонность',
  'note.seasonality':
    '«равномерно»; «коэффициенты» — из столбца ниже; «история» — по продажам прошлых лет ниже.',
  'col.historyMethod': 'Метод по истории',
  'note.historyMethod': '«среднее» или «медиана» по годам для каждого месяца.',
  'col.teamSplit': 'Деление на менеджеров',
  'note.teamSplit': '«по долям» (столбец «Доля»), «по грейдам» или «поровну».',
  'col.avgCheck': 'Средний чек',
  'note.avgCheck': 'Из него и конверсий воронки считаются сделки, встречи, лиды, звонки.',
  'col.receiptsYear': 'План поступлений на год',
  'note.receiptsYear': 'Деньги на счёт (может отличаться от выручки). Пусто — не планируется.',
  'col.revenueStep': 'Шаг округления выручки',
  'note.revenueStep': 'Планы кратны шагу: 1000 — до тысяч, 0,01 — до копеек.',
  'col.countStep': 'Шаг округления штук',
  'note.countStep': 'Для сделок, звонков и т. п. Обычно 1.',
  'col.gapPolicy': 'Непокрытый план',
  'note.gapPolicy': '«перераспределить» — отдать другим менеджерам; «показать разрыв» — оставить непокрытым.',
  'col.ramp': 'Разгон новичков',
  'note.ramp':
    'Доли плана для месяца выхода и следующих календарных месяцев, через «;». По умолчанию «25%; 50%; 75%; 100%».',
  'col.redBelow': 'Красный ниже',
  'note.redBelow': 'Светофор: выполнение ниже — красный.',
  'col.amberBelow': 'Жёлтый ниже',
  'note.amberBelow': 'Светофор: ниже — жёлтый, от него — зелёный.',
  'col.prorateSalary': 'Оклад за отработанные дни',
  'note.prorateSalary':
    'Флажок. «Включено»: оклад пропорционально отработанному времени — оклад × свои рабочие дни сотрудника (без отпуска, больничного, дней до выхода и после ухода) ÷ рабочие дни месяца. Отпускные считаются вне таблицы. «Выключено»: оклад целиком.',
  'col.month': 'Месяц',
  'note.month': 'Месяцы плана.',
  'col.coefficient': 'Коэффициент',
  'note.coefficient': 'Для сезонности «коэффициенты»: вес месяца (1 = средний месяц).',
  'col.revenueMonth': 'План выручки',
  'note.revenueMonth': 'План по месяцам вместо годового (заполните все 12 или ни одного).',
  'col.receiptsMonth': 'План поступлений',
  'note.receiptsMonth': 'Поступления по месяцам вместо годового плана.',
  'col.history': 'История',
  'note.history': 'Продажи этого года по месяцам — для сезонности «история». Год в заголовке.',
  'col.stageId': 'Код этапа',
  'note.stageId': 'Постоянный код этапа (deals — сделки).',
  'col.stage': 'Этап',
  'note.stage': 'Этапы сверху вниз; последний — сделки.',
  'col.conversion': 'Конверсия в следующий (план)',
  'note.conversion': 'Какая доля переходит на следующий этап; по ней считается обратная воронка.',
  'col.benchmark': 'Конверсия-ориентир',
  'note.benchmark': 'Целевая конверсия для поиска узкого места. Пусто — конверсия команды.',
  'col.country': 'Страна',
  'note.country': 'Производственный календарь: «RU», «KZ», «BY» или «NONE» (пн–пт).',
  'col.dayOff': 'Доп. выходной',
  'note.dayOff': 'Дата, которая у вас нерабочая.',
  'col.workingDay': 'Доп. рабочий день',
  'note.workingDay': 'Дата, которая у вас рабочая.',
  'col.comment': 'Комментарий',
  'note.comment': 'Необязательно.',
  'col.manager': 'Сотрудник',
  'note.manager': 'Имя как на листе «Команда».',
  'col.from': 'С',
  'note.from': 'Первый день отсутствия.',
  'col.to': 'По',
  'note.to': 'Последний день отсутствия.',
  'col.reason': 'Причина',
  'note.reason': 'Отпуск, больничный…',
  'note.date': 'Дата',
  'example.dayOff': 'Корпоративный выходной',
  'example.vacation': 'Отпуск',
  'choice.manager': 'менеджер',
  'choice.head': 'руководитель',
  'choice.junior': 'младший',
  'choice.middle': 'средний',
  'choice.senior': 'старший',
  'choice.equal': 'равномерно',
  'choice.coefficients': 'коэффициенты',
  'choice.history': 'история',
  'choice.mean': 'среднее',
  'choice.median': 'медиана',
  'choice.share': 'по долям',
  'choice.grade': 'по грейдам',
  'choice.redistribute': 'перераспределить',
  'choice.showGap': 'показать разрыв',
  'metric.revenue': 'Выручка',
  'metric.deals': 'Сделки',
  'metric.meetings': 'Встречи',
  'metric.leads': 'Лиды',
  'metric.calls': 'Звонки',
  'metric.receipts': 'Поступления',
  'metric.avgCheck': 'Средний чек',
  'month.1': 'Январь',
  'month.2': 'Февраль',
  'month.3': 'Март',
  'month.4': 'Апрель',
  'month.5': 'Май',
  'month.6': 'Июнь',
  'month.7': 'Июль',
  'month.8': 'Август',
  'month.9': 'Сентябрь',
  'month.10': 'Октябрь',
  'month.11': 'Ноябрь',
  'month.12': 'Декабрь',
  'problems.heading': 'В настройках {count} {count|ошибка|ошибки|ошибок} — исправьте и повторите:',
  'problems.more': '…и ещё {count}.',
  'problems.nothingWritten': 'Ничего не записано.',
  'settings.required': '«{column}»: нужно заполнить',
  'settings.notNumber': '«{column}»: «{value}» не число',
  'settings.notPercent': '«{column}»: «{value}» не процент',
  'settings.notDate': '«{column}»: «{value}» не дата',
  'settings.notBoolean': '«{column}»: «{value}» не флажок (ИСТИНА/ЛОЖЬ)',
  'settings.badChoice': '«{column}»: «{value}» — допустимо: {choices}',
  'settings.belowMin': '«{column}»: {value} меньше {min}',
  'settings.missingKey': 'нет строки «{column}» (столбец A скрыт: не удаляйте строки настроек)',
  'settings.missingTab': 'нет листа «{tab}» — выполните «Подготовить книгу»',
  'plan.badYear': 'год {value} вне диапазона 2000–2100',
  'plan.noRevenue': 'нет плана выручки: заполните годовой план или план по всем 12 месяцам',
  'plan.noCoefficients': 'сезонность «коэффициенты», но столбец коэффициентов пуст',
  'plan.noHistory': 'сезонность «история», но продаж прошлых лет нет',
  'plan.badRamp': '«{value}» — разгон пишется долями через «;», например «25%; 50%; 75%; 100%»',
  'team.duplicateName': '«{name}» уже есть в строке {other}',
  'team.duplicateId': 'ID «{id}» уже есть в строке {other} (регистр букв не различается)',
  'settings.idReserved':
    '{name}: ID «{id}» начинается с «__» — такие ID служебные; впишите другой или очистите ячейку',
  'settings.idSeparator':
    '{name}: в ID «{id}» есть «|» или невидимый символ (табуляция, перенос строки) — уберите его',
  'funnel.idReserved': 'этап «{name}»: код «{id}» занят показателем плана (revenue, receipts, avgCheck)',
  'funnel.duplicateId': 'код этапа «{id}» уже есть в строке {other} (регистр букв не различается)',
  'plan.thresholdsSwapped':
    'красный порог {red} % не ниже жёлтого {amber} %: красный должен быть ниже жёлтого',
  'team.endBeforeStart': '{name}: дата ухода раньше даты выхода',
  'team.noManagers': 'нет ни одного активного менеджера',
  'funnel.lastNotDeals': 'последний этап «{name}» должен быть сделками (код deals)',
  'funnel.noConversion': 'этап «{name}»: нет конверсии в следующий этап',
  'funnel.badConversion': 'этап «{name}»: конверсия {value} % вне диапазона (0; 100]',
  'calendar.unknownManager': '«{name}» нет на листе «Команда»',
  'calendar.absenceReversedAt': '{name}: «по» раньше, чем «с»',
  'calendar.yearNotCovered':
    'в производственном календаре {country} нет {year} года: выберите страну NONE (пн–пт) и внесите праздники в «Доп. выходной»',

  // ── report-sheet ──
  // The Today tab (morning meeting) and the Report YYYY-MM tab.
  // Today
  'today.noMonth': 'Листа «{month}» нет. Создайте его: меню «Создать план/факт месяца…», месяц {month}.',
  'today.title': 'Планёрка {date}',
  'today.info':
    'Вчера — последний закрытый рабочий день: {yesterday}. Рабочих дней в месяце: {workdays}, прошло {elapsed}, осталось {remaining} (включая сегодня).',
  'today.noClosedDay':
    'В этом месяце ещё не было закрытых рабочих дней (всего рабочих дней: {workdays}): вчерашнего факта и прогноза пока нет.',
  'today.snapshot':
    'Снимок значений с листа «{month}» на момент создания. Чтобы обновить, снова выберите в меню «Сегодня: планёрка».',
  'today.col.yesterdayPlan': 'План вчера',
  'today.col.yesterdayFact': 'Факт вчера',
  'today.col.yesterdayCompletion': 'Выполнение вчера',
  'today.col.plan': 'План месяца',
  'today.col.fact': 'Факт с начала месяца',
  'today.col.completion': 'Выполнение месяца',
  'today.col.forecast': 'Прогноз',
  'today.col.forecastCompletion': 'Выполнение по прогнозу',
  'today.col.pace': 'Нужно сегодня',
  'today.note.yesterdayPlan': 'План последнего закрытого рабочего дня из декомпозиции плана.',
  'today.note.yesterdayFact': 'Факт последнего закрытого рабочего дня с листа месяца.',
  'today.note.forecast':
    'Прогноз по темпу: факт закрытых рабочих дней ÷ их число × рабочие дни месяца; не меньше факта.',
  'today.note.pace': 'Остаток плана ÷ оставшиеся рабочие дни, включая сегодня.',
  'today.offToday': 'сегодня не работает',
  'rep.bonusPreliminary':
    'Предварительно: премии посчитаны по данным на {date}, месяц ещё не закончен; итог — после пересчёта премий в конце месяца.',
  'toast.todayDone': 'Планёрка на {date} готова',
  // Report
  'rep.noMonth':
    'Листа «{month}» нет: отчёт строится по фактам этого листа. Создайте его через «Создать план/факт месяца…».',
  'rep.existsTitle': 'Лист «{name}» уже есть',
  'rep.exists':
    'Заменить его новым отчётом?\n\nДа — заменить.\nНет — сохранить старый отчёт под именем с датой его создания, а новый записать в «{name}».',
  'rep.title': 'Отчёт о продажах: {month} {year}',
  'rep.generated':
    'Сформирован {date} по листу «{monthTab}». Это снимок значений: последующие правки фактов его не меняют.',
  'rep.open': 'Месяц ещё не закончился: данные на {date}.',
  'rep.headline': 'Главное',
  'rep.col.completion': 'Выполнение',
  'rep.col.deviation': 'Отклонение от плана на дату',
  'rep.col.forecastCompletion': 'Выполнение по прогнозу',
  'rep.toDateNote':
    'План на дату, прогноз и «нужно в день» — по своим рабочим дням каждого (без отпусков, больничных, дней до приёма и после увольнения); закрыты дни до {date}. Цвет — прогноз ÷ план: красный ниже {red}, жёлтый ниже {amber}, иначе зелёный (пороги листа «План»), как на листе месяца.',
  'rep.toDateNoteFinal':
    'Месяц закончился: план на дату равен плану, прогноз — факту. Цвет — выполнение плана: красный ниже {red}, жёлтый ниже {amber}, иначе зелёный (пороги листа «План»), как на листе месяца.',
  'rep.col.previousFact': 'Факт прошлого месяца',
  'rep.col.change': 'Изменение',
  'rep.col.changePct': 'Изменение, %',
  'rep.noPrevious': 'Листа прошлого месяца «{month}» нет в книге: сравнение с ним не показано.',
  'rep.forecast': '{metric}: прогноз по темпу на {date}',
  'rep.result': 'Результат месяца',
  'rep.resultSoFar': 'Факт на сегодня',
  'rep.miss': 'Результат − прогноз',
  'rep.accuracy': 'Точность прогноза',
  'rep.noForecast': 'Прогноза нет: на дату прогноза не было закрытых рабочих дней.',
  'rep.ranking': 'Рейтинг менеджеров ({metric})',
  'rep.col.rank': 'Место',
  'rep.col.bonus': 'Премия',
  'rep.funnel': 'Воронка',
  'rep.col.stage': 'Этап',
  'rep.col.count': 'Количество',
  'rep.col.conversion': 'Конверсия',
  'rep.col.benchmark': 'Ориентир',
  'rep.col.lost': 'Недобрано сделок',
  'rep.col.bottleneck': 'Узкое место',
  'rep.col.overall': 'Сквозная конверсия',
  'rep.overall': 'Сквозная конверсия',
  'rep.bottleneck':
    'Узкое место — «{from}» → «{stage}»: конверсия {conversion} при ориентире {benchmark}; при конверсии на уровне ориентира сделок было бы на {deals} больше.',
  'rep.noBottleneck': 'Узкого места нет: все конверсии не ниже ориентиров (лист «Воронка»).',
  'rep.noFunnel': 'Воронки нет: этапы листа «Воронка» не совпадают с показателями листа месяца.',
  'rep.bonus': 'Премии',
  'rep.bonusFund': 'Фонд премий',
  'rep.bonusManagers': 'Менеджерам',
  'rep.bonusHead': 'Руководителю',
  'rep.bonusShare': 'Доля от «{metric}» (факт)',
  'rep.bonusSource': 'По листу «{tab}» (переменная часть, без окладов).',
  'rep.noBonus':
    'Премии за месяц ещё не рассчитаны: листа «{tab}» нет. Выберите в меню «Рассчитать премии за месяц…» и сформируйте отчёт снова.',
  'rep.chartData': 'Данные графиков',
  'rep.col.day': 'День',
  'rep.col.cumPlan': 'План нарастающим итогом',
  'rep.col.cumFact': 'Факт нарастающим итогом',
  'rep.chart.planVsFact': '{metric}: план и факт по менеджерам',
  'rep.chart.cumulative': '{metric}: план и факт нарастающим итогом',
  'rep.chart.funnel': 'Воронка отдела',
  'toast.reportDone': 'Отчёт «{name}» готов',

  // ── ui ──
  'app.name': 'Sales Plan Kit',
  // A code from data (an error, a trail line) with no message here: a bug, shown rather than the bare code.
  'app.unknownMessage': 'внутренняя ошибка: нет текста для сообщения «{code}»',
  'menu.setup': 'Подготовить книгу',
  'menu.decompose': 'Декомпозировать план',
  'menu.createMonth': 'Создать план/факт месяца…',
  'menu.today': 'Сегодня: планёрка',
  'menu.bonuses': 'Рассчитать премии за месяц…',
  'menu.report': 'Отчёт за месяц…',
  'menu.help': 'Справка по функциям',
  'menu.restoreFacts': 'Восстановить факты из журнала…',
  'tab.factsLog': 'Журнал фактов',
  'action.failed': 'Действие не выполнено: {reason}',
  'action.nothingWritten': 'Ничего не изменено: листы остались такими, какими были.',
  'action.partlyWritten':
    'Записаны целиком: {tabs}. Остальные листы не изменены. Запустите действие ещё раз.',
  'toast.restoreDone':
    'Лист {month} восстановлен: из журнала добавлено фактов: {restored}; всего фактов: {kept}',
  'monthTab.noKeyRow':
    'Лист «{tab}» изменён так, что его не прочитать: удалена скрытая служебная строка 3 (ключи столбцов). Отмените изменение (Правка → Отменить или история версий) и запустите действие снова; введённые факты можно вернуть через меню «Восстановить факты из журнала…».',
  'monthTab.noIdColumn':
    'Лист «{tab}» изменён так, что его не прочитать: удалён скрытый столбец ID или показателя (A–B). Отмените изменение (Правка → Отменить или история версий) и запустите действие снова; введённые факты можно вернуть через меню «Восстановить факты из журнала…».',
  'month.damaged': '{name} (повреждён {date})',
  'month.setAside':
    'Лист месяца не читается; он переименован в «{name}» и не удалён. Новый лист собран из журнала фактов: сверьте его с отложенным.',
  'monthTab.noDays':
    'Лист «{tab}» изменён так, что его не прочитать: не найдено ни одного столбца дня. Отмените изменение и запустите действие снова.',
  'ui.help':
    'Функции: PLAN_SPLIT, SEASONALITY, PLAN_RAMP, CAL_WORKDAYS, CAL_IS_WORKDAY, PLAN_BY_DAYS, FUNNEL_REVERSE, FUNNEL_CONVERSION, FUNNEL_BOTTLENECK, RUN_RATE, PACE_REQUIRED, FORECAST_ACCURACY, BONUS_TIERS, BONUS_CURVE, KPI_INDEX, POOL_SPLIT, BONUS_DRAW, SALES_VELOCITY, LTV. Начните вводить =PLAN_ в ячейке, чтобы увидеть подсказку.',
  'action.busy': 'Другое действие с этой книгой ещё выполняется. Повторите через минуту.',
  'protect.generated': 'Лист создан Sales Plan Kit: правки пропадут при пересоздании.',
  'protect.settings': 'Настройки Sales Plan Kit',
  'protect.formulas': 'Формулы Sales Plan Kit: вводите факт только в ячейки дней.',
  'toast.setupDone': 'Созданы листы: {tabs}',
  'toast.planDone': 'План {year} разложен',
  'setup.nothingToDo': 'Все листы настроек уже есть; ничего не изменено.',
  'plan.title': 'План продаж на {year} год, {currency}',
  'plan.generated':
    'Создано {date} из листов настроек. Запустите «Декомпозировать план» снова после их изменения.',
  'plan.byMonth': 'Отдел по месяцам',
  'plan.byManager': 'Менеджеры по месяцам',
  'plan.byWeek': '{metric} по неделям: менеджеры и отдел',
  'plan.weekLabel': 'Н{week}\n{dates}',
  'plan.department': 'Отдел',
  'plan.workdays': 'Рабочих дней',
  'plan.weeks': 'Недель',
  'plan.avgCheck': 'Средний чек',
  'plan.total': 'Итого',
  'plan.ramp': 'Разгон',
  'month.prompt': 'Месяц в виде ГГГГ-ММ (пусто — {current}):',
  'month.invalid': '«{value}» — не месяц. Пример: 2026-11.',
  'month.notPlanYear': 'месяц {month} не входит в год плана {year} (лист «План»)',
  'toast.monthDone': 'Лист {month} готов; сохранено введённых фактов: {kept}',
  'toast.monthDoneText':
    'Лист {month} готов; сохранено введённых фактов: {kept}; из них не числа (текст, не входит в итоги): {text}',
  'month.title': 'План/факт {month}',
  'month.workdays': 'Рабочих дней',
  'month.elapsed': 'Прошло',
  'month.remaining': 'Осталось',
  'month.metric': 'Показатель',
  'month.plan': 'План',
  'month.fact': 'Факт',
  'month.completion': 'Выполнение',
  'month.forecast': 'Прогноз',
  'month.pace': 'Нужно в день',
  'month.planToDate': 'План на дату',
  'month.completionToDate': 'Выполнение на дату',
  'month.ratioPlan': 'Конв./чек, план',
  'month.ratioFact': 'Конв./чек, факт',
  'month.note.ratioPlan':
    'Плановая конверсия из предыдущего этапа воронки (для выручки — средний чек: выручка ÷ сделки).',
  'month.note.ratioFact':
    'Фактическая конверсия из предыдущего этапа (для выручки — фактический средний чек) по введённым фактам.',
  'month.ownDays': 'Свои раб. дни',
  'month.ownElapsed': 'Из них прошло',
  'month.noDaysLeft': 'нет дней',
  'month.note.planToDate':
    'План по вчерашний день включительно: план месяца, разложенный по своим рабочим дням сотрудника (без отпусков и больничных).',
  'month.note.completionToDate':
    'Факт до сегодняшнего дня ÷ план на дату: отставание или опережение посреди месяца.',
  'month.note.ownDays':
    'Рабочие дни сотрудника в месяце: производственный календарь без его отсутствий, с даты выхода по дату ухода.',
  'month.note.ownElapsed': 'Свои рабочие дни до сегодняшнего дня.',
  'month.note.absent': 'Не рабочий день сотрудника: отпуск, больничный или вне периода работы.',
  'month.department': 'Отдел',
  'month.note.id': 'ID сотрудника (скрыт).',
  'month.note.metric': 'Код показателя (скрыт).',
  'month.note.name': 'Сотрудник.',
  'month.note.label': 'Показатель плана.',
  'month.note.plan': 'План на месяц из декомпозиции.',
  'month.note.fact': 'Сумма фактов по дням.',
  'month.note.completion':
    'Факт ÷ план. Светофор по прогнозу ÷ плану: красный, жёлтый, зелёный — пороги на листе «План».',
  'month.note.forecast':
    'Прогноз по темпу: факт до сегодня ÷ прошедшие свои рабочие дни × все свои рабочие дни месяца; не меньше факта. Пусто, пока не прошло ни одного своего дня.',
  'month.note.pace':
    'Сколько нужно делать в каждый оставшийся свой рабочий день (сегодня включительно), чтобы выполнить план; «нет дней», если дней не осталось. У отдела — сумма по сотрудникам.',
  'month.unassigned': 'Неразнесённые факты',
  'month.unassignedNote':
    'Факты сотрудников или показателей, которых больше нет в плане. Они сохранены; перенесите их вручную или верните сотрудника.',
  'month.factHelp': 'Факт за день: число ≥ 0.',
  // ── functions ──
  // Messages of the custom functions. `{cellRow}`/`{cellCol}` are a cell's position inside a range argument;
  // `{arg}` is the argument's name as the function's help shows it.
  'fn.argError': '{fn}: аргумент «{arg}»: {problem}',
  'arg.blank': 'пустое значение',
  'arg.at': ' (строка {cellRow}, столбец {cellCol} диапазона)',
  'arg.notNumber': '«{value}» не число',
  'arg.notDate': '«{value}» не дата (ожидается дата, «2026-03-01» или «01.03.2026»)',
  'arg.notBoolean': '«{value}» не ИСТИНА/ЛОЖЬ',
  'arg.notSingle': 'ожидается одна ячейка, а не диапазон',
  'arg.notVector': 'ожидается одна строка или один столбец',
  'arg.shapeOf':
    'размер {gotRows}×{gotCols} не совпадает с размером «{other}» {rows}×{cols} (или дайте одну ячейку)',
  'arg.badChoice': '«{value}»: допустимо одно из: {choices}',
  'arg.lengthOf': '{got} знач. не совпадает с «{other}» ({expected} знач.)',
  'fn.seasonality.shape':
    'диапазон {rows}×{cols}: нужны 12 столбцов (строка на год) или 12 строк (столбец на год)',
  'fn.overflow': 'при значении {value} результат слишком велик для числа таблицы (больше 1,8E+308)',
  'fn.overflowAny': 'результат слишком велик для числа таблицы (больше 1,8E+308)',
  'fn.tooMany': 'слишком много значений: {count}, допустимо не больше {max}',
  'fn.tooMuchWork':
    '{cells} {cells|ячейка|ячейки|ячеек} × {items} {items|значение|значения|значений} — слишком много для одной формулы (не больше {max}); разбейте диапазон на части',
  'fn.calendar.uncovered':
    'в календаре {country} нет {year} года (есть {years}); для простой пятидневки укажите страну «NONE»',
  // Finance (core/finance: receipts by payment terms, LTV from retention) and its functions.
  'finance.notFinite': 'значение №{index} не является конечным числом',
  'finance.notFiniteValue': 'значение не является конечным числом',
  'finance.receipts.badLag': 'сдвиг {value} должен быть целым числом периодов',
  'finance.receipts.negativeShare': 'доля №{index} отрицательна ({value}): доли оплаты должны быть ≥ 0',
  'finance.receipts.sharesAboveOne':
    'доли оплаты в сумме дают {percent} %: больше 100 % оплатить нельзя (остаток до 100 % — неоплата)',
  'finance.ltv.negative': 'значение {value} отрицательно: нужно число ≥ 0',
  'finance.ltv.badMargin': 'маржа {value} вне диапазона от 0 до 1 (от 0 % до 100 %)',
  'finance.ltv.badRetention': 'удержание {value} вне диапазона от 0 до 1 (от 0 % до 100 %)',
  'finance.ltv.badDiscount': 'ставка дисконтирования {value} должна быть больше −1 (−100 %)',
  'finance.ltv.badPeriods': 'число периодов {value} должно быть целым и ≥ 0',
  'finance.planToDate.backwards': 'конец периода {end} раньше его начала {start}',
  'finance.planToDate.noWorkdays': 'с {start} по {end} нет ни одного рабочего дня: план некуда распределить',
  'fn.daysOff.backwards': 'период отсутствия с {from} по {to}: начало позже конца',
  'finance.ltv.noConvergence':
    'при удержании {retention} и ставке {discount} бесконечная сумма не сходится (удержание ÷ (1 + ставка) ≥ 1): укажите число периодов',
  // ── dialog ──
  // Texts of the HTML dialogs (the server sends a dialog the ones it shows, in the spreadsheet's language).
  'menu.importFromFile': 'Импорт фактов из файла…',
  'dlg.close': 'Закрыть',
  'dlg.failed': 'Не получилось: {message}',
  'dlg.import.title': 'Импорт фактов из файла',
  'dlg.import.drop': 'Перетащите сюда выгрузку из CRM или телефонии, или',
  'dlg.import.choose': 'выберите файл',
  'dlg.import.file': 'Файл',
  'dlg.import.encoding': 'Кодировка',
  'dlg.import.format': 'Формат',
  'dlg.import.format.html': 'таблица HTML (выгрузка «Excel» из Битрикс24)',
  'dlg.import.format.comma': 'CSV, разделитель — запятая',
  'dlg.import.format.semicolon': 'CSV, разделитель — точка с запятой',
  'dlg.import.format.tab': 'текст, разделитель — табуляция',
  'dlg.import.rows': 'Строк',
  'dlg.import.source': 'Что это',
  'dlg.import.period': 'Период',
  'dlg.import.people': 'Кто',
  'dlg.import.counted': 'Будет учтено',
  'dlg.import.skipped': 'Не учтено',
  'dlg.import.import': 'Импортировать',
  'dlg.import.stagingLost':
    'загрузка файла прервалась (её начали заново в другом окне или удалили её лист): выберите файл ещё раз',
  'dlg.import.sending': 'Отправляю… часть {done} из {parts}',
  // ── import ──
  // Import of CRM deal exports and call logs (src/core/import): refusals, source names, skip reasons.
  'import.empty': 'файл пуст: в нём нет ни одной строки',
  'import.noRows': 'в файле есть только строка заголовков, сделок или звонков в нём нет',
  'import.xlsx':
    'это файл XLSX: откройте его через Файл → Импортировать в отдельную вкладку и запустите импорт фактов из этой вкладки',
  'import.binary':
    'это не текстовый файл (в нём есть двоичные данные): нужна выгрузка в CSV или Excel (HTML) из CRM',
  'import.tooManyRows': 'в файле больше {max} {max|строки|строк|строк}: разбейте выгрузку по периодам',
  'import.notExport':
    'не похоже на выгрузку сделок или звонков: заголовки «{headers}» не знакомы; сопоставьте колонки вручную',
  'import.noPersonColumn': '{source}: нет колонки с ответственным (ожидалась {expected})',
  'import.noDateColumn': '{source}: нет колонки с датой (ожидалась {expected})',
  'import.mappedHeaderMissing': 'колонки «{header}», указанной для поля {field}, в файле нет',
  'import.source.amocrm': 'выгрузка amoCRM',
  'import.source.bitrix24': 'выгрузка Битрикс24',
  'import.source.pipedrive': 'выгрузка Pipedrive',
  'import.source.hubspot': 'выгрузка HubSpot',
  'import.source.calls': 'журнал звонков',
  'import.source.manual': 'файл с колонками, сопоставленными вручную',
  'import.skip.unknownPerson': 'сотрудник не найден в команде',
  'import.skip.otherPipeline': 'другая воронка',
  'import.skip.otherCurrency': 'другая валюта',
  'import.skip.unknownStage': 'этап не сопоставлен с воронкой (этапы воронки не засчитаны)',
  'import.skip.noDate': 'нет нужной даты',
  'import.skip.noAmount': 'нет суммы',
  'import.skip.openDeal': 'сделка ещё открыта',
  'import.skip.outsideYear': 'дата вне года плана',
  'import.skip.unanswered': 'звонок без ответа',
  'import.skip.shortCall': 'звонок короче порога',
  'import.skip.otherDirection': 'звонок не того направления',
  // ── import-sheet ──
  // The Sheets side of import (src/sheets/import): the Import and Import log tabs, the action, its result.
  'menu.importFromTab': 'Импортировать факты из этого листа',
  'tab.import': 'Импорт',
  'tab.importLog': 'Журнал импорта',
  'col.callSeconds': 'Звонок засчитывается от, секунд',
  'note.callSeconds':
    'Звонок засчитывается, если на него ответили и разговор длился не меньше стольких секунд.',
  'col.callDirections': 'Какие звонки считать',
  'note.callDirections': '«входящие», «исходящие» или «все» звонки.',
  'col.pipelines': 'Воронки CRM для учёта',
  'note.pipelines': 'Названия воронок через запятую, как в CRM. Пусто — все воронки.',
  'col.leadsDate': 'Лиды считаются по дате',
  'note.leadsDate': 'Какая дата сделки относит лид к дню: «создания», «закрытия» или «изменения».',
  'col.dealsDate': 'Сделки и выручка — по дате',
  'note.dealsDate': 'Какая дата успешной сделки относит её и её сумму к дню.',
  'col.stepsDate': 'Этапы воронки — по дате',
  'note.stepsDate': 'Какая дата сделки относит пройденный этап воронки (например, встречу) к дню.',
  'col.crmPerson': 'Сотрудник в CRM или добавочный',
  'note.crmPerson':
    'Имя, как его пишет CRM или АТС, или добавочный номер. Люди, чьё имя совпадает с листом «Команда» (в любом порядке слов), находятся сами: здесь — только остальные. Импорт добавляет сюда незнакомых.',
  'col.teamMember': 'Кто это в команде',
  'note.teamMember': 'Имя с листа «Команда». Пусто — не засчитывать, пока не указано.',
  'col.crmStage': 'Этап в CRM',
  'note.crmStage':
    'Этап сделки, как его пишет CRM, в порядке воронки: сделка на этапе прошла все шаги, сопоставленные этапам до него. Импорт добавляет сюда незнакомые этапы.',
  'col.crmPipeline': 'Воронка CRM',
  'note.crmPipeline': 'Для справки: воронка, где встречен этап.',
  'col.funnelStep': 'Шаг нашей воронки',
  'note.funnelStep':
    'Этап с листа «Воронка», «успешно», «провалено» или «не считать». Пусто — этап не засчитывается, пока не указан.',
  'col.importField': 'Столбцы: наше поле',
  'note.importField':
    'Если импорт не узнаёт столбец файла, выберите здесь, что в нём, а справа впишите его заголовок как в файле. Указанное здесь важнее того, что импорт нашёл сам.',
  'col.fileHeader': 'Заголовок в файле',
  'note.fileHeader': 'Заголовок столбца, как он написан в первой строке файла (регистр и пробелы не важны).',
  'importField.created': 'Дата создания',
  'importField.closed': 'Дата закрытия',
  'importField.modified': 'Дата изменения',
  'importField.amount': 'Сумма',
  'importField.currency': 'Валюта',
  'importField.paid': 'Оплачено',
  'importField.paidDate': 'Дата оплаты',
  'importField.manager': 'Сотрудник',
  'importField.stage': 'Этап',
  'importField.pipeline': 'Воронка',
  'importField.status': 'Статус сделки',
  'importField.id': 'ID',
  'importField.title': 'Название',
  'importField.time': 'Время звонка',
  'importField.date': 'Дата звонка',
  'importField.seconds': 'Длительность',
  'importField.answered': 'Отвечен',
  'importField.direction': 'Направление звонка',
  'importField.extension': 'Добавочный',
  'importField.phone': 'Телефон',
  'choice.bothWays': 'все',
  'choice.incoming': 'входящие',
  'choice.outgoing': 'исходящие',
  'choice.created': 'создания',
  'choice.closed': 'закрытия',
  'choice.modified': 'изменения',
  'choice.won': 'успешно',
  'choice.lost': 'провалено',
  'choice.none': 'не считать',
  'importTab.noTables':
    'не найдена строка заголовков таблиц людей и этапов (скрытая метка в колонке A): создайте лист заново, удалив или переименовав этот',
  'importTab.unknownMember': '«{value}» — такого человека нет на листе «Команда»',
  'importTab.unknownField': '«{value}» — такого поля нет; выберите одно из: {choices}',
  'importTab.unknownStep':
    '«{value}» — нет такого этапа на листе «Воронка»; выберите этап, «успешно», «провалено» или «не считать»',
  'importSheet.refuseTab':
    'Лист «{tab}» — лист Sales Plan Kit, а не выгрузка. Откройте лист, куда импортирована (Файл → Импортировать) или вставлена выгрузка сделок или звонков, и запустите импорт снова.',
  'importSheet.badFile': 'Импорт «{label}» невозможен: {reason}. Ничего не записано.',
  'importSheet.heading':
    'Импорт «{label}»: {source}, {rows} {rows|строка|строки|строк}. Новых: {added}, изменённых: {changed}, без изменений: {unchanged}.',
  'importSheet.imported': 'Засчитано:',
  'importSheet.nothingCounted': 'Ничего не засчитано.',
  'importSheet.deals': '{count} {count|сделка|сделки|сделок}',
  'importSheet.skipped': 'Не засчитано:',
  'importSheet.skipLine': '{reason} — {count}',
  'importSheet.addedToTab':
    'добавлены на лист «{tab}»: укажите, кто это или какой это этап, и запустите импорт снова',
  'importSheet.stillUnmapped':
    'уже есть на листе «{tab}», но не сопоставлены: заполните и запустите импорт снова',
  'importSheet.replaced': 'Заменены значения, введённые вручную (сохранены в листе «{log}»):',
  'importSheet.replacedLine': '{tab}, {name}, {metric}, {date}: было {was}, стало {now}',
  'importSheet.noRow': 'Нет строки на листе месяца (факты не записаны):',
  'importSheet.noMonthTab': 'Лист {month} не создан (см. сообщение выше): его факты не записаны.',
  'importSheet.written': 'Записано ячеек: {count} (листы: {tabs}).',
  'importSheet.nothingWritten': 'Листы месяцев не изменились.',
  'importSheet.more': '…и ещё {count}',
  // ── contest ──
  'contest.notANumber': '«{value}» — не число',
  'contest.notPositive': 'значение {value} должно быть больше нуля',
  'contest.negative': 'значение {value} отрицательное: должно быть ≥ 0',
  'contest.notADay': 'не дата',
  'contest.periodReversed': 'дата окончания конкурса раньше даты начала',
  'contest.noTeams':
    'командный конкурс, но ни у одного участника не указана группа (столбец «Группа» листа «Команда»)',
  'contest.noParticipants': 'не указан ни один участник: укажите менеджеров или «все»',
  'contest.unknownParticipant': '«{value}» — такого человека нет на листе «Команда»',
  'contest.unknownMetric': '«{value}» — такого показателя нет в плане',
  'contest.minimumUnreachable':
    'минимум {minimum} % выше 100 %, а баллы за процент сверх 100 % равны нулю: никто не получит баллов',
  'contest.badBaseline': 'база сравнения «{value}»: укажите целое число недель или месяцев, не меньше 1',
  'contest.unknownRule': '«{value}» — нет такого правила конкурса',
  'contest.noWeights': 'не указан ни один показатель с баллами',
  'contest.weightOverlap': 'показатель «{metric}» уже получил баллы в строке №{index}: оставьте одну строку',
  'contest.badWeekday': 'день недели «{value}»: укажите число от 1 (понедельник) до 7 (воскресенье)',
  'contest.multiplierOverlap': 'этот множитель повторяет множитель №{index}: оставьте один',
  'contest.badPrize': 'приз за {place} место: укажите сумму (целое число копеек, ≥ 0) или текст',
  'contest.badShowTop': 'показывать первых «{value}»: укажите целое число не меньше 1',
  'contest.badHideBottom': 'скрыть последних «{value}»: укажите целое число не меньше 1',
  'contest.trail.raceReached': '{metric}: цель {target} достигнута {day}',
  'contest.trail.raceProgress': '{metric}: {value} из {target} ({progress})',
  'contest.trail.noPlan': '{metric}: факт {fact}, плана на эти дни нет — без места',
  'contest.trail.belowMinimum':
    '{metric}: {fact} из плана {plan} = {percent} %, ниже минимума {minimum} %: 0 баллов',
  'contest.trail.planPoints':
    '{metric}: {fact} из плана {plan} = {percent} %: {upTo} × {rate} + {above} × {rateAbove} = {points} {points|балл|балла|баллов}',
  'contest.trail.activity': '{metric}: {count} × {points} = {score}',
  'contest.trail.activityMultiplied': '{metric}: {count} × {points} × {factor} = {score}',
  'contest.trail.noBaseline.week':
    '{metric}: {value}; за предыдущие {count} нед. результатов нет — без места',
  'contest.trail.noBaseline.month':
    '{metric}: {value}; за предыдущие {count} мес. результатов нет — без места',
  'contest.trail.improvement.week':
    '{metric}: {value} против {baseline} по среднему за предыдущие {count} нед.: {change} %',
  'contest.trail.improvement.month':
    '{metric}: {value} против {baseline} по среднему за предыдущие {count} мес.: {change} %',
  'contest.trail.team': 'среднее {ranked} из {members} {members|участника|участников|участников} группы',
  'contest.trail.teamMember': '{name}: {score}',
  'contest.trail.teamMemberUnranked': '{name}: без места, в среднее не входит',
  'contest.trail.prize': 'Конкурс «{contest}»: {place} место — {amount}',
  'contest.trail.prizeTeam':
    'Конкурс «{contest}»: {place} место группы «{team}» — {whole} поровну на группу ({count} {count|участник|участника|участников}), доля {amount}',
  // The meeting log: Today's commitment column, kept by date in a hidden tab.
  'tab.meetingLog': 'Журнал планёрок',
  'today.col.commitment': 'Обещание / комментарий',
  'today.col.promised': 'Обещал вчера',
  'today.note.commitment':
    'Впишите обещание или комментарий по сотруднику. Текст хранится по дате в скрытом листе «Журнал планёрок» и сохраняется при обновлении листа.',
  'today.note.promised':
    'Последний текст из столбца «Обещание / комментарий» за предыдущий рабочий день — рядом с результатом вчера.',
  // ── week-sheet ──
  'tab.week': 'Неделя {week}',
  'toast.weekDone': 'Лист недели {week} готов',
  'week.prompt':
    'Какая неделя? Например 2026-W48, W48 или 48 (этого года) или дата внутри недели 23.11.2026. Пусто — {current}.',
  'week.invalid': 'Не удалось понять неделю «{value}». Введите, например, 2026-W48 или 23.11.2026.',
  'week.notPlanYear': 'Неделя {week} не попадает в план {year} года: сначала разложите план нужного года.',
  'week.title': 'Недельная планёрка: неделя {week} ({days})',
  'week.info': 'Рядом — прошлая неделя ({prev}); месяц на сегодня — по листу «{month}».',
  'week.live':
    'Планы недель — из разложения плана (свои рабочие дни, выход на план, отсутствия). Факт, месяц на сегодня и «Успеваем?» — живые формулы по листам месяцев; если лист месяца создан заново с другим составом команды, ссылки пропадут (#REF!) — обновите и этот лист.',
  'week.noMonthTab':
    'Нет {count|листа месяца|листов месяцев|листов месяцев} {tabs}: {count|его|их|их} дни считаются как 0. Создайте {count|лист|листы|листы} месяца и обновите этот лист.',
  'week.group.week': 'Неделя {week}',
  'week.group.prev': 'Прошлая неделя',
  'week.group.month': '{month}: на сегодня',
  'week.group.next': 'Следующая неделя',
  'week.group.meeting': 'Планёрка',
  'week.col.plan': 'План',
  'week.col.fact': 'Факт',
  'week.col.completion': 'Выполнение',
  'week.col.change': 'К прошлой неделе',
  'week.col.planToDate': 'План на сегодня',
  'week.col.factToDate': 'Факт',
  'week.col.forecast': 'Прогноз',
  'week.col.reachable': 'Успеваем?',
  'week.col.promised': 'Обещания прошлой недели',
  'week.col.commitment': 'Обещания на неделю',
  'week.note.plan':
    'План на дни недели из разложения: по своим рабочим дням сотрудника, с выходом на план и отсутствиями. Неделя на стыке месяцев — сумма частей.',
  'week.note.fact':
    'Сумма фактов за дни недели на листах месяцев (живая формула); неделя на стыке месяцев берёт оба листа.',
  'week.note.change': 'Факт этой недели к факту прошлой: +10 % — на десятую больше.',
  'week.note.planToDate':
    'Ссылки на строку листа месяца, в котором последний рабочий день недели: план на сегодня, факт и прогноз месяца.',
  'week.note.forecast': 'Прогноз месяца с листа месяца: темп по своим прошедшим дням на все свои дни.',
  'week.note.reachable':
    '«Да», если план месяца выполнен или нужный темп на оставшиеся свои рабочие дни не больше {factor} × темпа до сих пор (факт ÷ прошедшие свои дни); «нет», если дней не осталось или нужен темп выше.',
  'week.note.nextPlan': 'План следующей недели из разложения.',
  'week.note.promised':
    'Что записали в «Обещания на неделю» на листе прошлой недели (хранится в скрытом листе «Журнал планёрок»).',
  'week.note.commitment':
    'Впишите обещания сотрудника на неделю. Текст хранится в скрытом листе «Журнал планёрок», сохраняется при обновлении листа и попадает на лист следующей недели.',
  'week.yes': 'да',
  'week.no': 'нет',
  'week.funnel.title': 'Воронка недели',
  'week.funnel.note':
    'Конверсии этапов по факту недели (живые формулы по таблице выше) против ориентира с листа «Воронка» (нет ориентира — плановая конверсия). Узкое место — этап, сильнее всего отстающий от ориентира.',
  'week.funnel.benchmark': 'Ориентир',
  'week.funnel.ratio': '{stage}: к ориентиру',
  'week.funnel.bottleneck': 'Узкое место',
  'week.funnel.none': 'нет',
  'week.deals.title': 'Открытые сделки с закрытием на следующей неделе ({days})',
  'week.deals.note':
    'Из последних загрузок сделок из CRM: открытые сделки с ожидаемой датой закрытия на следующей неделе.',
  'week.deals.noneImported':
    'Сделки из CRM не загружались: загрузите выгрузку сделок, чтобы видеть их здесь.',
  'week.deals.noneNextWeek': 'Открытых сделок с закрытием на следующей неделе нет.',
  'week.deals.deal': 'Сделка',
  'week.deals.stage': 'Этап',
  'week.deals.amount': 'Сумма',
  'week.deals.expected': 'Ожидаемое закрытие',
  'week.notes.title': 'Заметки планёрки',
  'week.notes.note':
    'Строки ниже — для заметок руководителя. Они хранятся в скрытом листе «Журнал планёрок», сохраняются при обновлении листа и показываются на листе следующей недели.',
  'week.notes.promised': 'Заметки прошлой недели:',
  // The Week YYYY-Www tab (weekly meeting).
  'menu.weeklyMeeting': 'Недельная планёрка…',
  // ── contest-sheet ──
  // The Contests settings tab and the leaderboard tabs.
  'menu.contests': 'Конкурсы: таблицы лидеров',
  // Contests tab (settings)
  'tab.contests': 'Конкурсы',
  'col.group': 'Группа',
  'note.group': 'Группа для командных конкурсов (например, «Север»). Пусто — не в группе.',
  'col.contest.name': 'Конкурс',
  'note.contest.name':
    'Название конкурса, без повторов: по нему назван лист с таблицей лидеров. Один конкурс — одна строка.',
  'col.contest.from': 'С',
  'note.contest.from': 'Первый день конкурса.',
  'col.contest.to': 'По',
  'note.contest.to': 'Последний день конкурса (включительно). Конкурс может идти через несколько месяцев.',
  'col.contest.participants': 'Участники',
  'note.contest.participants':
    '«все» — все менеджеры с листа «Команда»; или имена (или ID) через «;» или «,»: «Анна Смирнова; Иван Петров». Пусто — все.',
  'col.contest.teams': 'Командный',
  'note.contest.teams':
    'Флажок — командный конкурс: соревнуются группы из столбца «Группа» листа «Команда»; очки группы — среднее её участников.',
  'col.contest.rule': 'Правило',
  'note.contest.rule':
    'Как считаются очки:\n«гонка до цели» (или «гонка») — кто первым наберёт цель: столбцы «Показатель» и «Цель»;\n«баллы за % плана» (или «баллы за план») — «Показатель», «Минимум, % плана», «Баллы за 1 % до 100 %», «Баллы за 1 % сверх 100 %»;\n«баллы за активность» (или «активность») — «Баллы за действия» и «Множители»;\n«рост к своей базе» (или «рост») — «Показатель» и «База сравнения».\nСтолбцы, которые правило не использует, оставьте пустыми.',
  'col.contest.metric': 'Показатель',
  'note.contest.metric':
    'Показатель плана, как на листе месяца: выручка, звонки, встречи, сделки…, в том числе свои этапы воронки; этап, добавленный на лист «Воронка» позже, можно вписать вручную. Для гонки, баллов за % плана и роста.',
  'col.contest.target': 'Цель',
  'note.contest.target':
    'Гонка до цели: сколько набрать в единицах показателя (рубли выручки, штуки сделок). Побеждает первый, кто достиг; остальные — по прогрессу.',
  'col.contest.minimum': 'Минимум, % плана',
  'note.contest.minimum': 'Баллы за % плана: ниже этого выполнения баллов нет (например, 90 %). Пусто — 0 %.',
  'col.contest.rate': 'Баллы за 1 % до 100 %',
  'note.contest.rate': 'Баллы за % плана: баллов за каждый процент выполнения до 100 % (например, 300).',
  'col.contest.rateAbove': 'Баллы за 1 % сверх 100 %',
  'note.contest.rateAbove':
    'Баллы за % плана: баллов за каждый процент сверх 100 % (например, 600). Пусто — столько же, сколько до 100 %.',
  'col.contest.weights': 'Баллы за действия',
  'note.contest.weights':
    'Баллы за активность: показатель и баллы за единицу через «;»: «звонки × 1; встречи × 5; сделки × 20». Вместо × можно x, *, = или :.',
  'col.contest.multipliers': 'Множители',
  'note.contest.multipliers':
    'Баллы за активность, необязательно: день недели или показатель и множитель через «;»: «пт × 2; сделки × 2». День — пн…вс или полностью: «пятница × 2»; «пт сделки × 3» — только сделки в пятницу.',
  'col.contest.baseline': 'База сравнения',
  'note.contest.baseline':
    'Рост к своей базе: с чем сравнивать — среднее за N прошлых недель или месяцев того же показателя: «4 недели», «3 месяца».',
  'col.contest.prizes': 'Призы по местам',
  'note.contest.prizes':
    'Призы за 1-е, 2-е… место через «;»: «10 000 ₽; 5 000 ₽; выходной день». Число — деньги в валюте плана (попадут на лист премий), иначе — приз текстом. Делящие место делят денежные призы поровну.',
  'col.contest.showTop': 'Кого показывать',
  'note.contest.showTop':
    'Кого показывать в таблице лидеров. Пусто — всех. Число, «первые 3» или «топ-3» — только первые места (и всех, кто делит последнее из них). «Без последних 2» — всех, кроме двух последних мест: отстающих команда не видит, руководитель видит всех в скрытых строках.',
  'contestTab.rule.race': 'гонка до цели',
  'contestTab.rule.planPoints': 'баллы за % плана',
  'contestTab.rule.activity': 'баллы за активность',
  'contestTab.rule.improvement': 'рост к своей базе',
  'contestTab.badPublishing':
    '«{value}»: укажите, кого показывать — пусто (всех), число или «первые 3», или «без последних 2»',
  'contestTab.required': '«{column}»: нужно заполнить для правила «{rule}»',
  'contestTab.unusedColumn':
    '«{column}» не используется правилом «{rule}»: очистите ячейку или смените правило',
  'contestTab.duplicateName':
    'конкурс «{name}» уже есть в строке {other}: у каждого конкурса своё название (по нему назван лист лидеров)',
  'contestTab.notManager':
    '«{value}» — не менеджер (роль на листе «Команда»): в конкурсах участвуют менеджеры',
  'contest.text.badWeight': '«{value}»: запишите показатель и баллы, например «звонки × 1»',
  'contest.text.badMultiplier':
    '«{value}»: запишите день недели или показатель и множитель, например «пт × 2»',
  // A number whose separator reads two ways («10,000»: 10 or 10 000), in a settings text or cell.
  'number.ambiguous':
    '«{value}» можно прочитать двумя способами: напишите «{whole}» или «{fraction}» — смотря что имелось в виду',
  // Leaderboard tabs
  'tab.leaderboard': 'Конкурс «{name}»',
  'leaderboard.title': 'Конкурс «{name}»',
  'leaderboard.period': 'Период: {from} — {to}',
  'leaderboard.daysLeft': 'Рабочих дней до конца, сегодня включительно:',
  'leaderboard.rule.race':
    'Гонка: первым набрать {target} — «{metric}». Не набравшие идут по набранному; при равной сумме выше тот, кто набрал раньше.',
  'leaderboard.rule.planPoints':
    'Баллы за % плана — «{metric}»: меньше {minimum} % — 0; {rate} за каждый % до 100 %, {rateAbove} за каждый % сверх.',
  'leaderboard.rule.activity': 'Баллы за активность: {weights}.',
  'leaderboard.rule.multipliers': 'Множители: {list}.',
  'leaderboard.rule.improvementWeeks':
    'Рост «{metric}» к своему среднему за {count} {count|предыдущую неделю|предыдущие недели|предыдущих недель}, в %.',
  'leaderboard.rule.improvementMonths':
    'Рост «{metric}» к своему среднему за {count} {count|предыдущий месяц|предыдущих месяца|предыдущих месяцев}, в %.',
  'leaderboard.rule.teams': 'Командный зачёт: у группы — среднее её участников.',
  'leaderboard.weekdays': 'пн,вт,ср,чт,пт,сб,вс',
  'leaderboard.prizes': 'Призы: {list}.',
  'leaderboard.prize': '{place} место — {prize}',
  'leaderboard.note.live':
    'Места, баллы и отставание пересчитываются сами, как только на листах месяцев появляются факты; считаются дни периода до сегодняшнего. Если лист месяца создан заново с другим составом команды, ссылки пропадут (#REF!) — снова выберите «Конкурсы: таблицы лидеров».',
  'leaderboard.note.missingMonths':
    'Нет {count|листа месяца|листов месяцев|листов месяцев} {months}: {count|его|их|их} дни считаются как 0. Создайте {count|лист|листы|листы} месяца и снова выберите «Конкурсы: таблицы лидеров».',
  'leaderboard.note.baseline': 'База сравнения — факты с {from} по {to}, посчитана при создании этого листа.',
  'leaderboard.note.hidden':
    'Публикуются только первые места конкурса. Все участники — в скрытых строках ниже (с {row}-й строки): для руководителя.',
  'leaderboard.everyone': 'Все участники — для руководителя',
  'leaderboard.members': 'Участники групп',
  'leaderboard.notPublished': 'Не публикуются:',
  'leaderboard.trailAsOf': 'Расчёт на {date}, когда лист был создан:',
  'leaderboard.col.place': 'Место',
  'leaderboard.col.name': 'Участник',
  'leaderboard.col.group': 'Группа',
  'leaderboard.col.points': 'Баллы',
  'leaderboard.col.amount': 'Набрано',
  'leaderboard.col.growth': 'Рост',
  'leaderboard.col.reached': 'Цель достигнута',
  'leaderboard.col.percent': 'Выполнение',
  'leaderboard.col.baseline': 'База за эти дни',
  'leaderboard.col.members': 'В зачёте',
  'leaderboard.col.gap': 'До места выше',
  'leaderboard.col.prize': 'Приз',
  'leaderboard.col.prizeText': 'Приз (не деньги)',
  'leaderboard.noContests': 'Конкурсов нет: добавьте их на лист «Конкурсы».',
  'leaderboard.allSettled':
    'Все начавшиеся конкурсы закончились до этого месяца: их итоговые таблицы уже на своих листах. Чтобы пересчитать такую таблицу, удалите её лист.',
  'leaderboard.noneStarted':
    'Ни один конкурс ещё не начался: таблица лидеров появится в первый день конкурса.',
  'leaderboard.toast': 'Таблицы лидеров: {tabs}',
  // ── open-deals ──
  // Open deals kept from CRM imports (expected close dates for the weekly meeting).
  'tab.openDeals': 'Открытые сделки',
  // ── check-settings ──
  // Check settings: every problem of every settings tab at once, grouped by tab, with a fix.
  'check.heading':
    'Проверка настроек: {count} {count|ошибка|ошибки|ошибок}. Каждая указана с листом и ячейкой:',
  'check.tab': 'Лист «{tab}» — {count} {count|ошибка|ошибки|ошибок}:',
  'check.nothingChanged': 'Проверка ничего не меняет в книге.',
  'check.sameBelow': '(и так же в {count} {count|ячейке|ячейках|ячейках} ниже)',
  'check.allGood': 'Настройки в порядке: проверены листы {tabs}.',
  'check.moreInCheck':
    '…и ещё {count} {count|ошибка|ошибки|ошибок}: все покажет пункт меню «Проверить настройки».',
  'check.partialMonths':
    '«{column}»: {count} {count|месяц не заполнен|месяца не заполнены|месяцев не заполнено} — заполните все 12 месяцев или оставьте столбец пустым',
  'check.fix.number': 'Введите число цифрами, без букв и единиц: например, 1 500 000 или 0,25.',
  'check.fix.percent': 'Введите процент: например, 25 % или 0,25.',
  'check.fix.date': 'Введите дату в виде 01.12.2026 или выберите её в календаре ячейки.',
  'check.fix.checkbox': 'Поставьте или снимите флажок в ячейке.',
  'check.fix.choice': 'Выберите значение из списка в ячейке или впишите одно из названных.',
  'check.fix.fill': 'Заполните ячейку или удалите строку целиком.',
  'check.fix.months': 'Заполните все 12 месяцев или оставьте столбец пустым.',
  'check.fix.nonNegative': 'Введите число не меньше нуля, без минуса.',
  'check.fix.positive': 'Введите число больше нуля.',
  'check.fix.ascending': 'Запишите пороги по возрастанию, каждый по одному разу: «0 → 3 %; 500 000 → 5 %».',
  'check.fix.weightsSum': 'Поправьте веса KPI этой схемы так, чтобы вместе было 100 %.',
  'check.fix.retro': 'Выберите режим «вся сумма по высшей ставке» или уберите добавку у ступени.',
  'check.fix.gateBelowCap': 'Сделайте порог входа ниже потолка выполнения.',
  'check.fix.minimum': 'Снизьте минимум до 100 % или ниже либо задайте «Баллы за 1 % сверх 100 %».',
  'check.fix.dateOrder': 'Проверьте даты: конец не может быть раньше начала.',
  'check.fix.twice': 'Оставьте одну из двух строк или исправьте значение в одной из них.',
  'check.fix.nameApart': 'Добавьте к одному из имён фамилию или инициал.',
  'check.fix.otherId': 'Впишите другой код или очистите ячейку — код появится сам.',
  'check.fix.person': 'Впишите имя так, как оно написано на листе «Команда», или добавьте человека туда.',
  'check.fix.schemeName':
    'Впишите название схемы так, как оно написано на листе «{tab}», или добавьте эту схему туда.',
  'check.fix.addManager': 'Добавьте менеджера на лист «Команда» или отметьте «Активен» у существующего.',
  'check.fix.shares': 'Дайте хотя бы одному активному менеджеру долю больше нуля.',
  'check.fix.step': 'Округлите план до шага округления или уменьшите шаг на листе «План».',
  'check.fix.year': 'Впишите год плана четырьмя цифрами, например 2026.',
  'check.fix.planYear': 'Выберите месяц года плана или смените год на листе «План».',
  'check.fix.coefficients': 'Заполните коэффициенты всех 12 месяцев или выберите другую сезонность.',
  'check.fix.history': 'Заполните продажи прошлых лет за все 12 месяцев или выберите другую сезонность.',
  'check.fix.workdays':
    'Уберите лишние дополнительные выходные на листе «Календарь»: в месяце с планом нужен рабочий день.',
  'check.fix.conversion': 'Впишите конверсию в процентах: больше 0 и не больше 100, например 25 %.',
  'check.fix.lastDeals': 'Последней строкой воронки оставьте этап сделок (код deals).',
  'check.mayFollow': '(возможно, это следствие ошибки на листе «{tab}»)',
  'menu.checkSettings': 'Проверить настройки',
  'problems.notice':
    'Готово. Но на листах мотивации и конкурсов {count} {count|ошибка|ошибки|ошибок}: премии и таблицы конкурсов не посчитаются, пока их не исправить.',
  // ── readable-tabs ──
  // Widths, wrapped headers, the Bonus trail, the Plan tab laid out wide.
  'bonus.note.trailShort':
    'Первая строка расчёта; весь расчёт — в примечании ячейки (наведите на неё курсор). Суммы строк складываются в итог.',
  'bonus.note.linesInNote': 'В ячейке — первая строка, все строки — в её примечании.',
  'bonus.trail.more': '{first} … и ещё {count} {count|строка|строки|строк}',
  // ── motivation-tab ──
  // The Motivation tab a head of sales fills without help (new keys; existing bonus-sheet keys edited in place).
  'motivation.codeForgotten':
    'строка называет схему «{name}», но код схемы не указан: впишите код (строка без кода продолжает схему выше)',
  'motivation.tiersAmountOrPlan':
    '«{text}»: пороги до 300 читаются как суммы в рублях. Если это % плана — напишите «100 % → 5 %»; если суммы — напишите их полностью',
  'motivation.kpiFirstRow': '«{column}»: у KPI схемы это пишется в первой строке KPI (строка {first})',
  'mot.kind.recoverableDraw': 'гарантия с возвратом',
  'motivation.convert.oldTab': 'Мотивация (прежний вид)',
  'motivation.convert.done':
    'Лист «{tab}» был в прежнем виде (22 столбца, с T0 и Tmax): он переименован в «{old}» и сохранён как был, а его схемы перенесены на новый лист «{tab}» — с теми же суммами к выплате.',
  'motivation.convert.doneButT0':
    'Лист «{tab}» был в прежнем виде (22 столбца, с T0 и Tmax): он переименован в «{old}» и сохранён как был, а его схемы перенесены на новый лист «{tab}» — с теми же суммами к выплате, кроме схем, где ниже сказано, что свой порог KPI не перенесён: там суммы будут другими, пока вы не решите.',
  'motivation.convert.decide': 'Решите сами (примечания в этих ячейках):',
  'motivation.convert.noCode': 'строка {row} без кода схемы: прежний лист её не читал, она не перенесена',
  'motivation.convert.ignored':
    '«{column}» = «{value}»: прежний лист не читал этот столбец в строке такого компонента — значение не перенесено',
  'motivation.convert.byUnknown':
    '«Ступени по» = «{value}»: прежний лист этого не понимал и читал пороги как суммы; они перенесены как были — если это % плана, допишите к порогам «%»',
  'motivation.convert.tiersPercent':
    '«{text}»: прежний лист при «Ступени по» = «сумма» не читал пороги с % (это была ошибка); здесь пороги с % — это % плана. Проверьте, так ли задумано',
  'motivation.convert.gateAndFloor':
    'на прежнем листе у всех KPI схемы был порог входа {gate} по показателю «{metric}», а у этого KPI ещё и свой порог T0 = {t0}. Перенесён порог всех KPI; своему порогу первого KPI на новом листе нет места, он не перенесён. Если он нужен: сделайте первой строкой KPI другой KPI без своего порога (перенеся в неё «Сумму», «Потолок, сумма» и порог всех KPI), а этому KPI впишите {t0} в «Порог входа, % плана»',
  'motivation.convert.kpiSwapped':
    'для сведения: KPI «{first}» теперь в первой строке KPI, а «{moved}» — ниже, потому что у «{moved}» свой порог входа, а в первой строке KPI «Порог входа, % плана» — порог всех KPI. Суммы от порядка KPI не зависят',
  'motivation.oldLayout':
    'лист в прежнем виде (22 столбца, с T0 и Tmax) и не читается: выполните «Подготовить книгу» — схемы будут перенесены на новый лист «Мотивация» с теми же суммами к выплате, а прежний лист сохранится как «Мотивация (прежний вид)»',
});

/** The keys of ru.ts and en.ts; the modules still bilingual (pending.ts) add theirs until they are folded in. */
export type MessageKey = keyof ReturnType<typeof ruMessages>;
