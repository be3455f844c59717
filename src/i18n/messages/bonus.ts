import type { Catalog } from '../lang';

// The bonus engine's messages in both languages: a catalog (data, one entry per code), longer than a module
// of code may be; split by kind below (primitives, scheme, component, input, trail).

/**
 * Problems of tiers, multiplier bands and curve points: used alone (custom functions) and inside a scheme,
 * where the problem's field path says which component (and KPI) they are about.
 */
const families: Catalog = {
  'tiers.empty': { ru: 'нет ни одной ступени', en: 'there are no tiers' },
  'tiers.notNumber': {
    ru: 'ступень №{index}: {field} — не число',
    en: 'tier #{index}: {field} is not a number',
  },
  'tiers.negativeValue': {
    ru: 'ступень №{index}: ставка {value} отрицательная',
    en: 'tier #{index}: the rate {value} is negative',
  },
  'tiers.negativeFrom': {
    ru: 'ступень №{index}: порог {from} отрицательный',
    en: 'tier #{index}: the threshold {from} is negative',
  },
  'tiers.overlap': {
    ru: 'ступени №{prev} и №{index} начинаются с одного порога {from}: ступени пересекаются',
    en: 'tiers #{prev} and #{index} both start at {from}: the tiers overlap',
  },
  'tiers.unordered': {
    ru: 'ступень №{index} начинается с {from}, ниже ступени №{prev} ({prevFrom}): пороги должны возрастать',
    en: 'tier #{index} starts at {from}, below tier #{prev} ({prevFrom}): thresholds must rise',
  },
  'tiers.badMode': {
    ru: 'режим «{mode}» неизвестен: нужен «marginal» (по частям) или «retro» (на всю сумму)',
    en: 'mode "{mode}" is unknown: use "marginal" or "retro"',
  },
  'bands.empty': { ru: 'нет ни одного диапазона', en: 'there are no bands' },
  'bands.notNumber': {
    ru: 'диапазон №{index}: {field} — не число',
    en: 'band #{index}: {field} is not a number',
  },
  'bands.negativeValue': {
    ru: 'диапазон №{index}: множитель {value} отрицательный',
    en: 'band #{index}: the multiplier {value} is negative',
  },
  'bands.negativeFrom': {
    ru: 'диапазон №{index}: порог выполнения {from} отрицательный',
    en: 'band #{index}: the attainment threshold {from} is negative',
  },
  'bands.overlap': {
    ru: 'диапазоны №{prev} и №{index} начинаются с одного порога {from}: диапазоны пересекаются',
    en: 'bands #{prev} and #{index} both start at {from}: the bands overlap',
  },
  'bands.unordered': {
    ru: 'диапазон №{index} начинается с {from}, ниже диапазона №{prev} ({prevFrom}): пороги должны возрастать',
    en: 'band #{index} starts at {from}, below band #{prev} ({prevFrom}): thresholds must rise',
  },
  'curve.empty': { ru: 'у шкалы нет ни одной точки', en: 'the curve has no points' },
  'curve.notNumber': {
    ru: 'точка №{index}: {field} — не число',
    en: 'point #{index}: {field} is not a number',
  },
  'curve.negativeValue': {
    ru: 'точка №{index}: значение {value} отрицательное',
    en: 'point #{index}: the value {value} is negative',
  },
  'curve.negativeFrom': {
    ru: 'точка №{index}: x = {from} отрицательный',
    en: 'point #{index}: x = {from} is negative',
  },
  'curve.overlap': {
    ru: 'у точек №{prev} и №{index} одинаковый x = {from}',
    en: 'points #{prev} and #{index} have the same x = {from}',
  },
  'curve.unordered': {
    ru: 'точка №{index} (x = {from}) левее точки №{prev} (x = {prevFrom}): x должны возрастать',
    en: 'point #{index} (x = {from}) is left of point #{prev} (x = {prevFrom}): x must rise',
  },
  'curve.badMode': {
    ru: 'режим шкалы «{mode}» неизвестен: нужен «linear» (линейно) или «step» (ступенями)',
    en: 'curve mode "{mode}" is unknown: use "linear" or "step"',
  },
};

