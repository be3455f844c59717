/** Spreadsheet (the document) and SpreadsheetApp (the service entry point). */
import type { HyperFormula } from 'hyperformula';
import { splitSheetName } from './a1';
import {
  ConditionalFormatRule,
  ConditionalFormatRuleBuilder,
  DataValidationBuilder,
  type Protection,
} from './builders';
import { CallCounter } from './counter';
import {
  buildEngine,
  type CustomFunction,
  type CustomFunctionSpec,
  type EngineContext,
  pluginsFor,
} from './engine';
import {
  AuthMode,
  BooleanCriteria,
  BorderStyle,
  DataValidationCriteria,
  ProtectionType,
  WrapStrategy,
} from './enums';
import { DeveloperMetadataFinder } from './metadata';
import type { Range } from './range';
import type { LockSlot } from './services';
import { Sheet } from './sheet';
import { TextFinder } from './text-finder';
import type { Covers } from './types';
import { isDate } from './types';
import { instantOf } from './tz';
import { Ui } from './ui';

export interface SpreadsheetOptions {
  /** Document name (default "Sales Plan Kit demo"). */
  name?: string;
  id?: string;
  /** IANA time zone (default Europe/Moscow). */
  timeZone?: string;
  /** Spreadsheet locale (default ru_RU). */
  locale?: string;
  /**
   * Pins TODAY() and NOW(): an instant (Date or epoch ms), or "YYYY-MM-DD" (midnight of that day in the
   * spreadsheet's time zone). Unpinned, they follow the clock.
   */
  now?: Date | number | string;
  /** Names of the tabs to start with (default one tab, "Лист1" in Russian locales, "Sheet1" otherwise). */
  sheets?: string[];
  /** Custom functions, registered as by registerCustomFunctions. */
  customFunctions?: Record<string, CustomFunction | CustomFunctionSpec>;
  /** Share a counter (default: a new one). */
  counter?: CallCounter;
}

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

let nextSheetId = 1000;

