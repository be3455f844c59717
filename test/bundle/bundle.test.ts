import fs from 'node:fs';
import path from 'node:path';
import { pageName } from '../../scripts/build-ui';
import { collectEntryExports } from '../../scripts/entry-exports';
import { stubGlobals } from '../helpers/gas-stubs';
import { customFunctionProblems, inspectBundle } from '../helpers/inspect-bundle';
import { evalIn, loadBundle, readBundle } from '../helpers/load-bundle';

const ROOT = path.resolve(__dirname, '../..');
const entryExports = collectEntryExports(path.join(ROOT, 'src/index.ts'));
const customExports = entryExports.filter((e) => e.custom);
const code = readBundle();

describe('dist/ holds what clasp pushes', () => {
  test('exactly Code.js, appsscript.json and a page per dialog of src/ui, each admitted by .claspignore', () => {
    const pages = fs
      .readdirSync(path.join(ROOT, 'src/ui'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `${pageName(f.slice(0, -'.html'.length))}.html`);
    expect(fs.readdirSync(path.join(ROOT, 'dist')).sort()).toEqual(
      ['Code.js', 'appsscript.json', ...pages].sort(),
    );
    expect(fs.readFileSync(path.join(ROOT, '.claspignore'), 'utf8').split('\n')).toEqual(
      expect.arrayContaining(['**/**', '!Code.js', '!appsscript.json', '!*.html']),
    );
  });

  test('a dialog page carries its script inline and the server config scriptlet, nothing fetched', () => {
    const html = fs.readFileSync(path.join(ROOT, 'dist/ImportDialog.html'), 'utf8');
    expect(html).toContain('<?!= config ?>');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    expect(html).not.toContain('data-bundle');
  });

  test('the manifest asks for the two least-privilege scopes and no other', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist/appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(typeof manifest.timeZone).toBe('string');
    expect(manifest.oauthScopes.sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });
});

describe('the bundle is one classic script', () => {
  const inspection = inspectBundle(code);

  test('no import, export or require', () => {
    expect(inspection.moduleSyntax).toEqual([]);
  });

  test('it parses and runs in a fresh context with only Apps Script-like globals', () => {
    const { globals } = stubGlobals();
    expect(() => loadBundle(code, globals)).not.toThrow();
  });

  test('every export of the entry is a top-level declaration with its parameter names', () => {
    for (const e of entryExports) {
      const f = inspection.functions.find((g) => g.name === e.name);
      expect(f?.params).toEqual(e.params);
      expect(f?.jsdoc).toBe(e.jsdoc);
    }
  });

  test('every custom function has its JSDoc with @customfunction directly above', () => {
    expect(customExports.length).toBeGreaterThan(0);
    expect(customFunctionProblems(inspection, customExports)).toEqual([]);
  });
});

describe('the bundle test can fail', () => {
  const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../fixtures', name), 'utf8');
  const expected = [{ name: 'PLAN_SPLIT', params: ['total', 'weights', 'step'] }];

  test('a bundle whose custom function lost its JSDoc is rejected', () => {
    const problems = customFunctionProblems(inspectBundle(fixture('bundle-without-jsdoc.js')), expected);
    expect(problems).toEqual(['PLAN_SPLIT: no JSDoc with @customfunction directly above']);
  });

  test('a bundle whose custom function lost its parameters is rejected', () => {
    const problems = customFunctionProblems(inspectBundle(fixture('bundle-without-params.js')), expected);
    expect(problems).toEqual(['PLAN_SPLIT: parameters () instead of (total, weights, step)']);
  });

  test('a bundle with module syntax is caught', () => {
    expect(inspectBundle('const x = require("fs");\nexport default 1;').moduleSyntax).toHaveLength(2);
  });
});

describe('onOpen builds the menu', () => {
  test('bound to a spreadsheet: a top-level menu, in Russian for a Russian spreadsheet', () => {
    const { globals, menus } = stubGlobals('ru_RU');
    const ctx = loadBundle(code, globals);
    evalIn(ctx, 'onOpen({ authMode: "LIMITED" })');
    expect(menus).toHaveLength(1);
    expect(menus[0]).toMatchObject({ kind: 'menu', title: 'Sales Plan Kit', added: true });
    expect(menus[0].items[0]).toEqual(['Подготовить книгу', 'menuSetup']);
    for (const item of menus[0].items) if (item) expect(typeof ctx[item[1]]).toBe('function');
  });

  test('as an add-on with authMode NONE: the Extensions menu only, from the user locale, nothing read', () => {
    const { globals, menus } = stubGlobals('en_US', 'WEB_STORE_ADD_ON');
    const read = jest.fn(() => {
      throw new Error('no access in AuthMode.NONE');
    });
    globals.SpreadsheetApp.getActiveSpreadsheet = read as never;
    const ctx = loadBundle(code, globals);
    evalIn(ctx, 'onOpen({ authMode: "NONE" })');
    expect(read).not.toHaveBeenCalled();
    expect(menus[0]).toMatchObject({ kind: 'addon', added: true });
    expect(menus[0].items[0]).toEqual(['Set up workbook', 'menuSetup']);
  });

  test('onInstall builds the same menu', () => {
    const { globals, menus } = stubGlobals('en_US', 'WEB_STORE_ADD_ON');
    const ctx = loadBundle(code, globals);
    evalIn(ctx, 'onInstall({ authMode: "FULL" })');
    expect(menus[0].items.length).toBeGreaterThan(5);
  });
});

describe('a custom function end to end through the bundle', () => {
  test('PLAN_SPLIT splits a column as Sheets passes it', () => {
    const { globals } = stubGlobals('ru_RU');
    const ctx = loadBundle(code, globals);
    const out = evalIn<number[][]>(ctx, 'PLAN_SPLIT(1000, [[1],[1],[1]])');
    expect(JSON.parse(JSON.stringify(out))).toEqual([[334], [333], [333]]);
  });

  test('errors name the function and the argument in the spreadsheet language', () => {
    const ru = loadBundle(code, stubGlobals('ru_RU').globals);
    expect(() => evalIn(ru, 'PLAN_SPLIT("abc", [[1]])')).toThrow(
      'PLAN_SPLIT: аргумент «total»: «abc» не число',
    );
    const en = loadBundle(code, stubGlobals('en_US').globals);
    expect(() => evalIn(en, 'PLAN_SPLIT(100, [[1],["x"]])')).toThrow(
      'PLAN_SPLIT: argument "weights": "x" is not a number (row 2, column 1 of the range)',
    );
  });
});
