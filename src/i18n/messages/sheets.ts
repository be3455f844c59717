import type { Catalog } from '../lang';

/** Tab names, settings columns with their notes, choices, metric names and settings problems. */
export const sheetsMessages = (): Catalog => ({
  'tab.team': { ru: 'Команда', en: 'Team' },
  'tab.plan': { ru: 'План', en: 'Plan' },
  'tab.funnel': { ru: 'Воронка', en: 'Funnel' },
  'tab.motivation': { ru: 'Мотивация', en: 'Motivation' },
  'tab.calendar': { ru: 'Календарь', en: 'Calendar' },
  'tab.planYear': { ru: 'План {year}', en: 'Plan {year}' },
  'tab.bonus': { ru: 'Премии {month}', en: 'Bonus {month}' },
  'tab.report': { ru: 'Отчёт {month}', en: 'Report {month}' },
  'tab.today': { ru: 'Сегодня', en: 'Today' },

  'col.id': { ru: 'ID', en: 'ID' },
  'note.id': {
    ru: 'Постоянный идентификатор: по нему сохраняются введённые факты. Не меняйте.',
    en: 'A stable id: typed facts are matched by it. Do not change it.',
  },
  'col.name': { ru: 'Сотрудник', en: 'Name' },
  'note.name': { ru: 'Имя и фамилия, без повторов.', en: 'First and last name; no duplicates.' },
  'col.role': { ru: 'Роль', en: 'Role' },
  'note.role': {
    ru: 'менеджер — получает план; руководитель — РОП, премия от результата отдела.',
    en: 'manager gets a plan; head is the head of sales, paid on the department result.',
  },
  'col.grade': { ru: 'Грейд', en: 'Grade' },
  'note.grade': {
    ru: 'junior / middle / senior: коэффициент мощности 0,7 / 1 / 1,3 при делении плана по грейдам.',
    en: 'junior / middle / senior: capacity 0.7 / 1 / 1.3 when the plan is split by grade.',
  },
  'col.start': { ru: 'Дата выхода', en: 'Start date' },
  'note.start': {
    ru: 'Первый рабочий день. Новичок получает 25 / 50 / 75 / 100 % плана: месяц выхода — первый, каждый следующий календарный месяц — следующий шаг.',
    en: 'First working day. A new hire gets 25 / 50 / 75 / 100 % of the plan: the month of the start is step 1, each next calendar month the next step.',
  },
  'col.end': { ru: 'Дата ухода', en: 'End date' },
  'note.end': {
    ru: 'Последний рабочий день (пусто — работает).',
    en: 'Last working day (blank: still employed).',
  },
  'col.share': { ru: 'Доля', en: 'Share' },
  'note.share': {
    ru: 'Относительный вес в плане отдела (1 = обычный менеджер). Используется при делении «по долям».',
    en: 'Relative weight in the department plan (1 = a regular manager). Used when splitting by share.',
  },
  'col.salary': { ru: 'Оклад', en: 'Base salary' },
  'note.salary': { ru: 'Оклад в месяц.', en: 'Monthly base salary.' },
  'col.scheme': { ru: 'Схема мотивации', en: 'Motivation scheme' },
  'note.scheme': {
    ru: 'Код схемы с листа «Мотивация».',
    en: 'The scheme id from the Motivation tab.',
  },
  'col.target': { ru: 'Целевая премия', en: 'Target bonus' },
  'note.target': {
    ru: 'Премия за 100 % плана в месяц (для схем с целевой премией и KPI).',
    en: 'Monthly bonus at 100 % of plan (for target-incentive and KPI schemes).',
  },
  'col.active': { ru: 'Активен', en: 'Active' },
  'note.active': {
    ru: 'Снимите флажок, чтобы исключить из плана.',
    en: 'Untick to leave the person out of the plan.',
  },

  'settings.parameter': { ru: 'Параметр', en: 'Parameter' },
  'settings.value': { ru: 'Значение', en: 'Value' },
  'col.year': { ru: 'Год плана', en: 'Plan year' },
  'note.year': { ru: 'Например, 2026.', en: 'For example 2026.' },
  'col.currency': { ru: 'Валюта', en: 'Currency' },
  'note.currency': { ru: 'Код валюты: RUB, KZT, BYN, USD…', en: 'Currency code: RUB, KZT, BYN, USD…' },
  'col.revenueYear': { ru: 'План выручки на год', en: 'Revenue plan for the year' },
  'note.revenueYear': {
    ru: 'Годовой план. Если заполнен столбец «План выручки» по месяцам ниже, берётся он.',
    en: 'The yearly plan. If the monthly revenue column below is filled, it is used instead.',
  },
  'col.seasonality': { ru: 'Сезонность', en: 'Seasonality' },
  'note.seasonality': {
    ru: 'равномерно; коэффициенты — из столбца ниже; история — по продажам прошлых лет ниже.',
    en: 'equal; coefficients from the column below; history from past years’ sales below.',
  },
  'col.historyMethod': { ru: 'Метод по истории', en: 'History method' },
  'note.historyMethod': {
    ru: 'среднее или медиана по годам для каждого месяца.',
    en: 'mean or median over the years for each month.',
  },
  'col.teamSplit': { ru: 'Деление на менеджеров', en: 'Split among managers' },
  'note.teamSplit': {
    ru: 'по долям (столбец «Доля»), по грейдам или поровну.',
    en: 'by share (the Share column), by grade, or equally.',
  },
  'col.avgCheck': { ru: 'Средний чек', en: 'Average check' },
  'note.avgCheck': {
    ru: 'Из него и конверсий воронки считаются сделки, встречи, лиды, звонки.',
    en: 'Deals, meetings, leads and calls are derived from it and the funnel conversions.',
  },
  'col.receiptsYear': { ru: 'План поступлений на год', en: 'Receipts plan for the year' },
  'note.receiptsYear': {
    ru: 'Деньги на счёт (может отличаться от выручки). Пусто — не планируется.',
    en: 'Cash received (may differ from revenue). Blank: not planned.',
  },
  'col.revenueStep': { ru: 'Шаг округления выручки', en: 'Revenue rounding step' },
  'note.revenueStep': {
    ru: 'Планы кратны шагу: 1000 — до тысяч, 0,01 — до копеек.',
    en: 'Plans are multiples of this step: 1000 for thousands, 0.01 for kopecks.',
  },
  'col.countStep': { ru: 'Шаг округления штук', en: 'Count rounding step' },
  'note.countStep': { ru: 'Для сделок, звонков и т. п. Обычно 1.', en: 'For deals, calls etc. Usually 1.' },
  'col.gapPolicy': { ru: 'Непокрытый план', en: 'Uncovered plan' },
  'note.gapPolicy': {
    ru: 'перераспределить — отдать другим менеджерам; показать разрыв — оставить непокрытым.',
    en: 'redistribute to the other managers, or show it as an uncovered gap.',
  },
  'col.ramp': { ru: 'Разгон новичков', en: 'New-hire ramp-up' },
  'note.ramp': {
    ru: 'Доли плана для месяца выхода и следующих календарных месяцев, через «;». По умолчанию 25%; 50%; 75%; 100%.',
    en: 'Plan shares for the month of the start and each next calendar month, separated by ";". Default 25%; 50%; 75%; 100%.',
  },
  'col.redBelow': { ru: 'Красный ниже', en: 'Red below' },
  'note.redBelow': {
    ru: 'Светофор: выполнение ниже — красный.',
    en: 'Traffic light: completion below this is red.',
  },
  'col.amberBelow': { ru: 'Жёлтый ниже', en: 'Amber below' },
  'note.amberBelow': {
    ru: 'Светофор: ниже — жёлтый, от него — зелёный.',
    en: 'Traffic light: below this is amber, from it green.',
  },
  'col.prorateSalary': { ru: 'Оклад за отработанные дни', en: 'Salary for the days worked' },
  'note.prorateSalary': {
    ru: 'Включено: оклад пропорционально отработанному времени — оклад × свои рабочие дни сотрудника (без отпуска, больничного, дней до выхода и после ухода) ÷ рабочие дни месяца. Отпускные считаются вне таблицы. Выключено: оклад целиком.',
    en: 'On: the salary for the days worked — salary × the person’s own working days (no vacation, sick leave, days before the start or after the end) ÷ the month’s working days. Vacation pay is outside the tool. Off: the full salary.',
  },
  'col.month': { ru: 'Месяц', en: 'Month' },
  'note.month': { ru: 'Месяцы плана.', en: 'The months of the plan.' },
  'col.coefficient': { ru: 'Коэффициент', en: 'Coefficient' },
  'note.coefficient': {
    ru: 'Для сезонности «коэффициенты»: вес месяца (1 = средний месяц).',
    en: 'For "coefficients" seasonality: the month’s weight (1 = an average month).',
  },
  'col.revenueMonth': { ru: 'План выручки', en: 'Revenue plan' },
  'note.revenueMonth': {
    ru: 'План по месяцам вместо годового (заполните все 12 или ни одного).',
    en: 'Monthly plans instead of the yearly one (fill all 12 or none).',
  },
  'col.receiptsMonth': { ru: 'План поступлений', en: 'Receipts plan' },
  'note.receiptsMonth': {
    ru: 'Поступления по месяцам вместо годового плана.',
    en: 'Monthly receipts instead of the yearly plan.',
  },
  'col.history': { ru: 'История', en: 'History' },
  'note.history': {
    ru: 'Продажи этого года по месяцам — для сезонности «история». Год в заголовке.',
    en: 'That year’s sales by month, for "history" seasonality. The year goes in the header.',
  },

  'col.stageId': { ru: 'Код этапа', en: 'Stage id' },
  'note.stageId': {
    ru: 'Постоянный код этапа (deals — сделки).',
    en: 'A stable stage id (deals for deals).',
  },
  'col.stage': { ru: 'Этап', en: 'Stage' },
  'note.stage': {
    ru: 'Этапы сверху вниз; последний — сделки.',
    en: 'Stages top to bottom; the last one is deals.',
  },
  'col.conversion': { ru: 'Конверсия в следующий (план)', en: 'Conversion to next (plan)' },
  'note.conversion': {
    ru: 'Какая доля переходит на следующий этап; по ней считается обратная воронка.',
    en: 'The share that reaches the next stage; the reverse funnel uses it.',
  },
  'col.benchmark': { ru: 'Конверсия-ориентир', en: 'Benchmark conversion' },
  'note.benchmark': {
    ru: 'Целевая конверсия для поиска узкого места. Пусто — конверсия команды.',
    en: 'The target conversion for finding the bottleneck. Blank: the team’s conversion.',
  },

  'col.country': { ru: 'Страна', en: 'Country' },
  'note.country': {
    ru: 'Производственный календарь: RU, KZ, BY или NONE (пн–пт).',
    en: 'Production calendar: RU, KZ, BY or NONE (Monday to Friday).',
  },
  'col.dayOff': { ru: 'Доп. выходной', en: 'Extra day off' },
  'note.dayOff': { ru: 'Дата, которая у вас нерабочая.', en: 'A date that is a day off for you.' },
  'col.workingDay': { ru: 'Доп. рабочий день', en: 'Extra working day' },
  'note.workingDay': { ru: 'Дата, которая у вас рабочая.', en: 'A date that is a working day for you.' },
  'col.comment': { ru: 'Комментарий', en: 'Comment' },
  'note.comment': { ru: 'Необязательно.', en: 'Optional.' },
  'col.manager': { ru: 'Сотрудник', en: 'Person' },
  'note.manager': { ru: 'Имя как на листе «Команда».', en: 'The name as on the Team tab.' },
  'col.from': { ru: 'С', en: 'From' },
  'note.from': { ru: 'Первый день отсутствия.', en: 'First day away.' },
  'col.to': { ru: 'По', en: 'To' },
  'note.to': { ru: 'Последний день отсутствия.', en: 'Last day away.' },
  'col.reason': { ru: 'Причина', en: 'Reason' },
  'note.reason': { ru: 'Отпуск, больничный…', en: 'Vacation, sick leave…' },
  'note.date': { ru: 'Дата', en: 'A date' },
  'example.dayOff': { ru: 'Корпоративный выходной', en: 'Company day off' },
  'example.vacation': { ru: 'Отпуск', en: 'Vacation' },

  'choice.manager': { ru: 'менеджер', en: 'manager' },
  'choice.head': { ru: 'руководитель', en: 'head' },
  'choice.junior': { ru: 'junior', en: 'junior' },
  'choice.middle': { ru: 'middle', en: 'middle' },
  'choice.senior': { ru: 'senior', en: 'senior' },
  'choice.equal': { ru: 'равномерно', en: 'equal' },
  'choice.coefficients': { ru: 'коэффициенты', en: 'coefficients' },
  'choice.history': { ru: 'история', en: 'history' },
  'choice.mean': { ru: 'среднее', en: 'mean' },
  'choice.median': { ru: 'медиана', en: 'median' },
  'choice.share': { ru: 'по долям', en: 'by share' },
  'choice.grade': { ru: 'по грейдам', en: 'by grade' },
  'choice.redistribute': { ru: 'перераспределить', en: 'redistribute' },
  'choice.showGap': { ru: 'показать разрыв', en: 'show gap' },

  'metric.revenue': { ru: 'Выручка', en: 'Revenue' },
  'metric.deals': { ru: 'Сделки', en: 'Deals' },
  'metric.meetings': { ru: 'Встречи', en: 'Meetings' },
  'metric.leads': { ru: 'Лиды', en: 'Leads' },
  'metric.calls': { ru: 'Звонки', en: 'Calls' },
  'metric.receipts': { ru: 'Поступления', en: 'Receipts' },
  'metric.avgCheck': { ru: 'Средний чек', en: 'Average check' },

  'month.1': { ru: 'Январь', en: 'January' },
  'month.2': { ru: 'Февраль', en: 'February' },
  'month.3': { ru: 'Март', en: 'March' },
  'month.4': { ru: 'Апрель', en: 'April' },
  'month.5': { ru: 'Май', en: 'May' },
  'month.6': { ru: 'Июнь', en: 'June' },
  'month.7': { ru: 'Июль', en: 'July' },
  'month.8': { ru: 'Август', en: 'August' },
  'month.9': { ru: 'Сентябрь', en: 'September' },
  'month.10': { ru: 'Октябрь', en: 'October' },
  'month.11': { ru: 'Ноябрь', en: 'November' },
  'month.12': { ru: 'Декабрь', en: 'December' },

  'problems.heading': {
    ru: 'В настройках {count} {count|ошибка|ошибки|ошибок} — исправьте и повторите:',
    en: 'The settings have {count} {count|problem|problems}; fix them and try again:',
  },
  'problems.more': { ru: '…и ещё {count}.', en: '…and {count} more.' },
  'problems.nothingWritten': { ru: 'Ничего не записано.', en: 'Nothing was written.' },
  'settings.required': { ru: '«{column}»: нужно заполнить', en: '"{column}" is required' },
  'settings.notNumber': { ru: '«{column}»: «{value}» не число', en: '"{column}": "{value}" is not a number' },
  'settings.notPercent': {
    ru: '«{column}»: «{value}» не процент',
    en: '"{column}": "{value}" is not a percentage',
  },
  'settings.notDate': { ru: '«{column}»: «{value}» не дата', en: '"{column}": "{value}" is not a date' },
  'settings.notBoolean': {
    ru: '«{column}»: «{value}» не флажок (ИСТИНА/ЛОЖЬ)',
    en: '"{column}": "{value}" is not a checkbox (TRUE/FALSE)',
  },
  'settings.badChoice': {
    ru: '«{column}»: «{value}» — допустимо: {choices}',
    en: '"{column}": "{value}"; use one of: {choices}',
  },
  'settings.belowMin': {
    ru: '«{column}»: {value} меньше {min}',
    en: '"{column}": {value} is below {min}',
  },
  'settings.missingKey': {
    ru: 'нет строки «{column}» (столбец A скрыт: не удаляйте строки настроек)',
    en: 'the row "{column}" is missing (column A is hidden: do not delete settings rows)',
  },
  'settings.missingTab': {
    ru: 'нет листа «{tab}» — выполните «Подготовить книгу»',
    en: 'the tab "{tab}" is missing; run "Set up workbook"',
  },
  'plan.badYear': { ru: 'год {value} вне диапазона 2000–2100', en: 'the year {value} is outside 2000–2100' },
  'plan.noRevenue': {
    ru: 'нет плана выручки: заполните годовой план или план по всем 12 месяцам',
    en: 'there is no revenue plan: fill the yearly plan or all 12 monthly plans',
  },
  'plan.noCoefficients': {
    ru: 'сезонность «коэффициенты», но столбец коэффициентов пуст',
    en: 'seasonality is "coefficients" but the coefficient column is empty',
  },
  'plan.noHistory': {
    ru: 'сезонность «история», но продаж прошлых лет нет',
    en: 'seasonality is "history" but there are no past sales',
  },
  'plan.badRamp': {
    ru: '«{value}» — разгон пишется долями через «;», например 25%; 50%; 75%; 100%',
    en: '"{value}": write the ramp as shares separated by ";", e.g. 25%; 50%; 75%; 100%',
  },
  'team.duplicateName': {
    ru: '«{name}» уже есть в строке {other}',
    en: '"{name}" already appears in row {other}',
  },
  'team.duplicateId': {
    ru: 'ID «{id}» уже есть в строке {other} (регистр букв не различается)',
    en: 'the id "{id}" already appears in row {other} (case does not matter)',
  },
  'settings.idReserved': {
    ru: '{name}: ID «{id}» начинается с «__» — такие ID служебные; впишите другой или очистите ячейку',
    en: '{name}: the id "{id}" starts with "__", which is reserved; type another or clear the cell',
  },
  'settings.idSeparator': {
    ru: '{name}: в ID «{id}» есть «|» или невидимый символ (табуляция, перенос строки) — уберите его',
    en: '{name}: the id "{id}" contains "|" or an invisible character (tab, line break); remove it',
  },
  'funnel.idReserved': {
    ru: 'этап «{name}»: код «{id}» занят показателем плана (revenue, receipts, avgCheck)',
    en: 'stage "{name}": the id "{id}" is taken by a plan metric (revenue, receipts, avgCheck)',
  },
  'funnel.duplicateId': {
    ru: 'код этапа «{id}» уже есть в строке {other} (регистр букв не различается)',
    en: 'the stage id "{id}" already appears in row {other} (case does not matter)',
  },
  'plan.thresholdsSwapped': {
    ru: 'красный порог {red} % не ниже жёлтого {amber} %: красный должен быть ниже жёлтого',
    en: 'the red threshold {red}% is not below the amber one {amber}%: red must be below amber',
  },
  'team.endBeforeStart': {
    ru: '{name}: дата ухода раньше даты выхода',
    en: '{name}: the end date is before the start date',
  },
  'team.noManagers': {
    ru: 'нет ни одного активного менеджера',
    en: 'there is no active manager',
  },
  'funnel.lastNotDeals': {
    ru: 'последний этап «{name}» должен быть сделками (код deals)',
    en: 'the last stage "{name}" must be deals (id deals)',
  },
  'funnel.noConversion': {
    ru: 'этап «{name}»: нет конверсии в следующий этап',
    en: 'stage "{name}": there is no conversion to the next stage',
  },
  'funnel.badConversion': {
    ru: 'этап «{name}»: конверсия {value} % вне диапазона (0; 100]',
    en: 'stage "{name}": the conversion {value}% is outside (0, 100]',
  },
  'calendar.unknownManager': {
    ru: '«{name}» нет на листе «Команда»',
    en: '"{name}" is not on the Team tab',
  },
  'calendar.absenceReversedAt': {
    ru: '{name}: «по» раньше, чем «с»',
    en: '{name}: "to" is before "from"',
  },
  'calendar.yearNotCovered': {
    ru: 'в производственном календаре {country} нет {year} года: выберите страну NONE (пн–пт) и внесите праздники в «Доп. выходной»',
    en: 'the {country} production calendar has no data for {year}: choose NONE (Monday to Friday) and list the holidays as extra days off',
  },
});
