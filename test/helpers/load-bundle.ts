import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

/** dist/Code.js, or the bundle SPK_CODE names (a private build while others build), as local/addon.ts reads it. */
export const DIST_CODE = path.resolve(process.env.SPK_CODE ?? path.join(__dirname, '../../dist/Code.js'));

export function readBundle(): string {
  if (!fs.existsSync(DIST_CODE))
    throw new Error('dist/Code.js is missing: run `npm run build` (npm test does)');
  return fs.readFileSync(DIST_CODE, 'utf8');
}

/**
 * Runs a bundle the way Apps Script does: one classic script in a fresh global scope whose only
 * globals are the given services. Returns the context, whose properties are the script's globals.
 */
export function loadBundle(code: string, globals: object): vm.Context {
  const context = vm.createContext({ ...globals });
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context;
}

/** Runs an expression inside the context, so arrays and Dates are made there, as Sheets passes them. */
export function evalIn<T = unknown>(context: vm.Context, expression: string): T {
  return vm.runInContext(expression, context) as T;
}
