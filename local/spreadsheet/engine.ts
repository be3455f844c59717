/**
 * HyperFormula set up to behave like Google Sheets: TODAY()/NOW() in the spreadsheet's time zone (and
 * pinnable), custom functions called as Sheets calls them, error values as Sheets shows them.
 *
 * Differences between HyperFormula 3.5 and Sheets met so far, and what is done about them:
 * - TRUE and FALSE are only functions in HyperFormula (`FALSE` alone is #NAME?): named expressions
 *   TRUE/FALSE are added to every engine, so VLOOKUP(…, FALSE) works.
 * - TODAY()/NOW() use the host's local zone: replaced (ClockPlugin) by the spreadsheet's zone and pin.
 * - HyperFormula rounds results (smartRounding): turned off, Sheets returns full doubles.
 * - Array expressions inside SUMPRODUCT/SUM(IF(…)) need `useArrayArithmetic` (on). Side effect: a bare
 *   range expression such as `=A1:A3*2` spills as under ARRAYFORMULA instead of erroring.
 * - Errors HyperFormula has and Sheets has not: #CYCLE! (circular) and #SPILL! (blocked array) read as
 *   #REF!, #LIC! as #ERROR!.
 * - A spilled custom-function result must have its size declared before it runs (SizeRule); Sheets sizes
 *   it from the value. Cells beyond the declared size are cut, missing ones blank.
 * - Custom-function names must be in HyperFormula's language pack: the enGB pack is extended globally.
 * - Open-ended ranges (`A2:A`, `B3:3`) do not parse (#ERROR!): write `A2:A1000` or whole columns `A:A`.
 * - TEXT(x, "0.0%") does not multiply by 100 in HyperFormula ("0.3%" for 0.256; Sheets "25.6%"): avoid
 *   TEXT with percent formats; set a number format on the cell instead.
 * - Typed text is parsed here, not by HyperFormula (see cells.ts toRawContent): numbers with a dot,
 *   percents, yyyy-mm-dd and dd.mm.yyyy dates, TRUE/FALSE. A Russian-locale Sheets would also read "1,5"
 *   as 1.5; here it stays text.
 * - Time-only values come back as numbers, not as Dates on 1899-12-30.
 */
import {
  ArraySize,
  CellError,
  type CellValue,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';
import { isDate } from './types';
import { instantOfSerial, serialOfInstant } from './tz';

/** A custom function as the add-on defines it: Sheets-shaped arguments in, a value or a 2-D array out. */
export type CustomFunction = (...args: unknown[]) => unknown;

export interface Shape {
  rows: number;
  columns: number;
}

/**
 * How big the result of a custom function is, known before it runs (HyperFormula sizes a spilled
 * result when the formula is written, from its arguments' shapes, never from cell values):
 * - 'scalar': one cell;
 * - 'firstRange' (default): the shape of the first argument that is a range of more than one cell, one cell if none;
 * - 'largestRange': the shape of the largest range argument;
 * - a function of the arguments' shapes (a single value is 1 × 1).
 */
export type SizeRule = 'scalar' | 'firstRange' | 'largestRange' | ((args: Shape[]) => Shape);

export interface CustomFunctionSpec {
  fn: CustomFunction;
  size?: SizeRule;
}

/** What the plugins read from the spreadsheet they evaluate for (passed as HyperFormula's `context`). */
export interface EngineContext {
  timeZone(): string;
  /** Milliseconds since the epoch: the pinned "now", or the clock. */
  now(): number;
  /** A Date in the realm the add-on runs in. */
  makeDate(ms: number): unknown;
  customFunctions: Map<string, CustomFunctionSpec>;
}

const SHEETS_ERRORS: Record<string, string> = {
  DIV_BY_ZERO: '#DIV/0!',
  NA: '#N/A',
  NAME: '#NAME?',
  NUM: '#NUM!',
  REF: '#REF!',
  VALUE: '#VALUE!',
  ERROR: '#ERROR!',
  // HyperFormula-only errors, shown as Sheets shows the same situation:
  CYCLE: '#REF!', // circular dependency
  SPILL: '#REF!', // "Array result was not expanded because it would overwrite data"
  LIC: '#ERROR!',
  NULL: '#NULL!',
};

/** The error text Sheets shows for a HyperFormula error. */
export function sheetsErrorText(e: DetailedCellError | CellError): string {
  return SHEETS_ERRORS[e.type] || '#ERROR!';
}

function ctxOf(plugin: FunctionPlugin): EngineContext {
  return (plugin as unknown as { config: { context: EngineContext } }).config.context;
}

/** TODAY() and NOW() in the spreadsheet's time zone, at the pinned instant when there is one. */
class ClockPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    TODAY: { method: 'today', parameters: [], isVolatile: true, returnNumberType: 'NUMBER_DATE' },
    NOW: { method: 'now', parameters: [], isVolatile: true, returnNumberType: 'NUMBER_DATETIME' },
  } as unknown as typeof FunctionPlugin.implementedFunctions;

  today(ast: { args: never[] }, state: never) {
    const ctx = ctxOf(this);
    return this.runFunction(ast.args, state, this.metadata('TODAY'), () =>
      Math.floor(serialOfInstant(ctx.now(), ctx.timeZone())),
    );
  }

  now(ast: { args: never[] }, state: never) {
    const ctx = ctxOf(this);
    return this.runFunction(ast.args, state, this.metadata('NOW'), () =>
      serialOfInstant(ctx.now(), ctx.timeZone()),
    );
  }
}

