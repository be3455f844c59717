import type { Catalog } from '../lang';

/** The Today tab (morning meeting) and the Report YYYY-MM tab. */
export const reportSheetMessages = (): Catalog => ({
  // Today
  'today.noMonth': {
    ru: 'Листа «{month}» нет. Создайте его: меню «Создать план/факт месяца…», месяц {month}.',
    en: 'There is no "{month}" tab. Create it first: menu "Create plan/fact for a month…", month {month}.',
  },
  'today.title': { ru: 'Планёрка {date}', en: 'Morning meeting, {date}' },
  'today.info': {
    ru: 'Вчера — последний закрытый рабочий день: {yesterday}. Рабочих дней в месяце: {workdays}, прошло {elapsed}, осталось {remaining} (включая сегодня).',
    en: 'Yesterday is the last closed working day: {yesterday}. Working days this month: {workdays}, {elapsed} elapsed, {remaining} left (today included).',
  },
  'today.noClosedDay': {
    ru: 'В этом месяце ещё не было закрытых рабочих дней (всего рабочих дней: {workdays}): вчерашнего факта и прогноза пока нет.',
    en: 'No working day of this month has closed yet (working days: {workdays}): there is no yesterday and no forecast yet.',
  },
  'today.snapshot': {
    ru: 'Снимок значений с листа «{month}» на момент создания. Чтобы обновить, снова выберите в меню «Сегодня: планёрка».',
    en: 'A snapshot of the "{month}" tab when it was made. To refresh it, choose "Today: morning meeting" in the menu again.',
  },
  'today.col.yesterdayPlan': { ru: 'План вчера', en: 'Plan yesterday' },
  'today.col.yesterdayFact': { ru: 'Факт вчера', en: 'Fact yesterday' },
  'today.col.yesterdayCompletion': { ru: 'Вып. вчера', en: 'Done yesterday' },
  'today.col.plan': { ru: 'План месяца', en: 'Month plan' },
  'today.col.fact': { ru: 'Факт с начала месяца', en: 'Fact month to date' },
  'today.col.completion': { ru: 'Вып. месяца', en: 'Month done' },
  'today.col.forecast': { ru: 'Прогноз', en: 'Forecast' },
  'today.col.forecastCompletion': { ru: 'Прогноз, % плана', en: 'Forecast, % of plan' },
  'today.col.pace': { ru: 'Нужно сегодня', en: 'Needed today' },
  'today.note.yesterdayPlan': {
    ru: 'План последнего закрытого рабочего дня из декомпозиции плана.',
    en: 'The plan of the last closed working day, from the plan decomposition.',
  },
  'today.note.yesterdayFact': {
    ru: 'Факт последнего закрытого рабочего дня с листа месяца.',
    en: 'The fact of the last closed working day, from the month tab.',
  },
  'today.note.forecast': {
    ru: 'Прогноз по темпу: факт закрытых рабочих дней ÷ их число × рабочие дни месяца; не меньше факта.',
    en: 'Run-rate: the fact of the closed working days ÷ their number × the month’s working days; never below the fact.',
  },
  'today.note.pace': {
    ru: 'Остаток плана ÷ оставшиеся рабочие дни, включая сегодня.',
    en: 'What is left of the plan ÷ the working days left, today included.',
  },
  'today.offToday': { ru: 'сегодня не работает', en: 'off today' },
  'rep.bonusPreliminary': {
    ru: 'Предварительно: премии посчитаны по факту на {date}, месяц ещё не закончен; итог — после пересчёта премий в конце месяца.',
    en: 'Preliminary: bonuses computed on the facts as of {date}; the month is not over. Final after bonuses are recalculated at month end.',
  },
  'toast.todayDone': { ru: 'Планёрка на {date} готова', en: 'Morning meeting view for {date} is ready' },

  // Report
  'rep.noMonth': {
    ru: 'Листа «{month}» нет: отчёт строится по фактам этого листа. Создайте его через «Создать план/факт месяца…».',
    en: 'There is no "{month}" tab: the report is built from its facts. Create it with "Create plan/fact for a month…".',
  },
  'rep.existsTitle': { ru: 'Лист «{name}» уже есть', en: 'The "{name}" tab exists' },
  'rep.exists': {
    ru: 'Заменить его новым отчётом?\n\nДа — заменить.\nНет — сохранить старый отчёт под именем с датой его создания, а новый записать в «{name}».',
    en: 'Replace it with the new report?\n\nYes: replace it.\nNo: keep the old report under a name with the date it was generated, and write the new one to "{name}".',
  },
  'rep.title': { ru: 'Отчёт о продажах: {month} {year}', en: 'Sales report: {month} {year}' },
  'rep.generated': {
    ru: 'Сформирован {date} по листу «{monthTab}». Это снимок значений: последующие правки фактов его не меняют.',
    en: 'Generated {date} from the "{monthTab}" tab. A snapshot of values: later edits to the facts do not change it.',
  },
  'rep.open': {
    ru: 'Месяц ещё не закончился: факт — на {date}.',
    en: 'The month is not over yet: the fact is as of {date}.',
  },
  'rep.headline': { ru: 'Главное', en: 'Headline' },
  'rep.col.completion': { ru: 'Выполнение', en: 'Completion' },
  'rep.col.deviation': { ru: 'Отклонение от плана на дату', en: 'Deviation from plan to date' },
  'rep.col.forecastCompletion': { ru: 'Прогноз, % плана', en: 'Forecast, % of plan' },
  'rep.toDateNote': {
    ru: 'План на дату, прогноз и «нужно в день» — по своим рабочим дням каждого (без отпусков, больничных, дней до приёма и после увольнения); закрыты дни до {date}. Цвет — прогноз ÷ план: красный ниже {red}, жёлтый ниже {amber}, иначе зелёный (пороги листа «План»), как на листе месяца.',
    en: 'Plan to date, forecast and needed per day are on each person’s own working days (absences, days before a start and after a leave excluded); the days before {date} are closed. Colour: forecast ÷ plan, red below {red}, amber below {amber}, else green (the Plan tab’s thresholds), as on the month tab.',
  },
  'rep.toDateNoteFinal': {
    ru: 'Месяц закончился: план на дату равен плану, прогноз — факту. Цвет — выполнение плана: красный ниже {red}, жёлтый ниже {amber}, иначе зелёный (пороги листа «План»), как на листе месяца.',
    en: 'The month is over: plan to date is the plan, the forecast is the fact. Colour: completion, red below {red}, amber below {amber}, else green (the Plan tab’s thresholds), as on the month tab.',
  },
  'rep.col.previousFact': { ru: 'Факт прошлого месяца', en: 'Last month’s fact' },
  'rep.col.change': { ru: 'Изменение', en: 'Change' },
  'rep.col.changePct': { ru: 'Изменение, %', en: 'Change, %' },
  'rep.noPrevious': {
    ru: 'Листа прошлого месяца «{month}» нет в книге: сравнение с ним не показано.',
    en: 'Last month’s tab "{month}" is not in the workbook: no comparison with it.',
  },
  'rep.forecast': {
    ru: 'Прогноз «{metric}» по темпу на {date}',
    en: '{metric} forecast by run-rate as of {date}',
  },
  'rep.result': { ru: 'Результат месяца', en: 'Result of the month' },
  'rep.resultSoFar': { ru: 'Факт на сегодня', en: 'Fact so far' },
  'rep.miss': { ru: 'Результат − прогноз', en: 'Result − forecast' },
  'rep.accuracy': { ru: 'Точность прогноза', en: 'Forecast accuracy' },
  'rep.noForecast': {
    ru: 'Прогноза нет: на дату прогноза не было закрытых рабочих дней.',
    en: 'No forecast: no working day had closed by the forecast date.',
  },
  'rep.ranking': { ru: 'Рейтинг менеджеров ({metric})', en: 'Manager ranking ({metric})' },
  'rep.col.rank': { ru: 'Место', en: 'Rank' },
  'rep.col.bonus': { ru: 'Премия', en: 'Bonus' },
  'rep.funnel': { ru: 'Воронка', en: 'Funnel' },
  'rep.col.stage': { ru: 'Этап', en: 'Stage' },
  'rep.col.count': { ru: 'Количество', en: 'Count' },
  'rep.col.conversion': { ru: 'Конверсия', en: 'Conversion' },
  'rep.col.benchmark': { ru: 'Ориентир', en: 'Benchmark' },
  'rep.col.lost': { ru: 'Недобрано сделок', en: 'Deals lost' },
  'rep.col.bottleneck': { ru: 'Узкое место', en: 'Bottleneck' },
  'rep.col.overall': { ru: 'Сквозная конверсия', en: 'Overall conversion' },
  'rep.overall': { ru: 'Сквозная конверсия', en: 'Overall conversion' },
  'rep.bottleneck': {
    ru: 'Узкое место: «{from}» → «{stage}»: конверсия {conversion} при ориентире {benchmark}; на ориентире было бы больше сделок на {deals}.',
    en: 'Bottleneck: "{from}" → "{stage}": conversion {conversion} against a benchmark of {benchmark}; at the benchmark there would be {deals} more deals.',
  },
  'rep.noBottleneck': {
    ru: 'Узкого места нет: все конверсии не ниже ориентиров (лист «Воронка»).',
    en: 'No bottleneck: every conversion is at or above its benchmark (Funnel tab).',
  },
  'rep.noFunnel': {
    ru: 'Воронки нет: этапы листа «Воронка» не совпадают с показателями листа месяца.',
    en: 'No funnel: the stages of the Funnel tab are not metrics of the month tab.',
  },
  'rep.bonus': { ru: 'Премии', en: 'Bonuses' },
  'rep.bonusFund': { ru: 'Фонд премий', en: 'Bonus fund' },
  'rep.bonusManagers': { ru: 'Менеджерам', en: 'To managers' },
  'rep.bonusHead': { ru: 'Руководителю', en: 'To the head of sales' },
  'rep.bonusShare': { ru: 'Доля от факта «{metric}»', en: 'Share of {metric} (fact)' },
  'rep.bonusSource': {
    ru: 'По листу «{tab}» (переменная часть, без окладов).',
    en: 'From the "{tab}" tab (variable pay, salaries excluded).',
  },
  'rep.noBonus': {
    ru: 'Премии за месяц ещё не рассчитаны: листа «{tab}» нет. Выберите в меню «Рассчитать премии за месяц…» и сформируйте отчёт снова.',
    en: 'Bonuses for the month are not calculated yet: there is no "{tab}" tab. Choose "Calculate bonuses for a month…" and generate the report again.',
  },
  'rep.chartData': { ru: 'Данные графиков', en: 'Chart data' },
  'rep.col.day': { ru: 'День', en: 'Day' },
  'rep.col.cumPlan': { ru: 'План нарастающим итогом', en: 'Cumulative plan' },
  'rep.col.cumFact': { ru: 'Факт нарастающим итогом', en: 'Cumulative fact' },
  'rep.chart.planVsFact': {
    ru: '{metric}: план и факт по менеджерам',
    en: '{metric}: plan vs fact by manager',
  },
  'rep.chart.cumulative': {
    ru: '{metric}: план и факт нарастающим итогом',
    en: '{metric}: cumulative plan vs fact',
  },
  'rep.chart.funnel': { ru: 'Воронка отдела', en: 'Department funnel' },
  'toast.reportDone': { ru: 'Отчёт «{name}» готов', en: 'Report "{name}" is ready' },
});
