/** Conditional-format rules, data validations, embedded charts and protections, with their builders. */
import type { GridRect } from './a1';
import type { CallCounter } from './counter';
import {
  BooleanCriteria,
  type BooleanCriteriaName,
  DataValidationCriteria,
  type DataValidationCriteriaName,
} from './enums';
import type { Range } from './range';
import type { Sheet } from './sheet';
import type { Covers } from './types';

// ---------------------------------------------------------------- conditional formats

export interface ConditionalFormatData {
  criteria: BooleanCriteriaName | null;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  ranges: Range[];
}

export class BooleanCondition
  implements Covers<GoogleAppsScript.Spreadsheet.BooleanCondition, 'getCriteriaValues'>
{
  constructor(private readonly data: ConditionalFormatData) {}
  getCriteriaValues(): unknown[] {
    return this.data.values.slice();
  }
  getBackground(): string | null {
    return this.data.background;
  }
}

export class ConditionalFormatRule {
  constructor(readonly data: ConditionalFormatData) {}
  getBooleanCondition(): BooleanCondition | null {
    return this.data.criteria ? new BooleanCondition(this.data) : null;
  }
  getRanges(): Range[] {
    return this.data.ranges.slice();
  }
}

export class ConditionalFormatRuleBuilder {
  private readonly data: ConditionalFormatData;
  constructor(
    private readonly counter: CallCounter | null,
    data?: ConditionalFormatData,
  ) {
    this.data = data || {
      criteria: null,
      values: [],
      background: null,
      fontColor: null,
      bold: null,
      italic: null,
      ranges: [],
    };
  }
  private when(method: string, criteria: BooleanCriteriaName, values: unknown[]): this {
    this.counter?.hitBuilder('ConditionalFormatRuleBuilder.' + method);
    this.data.criteria = BooleanCriteria[criteria];
    this.data.values = values;
    return this;
  }
  whenNumberLessThan(n: number): this {
    return this.when('whenNumberLessThan', 'NUMBER_LESS_THAN', [n]);
  }
  whenNumberBetween(a: number, b: number): this {
    return this.when('whenNumberBetween', 'NUMBER_BETWEEN', [a, b]);
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('whenFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }
  setBackground(color: string | null): this {
    this.counter?.hitBuilder('ConditionalFormatRuleBuilder.setBackground');
    this.data.background = color === null ? null : normalizeColor(color);
    return this;
  }
  setFontColor(color: string | null): this {
    this.counter?.hitBuilder('ConditionalFormatRuleBuilder.setFontColor');
    this.data.fontColor = color === null ? null : normalizeColor(color);
    return this;
  }
  setRanges(ranges: Range[]): this {
    this.counter?.hitBuilder('ConditionalFormatRuleBuilder.setRanges');
    this.data.ranges = ranges.slice();
    return this;
  }
  getRanges(): Range[] {
    return this.data.ranges.slice();
  }
  build(): ConditionalFormatRule {
    this.counter?.hitBuilder('ConditionalFormatRuleBuilder.build');
    if (!this.data.criteria) throw new Error('Conditional format rule must have a condition.');
    if (this.data.ranges.length === 0)
      throw new Error('Conditional format rule must have at least one range.');
    return new ConditionalFormatRule({ ...this.data, values: this.data.values.slice() });
  }
}

// ---------------------------------------------------------------- data validation

export interface DataValidationData {
  criteria: DataValidationCriteriaName;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export class DataValidation
  implements Covers<GoogleAppsScript.Spreadsheet.DataValidation, 'getCriteriaValues' | 'getAllowInvalid'>
{
  constructor(readonly data: DataValidationData) {}
  getCriteriaValues(): unknown[] {
    return this.data.values.slice();
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
}

export class DataValidationBuilder {
  private data: DataValidationData | null;
  private allowInvalid = true;
  private helpText: string | null = null;
  constructor(
    private readonly counter: CallCounter | null,
    data?: DataValidationData,
  ) {
    this.data = data || null;
    if (data) {
      this.allowInvalid = data.allowInvalid;
      this.helpText = data.helpText;
    }
  }
  private require(method: string, criteria: DataValidationCriteriaName, values: unknown[]): this {
    this.counter?.hitBuilder('DataValidationBuilder.' + method);
    this.data = { criteria: DataValidationCriteria[criteria], values, allowInvalid: true, helpText: null };
    return this;
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.require('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.require('requireNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }
  requireValueInList(values: string[], showDropdown = true): this {
    return this.require('requireValueInList', 'VALUE_IN_LIST', [values.slice(), showDropdown]);
  }
  requireDate(): this {
    return this.require('requireDate', 'DATE_IS_VALID_DATE', []);
  }
  requireCheckbox(): this {
    return this.require('requireCheckbox', 'CHECKBOX', []);
  }
  setAllowInvalid(allow: boolean): this {
    this.counter?.hitBuilder('DataValidationBuilder.setAllowInvalid');
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.counter?.hitBuilder('DataValidationBuilder.setHelpText');
    this.helpText = text;
    return this;
  }
  /** A builder with this one's settings (a blank builder copied gives a blank one). */
  copy(): DataValidationBuilder {
    this.counter?.hitBuilder('DataValidationBuilder.copy');
    const copy = new DataValidationBuilder(this.counter, this.data ? { ...this.data } : undefined);
    copy.allowInvalid = this.allowInvalid;
    copy.helpText = this.helpText;
    return copy;
  }
  build(): DataValidation {
    this.counter?.hitBuilder('DataValidationBuilder.build');
    if (!this.data) throw new Error('You must specify a criteria for the data validation rule.');
    return new DataValidation({ ...this.data, allowInvalid: this.allowInvalid, helpText: this.helpText });
  }
}

// ---------------------------------------------------------------- charts

export interface ChartData {
  chartId: number;
  chartType: string;
  ranges: Range[];
  options: Record<string, unknown>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
}

let nextChartId = 1;

export class EmbeddedChart {
  constructor(
    readonly data: ChartData,
    private readonly counter: CallCounter,
  ) {}
  getRanges(): Range[] {
    this.counter.hit('EmbeddedChart.getRanges');
    return this.data.ranges.slice();
  }
  getOptions(): { get(key: string): unknown } {
    this.counter.hit('EmbeddedChart.getOptions');
    const options = this.data.options;
    return { get: (key: string) => options[key] };
  }
}

export class EmbeddedChartBuilder {
  private readonly data: ChartData;
  constructor(
    private readonly counter: CallCounter,
    from?: ChartData,
  ) {
    this.data = from
      ? { ...from, ranges: from.ranges.slice(), options: { ...from.options }, position: { ...from.position } }
      : {
          chartId: nextChartId++,
          chartType: 'COLUMN',
          ranges: [],
          options: {},
          position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
        };
  }
  private hit(method: string): this {
    this.counter.hitBuilder('EmbeddedChartBuilder.' + method);
    return this;
  }
  setChartType(type: string): this {
    this.data.chartType = String(type);
    return this.hit('setChartType');
  }
  addRange(range: Range): this {
    this.data.ranges.push(range);
    return this.hit('addRange');
  }
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): this {
    this.data.position = { anchorRow, anchorColumn, offsetX, offsetY };
    return this.hit('setPosition');
  }
  setOption(key: string, value: unknown): this {
    this.data.options[key] = value;
    return this.hit('setOption');
  }
  setNumHeaders(n: number): this {
    this.data.options.numHeaders = n;
    return this.hit('setNumHeaders');
  }
  getRanges(): Range[] {
    return this.data.ranges.slice();
  }
  build(): EmbeddedChart {
    this.hit('build');
    return new EmbeddedChart(
      { ...this.data, ranges: this.data.ranges.slice(), options: { ...this.data.options } },
      this.counter,
    );
  }
}

// ---------------------------------------------------------------- protection

export class Protection
  implements
    Covers<
      GoogleAppsScript.Spreadsheet.Protection,
      'setDescription' | 'isWarningOnly' | 'setWarningOnly' | 'remove' | 'setUnprotectedRanges'
    >
{
  description = '';
  warningOnly = false;
  removed = false;
  /** A sheet protection's cells left free (Apps Script refuses them on a range protection). */
  unprotectedRanges: Range[] = [];
  constructor(
    readonly type: 'RANGE' | 'SHEET',
    readonly sheet: Sheet,
    readonly rect: GridRect | null,
    private readonly counter: CallCounter,
    private readonly onRemove: (p: Protection) => void,
  ) {}
  getRange(): Range {
    this.counter.hit('Protection.getRange');
    return this.sheet.rangeOf(this.rect || this.sheet.fullRect());
  }
  setDescription(description: string): this {
    this.counter.hit('Protection.setDescription');
    this.description = description;
    return this;
  }
  isWarningOnly(): boolean {
    this.counter.hit('Protection.isWarningOnly');
    return this.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.counter.hit('Protection.setWarningOnly');
    this.warningOnly = warningOnly;
    return this;
  }
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): this {
    this.counter.hit('Protection.setUnprotectedRanges');
    if (this.type !== 'SHEET') throw new Error('Unprotected ranges can only be set on a sheet protection.');
    this.unprotectedRanges = ranges.slice() as unknown as Range[];
    return this;
  }
  getUnprotectedRanges(): Range[] {
    this.counter.hit('Protection.getUnprotectedRanges');
    return this.unprotectedRanges.slice();
  }
  remove(): void {
    this.counter.hit('Protection.remove');
    this.removed = true;
    this.onRemove(this);
  }
}

/** Sheets stores colours as lower-case #rrggbb; CSS names are kept as given. */
export function normalizeColor(color: string): string {
  const c = color.trim();
  if (/^#[0-9a-fA-F]{3}$/.test(c)) return ('#' + c[1] + c[1] + c[2] + c[2] + c[3] + c[3]).toLowerCase();
  return /^#[0-9a-fA-F]{6}$/.test(c) ? c.toLowerCase() : c;
}