function isExtendedNumber(v: unknown): v is { val: number; getDetailedType(): string } {
  return typeof v === 'object' && v !== null && typeof (v as { val?: unknown }).val === 'number';
}

/** One value as Sheets hands it to a custom function. */
function toSheetsArgument(v: unknown, ctx: EngineContext): unknown {
  if (v === EmptyValue || v === undefined || v === null) return '';
  if (v instanceof CellError) return sheetsErrorText(v);
  if (isExtendedNumber(v)) {
    const t = v.getDetailedType();
    if (t === 'NUMBER_DATE' || t === 'NUMBER_DATETIME')
      return ctx.makeDate(instantOfSerial(v.val, ctx.timeZone()));
    return v.val;
  }
  return v;
}

/** One value a custom function returned, as HyperFormula stores it. */
function fromSheetsResult(v: unknown, ctx: EngineContext): unknown {
  if (v === null || v === undefined) return EmptyValue;
  if (typeof v === 'number') return Number.isFinite(v) ? v : new CellError(ErrorType.NUM);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDate(v)) return serialOfInstant(v.getTime(), ctx.timeZone());
  return String(v);
}

const RANGE_ASTS = ['CELL_RANGE', 'COLUMN_RANGE', 'ROW_RANGE'];

function declaredShape(rule: SizeRule | undefined, shapes: Shape[], isRange: boolean[]): Shape {
  const r = rule || 'firstRange';
  if (typeof r === 'function') return r(shapes);
  if (r === 'scalar') return { rows: 1, columns: 1 };
  let best: Shape = { rows: 1, columns: 1 };
  for (let i = 0; i < shapes.length; i++) {
    if (!isRange[i]) continue;
    const s = shapes[i];
    if (r === 'firstRange') return s;
    if (s.rows * s.columns > best.rows * best.columns) best = s;
  }
  return best;
}

type Ast = { type: string; args?: Ast[] };