const primitives: Catalog = {
  'bonus.value.notNumber': { ru: '{name}: не число', en: '{name} is not a number' },
  'bonus.kpi.empty': { ru: 'нет ни одного KPI', en: 'there are no KPIs' },
  'bonus.kpi.notNumber': { ru: 'KPI №{kpi}: {field} — не число', en: 'KPI #{kpi}: {field} is not a number' },
  'bonus.kpi.negativeWeight': {
    ru: 'KPI №{kpi}: вес {weight} % отрицательный',
    en: 'KPI #{kpi}: the weight {weight}% is negative',
  },
  'bonus.kpi.negativePlan': {
    ru: 'KPI №{kpi}: план {plan} отрицательный',
    en: 'KPI #{kpi}: the plan {plan} is negative',
  },
  'bonus.kpi.negativeFact': {
    ru: 'KPI №{kpi}: факт {fact} отрицательный',
    en: 'KPI #{kpi}: the fact {fact} is negative',
  },
  'bonus.kpi.badDirection': {
    ru: 'KPI №{kpi}: направление «{direction}» неизвестно: нужно «up» (больше — лучше) или «down» (меньше — лучше)',
    en: 'KPI #{kpi}: direction "{direction}" is unknown: use "up" (more is better) or "down" (less is better)',
  },
  'bonus.kpi.badLimit': {
    ru: 'KPI №{kpi}: {field} должен быть числом ≥ 0',
    en: 'KPI #{kpi}: {field} must be a number ≥ 0',
  },
  'bonus.kpi.floorAboveCap': {
    ru: 'KPI №{kpi}: порог {floor} % не ниже потолка {cap} %',
    en: 'KPI #{kpi}: the floor {floor}% is not below the cap {cap}%',
  },
  'bonus.kpi.weightsSum': {
    ru: 'веса KPI в сумме {sum} %, а должны давать 100 %',
    en: 'the KPI weights sum to {sum}%, not 100%',
  },
  'bonus.kpi.unbounded': {
    ru: 'KPI №{kpi}: «меньше — лучше» и факт 0, поэтому план ÷ факт не ограничен; задайте потолок',
    en: 'KPI #{kpi}: less is better and the fact is 0, so plan ÷ fact is unbounded; set a cap',
  },
  'bonus.kpi.planZero': {
    ru: 'KPI №{kpi}: план 0, выполнение факт ÷ план не определено',
    en: 'KPI #{kpi}: the plan is 0, so attainment (fact ÷ plan) is undefined',
  },
  'bonus.pool.notNumber': { ru: 'фонд: не число', en: 'the pool is not a number' },
  'bonus.pool.negative': { ru: 'фонд {pool} отрицательный', en: 'the pool {pool} is negative' },
  'bonus.pool.lengthMismatch': {
    ru: 'планов {plans}, а фактов {facts}: нужно поровну, по одному на сотрудника',
    en: 'there are {plans} plans and {facts} facts: one of each per person is needed',
  },
  'bonus.pool.badValue': {
    ru: '{which} №{index}: не число',
    en: '{which} #{index} is not a number',
  },
  'bonus.draw.notNumber': { ru: 'гарантированная выплата (draw): не число', en: 'the draw is not a number' },
  'bonus.draw.negative': {
    ru: 'гарантированная выплата {draw} отрицательная',
    en: 'the draw {draw} is negative',
  },
  'bonus.draw.noCommissions': { ru: 'нет комиссий по периодам', en: 'there are no commissions by period' },
  'bonus.draw.badCommission': {
    ru: 'комиссия периода №{index}: не число',
    en: 'the commission of period #{index} is not a number',
  },
};

