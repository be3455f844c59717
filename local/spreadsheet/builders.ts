/** Conditional-format rules, data validations, embedded charts and protections, with their builders. */
import type { GridRect } from './a1';
import type { CallCounter } from './counter';
import {
  BooleanCriteria,
  type BooleanCriteriaName,
  DataValidationCriteria,
  type DataValidationCriteriaName,
  ProtectionType,
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
  implements
    Covers<
      GoogleAppsScript.Spreadsheet.BooleanCondition,
      'getCriteriaType' | 'getCriteriaValues' | 'getBold' | 'getItalic'
    >
{
  constructor(private readonly data: ConditionalFormatData) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return this.data.criteria as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }
  getCriteriaValues(): unknown[] {
    return this.data.values.slice();
  }
  getBackground(): string | null {
    return this.data.background;
  }
  getFontColor(): string | null {
    return this.data.fontColor;
  }
  getBold(): boolean | null {
    return this.data.bold;
  }
  getItalic(): boolean | null {
    return this.data.italic;
  }
}

export class ConditionalFormatRule {
  constructor(readonly data: ConditionalFormatData) {}
  getBooleanCondition(): BooleanCondition | null {
    return this.data.criteria ? new BooleanCondition(this.data) : null;
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): Range[] {
    return this.data.ranges.slice();
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(null, { ...this.data, values: this.data.values.slice() });
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
  whenNumberLessThanOrEqualTo(n: number): this {
    return this.when('whenNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberGreaterThan(n: number): this {
    return this.when('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this.when('whenNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberBetween(a: number, b: number): this {
    return this.when('whenNumberBetween', 'NUMBER_BETWEEN', [a, b]);
  }
  whenNumberNotBetween(a: number, b: number): this {
    return this.when('whenNumberNotBetween', 'NUMBER_NOT_BETWEEN', [a, b]);
  }
  whenNumberEqualTo(n: number): this {
    return this.when('whenNumberEqualTo', 'NUMBER_EQUAL_TO', [n]);
  }
  whenNumberNotEqualTo(n: number): this {
    return this.when('whenNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', [n]);
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('whenFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }
  whenTextContains(text: string): this {
    return this.when('whenTextContains', 'TEXT_CONTAINS', [text]);
  }
  whenTextEqualTo(text: string): this {
    return this.when('whenTextEqualTo', 'TEXT_EQUAL_TO', [text]);
  }
  whenCellEmpty(): this {
    return this.when('whenCellEmpty', 'CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this.when('whenCellNotEmpty', 'CELL_NOT_EMPTY', []);
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
  setBold(bold: boolean | null): this {
    this.counter?.hitBuilder('ConditionalFormatRuleBuilder.setBold');
    this.data.bold = bold;
    return this;
  }
  setItalic(italic: boolean | null): this {
    this.counter?.hitBuilder('ConditionalFormatRuleBuilder.setItalic');
    this.data.italic = italic;
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
  implements
    Covers<
      GoogleAppsScript.Spreadsheet.DataValidation,
      'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText'
    >
{
  constructor(readonly data: DataValidationData) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this.data.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return this.data.values.slice();
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getHelpText(): string {
    return this.data.helpText === null ? '' : this.data.helpText;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(null, { ...this.data, values: this.data.values.slice() });
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
  requireNumberGreaterThan(n: number): this {
    return this.require('requireNumberGreaterThan', 'NUMBER_GREATER_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this.require('requireNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberBetween(a: number, b: number): this {
    return this.require('requireNumberBetween', 'NUMBER_BETWEEN', [a, b]);
  }
  requireValueInList(values: string[], showDropdown = true): this {
    return this.require('requireValueInList', 'VALUE_IN_LIST', [values.slice(), showDropdown]);
  }
  requireValueInRange(range: Range, showDropdown = true): this {
    return this.require('requireValueInRange', 'VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireDate(): this {
    return this.require('requireDate', 'DATE_IS_VALID_DATE', []);
  }
  requireDateOnOrAfter(date: Date): this {
    return this.require('requireDateOnOrAfter', 'DATE_ON_OR_AFTER', [date]);
  }
  requireDateBetween(a: Date, b: Date): this {
    return this.require('requireDateBetween', 'DATE_BETWEEN', [a, b]);
  }
  requireCheckbox(): this {
    return this.require('requireCheckbox', 'CHECKBOX', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.require('requireFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
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
  getChartId(): number {
    this.counter.hit('EmbeddedChart.getChartId');
    return this.data.chartId;
  }
  getRanges(): Range[] {
    this.counter.hit('EmbeddedChart.getRanges');
    return this.data.ranges.slice();
  }
  getOptions(): { get(key: string): unknown } {
    this.counter.hit('EmbeddedChart.getOptions');
    const options = this.data.options;
    return { get: (key: string) => options[key] };
  }
  getContainerInfo(): {
    getAnchorRow(): number;
    getAnchorColumn(): number;
    getOffsetX(): number;
    getOffsetY(): number;
  } {
    this.counter.hit('EmbeddedChart.getContainerInfo');
    const p = this.data.position;
    return {
      getAnchorRow: () => p.anchorRow,
      getAnchorColumn: () => p.anchorColumn,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }
  modify(): EmbeddedChartBuilder {
    this.counter.hit('EmbeddedChart.modify');
    return new EmbeddedChartBuilder(this.counter, this.data);
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
  asColumnChart(): this {
    this.data.chartType = 'COLUMN';
    return this.hit('asColumnChart');
  }
  asBarChart(): this {
    this.data.chartType = 'BAR';
    return this.hit('asBarChart');
  }
  asLineChart(): this {
    this.data.chartType = 'LINE';
    return this.hit('asLineChart');
  }
  asPieChart(): this {
    this.data.chartType = 'PIE';
    return this.hit('asPieChart');
  }
  addRange(range: Range): this {
    this.data.ranges.push(range);
    return this.hit('addRange');
  }
  removeRange(range: Range): this {
    this.data.ranges = this.data.ranges.filter((r) => r !== range);
    return this.hit('removeRange');
  }
  clearRanges(): this {
    this.data.ranges = [];
    return this.hit('clearRanges');
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
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.data.options.transposeRowsAndColumns = transpose;
    return this.hit('setTransposeRowsAndColumns');
  }
  getChartType(): string {
    return this.data.chartType;
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
      | 'getDescription'
      | 'setDescription'
      | 'isWarningOnly'
      | 'setWarningOnly'
      | 'remove'
      | 'canEdit'
      | 'canDomainEdit'
      | 'setDomainEdit'
      | 'removeEditors'
      | 'addEditors'
      | 'getProtectionType'
    >
{
  description = '';
  warningOnly = false;
  domainEdit = true;
  editors: string[] = ['owner@example.com'];
  unprotected: Range[] = [];
  removed = false;
  constructor(
    readonly type: 'RANGE' | 'SHEET',
    readonly sheet: Sheet,
    readonly rect: GridRect | null,
    private readonly counter: CallCounter,
    private readonly onRemove: (p: Protection) => void,
  ) {}
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.counter.hit('Protection.getProtectionType');
    return ProtectionType[this.type] as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  getRange(): Range {
    this.counter.hit('Protection.getRange');
    return this.sheet.rangeOf(this.rect || this.sheet.fullRect());
  }
  getDescription(): string {
    this.counter.hit('Protection.getDescription');
    return this.description;
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
  getEditors(): Array<{ getEmail(): string }> {
    this.counter.hit('Protection.getEditors');
    return this.editors.map((email) => ({ getEmail: () => email }));
  }
  addEditor(email: string): this {
    this.counter.hit('Protection.addEditor');
    if (this.editors.indexOf(email) < 0) this.editors.push(email);
    return this;
  }
  addEditors(emails: string[]): this {
    this.counter.hit('Protection.addEditors');
    for (const e of emails) if (this.editors.indexOf(e) < 0) this.editors.push(e);
    return this;
  }
  removeEditor(email: string): this {
    this.counter.hit('Protection.removeEditor');
    this.editors = this.editors.filter((e) => e !== email);
    return this;
  }
  removeEditors(emails: unknown[]): this {
    this.counter.hit('Protection.removeEditors');
    const drop = emails.map((e) => (typeof e === 'string' ? e : (e as { getEmail(): string }).getEmail()));
    this.editors = this.editors.filter((e) => drop.indexOf(e) < 0);
    return this;
  }
  canEdit(): boolean {
    this.counter.hit('Protection.canEdit');
    return true;
  }
  canDomainEdit(): boolean {
    this.counter.hit('Protection.canDomainEdit');
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    this.counter.hit('Protection.setDomainEdit');
    this.domainEdit = editable;
    return this;
  }
  setUnprotectedRanges(ranges: Range[]): this {
    this.counter.hit('Protection.setUnprotectedRanges');
    this.unprotected = ranges.slice();
    return this;
  }
  getUnprotectedRanges(): Range[] {
    this.counter.hit('Protection.getUnprotectedRanges');
    return this.unprotected.slice();
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