export class Spreadsheet
  implements
    Covers<
      GoogleAppsScript.Spreadsheet.Spreadsheet,
      'getName' | 'getSpreadsheetLocale' | 'getSpreadsheetTimeZone' | 'toast'
    >
{
  readonly counter: CallCounter;
  hf: HyperFormula;
  timeZone: string;
  locale: string;
  name: string;
  readonly id: string;
  /** Toasts shown, oldest first. */
  readonly toasts: Toast[] = [];
  /** The Ui of this document (menus, alerts, prompts). */
  readonly ui: Ui;
  /** Who holds the document lock (see LockService). */
  readonly documentLock: LockSlot = { holder: null };
  private readonly sheets: Sheet[] = [];
  private active: Sheet | null = null;
  private pinnedNow: number | null = null;
  private readonly customFunctions = new Map<string, CustomFunctionSpec>();
  private dateClass: DateConstructor = Date;

  constructor(options: SpreadsheetOptions = {}) {
    this.counter = options.counter || new CallCounter();
    this.timeZone = options.timeZone || 'Europe/Moscow';
    this.locale = options.locale || 'ru_RU';
    this.name = options.name || 'Sales Plan Kit demo';
    this.id = options.id || 'in-memory-' + Math.random().toString(36).slice(2, 10);
    this.ui = new Ui(this.counter);
    if (options.customFunctions) {
      for (const name of Object.keys(options.customFunctions)) {
        this.customFunctions.set(name.toUpperCase(), toSpec(options.customFunctions[name]));
      }
    }
    if (options.now !== undefined) this.pinnedNow = this.instantOfNow(options.now);
    const ctx: EngineContext = {
      timeZone: () => this.timeZone,
      now: () => (this.pinnedNow === null ? Date.now() : this.pinnedNow),
      makeDate: (ms) => this.makeDate(ms),
      customFunctions: this.customFunctions,
    };
    this.hf = buildEngine(ctx);
    const names = options.sheets && options.sheets.length > 0 ? options.sheets : [this.defaultSheetName()];
    for (const n of names) this.addSheet(n, this.sheets.length);
    this.active = this.sheets[0];
  }

  // ------------------------------------------------------------ local-only controls (not Apps Script)

  /** Pins TODAY()/NOW() (see SpreadsheetOptions.now); null follows the clock again. Recalculates. */
  setNow(now: Date | number | string | null): void {
    this.pinnedNow = now === null ? null : this.instantOfNow(now);
    this.hf.rebuildAndRecalculate();
  }

  /**
   * Registers custom functions by name (upper-cased), as Sheets would find them in the bundle. Cells that
   * already use them are recalculated.
   */
  registerCustomFunctions(fns: Record<string, CustomFunction | CustomFunctionSpec>): void {
    for (const name of Object.keys(fns)) this.customFunctions.set(name.toUpperCase(), toSpec(fns[name]));
    this.hf.updateConfig({ functionPlugins: pluginsFor(Array.from(this.customFunctions.keys())) as never });
  }

  /** Dates handed to the add-on are made with this class (the Date of its node:vm context). */
  useDateClass(dateClass: DateConstructor): void {
    this.dateClass = dateClass;
  }

  makeDate(ms: number): Date {
    return new this.dateClass(ms);
  }

  /** The error message behind an error value (e.g. what a custom function threw), or "" . */
  errorMessageAt(a1: string): string {
    const { sheetName, ref } = splitSheetName(a1);
    const sheet = sheetName === null ? this.active! : this.sheetNamed(sheetName);
    if (!sheet) throw new Error('No sheet ' + sheetName);
    const r = sheet.rangeFromA1(ref).rect;
    const v = this.hf.getCellValue({ sheet: sheet.hfId, row: r.row - 1, col: r.column - 1 });
    return v !== null && typeof v === 'object' && 'message' in v ? String(v.message) : '';
  }

  /** The tabs in order (no call counted). */
  sheetList(): Sheet[] {
    return this.sheets.slice();
  }

  sheetNamed(name: string): Sheet | null {
    const exact = this.sheets.find((s) => s.name === name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower) || null;
  }

  getActiveSheetQuiet(): Sheet {
    return this.active || this.sheets[0];
  }

  activateSheet(sheet: Sheet): void {
    this.active = sheet;
  }

  contentChanged(): void {
    for (const s of this.sheets) s.invalidateExtent();
  }

  assertNameFree(name: string, except?: Sheet): void {
    const clash = this.sheetNamed(name);
    if (clash && clash !== except) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (!name || name.length > 100) throw new Error('Invalid sheet name: ' + name);
  }

  private instantOfNow(now: Date | number | string): number {
    if (typeof now === 'number') return now;
    if (isDate(now)) return now.getTime();
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(now);
    if (!m) throw new Error('now: expected YYYY-MM-DD or YYYY-MM-DD HH:mm, got ' + now);
    return instantOf(
      {
        year: Number(m[1]),
        month: Number(m[2]),
        day: Number(m[3]),
        hour: Number(m[4] || 0),
        minute: Number(m[5] || 0),
        second: Number(m[6] || 0),
        millisecond: 0,
      },
      this.timeZone,
    );
  }

  private defaultSheetName(): string {
    const base = this.locale.toLowerCase().startsWith('ru') ? 'Лист' : 'Sheet';
    for (let n = this.sheets.length + 1; ; n++) {
      if (!this.sheetNamed(base + n)) return base + n;
    }
  }

  private addSheet(name: string, index: number): Sheet {
    this.assertNameFree(name);
    this.hf.addSheet(name);
    const sheet = new Sheet(this, name, nextSheetId++);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  /** Sheet.copyTo: a copy named "Copy of …" at the end of this spreadsheet. */
  copySheetFrom(src: Sheet): Sheet {
    let name = 'Copy of ' + src.name;
    for (let n = 2; this.sheetNamed(name); n++) name = 'Copy of ' + src.name + ' ' + n;
    const sheet = this.addSheet(name, this.sheets.length);
    sheet.maxRows = src.maxRows;
    sheet.maxColumns = src.maxColumns;
    const content = src.spreadsheet.hf.getSheetSerialized(src.hfId);
    this.hf.setSheetContent(sheet.hfId, content as never);
    for (const [k, st] of src.styles) sheet.styles.set(k, { ...st });
    sheet.frozenRows = src.frozenRows;
    sheet.frozenColumns = src.frozenColumns;
    sheet.hiddenRows = new Set(src.hiddenRows);
    sheet.hiddenColumns = new Set(src.hiddenColumns);
    sheet.columnWidths = new Map(src.columnWidths);
    sheet.rowHeights = new Map(src.rowHeights);
    sheet.merges = src.merges.map((m) => ({ ...m }));
    sheet.tabColor = src.tabColor;
    sheet.conditionalRules = src.conditionalRules.map(
      (r) =>
        new ConditionalFormatRule({
          ...r.data,
          values: r.data.values.slice(),
          ranges: r.data.ranges.map((x) => sheet.rangeOf(x.rect)),
        }),
    );
    this.contentChanged();
    return sheet;
  }

  private hit(method: string): void {
    this.counter.hit('Spreadsheet.' + method);
  }

  // ------------------------------------------------------------ Apps Script API

  getName(): string {
    this.hit('getName');
    return this.name;
  }
  getSheets(): Sheet[] {
    this.hit('getSheets');
    return this.sheets.slice();
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    this.hit('createDeveloperMetadataFinder');
    return new DeveloperMetadataFinder(this.counter, () => this.sheets);
  }
  createTextFinder(findText: string): TextFinder {
    this.hit('createTextFinder');
    return new TextFinder(this.counter, () => this.sheetList(), findText);
  }

  getSheetByName(name: string): Sheet | null {
    this.hit('getSheetByName');
    return this.sheetNamed(name);
  }
  getActiveSheet(): Sheet {
    this.hit('getActiveSheet');
    return this.active || this.sheets[0];
  }
  /**
   * insertSheet(), (index), (name), (name, index), (name, index, {template}), ({template}), (index, {template}).
   * The index is 0-based; the new sheet becomes the active one.
   */
  insertSheet(...args: unknown[]): Sheet {
    this.hit('insertSheet');
    let name: string | null = null;
    let index = this.sheets.length;
    let template: Sheet | null = null;
    for (const a of args) {
      if (typeof a === 'string') name = a;
      else if (typeof a === 'number') index = a;
      else if (a && typeof a === 'object' && (a as { template?: Sheet }).template) {
        template = (a as { template: Sheet }).template;
      }
    }
    if (index < 0 || index > this.sheets.length) throw new Error('Invalid sheet index: ' + index);
    const sheet = this.addSheet(name === null ? this.defaultSheetName() : name, index);
    if (template) {
      const copy = this.copySheetFrom(template);
      this.hf.setSheetContent(sheet.hfId, this.hf.getSheetSerialized(copy.hfId) as never);
      for (const [k, st] of copy.styles) sheet.styles.set(k, st);
      sheet.maxRows = copy.maxRows;
      sheet.maxColumns = copy.maxColumns;
      this.removeSheet(copy);
    }
    this.active = sheet;
    return sheet;
  }
  private removeSheet(sheet: Sheet): void {
    this.hf.removeSheet(sheet.hfId);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.active === sheet) this.active = this.sheets[0];
    this.contentChanged();
  }
  deleteSheet(sheet: Sheet): void {
    this.hit('deleteSheet');
    if (this.sheets.indexOf(sheet) < 0) throw new Error('Sheet not found.');
    if (this.sheets.length === 1) {
      throw new Error(
        "This operation is not allowed: you can't remove all the visible sheets in a document.",
      );
    }
    this.removeSheet(sheet);
  }
  getRange(a1Notation: string): Range {
    this.hit('getRange');
    const { sheetName, ref } = splitSheetName(a1Notation);
    const sheet = sheetName === null ? this.active || this.sheets[0] : this.sheetNamed(sheetName);
    if (!sheet) throw new Error('Range not found');
    return sheet.rangeFromA1(ref);
  }
  getProtections(type: unknown): Protection[] {
    this.hit('getProtections');
    const out: Protection[] = [];
    for (const s of this.sheets) for (const p of s.protections) if (p.type === String(type)) out.push(p);
    return out;
  }
  getSpreadsheetLocale(): string {
    this.hit('getSpreadsheetLocale');
    return this.locale;
  }
  getSpreadsheetTimeZone(): string {
    this.hit('getSpreadsheetTimeZone');
    return this.timeZone;
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.hit('toast');
    this.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined || timeoutSeconds === null ? 5 : timeoutSeconds,
    });
  }
}