const schemeTop: Catalog = {
  'bonus.scheme.noId': { ru: 'У схемы «{scheme}» нет идентификатора', en: 'Scheme "{scheme}" has no id' },
  'bonus.scheme.noName': { ru: 'У схемы «{scheme}» нет названия', en: 'Scheme "{scheme}" has no name' },
  'bonus.scheme.badDate': {
    ru: 'Схема «{scheme}»: {field} — не дата',
    en: 'Scheme "{scheme}": {field} is not a date',
  },
  'bonus.scheme.badCap': {
    ru: 'Схема «{scheme}»: потолок премии {cap} должен быть числом ≥ 0',
    en: 'Scheme "{scheme}": the bonus cap {cap} must be a number ≥ 0',
  },
  'bonus.scheme.noComponents': {
    ru: 'В схеме «{scheme}» нет ни одного компонента',
    en: 'Scheme "{scheme}" has no components',
  },
};

/**
 * Problems of one component, shown at its cell on the Motivation tab (the field path says which); away from
 * the tab they are wrapped in `bonus.inComponent` ("Scheme …, component N (kind): …").
 */
const componentBodies: Catalog = {
  unknownKind: {
    ru: 'тип компонента неизвестен: нужен salary, percent, tiered, target, kpi, pool или draw',
    en: 'the component type is unknown: use salary, percent, tiered, target, kpi, pool or draw',
  },
  badAmount: { ru: '{field} = {value}: нужно число ≥ 0', en: '{field} = {value}: a number ≥ 0 is needed' },
  badCap: { ru: 'потолок {cap} должен быть числом ≥ 0', en: 'the cap {cap} must be a number ≥ 0' },
  unknownMetric: {
    ru: 'показатель «{metric}» неизвестен; допустимы: {known}',
    en: 'metric "{metric}" is unknown; known metrics: {known}',
  },
  badScope: {
    ru: 'база «{scope}» неизвестна: нужна «own» (свой план) или «department» (отдел)',
    en: 'scope "{scope}" is unknown: use "own" or "department"',
  },
  badAttainmentCap: {
    ru: 'потолок выполнения {value} должен быть числом > 0',
    en: 'the attainment cap {value} must be a number > 0',
  },
  badMode: {
    ru: '{field} = «{mode}»: нужен «marginal» (по частям) или «retro» (на всю сумму)',
    en: '{field} = "{mode}": use "marginal" or "retro"',
  },
  badRate: { ru: 'ставка {value} — не число', en: 'the rate {value} is not a number' },
  negativeRate: { ru: 'ставка {rate} % отрицательная', en: 'the rate {rate}% is negative' },
  badBy: {
    ru: 'основа ступеней «{by}» неизвестна: нужна «amount» (сумма) или «attainment» (выполнение плана)',
    en: 'tier basis "{by}" is unknown: use "amount" or "attainment"',
  },
  'tiers.badExtra': {
    ru: 'ступень №{index}: {field} = {value}, нужно число ≥ 0',
    en: 'tier #{index}: {field} = {value}, a number ≥ 0 is needed',
  },
  'tiers.extraNeedsRetro': {
    ru: 'ступень №{index}: {field} возможен только в режиме «retro»',
    en: 'tier #{index}: {field} is only possible in "retro" mode',
  },
  bandsAndCurve: {
    ru: 'заданы и диапазоны-множители, и шкала выплаты: оставьте одно',
    en: 'both multiplier bands and a payout curve are given: keep one',
  },
  badCurveMode: {
    ru: 'режим шкалы «{mode}» неизвестен: нужен «linear» или «step»',
    en: 'curve mode "{mode}" is unknown: use "linear" or "step"',
  },
  'pool.amountOrRate': {
    ru: 'у фонда нужна либо сумма, либо ставка от факта отдела (ровно одно)',
    en: 'a pool needs either an amount or a rate of the department fact (exactly one)',
  },
  'pool.badThreshold': {
    ru: 'порог выполнения плана отдела {value} должен быть числом ≥ 0',
    en: 'the department attainment threshold {value} must be a number ≥ 0',
  },
  'draw.duplicate': {
    ru: 'в схеме больше одной гарантированной выплаты (draw)',
    en: 'the scheme has more than one draw',
  },
  'draw.badRecoverable': {
    ru: 'нужно указать, возвратная ли гарантированная выплата (да/нет)',
    en: 'say whether the draw is recoverable (true/false)',
  },
  'gate.unknownMetric': {
    ru: 'порог входа: показатель «{metric}» неизвестен; допустимы: {known}',
    en: 'entry threshold: metric "{metric}" is unknown; known metrics: {known}',
  },
  'gate.badMin': {
    ru: 'порог входа {value} должен быть числом ≥ 0',
    en: 'the entry threshold {value} must be a number ≥ 0',
  },
  'kpi.empty': { ru: 'в матрице нет ни одного KPI', en: 'the matrix has no KPIs' },
  'kpi.noId': { ru: 'KPI {kpi}: нет идентификатора', en: 'KPI {kpi}: no id' },
  'kpi.duplicateId': { ru: 'KPI «{kpi}» указан дважды', en: 'KPI "{kpi}" appears twice' },
  'kpi.badWeight': { ru: 'KPI «{kpi}»: вес — не число', en: 'KPI "{kpi}": the weight is not a number' },
  'kpi.negativeWeight': {
    ru: 'KPI «{kpi}»: вес {weight} % отрицательный',
    en: 'KPI "{kpi}": the weight {weight}% is negative',
  },
  'kpi.badDirection': {
    ru: 'KPI «{kpi}»: направление «{direction}» неизвестно: нужно «up» или «down»',
    en: 'KPI "{kpi}": direction "{direction}" is unknown: use "up" or "down"',
  },
  'kpi.badPlan': {
    ru: 'KPI «{kpi}»: план {plan} должен быть числом > 0',
    en: 'KPI "{kpi}": the plan {plan} must be a number > 0',
  },
  'kpi.badLimit': {
    ru: 'KPI «{kpi}»: {field} = {value}, нужно число ≥ 0',
    en: 'KPI "{kpi}": {field} = {value}, a number ≥ 0 is needed',
  },
  'kpi.t0AboveTmax': {
    ru: 'KPI «{kpi}»: порог T0 = {t0} % не ниже максимума Tmax = {tmax} %',
    en: 'KPI "{kpi}": the threshold T0 = {t0}% is not below the maximum Tmax = {tmax}%',
  },
  'kpi.badScaleMode': {
    ru: 'KPI «{kpi}»: режим шкалы «{mode}» неизвестен: нужен «linear» или «step»',
    en: 'KPI "{kpi}": scale mode "{mode}" is unknown: use "linear" or "step"',
  },
  'kpi.weightsSum': {
    ru: 'веса KPI в сумме {sum} %, а должны давать 100 %',
    en: 'the KPI weights sum to {sum}%, not 100%',
  },
};

