import { catalogOf } from '../lang';

/**
 * Messages of the custom functions. `{cellRow}`/`{cellCol}` are a cell's position inside a range argument;
 * `{arg}` is the argument's name as the function's help shows it.
 */
export const functionsMessages = catalogOf(() => ({
  'fn.argError': { ru: '{fn}: аргумент «{arg}»: {problem}', en: '{fn}: argument "{arg}": {problem}' },
  'arg.blank': { ru: 'пустое значение', en: 'the value is blank' },
  'arg.at': {
    ru: ' (строка {cellRow}, столбец {cellCol} диапазона)',
    en: ' (row {cellRow}, column {cellCol} of the range)',
  },
  'arg.notNumber': { ru: '«{value}» не число', en: '"{value}" is not a number' },
  'arg.notDate': {
    ru: '«{value}» не дата (ожидается дата, «2026-03-01» или «01.03.2026»)',
    en: '"{value}" is not a date (expected a date, "2026-03-01" or "01.03.2026")',
  },
  'arg.notBoolean': { ru: '«{value}» не ИСТИНА/ЛОЖЬ', en: '"{value}" is not TRUE/FALSE' },
  'arg.notSingle': { ru: 'ожидается одна ячейка, а не диапазон', en: 'expected a single cell, not a range' },
  'arg.notVector': {
    ru: 'ожидается одна строка или один столбец',
    en: 'expected a single row or a single column',
  },
  'arg.shapeOf': {
    ru: 'размер {gotRows}×{gotCols} не совпадает с размером «{other}» {rows}×{cols} (или дайте одну ячейку)',
    en: 'its size {gotRows}×{gotCols} does not match "{other}", {rows}×{cols} (or give a single cell)',
  },
  'arg.badChoice': { ru: '«{value}»: допустимо одно из: {choices}', en: '"{value}": use one of: {choices}' },
  'arg.lengthOf': {
    ru: '{got} знач. не совпадает с «{other}» ({expected} знач.)',
    en: '{got} values do not match "{other}" ({expected} values)',
  },
  'fn.seasonality.shape': {
    ru: 'диапазон {rows}×{cols}: нужны 12 столбцов (строка на год) или 12 строк (столбец на год)',
    en: 'the range is {rows}×{cols}: it needs 12 columns (a row per year) or 12 rows (a column per year)',
  },
  'fn.overflow': {
    ru: 'при значении {value} результат слишком велик для числа таблицы (больше 1,8E+308)',
    en: 'with the value {value} the result is too large for a spreadsheet number (beyond 1.8E+308)',
  },
  'fn.overflowAny': {
    ru: 'результат слишком велик для числа таблицы (больше 1,8E+308)',
    en: 'the result is too large for a spreadsheet number (beyond 1.8E+308)',
  },
  'fn.tooMany': {
    ru: 'слишком много значений: {count}, допустимо не больше {max}',
    en: 'too many values: {count}, at most {max} are allowed',
  },
  'fn.tooMuchWork': {
    ru: '{cells} ячеек × {items} значений — слишком много для одной формулы (не больше {max}); разбейте диапазон на части',
    en: '{cells} cells × {items} values is too much for one formula (at most {max}); split the range into parts',
  },
  'fn.calendar.uncovered': {
    ru: 'в календаре {country} нет {year} года (есть {years}); для простой пятидневки укажите страну «NONE»',
    en: 'the {country} calendar has no data for {year} (it has {years}); give the country "NONE" for a plain Monday–Friday week',
  },
}));