/** Builds a plugin class for a set of custom-function names (HyperFormula wants one method per function). */
function customPluginFor(names: string[]): typeof FunctionPlugin {
  class CustomFunctionsPlugin extends FunctionPlugin {}
  const implemented: Record<string, unknown> = {};
  const proto = CustomFunctionsPlugin.prototype as unknown as Record<string, unknown>;
  for (const name of names) {
    const method = 'call_' + name;
    const sizeMethod = 'size_' + name;
    implemented[name] = {
      method,
      sizeOfResultArrayMethod: sizeMethod,
      parameters: [{ argumentType: FunctionArgumentType.ANY, passSubtype: true, optionalArg: true }],
      repeatLastArgs: 1,
      vectorizationForbidden: true,
    };
    const shapeOf = function (this: FunctionPlugin, ast: { args: Ast[] }, state: unknown): Shape {
      const ctx = ctxOf(this);
      const spec = ctx.customFunctions.get(name);
      const self = this as unknown as {
        arraySizeForAst(a: Ast, s: unknown): { width: number; height: number };
      };
      const shapes = ast.args.map((a) => {
        const size = self.arraySizeForAst(a, state);
        return { rows: size.height, columns: size.width };
      });
      const isRange = ast.args.map(
        (a, i) => RANGE_ASTS.indexOf(a.type) >= 0 || shapes[i].rows * shapes[i].columns > 1,
      );
      return declaredShape(spec ? spec.size : undefined, shapes, isRange);
    };
    proto[sizeMethod] = function (this: FunctionPlugin, ast: { args: Ast[] }, state: unknown) {
      const s = shapeOf.call(this, ast, state);
      return new ArraySize(s.columns, s.rows);
    };
    proto[method] = function (this: FunctionPlugin, ast: { args: Ast[] }, state: unknown) {
      const ctx = ctxOf(this);
      const spec = ctx.customFunctions.get(name);
      const shape = shapeOf.call(this, ast, state);
      const self = this as unknown as {
        runFunction(a: Ast[], s: unknown, m: unknown, f: (...args: unknown[]) => unknown): unknown;
        metadata(n: string): unknown;
      };
      return self.runFunction(ast.args, state, self.metadata(name), (...args: unknown[]) => {
        if (!spec) return new CellError(ErrorType.NAME, 'Unknown function: ' + name);
        const sheetsArgs = args.map((a) =>
          a instanceof SimpleRangeValue
            ? a.data.map((row) => row.map((v) => toSheetsArgument(v, ctx)))
            : toSheetsArgument(a, ctx),
        );
        let result: unknown;
        try {
          result = spec.fn(...sheetsArgs);
        } catch (e) {
          return new CellError(ErrorType.ERROR, e instanceof Error || isErrorLike(e) ? e.message : String(e));
        }
        return shapeResult(result, shape, ctx);
      });
    };
  }
  (CustomFunctionsPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
  return CustomFunctionsPlugin;
}

function isErrorLike(e: unknown): e is { message: string } {
  return typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string';
}

/** Fits a result to the declared shape: a 1-D array is a column (as in Sheets); extra cells are cut, missing ones blank. */
function shapeResult(result: unknown, shape: Shape, ctx: EngineContext): unknown {
  let grid: unknown[][];
  if (Array.isArray(result)) {
    grid = result.map((row) => (Array.isArray(row) ? row : [row]));
  } else {
    grid = [[result]];
  }
  if (shape.rows === 1 && shape.columns === 1) {
    const v = grid.length > 0 && grid[0].length > 0 ? grid[0][0] : '';
    return fromSheetsResult(v, ctx);
  }
  const out: unknown[][] = [];
  for (let r = 0; r < shape.rows; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < shape.columns; c++) {
      const v = r < grid.length && c < grid[r].length ? grid[r][c] : null;
      row.push(fromSheetsResult(v, ctx));
    }
    out.push(row);
  }
  return SimpleRangeValue.onlyValues(out as never);
}

/** Names HyperFormula must know in its function language (it refuses untranslated ids). */
function ensureTranslated(names: string[]): void {
  const lang = HyperFormula.getLanguage('enGB') as unknown as {
    extendFunctions(m: Record<string, string>): void;
  };
  const map: Record<string, string> = {};
  for (const n of names) map[n] = n;
  lang.extendFunctions(map);
}

/** The function plugins of an engine: the built-ins, the Sheets clock, and the custom functions. */
export function pluginsFor(customNames: string[]): unknown[] {
  const builtins = HyperFormula.getAllFunctionPlugins();
  const plugins: unknown[] = [...builtins, ClockPlugin];
  if (customNames.length > 0) {
    ensureTranslated(customNames);
    plugins.push(customPluginFor(customNames));
  }
  return plugins;
}

export function buildEngine(ctx: EngineContext): HyperFormula {
  const hf = HyperFormula.buildEmpty({
    licenseKey: 'gpl-v3',
    functionPlugins: pluginsFor(Array.from(ctx.customFunctions.keys())),
    context: ctx,
    // Strings we hand to HyperFormula are already sorted out (see toRawContent); dates go in as ISO text.
    dateFormats: ['YYYY-MM-DD'],
    timeFormats: ['hh:mm', 'hh:mm:ss'],
    // Sheets returns full doubles (0.1 + 0.2 → 0.30000000000000004); HyperFormula rounds unless told not to.
    smartRounding: false,
    functionArgSeparator: ',',
    decimalSeparator: '.',
    thousandSeparator: '',
    // Sheets evaluates array expressions inside SUMPRODUCT, SUM(IF…) etc. without ARRAYFORMULA.
    useArrayArithmetic: true,
    // Sheets caps a spreadsheet's cells (10 million), not a tab's rows; HyperFormula's default is 40 000 rows,
    // which the facts log of a 1 000-manager team passes within a month.
    maxRows: 10_000_000,
  });
  // Sheets has TRUE and FALSE as constants; HyperFormula only as functions TRUE() and FALSE().
  hf.addNamedExpression('TRUE', '=TRUE()');
  hf.addNamedExpression('FALSE', '=FALSE()');
  return hf;
}

/** True when HyperFormula typed a computed value as a date or date-time. */
export function isDateType(detailedType: string): boolean {
  return detailedType === 'NUMBER_DATE' || detailedType === 'NUMBER_DATETIME';
}

export type { CellValue };
export { DetailedCellError };
