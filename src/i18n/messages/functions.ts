import type { Catalog } from '../lang';

/** Messages of the custom functions' argument reading. `{row}`/`{col}` are positions inside the range. */
export const functionsMessages: Catalog = {
  'fn.argError': { ru: '{fn}: аргумент «{arg}»: {problem}', en: '{fn}: argument "{arg}": {problem}' },
  'arg.blank': { ru: 'пустое значение', en: 'the value is blank' },
  'arg.at': { ru: ' (строка {row}, столбец {col} диапазона)', en: ' (row {row}, column {col} of the range)' },
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
  'arg.shape': {
    ru: 'размер {gotRows}×{gotCols} не совпадает с основным диапазоном {rows}×{cols} (или дайте одну ячейку)',
    en: 'its size {gotRows}×{gotCols} does not match the main range {rows}×{cols} (or give a single cell)',
  },
  'arg.badChoice': { ru: '«{value}»: допустимо {choices}', en: '"{value}": use one of {choices}' },
};
