/** The in-memory Spreadsheet service: the add-on running without Google (local runner and tests only). */
export { a1Of, columnLetter, columnNumber, type GridRect, parseA1 } from './a1';
export {
  BooleanCondition,
  ConditionalFormatRule,
  ConditionalFormatRuleBuilder,
  DataValidation,
  DataValidationBuilder,
  EmbeddedChart,
  EmbeddedChartBuilder,
  Protection,
} from './builders';
export { type CellStyle, DEFAULT_NUMBER_FORMAT, isDateFormat } from './cells';
export { CallCounter } from './counter';
export type { CustomFunction, CustomFunctionSpec, Shape, SizeRule } from './engine';
export * from './enums';
export {
  type AppsScriptGlobals,
  type ContextOptions,
  createAppsScriptContext,
  createAppsScriptGlobals,
  type GlobalsOptions,
} from './globals';
export { Range } from './range';
export { Lock, LockService, Session } from './services';
export { Sheet } from './sheet';
export { Spreadsheet, SpreadsheetApp, type SpreadsheetOptions, type Toast } from './spreadsheet';
export { instantOfSerial, serialOfInstant } from './tz';
export { type DialogRecord, Menu, type MenuEntry, type MenuRecord, type ScriptedAnswer, Ui } from './ui';
