import { catalogOf } from '../lang';

/** Import of CRM deal exports and call logs (src/core/import): refusals, source names, skip reasons. */
export const importMessages = catalogOf(() => ({
  'import.empty': { ru: 'файл пуст: в нём нет ни одной строки', en: 'the file is empty: it has no rows' },
  'import.noRows': {
    ru: 'в файле есть только строка заголовков, сделок или звонков в нём нет',
    en: 'the file has a header row only: no deals or calls in it',
  },
  'import.xlsx': {
    ru: 'это файл XLSX: откройте его через Файл → Импортировать в отдельную вкладку и запустите импорт фактов из этой вкладки',
    en: 'this is an XLSX file: open it with File → Import into a tab of its own, then import facts from that tab',
  },
  'import.binary': {
    ru: 'это не текстовый файл (в нём есть двоичные данные): нужна выгрузка в CSV или Excel (HTML) из CRM',
    en: 'this is not a text file (it holds binary data): export CSV or Excel (HTML) from the CRM',
  },
  'import.tooManyRows': {
    ru: 'в файле больше {max} строк: разбейте выгрузку по периодам',
    en: 'the file has more than {max} rows: split the export by period',
  },
  'import.notExport': {
    ru: 'не похоже на выгрузку сделок или звонков: заголовки «{headers}» не знакомы; сопоставьте колонки вручную',
    en: 'this does not look like a deal or call export: the headers "{headers}" are unknown; map the columns by hand',
  },
  'import.noPersonColumn': {
    ru: '{source}: нет колонки с ответственным (ожидалась {expected})',
    en: '{source}: no column with the responsible person (expected {expected})',
  },
  'import.noDateColumn': {
    ru: '{source}: нет колонки с датой (ожидалась {expected})',
    en: '{source}: no date column (expected {expected})',
  },
  'import.mappedHeaderMissing': {
    ru: 'колонки «{header}», указанной для поля {field}, в файле нет',
    en: 'the column "{header}" mapped to the field {field} is not in the file',
  },

  'import.source.amocrm': { ru: 'выгрузка amoCRM', en: 'the amoCRM export' },
  'import.source.bitrix24': { ru: 'выгрузка Битрикс24', en: 'the Bitrix24 export' },
  'import.source.pipedrive': { ru: 'выгрузка Pipedrive', en: 'the Pipedrive export' },
  'import.source.hubspot': { ru: 'выгрузка HubSpot', en: 'the HubSpot export' },
  'import.source.calls': { ru: 'журнал звонков', en: 'the call log' },
  'import.source.manual': {
    ru: 'файл с колонками, сопоставленными вручную',
    en: 'the file with hand-mapped columns',
  },

  'import.skip.unknownPerson': { ru: 'сотрудник не найден в команде', en: 'person not found in the team' },
  'import.skip.otherPipeline': { ru: 'другая воронка', en: 'another pipeline' },
  'import.skip.otherCurrency': { ru: 'другая валюта', en: 'another currency' },
  'import.skip.unknownStage': {
    ru: 'этап не сопоставлен с воронкой (этапы воронки не засчитаны)',
    en: 'stage not mapped to the funnel (funnel steps not counted)',
  },
  'import.skip.noDate': { ru: 'нет нужной даты', en: 'the date needed is missing' },
  'import.skip.noAmount': { ru: 'нет суммы', en: 'no amount' },
  'import.skip.openDeal': { ru: 'сделка ещё открыта', en: 'the deal is still open' },
  'import.skip.outsideYear': { ru: 'дата вне года плана', en: 'the date is outside the plan year' },
  'import.skip.unanswered': { ru: 'звонок без ответа', en: 'the call was not answered' },
  'import.skip.shortCall': { ru: 'звонок короче порога', en: 'the call is shorter than the threshold' },
  'import.skip.otherDirection': { ru: 'звонок не того направления', en: 'the call goes the other way' },
}));