/** Input a scheme needs but did not get; shown after "Scheme …, component N (kind): ". */
const inputBodies: Catalog = {
  badValue: { ru: '{field}: не число', en: '{field} is not a number' },
  missingDepartment: {
    ru: 'нет данных отдела ({which}) для расчёта',
    en: 'the department {which} is missing',
  },
  missingFact: {
    ru: 'нет факта по показателю «{metric}» ({scope})',
    en: 'no fact for metric "{metric}" ({scope})',
  },
  missingPlan: {
    ru: 'нет плана по показателю «{metric}» ({scope})',
    en: 'no plan for metric "{metric}" ({scope})',
  },
  planNotPositive: {
    ru: 'план по показателю «{metric}» равен {plan}: выполнение плана не определено',
    en: 'the plan for metric "{metric}" is {plan}, so attainment is undefined',
  },
  missingSalary: { ru: 'не указан оклад сотрудника', en: "the manager's salary is missing" },
  missingTarget: { ru: 'не указана целевая премия сотрудника', en: "the manager's target bonus is missing" },
  missingKpi: { ru: 'нет факта по KPI «{kpi}»', en: 'no fact for KPI "{kpi}"' },
  missingKpiPlan: { ru: 'нет плана по KPI «{kpi}»', en: 'no plan for KPI "{kpi}"' },
  negativeKpiFact: { ru: 'факт по KPI «{kpi}» отрицательный', en: 'the fact of KPI "{kpi}" is negative' },
  kpiUnbounded: {
    ru: 'KPI «{kpi}»: «меньше — лучше» и факт 0, выполнение не ограничено; задайте Tmax',
    en: 'KPI "{kpi}": less is better and the fact is 0, so attainment is unbounded; set Tmax',
  },
  kpiPlanZero: {
    ru: 'KPI «{kpi}»: план 0, выполнение не определено',
    en: 'KPI "{kpi}": the plan is 0, so attainment is undefined',
  },
  missingTeam: {
    ru: 'для командного фонда нужны планы и факты всей команды',
    en: 'a team pool needs the plans and facts of the whole team',
  },
  notInTeam: {
    ru: 'сотрудника «{manager}» нет в списке команды',
    en: 'manager "{manager}" is not in the team list',
  },
  badTeamValue: {
    ru: 'у сотрудника «{manager}» {which} по показателю «{metric}» не число',
    en: 'the {which} of manager "{manager}" for metric "{metric}" is not a number',
  },
};

