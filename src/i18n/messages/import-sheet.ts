import { catalogOf } from '../lang';

/** The Sheets side of import (src/sheets/import): the Import and Import log tabs, the action, its result. */
export const importSheetMessages = catalogOf(() => ({
  'menu.importFromTab': { ru: 'Импортировать факты из этого листа', en: 'Import facts from this tab' },
  'tab.import': { ru: 'Импорт', en: 'Import' },
  'tab.importLog': { ru: 'Журнал импорта', en: 'Import log' },

  'col.callSeconds': { ru: 'Звонок засчитывается от, секунд', en: 'A call counts from, seconds' },
  'note.callSeconds': {
    ru: 'Звонок засчитывается, если на него ответили и разговор длился не меньше стольких секунд.',
    en: 'A call counts when it was answered and lasted at least this many seconds.',
  },
  'col.callDirections': { ru: 'Какие звонки считать', en: 'Calls to count' },
  'note.callDirections': {
    ru: 'Входящие, исходящие или все звонки.',
    en: 'Incoming, outgoing or all calls.',
  },
  'col.pipelines': { ru: 'Воронки CRM для учёта', en: 'CRM pipelines to count' },
  'note.pipelines': {
    ru: 'Названия воронок через запятую, как в CRM. Пусто — все воронки.',
    en: 'Pipeline names separated by commas, as the CRM writes them. Empty: every pipeline.',
  },
  'col.leadsDate': { ru: 'Лиды считаются по дате', en: 'Leads count on the date' },
  'note.leadsDate': {
    ru: 'Какая дата сделки относит лид к дню: создания, закрытия или изменения.',
    en: 'Which date of a deal puts its lead on a day: created, closed or modified.',
  },
  'col.dealsDate': { ru: 'Сделки и выручка — по дате', en: 'Deals and revenue count on the date' },
  'note.dealsDate': {
    ru: 'Какая дата успешной сделки относит её и её сумму к дню.',
    en: 'Which date of a won deal puts it and its amount on a day.',
  },
  'col.stepsDate': { ru: 'Этапы воронки — по дате', en: 'Funnel steps count on the date' },
  'note.stepsDate': {
    ru: 'Какая дата сделки относит пройденный этап воронки (например, встречу) к дню.',
    en: 'Which date of a deal puts a funnel step it passed (a meeting, say) on a day.',
  },
  'col.crmPerson': { ru: 'Сотрудник в CRM или добавочный', en: 'Person in the CRM or extension' },
  'note.crmPerson': {
    ru: 'Имя, как его пишет CRM или АТС, или добавочный номер. Люди, чьё имя совпадает с листом «Команда» (в любом порядке слов), находятся сами: здесь — только остальные. Импорт добавляет сюда незнакомых.',
    en: 'The name as the CRM or the phone system writes it, or an extension number. People whose name matches the Team tab (words in any order) are found by themselves: list only the rest here. The import adds the unknown ones.',
  },
  'col.teamMember': { ru: 'Кто это в команде', en: 'Team member' },
  'note.teamMember': {
    ru: 'Имя с листа «Команда». Пусто — не засчитывать, пока не указано.',
    en: 'A name from the Team tab. Empty: not counted until filled in.',
  },
  'col.crmStage': { ru: 'Этап в CRM', en: 'CRM stage' },
  'note.crmStage': {
    ru: 'Этап сделки, как его пишет CRM, в порядке воронки: сделка на этапе прошла все шаги, сопоставленные этапам до него. Импорт добавляет сюда незнакомые этапы.',
    en: 'The deal stage as the CRM writes it, in the pipeline’s order: a deal at a stage has passed every step mapped to the stages above it. The import adds the unknown ones.',
  },
  'col.crmPipeline': { ru: 'Воронка CRM', en: 'CRM pipeline' },
  'note.crmPipeline': {
    ru: 'Для справки: воронка, где встречен этап.',
    en: 'For reference: the pipeline the stage was seen in.',
  },
  'col.funnelStep': { ru: 'Шаг нашей воронки', en: 'Our funnel step' },
  'note.funnelStep': {
    ru: 'Этап с листа «Воронка», «успешно», «провалено» или «не считать». Пусто — этап не засчитывается, пока не указан.',
    en: 'A stage of the Funnel tab, won, lost or none. Empty: not counted until filled in.',
  },

  'col.importField': { ru: 'Столбцы: наше поле', en: 'Columns: our field' },
  'note.importField': {
    ru: 'Если импорт не узнаёт столбец файла, выберите здесь, что в нём, а справа впишите его заголовок как в файле. Указанное здесь важнее того, что импорт нашёл сам.',
    en: 'When the import does not recognise a column of the file, pick what it holds here and type its header, as the file writes it, on the right. What is set here wins over what the import found itself.',
  },
  'col.fileHeader': { ru: 'Заголовок в файле', en: 'Header in the file' },
  'note.fileHeader': {
    ru: 'Заголовок столбца, как он написан в первой строке файла (регистр и пробелы не важны).',
    en: 'The column header as the first row of the file writes it (case and spaces do not matter).',
  },
  'importField.created': { ru: 'Дата создания', en: 'Date created' },
  'importField.closed': { ru: 'Дата закрытия', en: 'Date closed' },
  'importField.modified': { ru: 'Дата изменения', en: 'Date modified' },
  'importField.amount': { ru: 'Сумма', en: 'Amount' },
  'importField.currency': { ru: 'Валюта', en: 'Currency' },
  'importField.manager': { ru: 'Сотрудник', en: 'Person' },
  'importField.stage': { ru: 'Этап', en: 'Stage' },
  'importField.pipeline': { ru: 'Воронка', en: 'Pipeline' },
  'importField.status': { ru: 'Статус сделки', en: 'Deal status' },
  'importField.id': { ru: 'ID', en: 'ID' },
  'importField.title': { ru: 'Название', en: 'Title' },
  'importField.time': { ru: 'Время звонка', en: 'Call time' },
  'importField.date': { ru: 'Дата звонка', en: 'Call date' },
  'importField.seconds': { ru: 'Длительность', en: 'Duration' },
  'importField.answered': { ru: 'Отвечен', en: 'Answered' },
  'importField.direction': { ru: 'Направление звонка', en: 'Call direction' },
  'importField.extension': { ru: 'Добавочный', en: 'Extension' },
  'importField.phone': { ru: 'Телефон', en: 'Phone' },

  'choice.bothWays': { ru: 'все', en: 'all' },
  'choice.incoming': { ru: 'входящие', en: 'incoming' },
  'choice.outgoing': { ru: 'исходящие', en: 'outgoing' },
  'choice.created': { ru: 'создания', en: 'created' },
  'choice.closed': { ru: 'закрытия', en: 'closed' },
  'choice.modified': { ru: 'изменения', en: 'modified' },
  'choice.won': { ru: 'успешно', en: 'won' },
  'choice.lost': { ru: 'провалено', en: 'lost' },
  'choice.none': { ru: 'не считать', en: 'none' },

  'importTab.noTables': {
    ru: 'не найдена строка заголовков таблиц людей и этапов (скрытая метка в колонке A): создайте лист заново, удалив или переименовав этот',
    en: 'the header row of the people and stages tables (a hidden marker in column A) is missing: rename or delete this tab to have it made anew',
  },
  'importTab.unknownMember': {
    ru: '«{value}» — такого человека нет на листе «Команда»',
    en: '"{value}" is not on the Team tab',
  },
  'importTab.unknownField': {
    ru: '«{value}» — такого поля нет; выберите одно из: {choices}',
    en: '"{value}" is no field; pick one of: {choices}',
  },
  'importTab.unknownStep': {
    ru: '«{value}» — нет такого этапа на листе «Воронка»; выберите этап, «успешно», «провалено» или «не считать»',
    en: '"{value}" is not a stage of the Funnel tab; pick a stage, won, lost or none',
  },

  'importSheet.refuseTab': {
    ru: 'Лист «{tab}» — лист Sales Plan Kit, а не выгрузка. Откройте лист, куда импортирована (Файл → Импортировать) или вставлена выгрузка сделок или звонков, и запустите импорт снова.',
    en: 'The tab "{tab}" is a Sales Plan Kit tab, not an export. Open the tab an export of deals or calls was imported into (File → Import) or pasted into, and run the import again.',
  },
  'importSheet.badFile': {
    ru: 'Импорт «{label}» невозможен: {reason}. Ничего не записано.',
    en: 'Cannot import "{label}": {reason}. Nothing was written.',
  },
  'importSheet.heading': {
    ru: 'Импорт «{label}»: {source}, {rows} {rows|строка|строки|строк}. Новых: {added}, изменённых: {changed}, без изменений: {unchanged}.',
    en: 'Import of "{label}": {source}, {rows} {rows|row|rows}. New: {added}, changed: {changed}, unchanged: {unchanged}.',
  },
  'importSheet.imported': { ru: 'Засчитано:', en: 'Counted:' },
  'importSheet.nothingCounted': { ru: 'Ничего не засчитано.', en: 'Nothing was counted.' },
  'importSheet.deals': {
    ru: '{count} {count|сделка|сделки|сделок}',
    en: '{count} {count|deal|deals}',
  },
  'importSheet.skipped': { ru: 'Не засчитано:', en: 'Not counted:' },
  'importSheet.skipLine': { ru: '{reason} — {count}', en: '{reason}: {count}' },
  'importSheet.addedToTab': {
    ru: 'добавлены на лист «{tab}»: укажите, кто это или какой это этап, и запустите импорт снова',
    en: 'added to the {tab} tab: fill in who or what they are and run the import again',
  },
  'importSheet.stillUnmapped': {
    ru: 'уже есть на листе «{tab}», но не сопоставлены: заполните и запустите импорт снова',
    en: 'already on the {tab} tab but not filled in: fill them in and run the import again',
  },
  'importSheet.replaced': {
    ru: 'Заменены значения, введённые вручную (сохранены в листе «{log}»):',
    en: 'Values typed by hand were replaced (kept in the {log} tab):',
  },
  'importSheet.replacedLine': {
    ru: '{tab}, {name}, {metric}, {date}: было {was}, стало {now}',
    en: '{tab}, {name}, {metric}, {date}: was {was}, now {now}',
  },
  'importSheet.noRow': {
    ru: 'Нет строки на листе месяца (факты не записаны):',
    en: 'No row on the month tab (facts not written):',
  },
  'importSheet.noMonthTab': {
    ru: 'Лист {month} не создан (см. сообщение выше): его факты не записаны.',
    en: 'The tab {month} was not made (see the message above): its facts were not written.',
  },
  'importSheet.written': {
    ru: 'Записано ячеек: {count} (листы: {tabs}).',
    en: 'Cells written: {count} (tabs: {tabs}).',
  },
  'importSheet.nothingWritten': {
    ru: 'Листы месяцев не изменились.',
    en: 'No month tab changed.',
  },
  'importSheet.more': { ru: '…и ещё {count}', en: '…and {count} more' },
}));
