/**
 * Range: a rectangle of a Sheet. Every public method counts one call. Nearly 400 lines: it mirrors one
 * Apps Script class, and each method is one the add-on, the demo or a test calls.
 */
import { a1Of, type GridRect } from './a1';
import { type DataValidation, normalizeColor, type Protection } from './builders';
import type { CellStyle, StyleKey } from './cells';
import { DEFAULT_NUMBER_FORMAT } from './cells';
import type { Sheet } from './sheet';
import type { Covers } from './types';

type RangeApi = GoogleAppsScript.Spreadsheet.Range;

const STYLE_DEFAULTS: { [K in StyleKey]?: unknown } = {
  numberFormat: DEFAULT_NUMBER_FORMAT,
  background: '#ffffff',
  fontWeight: 'normal',
  fontColor: '#000000',
  fontStyle: 'normal',
  fontSize: 10,
  fontFamily: 'Arial',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: false,
  note: '',
  validation: null,
};

export class Range
  implements
    Covers<
      RangeApi,
      | 'getValues'
      | 'setValues'
      | 'getValue'
      | 'setValue'
      | 'getDisplayValues'
      | 'getDisplayValue'
      | 'getFormulas'
      | 'getFormula'
      | 'setFormulas'
      | 'setFormula'
      | 'getNumberFormats'
      | 'getNumberFormat'
      | 'setNumberFormat'
      | 'setNumberFormats'
      | 'getBackgrounds'
      | 'getBackground'
      | 'setBackground'
      | 'setBackgrounds'
      | 'setFontWeight'
      | 'setFontWeights'
      | 'getFontWeights'
      | 'setFontColor'
      | 'setFontColors'
      | 'setHorizontalAlignment'
      | 'getHorizontalAlignment'
      | 'getHorizontalAlignments'
      | 'setVerticalAlignment'
      | 'setWrap'
      | 'getWrap'
      | 'merge'
      | 'setNote'
      | 'setNotes'
      | 'getNote'
      | 'getNotes'
      | 'setDataValidations'
      | 'getDataValidations'
      | 'getA1Notation'
      | 'getRow'
      | 'getColumn'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'clear'
      | 'clearContent'
      | 'activate'
      | 'getSheet'
    >
{
  readonly rect: GridRect;
  constructor(
    readonly sheet: Sheet,
    rect: GridRect,
  ) {
    this.rect = { ...rect };
  }

  private silent = false;

  private hit(method: string, args?: ArrayLike<unknown>): void {
    if (!this.silent) this.sheet.spreadsheet.counter.hit('Range.' + method, args);
  }

  /** Runs `fn` on this range without counting its calls: a RangeList's one call covers them. */
  quietly(fn: (range: this) => void): void {
    this.silent = true;
    try {
      fn(this);
    } finally {
      this.silent = false;
    }
  }

  private checkGrid<T>(data: T[][], what = 'data'): void {
    if (!Array.isArray(data) || data.length !== this.rect.numRows) {
      const n = Array.isArray(data) ? data.length : 0;
      throw new Error(
        `The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${n} but the range has ${this.rect.numRows}.`,
      );
    }
    for (const row of data) {
      const n = Array.isArray(row) ? row.length : 0;
      if (n !== this.rect.numColumns) {
        throw new Error(
          `The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${n} but the range has ${this.rect.numColumns}.`,
        );
      }
    }
  }

  private fill<T>(value: T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.rect.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.rect.numColumns; c++) row.push(value);
      out.push(row);
    }
    return out;
  }

  private getStyles<K extends StyleKey>(key: K): unknown[][] {
    const def = STYLE_DEFAULTS[key];
    const out: unknown[][] = [];
    for (let r = 0; r < this.rect.numRows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < this.rect.numColumns; c++) {
        const st = this.sheet.styleAt(this.rect.row + r, this.rect.column + c);
        const v = st ? st[key] : undefined;
        row.push(v === undefined ? def : v);
      }
      out.push(row);
    }
    return out;
  }

  private setStyles<K extends StyleKey>(key: K, values: Array<Array<CellStyle[K] | null>>): this {
    this.sheet.setStyleGrid(this.rect, key, values);
    return this;
  }

  // ------------------------------------------------------------ values and formulas

  getValues(): unknown[][] {
    this.hit('getValues');
    return this.sheet.readValues(this.rect);
  }
  setValues(values: unknown[][]): this {
    this.hit('setValues', [values]);
    this.checkGrid(values);
    this.sheet.writeValues(this.rect, values);
    return this;
  }
  getValue(): unknown {
    this.hit('getValue');
    return this.sheet.readValues({ ...this.rect, numRows: 1, numColumns: 1 })[0][0];
  }
  setValue(value: unknown): this {
    this.hit('setValue', [value]);
    this.sheet.writeValues(this.rect, this.fill(value));
    return this;
  }
  getDisplayValues(): string[][] {
    this.hit('getDisplayValues');
    return this.sheet.readDisplayValues(this.rect);
  }
  getDisplayValue(): string {
    this.hit('getDisplayValue');
    return this.sheet.readDisplayValues({ ...this.rect, numRows: 1, numColumns: 1 })[0][0];
  }
  getFormulas(): string[][] {
    this.hit('getFormulas');
    return this.sheet.readFormulas(this.rect);
  }
  getFormula(): string {
    this.hit('getFormula');
    return this.sheet.readFormulas({ ...this.rect, numRows: 1, numColumns: 1 })[0][0];
  }
  setFormulas(formulas: string[][]): this {
    this.hit('setFormulas', [formulas]);
    this.checkGrid(formulas);
    this.sheet.writeFormulas(this.rect, formulas);
    return this;
  }
  setFormula(formula: string): this {
    this.hit('setFormula', [formula]);
    this.sheet.writeFormulas(this.rect, this.fill(formula));
    return this;
  }

  // ------------------------------------------------------------ formats

  getNumberFormats(): string[][] {
    this.hit('getNumberFormats');
    return this.getStyles('numberFormat') as string[][];
  }
  getNumberFormat(): string {
    this.hit('getNumberFormat');
    return this.getStyles('numberFormat')[0][0] as string;
  }
  setNumberFormat(format: string): this {
    this.hit('setNumberFormat', [format]);
    return this.setStyles('numberFormat', this.fill(format));
  }
  setNumberFormats(formats: string[][]): this {
    this.hit('setNumberFormats', [formats]);
    this.checkGrid(formats);
    return this.setStyles('numberFormat', formats);
  }
  getBackgrounds(): string[][] {
    this.hit('getBackgrounds');
    return this.getStyles('background') as string[][];
  }
  getBackground(): string {
    this.hit('getBackground');
    return this.getStyles('background')[0][0] as string;
  }
  setBackground(color: string | null): this {
    this.hit('setBackground', [color]);
    return this.setStyles('background', this.fill(color === null ? null : normalizeColor(color)));
  }
  setBackgrounds(colors: Array<Array<string | null>>): this {
    this.hit('setBackgrounds', [colors]);
    this.checkGrid(colors);
    return this.setStyles(
      'background',
      colors.map((row) => row.map((c) => (c === null || c === '' ? null : normalizeColor(c)))),
    );
  }
  setFontWeight(weight: string | null): this {
    this.hit('setFontWeight', [weight]);
    return this.setStyles('fontWeight', this.fill(weight));
  }
  setFontWeights(weights: Array<Array<string | null>>): this {
    this.hit('setFontWeights', [weights]);
    this.checkGrid(weights);
    return this.setStyles('fontWeight', weights);
  }
  getFontWeights(): string[][] {
    this.hit('getFontWeights');
    return this.getStyles('fontWeight') as string[][];
  }
  setFontColor(color: string | null): this {
    this.hit('setFontColor', [color]);
    return this.setStyles('fontColor', this.fill(color === null ? null : normalizeColor(color)));
  }
  setFontColors(colors: unknown[][]): this {
    this.hit('setFontColors', [colors]);
    this.checkGrid(colors);
    return this.setStyles(
      'fontColor',
      colors.map((row) => row.map((c) => (c === null || c === '' ? null : normalizeColor(String(c))))),
    );
  }
  /** 'left', 'center' or 'right'; 'normal' or null puts back the default (text left, numbers right). */
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): this {
    this.hit('setHorizontalAlignment', [alignment]);
    return this.setStyles('horizontalAlignment', this.fill(alignment === 'normal' ? null : alignment));
  }
  getHorizontalAlignment(): string {
    this.hit('getHorizontalAlignment');
    return this.getStyles('horizontalAlignment')[0][0] as string;
  }
  getHorizontalAlignments(): string[][] {
    this.hit('getHorizontalAlignments');
    return this.getStyles('horizontalAlignment') as string[][];
  }
  setVerticalAlignment(alignment: string | null): this {
    this.hit('setVerticalAlignment', [alignment]);
    return this.setStyles('verticalAlignment', this.fill(alignment));
  }
  setWrap(wrap: boolean): this {
    this.hit('setWrap', [wrap]);
    return this.setStyles('wrap', this.fill(wrap));
  }
  getWrap(): boolean {
    this.hit('getWrap');
    return this.getStyles('wrap')[0][0] as boolean;
  }

  // ------------------------------------------------------------ merges

  merge(): this {
    this.hit('merge');
    this.sheet.addMerge(this.rect);
    return this;
  }
  getMergedRanges(): Range[] {
    this.hit('getMergedRanges');
    return this.sheet.mergesIn(this.rect).map((m) => new Range(this.sheet, m));
  }

  // ------------------------------------------------------------ notes and validation

  setNote(note: string | null): this {
    this.hit('setNote', [note]);
    return this.setStyles('note', this.fill(note === null || note === '' ? null : String(note)));
  }
  setNotes(notes: unknown[][]): this {
    this.hit('setNotes', [notes]);
    this.checkGrid(notes);
    return this.setStyles(
      'note',
      notes.map((row) => row.map((n) => (n === null || n === undefined || n === '' ? null : String(n)))),
    );
  }
  getNote(): string {
    this.hit('getNote');
    return this.getStyles('note')[0][0] as string;
  }
  getNotes(): string[][] {
    this.hit('getNotes');
    return this.getStyles('note') as string[][];
  }
  setDataValidation(rule: DataValidation | null): this {
    this.hit('setDataValidation', [rule]);
    return this.setStyles('validation', this.fill(rule));
  }
  setDataValidations(rules: unknown[][]): this {
    this.hit('setDataValidations', [rules]);
    this.checkGrid(rules);
    return this.setStyles('validation', rules as (DataValidation | null)[][]);
  }
  getDataValidations(): (DataValidation | null)[][] {
    this.hit('getDataValidations');
    return this.getStyles('validation') as (DataValidation | null)[][];
  }
  getDataValidation(): DataValidation | null {
    this.hit('getDataValidation');
    return this.getStyles('validation')[0][0] as DataValidation | null;
  }

  // ------------------------------------------------------------ geometry

  getA1Notation(): string {
    this.hit('getA1Notation');
    return a1Of(this.rect);
  }
  getRow(): number {
    this.hit('getRow');
    return this.rect.row;
  }
  getColumn(): number {
    this.hit('getColumn');
    return this.rect.column;
  }
  getLastRow(): number {
    this.hit('getLastRow');
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    this.hit('getLastColumn');
    return this.rect.column + this.rect.numColumns - 1;
  }
  getNumRows(): number {
    this.hit('getNumRows');
    return this.rect.numRows;
  }
  getNumColumns(): number {
    this.hit('getNumColumns');
    return this.rect.numColumns;
  }
  getSheet(): Sheet {
    this.hit('getSheet');
    return this.sheet;
  }
  activate(): this {
    this.hit('activate');
    this.sheet.spreadsheet.activateSheet(this.sheet);
    return this;
  }

  // ------------------------------------------------------------ clearing

  /** Contents and formats (Apps Script's clear() with no options); notes and validation stay. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean }): this {
    this.hit('clear');
    const o = options || {};
    if (o.commentsOnly) {
      this.sheet.setStyleGrid(this.rect, 'note', this.fill(null));
      return this;
    }
    if (!o.formatOnly) this.sheet.writeValues(this.rect, this.fill(null));
    if (!o.contentsOnly) this.sheet.clearFormatsIn(this.rect);
    return this;
  }
  clearContent(): this {
    this.hit('clearContent');
    this.sheet.writeValues(this.rect, this.fill(null));
    return this;
  }

  // ------------------------------------------------------------ protection

  protect(): Protection {
    this.hit('protect');
    return this.sheet.addProtection('RANGE', this.rect);
  }
}
