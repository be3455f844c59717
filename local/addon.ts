import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createAppsScriptContext, Spreadsheet, type SpreadsheetOptions } from './spreadsheet';

/** The built add-on: dist/Code.js, or the bundle SPK_CODE names (a build kept outside dist/ while others build). */
export const DIST_CODE = path.resolve(process.env.SPK_CODE ?? path.join(__dirname, '../dist/Code.js'));

export interface AddonOptions extends SpreadsheetOptions {
  /** The day the add-on sees as today (its clock and TODAY() in cells), "YYYY-MM-DD". */
  today?: string;
  installationSource?: 'NONE' | 'WEB_STORE_ADD_ON';
  code?: string;
}

/** The built add-on loaded as Apps Script loads it, over an in-memory spreadsheet. */
export interface Addon {
  ss: Spreadsheet;
  context: vm.Context;
  /** Calls a global function of the bundle (a menu handler, a custom function) inside the context. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
  /** Evaluates an expression inside the context (arrays and Dates are made there). */
  eval<T = unknown>(expression: string): T;
}

let cachedCode: string | null = null;

export function bundleCode(): string {
  if (cachedCode === null) {
    if (!fs.existsSync(DIST_CODE)) throw new Error('dist/Code.js is missing: run `npm run build`');
    cachedCode = fs.readFileSync(DIST_CODE, 'utf8');
  }
  return cachedCode;
}

export function openAddon(options: AddonOptions = {}): Addon {
  const today = options.today ?? '2026-11-20';
  return attachAddon(new Spreadsheet({ now: `${today} 10:00`, ...options }), { ...options, today });
}

/** Loads the bundle over a spreadsheet already made (the demo's, or one read from .xlsx), clock at 10:00 Moscow. */
export function attachAddon(
  ss: Spreadsheet,
  options: Omit<AddonOptions, keyof SpreadsheetOptions> = {},
): Addon {
  const [y, m, d] = (options.today ?? '2026-11-20').split('-').map(Number);
  const context = createAppsScriptContext(ss, {
    clock: Date.UTC(y, m - 1, d, 7, 0),
    installationSource: options.installationSource,
  });
  vm.runInContext(options.code ?? bundleCode(), context, { filename: 'Code.js' });
  const fns = context as unknown as Record<string, (...a: unknown[]) => unknown>;
  return {
    ss,
    context,
    call: <T>(name: string, ...args: unknown[]) => {
      if (typeof fns[name] !== 'function') throw new Error(`the bundle has no global function ${name}`);
      return fns[name](...args) as T;
    },
    eval: <T>(expression: string) => vm.runInContext(expression, context) as T,
  };
}
