import type { Catalog } from '../lang';

/** The Motivation settings tab and the Bonus YYYY-MM tab. */
export const bonusSheetMessages = (): Catalog => ({
  'col.mot.scheme': { ru: 'Код схемы', en: 'Scheme id' },
  'note.mot.scheme': {
    ru: 'Код схемы, как в столбце «Схема мотивации» листа «Команда» (регистр не важен). Строки одной схемы идут подряд: каждая строка — компонент (или KPI матрицы).',
    en: 'The scheme id, as in the "Motivation scheme" column of the Team tab (case does not matter). A scheme’s rows go together: each row is a component (or a KPI of a matrix).',
  },
  'col.mot.name': { ru: 'Название схемы', en: 'Scheme name' },
  'note.mot.name': {
    ru: 'Понятное название; достаточно в первой строке схемы. Пусто — код схемы.',
    en: 'A readable name; the scheme’s first row is enough. Blank: the scheme id.',
  },
  'col.mot.component': { ru: 'Компонент', en: 'Component' },
  'note.mot.component': {
    ru: 'оклад; процент от базы; ступени (шкала ставок); целевая премия (× выполнение плана, с ускорителями); KPI (строка на каждый KPI матрицы); фонд (командный, делится между выполнившими план); гарантия (минимальная выплата); максимум премии (вся премия схемы, кроме оклада, не больше суммы в «Потолок, сумма»).',
    en: 'salary; percent of a base; tiered (a rate scale); target (target bonus × attainment, with accelerators); KPI (one row per KPI of a matrix); pool (a team pool split among those who met their plan); draw (a guaranteed minimum); bonus maximum (the scheme’s whole bonus, all but salary, up to the amount in "Cap").',
  },
  'col.mot.metric': { ru: 'Показатель', en: 'Base metric' },
  'note.mot.metric': {
    ru: 'От чего считается: выручка, маржа, поступления, сделки… Пусто — выручка.',
    en: 'What it is computed on: revenue, margin, receipts, deals… Blank: revenue.',
  },
  'col.mot.scope': { ru: 'Чей план', en: 'Scope' },
  'note.mot.scope': {
    ru: 'свой — план и факт сотрудника; отдел — план и факт всего отдела (премия РОПа). Пусто — свой.',
    en: 'own: the person’s plan and fact; department: the whole department’s (the head’s bonus). Blank: own.',
  },
  'col.mot.mode': { ru: 'Режим', en: 'Mode' },
  'note.mot.mode': {
    ru: 'по частям — каждая ставка на свою часть; на всю сумму — вся сумма по ставке высшей достигнутой ступени. Для целевой премии и KPI: линейно или ступенями — шкала коэффициентов. Пусто — по частям.',
    en: 'marginal: each rate on the part inside its band; retro: the whole amount at the highest band reached. For target and KPI rows: linear or step makes the column a payout scale. Blank: marginal.',
  },
  'col.mot.by': { ru: 'Ступени по', en: 'Tiers by' },
  'note.mot.by': {
    ru: 'Для ступеней: сумма — пороги в деньгах; выполнение — пороги в % плана. Пусто — сумма.',
    en: 'For tiered rows: amount (thresholds in money) or attainment (thresholds in % of plan). Blank: amount.',
  },
  'col.mot.tiers': { ru: 'Ступени / диапазоны', en: 'Tiers / bands' },
  'note.mot.tiers': {
    ru: 'Пары «порог → значение» через «;». Ступени: «0 → 3 %; 500 000 → 5 %; 750 000 → 7,5 %» (на всю сумму можно добавить «+ 10 % оклада» или фиксированную сумму «+ 5 000»). Процент и целевая премия: множители по выполнению «100 % → ×1,5; 130 % → ×2» (ниже первого порога ×1). Линейно/ступенями: «50 % → 0 %; 100 % → 100 %; 150 % → 200 %». Пороги выполнения и ставки пишите с %.',
    en: 'Pairs "threshold → value" separated by ";". Tiered: "0 → 3%; 500,000 → 5%; 750,000 → 7.5%" (retro tiers may add "+ 10% salary" or a fixed sum "+ 5,000"). Percent and target: multipliers by attainment "100% → ×1.5; 130% → ×2" (×1 below the first). Linear/step: "50% → 0%; 100% → 100%; 150% → 200%". Write attainment thresholds and rates with %.',
  },
  'col.mot.rate': { ru: 'Ставка', en: 'Rate' },
  'note.mot.rate': {
    ru: 'Для процента — доля базы (3 %); для фонда — доля факта отдела (вместо суммы).',
    en: 'For percent: the share of the base (3%); for a pool: the share of the department fact (instead of an amount).',
  },
  'col.mot.target': { ru: 'Целевая сумма', en: 'Target amount' },
  'note.mot.target': {
    ru: 'Для целевой премии и KPI: премия за 100 %. Пусто — «Целевая премия» сотрудника с листа «Команда».',
    en: 'For target and KPI rows: the bonus at 100 %. Blank: the person’s target bonus on the Team tab.',
  },
  'col.mot.gateMetric': { ru: 'Порог входа: показатель', en: 'Entry threshold: metric' },
  'note.mot.gateMetric': {
    ru: 'Показатель, чьё выполнение плана проверяется. Пусто — показатель компонента (для KPI — выручка).',
    en: 'The metric whose attainment is checked. Blank: the component’s metric (revenue for KPI rows).',
  },
  'col.mot.gateMin': { ru: 'Порог входа, % плана', en: 'Entry threshold, % of plan' },
  'note.mot.gateMin': {
    ru: 'Порог входа: ниже этого выполнения плана компонент не платится (например, 80 %). Для фонда — выполнение плана отдела, с которого он платится (пусто — 100 %).',
    en: 'Below this attainment the component pays nothing (e.g. 80%). For a pool: the department attainment it is paid from (blank: 100%).',
  },
  'col.mot.cap': { ru: 'Потолок, сумма', en: 'Cap' },
  'note.mot.cap': {
    ru: 'Компонент платит не больше этой суммы в месяц. В строке «максимум премии» — потолок всей премии схемы (всё, кроме оклада).',
    en: 'The most the component pays a month. On a "bonus maximum" row: the cap on the scheme’s whole bonus (all but salary).',
  },
  'col.mot.attainmentCap': { ru: 'Потолок выполнения', en: 'Attainment cap' },
  'note.mot.attainmentCap': {
    ru: 'Факт выше этого % плана не учитывается (например, 150 %).',
    en: 'Fact above this % of plan does not count (e.g. 150%).',
  },
  'col.mot.amount': { ru: 'Сумма', en: 'Amount' },
  'note.mot.amount': {
    ru: 'Оклад (пусто — оклад с листа «Команда»), сумма фонда или гарантированной выплаты.',
    en: 'The salary (blank: the salary on the Team tab), the pool or the draw amount.',
  },
  'col.mot.recoverable': { ru: 'Возвратная', en: 'Recoverable' },
  'note.mot.recoverable': {
    ru: 'Для гарантии: флажок — недобор удерживается из будущих премий; без флажка — невозвратная.',
    en: 'For a draw: ticked, a shortfall is recovered from later commission; unticked, it is not.',
  },
  'col.mot.kpi': { ru: 'KPI', en: 'KPI' },
  'note.mot.kpi': {
    ru: 'Показатель KPI: план и факт берутся из листа месяца (сделки, звонки, встречи…).',
    en: 'The KPI’s metric: its plan and fact come from the month tab (deals, calls, meetings…).',
  },
  'col.mot.weight': { ru: 'Вес KPI', en: 'KPI weight' },
  'note.mot.weight': {
    ru: 'Веса KPI одной матрицы в сумме 100 %.',
    en: 'The weights of a matrix sum to 100%.',
  },
  'col.mot.t0': { ru: 'T0', en: 'T0' },
  'note.mot.t0': {
    ru: 'Порог: ниже этого выполнения балл KPI 0 (например, 50 %).',
    en: 'Threshold: below this attainment the KPI scores 0 (e.g. 50%).',
  },
  'col.mot.tmax': { ru: 'Tmax', en: 'Tmax' },
  'note.mot.tmax': {
    ru: 'Максимум: выполнение выше засчитывается как Tmax (например, 150 %).',
    en: 'Maximum: attainment above it counts as Tmax (e.g. 150%).',
  },
  'col.mot.from': { ru: 'Действует с', en: 'From' },
  'note.mot.from': {
    ru: 'Новая схема с какого-то месяца: ниже старой напишите строки с тем же кодом схемы и любой датой этого месяца в первой строке. Месяцы до этой даты считаются по старым строкам. Пусто — с самого начала.',
    en: 'A new scheme from some month: below the old one, write rows with the same scheme id and any date of that month on the first row. Months before it are calculated by the old rows. Blank: from the start.',
  },
  'col.mot.direction': { ru: 'Направление', en: 'Direction' },
  'note.mot.direction': {
    ru: 'больше — лучше (выполнение = факт ÷ план) или меньше — лучше (план ÷ факт: просрочки, скидки). Пусто — больше.',
    en: 'more is better (attainment = fact ÷ plan) or less is better (plan ÷ fact: overdue tasks, discounts). Blank: more.',
  },

  'mot.kind.salary': { ru: 'оклад', en: 'salary' },
  'mot.kind.percent': { ru: 'процент', en: 'percent' },
  'mot.kind.tiered': { ru: 'ступени', en: 'tiered' },
  'mot.kind.target': { ru: 'целевая премия', en: 'target' },
  'mot.kind.kpi': { ru: 'KPI', en: 'KPI' },
  'mot.kind.pool': { ru: 'фонд', en: 'pool' },
  'mot.kind.draw': { ru: 'гарантия', en: 'draw' },
  'mot.kind.max': { ru: 'максимум премии', en: 'bonus maximum' },
  'mot.scope.own': { ru: 'свой', en: 'own' },
  'mot.scope.department': { ru: 'отдел', en: 'department' },
  'mot.mode.marginal': { ru: 'по частям', en: 'marginal' },
  'mot.mode.retro': { ru: 'на всю сумму', en: 'retro' },
  'mot.mode.linear': { ru: 'линейно', en: 'linear' },
  'mot.mode.step': { ru: 'ступенями', en: 'step' },
  'mot.by.amount': { ru: 'сумма', en: 'amount' },
  'mot.by.attainment': { ru: 'выполнение', en: 'attainment' },
  'mot.direction.up': { ru: 'больше — лучше', en: 'more is better' },
  'mot.direction.down': { ru: 'меньше — лучше', en: 'less is better' },

  'mot.example.S1': { ru: 'Оклад + ступенчатый процент', en: 'Salary + tiered commission' },
  'mot.example.S2': { ru: 'Оклад + целевая премия + KPI', en: 'Salary + target incentive + KPI' },
  'mot.example.HEAD': {
    ru: 'РОП: оклад + % выручки отдела сверх плана',
    en: 'Head: salary + % of department revenue above plan',
  },

  'mot.format.tiers': {
    ru: '«порог → ставка», например «500 000 → 5 %»',
    en: '"threshold → rate", e.g. "500,000 → 5%"',
  },
  'mot.format.tiersPlan': {
    ru: '«выполнение → ставка», например «100 % → 5 %»',
    en: '"attainment → rate", e.g. "100% → 5%"',
  },
  'mot.format.bands': {
    ru: '«выполнение → множитель», например «100 % → ×1,5»',
    en: '"attainment → multiplier", e.g. "100% → ×1.5"',
  },
  'mot.format.curve': {
    ru: '«выполнение → коэффициент», например «100 % → 120 %»',
    en: '"attainment → coefficient", e.g. "100% → 120%"',
  },
  'motivation.badItem': {
    ru: '«{column}»: часть №{index} «{item}» не прочитана; нужно {expected}, части через «;»',
    en: '"{column}": part #{index} "{item}" cannot be read; write {expected}, parts separated by ";"',
  },
  'motivation.percentThreshold': {
    ru: '«{column}»: часть №{index} «{item}» — порог в %, а ступени по сумме; выберите «Ступени по» = выполнение или укажите сумму',
    en: '"{column}": part #{index} "{item}" has a % threshold but the tiers are by amount; choose "Tiers by" = attainment or write an amount',
  },
  'motivation.modeNotFor': {
    ru: '«{column}»: режим «{value}» не подходит для компонента «{kind}»',
    en: '"{column}": mode "{value}" does not apply to a "{kind}" component',
  },
  'motivation.unknownMetric': {
    ru: '«{column}»: показатель «{value}» неизвестен; допустимы: {known}',
    en: '"{column}": metric "{value}" is unknown; known metrics: {known}',
  },
  'motivation.gateNeedsMin': {
    ru: 'указан показатель порога входа, но не сам порог (% плана)',
    en: 'an entry threshold metric is given but not the threshold (% of plan)',
  },
  'motivation.schemeSplit': {
    ru: 'схема «{scheme}» уже начата в строке {first}, а строки одной схемы должны идти подряд (не скопирована ли схема без смены кода?)',
    en: 'scheme "{scheme}" already started in row {first}; a scheme’s rows must go together (was a scheme copied without a new id?)',
  },
  'motivation.maxTwice': {
    ru: 'у схемы «{scheme}» уже есть максимум премии в строке {first}',
    en: 'scheme "{scheme}" already has a bonus maximum in row {first}',
  },
  'motivation.empty': {
    ru: 'на листе нет ни одной схемы',
    en: 'the tab has no schemes',
  },

  'bonus.noMonthTab': {
    ru: 'нет листа «{tab}»: сначала создайте план/факт месяца («Создать план/факт месяца…»)',
    en: 'the tab "{tab}" is missing: create the month’s plan/fact first ("Create plan/fact for a month…")',
  },
  'bonus.unknownScheme': {
    ru: '{name}: схемы «{scheme}» нет на листе «{tab}»',
    en: '{name}: the scheme "{scheme}" is not on the "{tab}" tab',
  },
  'bonus.schemeNotYet': {
    ru: '{name}: схема «{scheme}» на листе «{tab}» начинает действовать позже этого месяца',
    en: '{name}: the scheme "{scheme}" on the "{tab}" tab starts after this month',
  },
  'bonus.noScheme': {
    ru: '{name}: не указана схема мотивации',
    en: '{name}: no motivation scheme is given',
  },
  'bonus.notInMonth': {
    ru: '{name}: нет на листе «{tab}» — пересоздайте план/факт месяца',
    en: '{name} is not on the "{tab}" tab: create the month’s plan/fact again',
  },
  'bonus.poolsDiffer': {
    ru: 'командный фонд в схемах «{first}» и «{second}» задан по-разному, а фонд у команды один',
    en: 'the team pool differs between schemes "{first}" and "{second}", but a team has one pool',
  },
  'bonus.personProblem': { ru: '{name}: {text}', en: '{name}: {text}' },
  'bonus.exception': {
    ru: '⚠ Премия не рассчитана: {why}',
    en: '⚠ Bonus not calculated: {why}',
  },
  'bonus.exceptions': {
    ru: 'Премии рассчитаны для {paid} чел.; не рассчитаны для {count} — их строки на листе премий объясняют почему:',
    en: 'Bonuses calculated for {paid} {paid|person|people}; not calculated for {count} — their rows on the Bonus tab say why:',
  },
  'bonus.nobody': {
    ru: 'некому считать премии: нет активных сотрудников со схемой',
    en: 'nobody to calculate: there is no active person with a scheme',
  },
  'bonus.title': { ru: 'Премии за {month}', en: 'Bonuses for {month}' },
  'bonus.generated': {
    ru: 'Рассчитано {date} по листам «{team}», «{motivation}» и «{monthTab}». Это снимок: после изменения фактов рассчитайте снова.',
    en: 'Calculated {date} from the "{team}", "{motivation}" and "{monthTab}" tabs. A snapshot: calculate again after facts change.',
  },
  'bonus.titlePreliminary': {
    ru: 'Премии за {month} — предварительно, на {date}',
    en: 'Bonuses for {month} — preliminary, as of {date}',
  },
  'bonus.preliminary': {
    ru: 'Месяц не закончен: это прогноз, а не расчёт к выплате.',
    en: 'The month is not over: a forecast, not a payslip.',
  },
  'bonus.forecast.none': {
    ru: 'Прогноза ещё нет: не прошло ни одного рабочего дня сотрудника.',
    en: 'No forecast yet: none of the person’s working days has passed.',
  },
  'bonus.col.totalSoFar': { ru: 'Итого по факту на сегодня', en: 'Total at the fact so far' },
  'bonus.col.forecastFact': { ru: 'Прогноз выручки', en: 'Revenue forecast' },
  'bonus.note.forecastFact': {
    ru: 'Факт ÷ прошедшие рабочие дни сотрудника × все его рабочие дни месяца (не меньше факта); для руководителя — сумма прогнозов менеджеров.',
    en: 'Fact ÷ the person’s working days passed × all their working days of the month (never below the fact); for the head, the sum of the managers’ forecasts.',
  },
  'bonus.col.forecastAttainment': { ru: 'Выполнение по прогнозу', en: 'Forecast attainment' },
  'bonus.col.forecastTotal': { ru: 'Итого по прогнозу', en: 'Total at the forecast' },
  'bonus.note.forecastTotal': {
    ru: 'Та же схема на прогнозных фактах: факт каждой метрики заменён её прогнозом по рабочим дням сотрудника. Расчёт — в заметке ячейки.',
    en: 'The same scheme on forecast facts: each metric’s fact replaced by its forecast on the person’s working days. The calculation is in the cell’s note.',
  },
  'bonus.col.forecastVariable': { ru: 'Переменная часть по прогнозу', en: 'Variable pay at the forecast' },
  'bonus.col.nextStep': { ru: 'До следующей ступени', en: 'To the next step' },
  'bonus.note.nextStep': {
    ru: 'Сколько ещё нужно к факту на сегодня, чтобы дойти до следующей ступени, ускорителя или порога каждого компонента.',
    en: 'How much more than the fact so far reaches the next tier, accelerator or threshold of each component.',
  },
  'bonus.step.tier': { ru: '{missing} до ставки {rate}', en: '{missing} to {rate}' },
  'bonus.step.tierRetro': {
    ru: '{missing} до ставки {rate} на всю сумму',
    en: '{missing} to {rate} on the whole amount',
  },
  'bonus.step.band': { ru: '{missing} до ускорителя ×{mult}', en: '{missing} to the ×{mult} accelerator' },
  'bonus.step.curve': { ru: '{missing} до коэффициента {coef}', en: '{missing} to the {coef} coefficient' },
  'bonus.step.gate': {
    ru: '{missing} до порога {min} плана',
    en: '{missing} to the {min} of plan threshold',
  },
  'bonus.step.pool': {
    ru: 'отделу {missing} до командного фонда ({threshold} плана отдела)',
    en: 'the department {missing} to the team pool ({threshold} of its plan)',
  },
  'bonus.step.poolShare': {
    ru: '{missing} до своего плана (доля командного фонда)',
    en: '{missing} to one’s own plan (a share of the team pool)',
  },
  'bonus.step.none': { ru: 'все ступени достигнуты', en: 'every step reached' },
  'bonus.col.name': { ru: 'Сотрудник', en: 'Name' },
  'bonus.col.role': { ru: 'Роль', en: 'Role' },
  'bonus.col.scheme': { ru: 'Схема', en: 'Scheme' },
  'bonus.col.plan': { ru: 'План выручки', en: 'Revenue plan' },
  'bonus.col.fact': { ru: 'Факт выручки', en: 'Revenue fact' },
  'bonus.col.attainment': { ru: 'Выполнение', en: 'Attainment' },
  'bonus.col.total': { ru: 'Итого к выплате', en: 'Total pay' },
  'bonus.col.variable': { ru: 'Переменная часть', en: 'Variable pay' },
  'bonus.col.drawBalance': { ru: 'Гарантия: остаток к возврату', en: 'Draw left to recover' },
  'bonus.col.trail': { ru: 'Как посчитано', en: 'How it was calculated' },
  'bonus.note.department': {
    ru: 'Для руководителя — план и факт отдела.',
    en: 'For the head: the department’s plan and fact.',
  },
  'bonus.note.trail': {
    ru: 'Каждая строка расчёта; суммы строк складываются в итог.',
    en: 'Every line of the calculation; the line amounts add up to the total.',
  },
  'bonus.total': { ru: 'Итого = {amount}', en: 'Total = {amount}' },
  'bonus.summary': { ru: 'Итоги', en: 'Summary' },
  'bonus.sum.fundForecast': { ru: 'Фонд оплаты по прогнозу', en: 'Pay fund at the forecast' },
  'bonus.sum.variableForecast': { ru: 'Фонд премий по прогнозу', en: 'Bonus fund at the forecast' },
  'bonus.sum.fund': { ru: 'Фонд оплаты (все выплаты)', en: 'Pay fund (everything paid)' },
  'bonus.sum.variable': { ru: 'Фонд премий (переменная часть)', en: 'Bonus fund (variable pay)' },
  'bonus.sum.head': { ru: 'Премия руководителя', en: 'Head of sales’ bonus' },
  'bonus.sum.revenue': { ru: 'Выручка отдела (факт)', en: 'Department revenue (fact)' },
  'bonus.sum.fundShare': { ru: 'Фонд оплаты, доля выручки', en: 'Pay fund, share of revenue' },
  'bonus.sum.variableShare': { ru: 'Фонд премий, доля выручки', en: 'Bonus fund, share of revenue' },
  'toast.bonusDone': { ru: 'Премии за {month} рассчитаны', en: 'Bonuses for {month} calculated' },
});