const prefix = (body: Catalog, code: (key: string) => string, ru: string, en: string): Catalog => {
  const out: Catalog = {};
  for (const [key, m] of Object.entries(body)) out[code(key)] = { ru: ru + m.ru, en: en + m.en };
  return out;
};

const COMPONENT_RU = 'Схема «{scheme}», компонент {component} ({kind}): ';
const COMPONENT_EN = 'Scheme "{scheme}", component {component} ({kind}): ';

const trail: Catalog = {
  'bonus.trail.belowFirst': {
    ru: '{value} ниже первого порога {threshold}: не начисляется',
    en: '{value} is below the first threshold {threshold}: nothing is paid',
  },
  'bonus.trail.rate': { ru: '{base} × {rate} = {amount}', en: '{base} × {rate} = {amount}' },
  'bonus.trail.rateMult': {
    ru: '{base} × {rate} × {mult} = {amount}',
    en: '{base} × {rate} × {mult} = {amount}',
  },
  'bonus.trail.salary': { ru: 'Оклад = {amount}', en: 'Salary = {amount}' },
  'bonus.trail.salaryProrated': {
    ru: 'Оклад {salary} × {worked} / {days} = {amount}',
    en: 'Salary {salary} × {worked} / {days} = {amount}',
  },
  'bonus.trail.salaryRate': {
    ru: 'Оклад {salary} × {rate} = {amount}',
    en: 'Salary {salary} × {rate} = {amount}',
  },
  'bonus.trail.fixed': { ru: 'Фиксированная сумма = {amount}', en: 'Fixed sum = {amount}' },
  'bonus.trail.target': { ru: '{target} × {part} = {amount}', en: '{target} × {part} = {amount}' },
  'bonus.trail.targetMult': {
    ru: '{target} × {part} × {mult} = {amount}',
    en: '{target} × {part} × {mult} = {amount}',
  },
  'bonus.trail.targetCurve': {
    ru: '{target} × {coef} (коэффициент при выполнении {attainment}) = {amount}',
    en: '{target} × {coef} (coefficient at {attainment} attainment) = {amount}',
  },
  'bonus.trail.kpi': {
    ru: '{kpi}: план {plan}, факт {fact}, выполнение {attainment}, балл {score}; {target} × {weight} × {score} = {amount}',
    en: '{kpi}: plan {plan}, fact {fact}, attainment {attainment}, score {score}; {target} × {weight} × {score} = {amount}',
  },
  'bonus.trail.poolNobody': {
    ru: 'Фонд {pool}: никто не выполнил свой план, фонд не распределяется',
    en: 'Pool {pool}: nobody met their own plan, so nothing is paid from it',
  },
  'bonus.trail.poolQualified': {
    ru: 'Фонд {pool} делится между {count} из {total}, выполнившими свой план, пропорционально факту',
    en: 'Pool {pool} is split among the {count} of {total} who met their own plan, in proportion to fact',
  },
  'bonus.trail.poolNotQualified': {
    ru: 'Свой план не выполнен (факт {fact} при плане {plan}): доли в фонде нет',
    en: 'Own plan not met (fact {fact} against plan {plan}): no share of the pool',
  },
  'bonus.trail.poolShare': {
    ru: '{pool} × {fact} ÷ {totalFact} ({share}) = {amount}',
    en: '{pool} × {fact} ÷ {totalFact} ({share}) = {amount}',
  },
  'bonus.trail.poolSize': {
    ru: 'Фонд: {base} × {rate} = {pool}',
    en: 'Pool: {base} × {rate} = {pool}',
  },
  'bonus.trail.poolDeptMissed': {
    ru: 'Отдел выполнил план на {attainment}, фонд платится от {threshold}: не начисляется',
    en: 'The department reached {attainment} of plan; the pool is paid from {threshold}: nothing is paid',
  },
  'bonus.trail.cap': {
    ru: 'Ограничение: {before} больше потолка {cap}, уменьшение = {amount}',
    en: 'Cap: {before} is above the cap of {cap}, reduction = {amount}',
  },
  'bonus.trail.schemeCap': {
    ru: 'Максимум премии: {before} больше {cap}, уменьшение = {amount}',
    en: 'Bonus maximum: {before} is above {cap}, reduction = {amount}',
  },
  'bonus.trail.drawTopUp': {
    ru: 'Гарантия {draw}, начислено {commission}: доплата = {amount}',
    en: 'Draw {draw}, commission {commission}: top-up = {amount}',
  },
  'bonus.trail.drawRecover': {
    ru: 'Гарантия {draw}, начислено {commission}, к возврату было {before}: удержано = {amount}',
    en: 'Draw {draw}, commission {commission}, {before} to recover: recovered = {amount}',
  },
  'bonus.trail.drawNone': {
    ru: 'Гарантия {draw}: начислено {commission}, доплата не нужна',
    en: 'Draw {draw}: commission {commission}, no top-up needed',
  },
  'bonus.trail.metric': {
    ru: '{metric}: план {plan}, факт {fact}, выполнение {attainment}',
    en: '{metric}: plan {plan}, fact {fact}, attainment {attainment}',
  },
  'bonus.trail.metricFact': { ru: '{metric}: факт {fact}', en: '{metric}: fact {fact}' },
  'bonus.trail.metricDept': {
    ru: '{metric} отдела: план {plan}, факт {fact}, выполнение {attainment}',
    en: 'Department {metric}: plan {plan}, fact {fact}, attainment {attainment}',
  },
  'bonus.trail.metricDeptFact': {
    ru: '{metric} отдела: факт {fact}',
    en: 'Department {metric}: fact {fact}',
  },
  'bonus.trail.attainmentCapped': {
    ru: 'Выполнение учитывается не выше {cap}: в расчёт идёт {counted}',
    en: 'Attainment counts up to {cap}: {counted} is counted',
  },
  'bonus.trail.gateAttainmentFailed': {
    ru: '{metric}: выполнение {attainment} ниже порога {min}: не начисляется',
    en: '{metric}: attainment {attainment} is below the gate of {min}: nothing is paid',
  },
  'bonus.trail.gateAttainmentPassed': {
    ru: '{metric}: выполнение {attainment} не ниже порога {min}: условие выполнено',
    en: '{metric}: attainment {attainment} reaches the gate of {min}',
  },
  'bonus.note.band': { ru: 'от {from} до {to}', en: 'from {from} to {to}' },
  'bonus.note.bandFrom': { ru: 'от {from}', en: 'from {from}' },
  'bonus.note.bandPlan': { ru: '{from}–{to} плана', en: '{from}–{to} of plan' },
  'bonus.note.bandPlanFrom': { ru: 'свыше {from} плана', en: 'above {from} of plan' },
  'bonus.note.bandPlanUpTo': { ru: 'до {to} плана', en: 'up to {to} of plan' },
  'bonus.note.salaryWorked': {
    ru: 'оклад пропорционально отработанному времени: {worked} из {days} рабочих дней месяца',
    en: 'salary for the days worked: {worked} of the month’s {days} working days',
  },
  'bonus.note.salaryScheduled': {
    ru: 'предварительно: {worked} своих рабочих дней по графику из {days} рабочих дней месяца',
    en: 'preliminary: {worked} own working days scheduled of the month’s {days} working days',
  },
  'bonus.note.reached': { ru: 'достигнута ступень от {from}', en: 'tier from {from} reached' },
  'bonus.note.reachedPlan': { ru: 'выполнение от {from} плана', en: 'at {from} of plan or more' },
  'bonus.note.drawCarry': {
    ru: 'к возврату из будущих премий: {balance}',
    en: 'to recover from later commission: {balance}',
  },
  'bonus.note.drawNonRecoverable': { ru: 'невозвратная', en: 'non-recoverable' },
  'bonus.note.drawLeft': { ru: 'осталось вернуть: {balance}', en: 'left to recover: {balance}' },
  'bonus.note.belowT0': { ru: 'ниже порога T0 = {t0}', en: 'below the threshold T0 = {t0}' },
  'bonus.note.aboveTmax': { ru: 'ограничено Tmax = {tmax}', en: 'capped at Tmax = {tmax}' },
  'bonus.note.lessIsBetter': { ru: 'меньше — лучше', en: 'less is better' },
  'bonus.kind.salary': { ru: 'Оклад', en: 'Salary' },
  'bonus.kind.percent': { ru: 'Процент', en: 'Commission' },
  'bonus.kind.tiered': { ru: 'Ступенчатая шкала', en: 'Tiered commission' },
  'bonus.kind.target': { ru: 'Целевая премия', en: 'Target incentive' },
  'bonus.kind.kpi': { ru: 'Матрица KPI', en: 'KPI matrix' },
  'bonus.kind.pool': { ru: 'Командный фонд', en: 'Team pool' },
  'bonus.kind.draw': { ru: 'Гарантированная выплата', en: 'Draw' },
  'bonus.kind.cap': { ru: 'Максимум премии', en: 'Bonus maximum' },
  'bonus.metric.revenue': { ru: 'Выручка', en: 'Revenue' },
  'bonus.metric.margin': { ru: 'Маржа', en: 'Margin' },
  'bonus.metric.receipts': { ru: 'Поступления', en: 'Receipts' },
  'bonus.metric.deals': { ru: 'Сделки', en: 'Deals' },
  'bonus.metric.units': { ru: 'Штуки', en: 'Units' },
  'bonus.metric.leads': { ru: 'Лиды', en: 'Leads' },
  'bonus.metric.calls': { ru: 'Звонки', en: 'Calls' },
  'bonus.metric.meetings': { ru: 'Встречи', en: 'Meetings' },
  'bonus.scope.own': { ru: 'свой', en: 'own' },
  'bonus.scope.department': { ru: 'отдел', en: 'department' },
  'bonus.word.plan': { ru: 'план', en: 'plan' },
  'bonus.word.fact': { ru: 'факт', en: 'fact' },
};

export const bonusMessages = (): Catalog => ({
  ...prefix(families, (k) => `bonus.${k}`, '', ''),
  ...primitives,
  ...schemeTop,
  ...prefix(componentBodies, (k) => `bonus.component.${k}`, '', ''),
  'bonus.inComponent': { ru: `${COMPONENT_RU}{text}`, en: `${COMPONENT_EN}{text}` },
  ...prefix(inputBodies, (k) => `bonus.input.${k}`, COMPONENT_RU, COMPONENT_EN),
  'bonus.input.badSalaryDays': {
    ru: 'Схема «{scheme}»: дни для оклада ({worked} из {days}) заданы неверно',
    en: 'Scheme "{scheme}": the days for the salary ({worked} of {days}) are wrong',
  },
  'bonus.input.badDrawBalance': {
    ru: 'Схема «{scheme}»: остаток гарантии к возврату — не число',
    en: 'Scheme "{scheme}": the draw balance to recover is not a number',
  },
  ...trail,
});
