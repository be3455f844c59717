/**
 * The built file's two parts (scripts/build.js): a custom-function execution compiles the custom functions and
 * the catalogs only, the menu actions being a string; the first menu global evaluates that string once, with
 * the catalogs of the functions part. The string is a classic script like the rest (no module syntax).
 */
import type vm from 'node:vm';
import { stubGlobals } from '../helpers/gas-stubs';
import { inspectBundle } from '../helpers/inspect-bundle';
import { evalIn, loadBundle, readBundle } from '../helpers/load-bundle';

const code = readBundle();
const loaded = (ctx: vm.Context) => evalIn<unknown>(ctx, 'typeof __salesPlanKitMenus === "object"');

describe('a custom function never compiles the menu actions', () => {
  test('the menu part is a string until a menu global runs, then evaluated once', () => {
    const ctx = loadBundle(code, stubGlobals('ru_RU').globals);
    expect(evalIn(ctx, 'typeof __salesPlanKitMenuSource')).toBe('string');
    expect(JSON.parse(JSON.stringify(evalIn(ctx, 'PLAN_SPLIT(1000, [[1],[1]])')))).toEqual([[500], [500]]);
    expect(() => evalIn(ctx, 'PLAN_SPLIT("abc", [[1]])')).toThrow('PLAN_SPLIT: аргумент «total»');
    expect(loaded(ctx)).toBe(false);
    evalIn(ctx, 'onOpen({ authMode: "LIMITED" })');
    expect(loaded(ctx)).toBe(true);
    const menus = evalIn(ctx, '__salesPlanKitMenus');
    evalIn(ctx, 'onOpen({ authMode: "LIMITED" })');
    expect(evalIn(ctx, '__salesPlanKitMenus')).toBe(menus);
  });

  test('the menu part reads the catalogs of the functions part (they are in the file once)', () => {
    const source = evalIn<string>(loadBundle(code, {}), '__salesPlanKitMenuSource');
    expect(source).toContain('__salesPlanKit.ruMessages()');
    expect(source).toContain('__salesPlanKit.enMessages()');
    expect(source).not.toContain('"calendar.unknownCountry":');
    // One catalog per language in the whole file.
    expect(code.split('"calendar.unknownCountry":')).toHaveLength(3);
  });

  test('the menu part is a classic script: no import, export or require', () => {
    const source = evalIn<string>(loadBundle(code, {}), '__salesPlanKitMenuSource');
    expect(inspectBundle(source).moduleSyntax).toEqual([]);
    expect(source.startsWith('"use strict";')).toBe(true);
    expect(source).toMatch(/\/\/# sourceURL=Menus\.js\n$/);
  });

  test('the functions part is under half the file', () => {
    const at = code.indexOf('var __salesPlanKitMenuSource');
    expect(at).toBeGreaterThan(0);
    expect(at / code.length).toBeLessThan(0.5);
  });
});