function toSpec(f: CustomFunction | CustomFunctionSpec): CustomFunctionSpec {
  return typeof f === 'function' ? { fn: f } : f;
}

/** SpreadsheetApp bound to one in-memory spreadsheet (the "active" one). */
export class SpreadsheetApp {
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly WrapStrategy = WrapStrategy;
  readonly BorderStyle = BorderStyle;
  readonly AuthMode = AuthMode;

  constructor(readonly spreadsheet: Spreadsheet) {}

  private hit(method: string): void {
    this.spreadsheet.counter.hit('SpreadsheetApp.' + method);
  }
  getActive(): Spreadsheet {
    this.hit('getActive');
    return this.spreadsheet;
  }
  getActiveSpreadsheet(): Spreadsheet {
    this.hit('getActiveSpreadsheet');
    return this.spreadsheet;
  }
  getActiveSheet(): Sheet {
    this.hit('getActiveSheet');
    return this.spreadsheet.getActiveSheetQuiet();
  }
  getUi(): Ui {
    this.hit('getUi');
    return this.spreadsheet.ui;
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    this.hit('newConditionalFormatRule');
    return new ConditionalFormatRuleBuilder(this.spreadsheet.counter);
  }
  newDataValidation(): DataValidationBuilder {
    this.hit('newDataValidation');
    return new DataValidationBuilder(this.spreadsheet.counter);
  }
}
