import { catalogOf } from '../lang';

/** Texts of the HTML dialogs (the server sends a dialog the ones it shows, in the spreadsheet's language). */
export const dialogMessages = catalogOf(() => ({
  'menu.importFromFile': { ru: 'Импорт фактов из файла…', en: 'Import facts from a file…' },
  'dlg.close': { ru: 'Закрыть', en: 'Close' },
  'dlg.failed': { ru: 'Не получилось: {message}', en: 'That did not work: {message}' },
  'dlg.import.title': { ru: 'Импорт фактов из файла', en: 'Import facts from a file' },
  'dlg.import.drop': {
    ru: 'Перетащите сюда выгрузку из CRM или телефонии, или',
    en: 'Drop a CRM or phone-system export here, or',
  },
  'dlg.import.choose': { ru: 'выберите файл', en: 'choose a file' },
  'dlg.import.file': { ru: 'Файл', en: 'File' },
  'dlg.import.encoding': { ru: 'Кодировка', en: 'Encoding' },
  'dlg.import.format': { ru: 'Формат', en: 'Format' },
  'dlg.import.format.html': {
    ru: 'таблица HTML (выгрузка «Excel» из Битрикс24)',
    en: 'HTML table (Bitrix24 "Excel" export)',
  },
  'dlg.import.format.comma': { ru: 'CSV, разделитель — запятая', en: 'CSV, comma-separated' },
  'dlg.import.format.semicolon': { ru: 'CSV, разделитель — точка с запятой', en: 'CSV, semicolon-separated' },
  'dlg.import.format.tab': { ru: 'текст, разделитель — табуляция', en: 'text, tab-separated' },
  'dlg.import.rows': { ru: 'Строк', en: 'Rows' },
  'dlg.import.source': { ru: 'Что это', en: 'Source' },
  'dlg.import.period': { ru: 'Период', en: 'Period' },
  'dlg.import.people': { ru: 'Кто', en: 'People' },
  'dlg.import.counted': { ru: 'Будет учтено', en: 'Will count' },
  'dlg.import.skipped': { ru: 'Не учтено', en: 'Not counted' },
  'dlg.import.import': { ru: 'Импортировать', en: 'Import' },
  'dlg.import.stagingLost': {
    ru: 'загрузка файла прервалась (её начали заново в другом окне или удалили её лист): выберите файл ещё раз',
    en: 'the upload was interrupted (restarted in another window, or its tab deleted): choose the file again',
  },
  'dlg.import.sending': { ru: 'Отправляю… часть {done} из {parts}', en: 'Sending… part {done} of {parts}' },
}));
