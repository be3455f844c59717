/** The Apps Script global scope over an in-memory spreadsheet, for a node:vm context. */
import fs from 'node:fs';
import path from 'node:path';
import * as vm from 'node:vm';
import { AuthMode, ChartType } from './enums';
import { HtmlService, LockService, Session } from './services';
import { type Spreadsheet, SpreadsheetApp } from './spreadsheet';

export interface GlobalsOptions {
  /** Session.getActiveUserLocale() (default: the language of the spreadsheet locale, e.g. "ru"). */
  userLocale?: string;
  /** The console the add-on sees (default: the host console). */
  console?: Console;
  /** The built pages HtmlService serves by name (default: dist/<name>.html). */
  readPage?: (name: string) => string;
  /** ScriptApp.getInstallationSource(): 'NONE' for a bound script (default), 'WEB_STORE_ADD_ON' for an add-on. */
  installationSource?: 'NONE' | 'WEB_STORE_ADD_ON' | 'APPS_MARKETPLACE_DOMAIN_ADD_ON';
}

export interface AppsScriptGlobals {
  SpreadsheetApp: SpreadsheetApp;
  LockService: LockService;
  Session: Session;
  HtmlService: HtmlService;
  Charts: { ChartType: typeof ChartType };
  ScriptApp: ScriptAppStub;
  console: Console;
  [name: string]: unknown;
}

/**
 * The objects Apps Script puts in the global scope that the add-on uses, bound to one spreadsheet (a service
 * it starts to call is added here and in services.ts). Pass the result to
 * vm.createContext (or use createAppsScriptContext, which also makes Dates in the context's realm).
 */
export function createAppsScriptGlobals(
  spreadsheet: Spreadsheet,
  options: GlobalsOptions = {},
): AppsScriptGlobals {
  const counter = spreadsheet.counter;
  const userLocale = options.userLocale || spreadsheet.locale.split('_')[0];
  return {
    SpreadsheetApp: new SpreadsheetApp(spreadsheet),
    LockService: new LockService(counter, spreadsheet.documentLock),
    Session: new Session(counter, userLocale),
    HtmlService: new HtmlService(counter, options.readPage ?? distPage),
    Charts: { ChartType },
    ScriptApp: scriptApp(counter, options.installationSource || 'NONE'),
    console: options.console || console,
  };
}

function distPage(name: string): string {
  return fs.readFileSync(path.resolve(__dirname, '../../dist', `${name}.html`), 'utf8');
}

export interface ContextOptions extends GlobalsOptions {
  /**
   * Fixes the clock inside the context: `new Date()` and `Date.now()` give this instant (other Date uses are
   * untouched). TODAY()/NOW() in cells are pinned on the spreadsheet (SpreadsheetOptions.now / setNow).
   */
  clock?: Date | number;
}

/**
 * A node:vm context with the Apps Script globals; Dates the spreadsheet hands out are made with the
 * context's own Date, so `instanceof Date` holds in the add-on's code. Run the bundle with
 * `vm.runInContext(code, context)`.
 */
export function createAppsScriptContext(
  spreadsheet: Spreadsheet,
  options: ContextOptions = {},
): vm.Context & AppsScriptGlobals {
  const globals = createAppsScriptGlobals(spreadsheet, options);
  const context = vm.createContext(globals) as vm.Context & AppsScriptGlobals;
  if (options.clock !== undefined) {
    const ms = typeof options.clock === 'number' ? options.clock : options.clock.getTime();
    vm.runInContext(
      `(function (fixed) {
        var RealDate = Date;
        function FixedDate() {
          var args = Array.prototype.slice.call(arguments);
          if (!(this instanceof FixedDate)) return new RealDate(fixed).toString();
          return args.length === 0 ? new RealDate(fixed) : new (Function.prototype.bind.apply(RealDate, [null].concat(args)))();
        }
        FixedDate.prototype = RealDate.prototype;
        FixedDate.now = function () { return fixed; };
        FixedDate.UTC = RealDate.UTC;
        FixedDate.parse = RealDate.parse;
        globalThis.Date = FixedDate;
      })(${ms});`,
      context,
    );
  }
  spreadsheet.useDateClass(vm.runInContext('Date', context) as DateConstructor);
  return context;
}

/** The part of ScriptApp the add-on uses: its enums and where it was installed from. */
export interface ScriptAppStub {
  AuthMode: typeof AuthMode;
  InstallationSource: {
    NONE: 'NONE';
    WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON';
    APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON';
  };
  getInstallationSource(): string;
}

function scriptApp(counter: Spreadsheet['counter'], source: string): ScriptAppStub {
  return {
    AuthMode,
    InstallationSource: {
      NONE: 'NONE',
      WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON',
      APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
    },
    getInstallationSource() {
      counter.hit('ScriptApp.getInstallationSource');
      return source;
    },
  };
}
