import * as vm from 'node:vm';
import { createAppsScriptContext, createAppsScriptGlobals, Spreadsheet } from '../../local/spreadsheet';

const ADDON = `
function onOpen(e) {
  var ui = SpreadsheetApp.getUi();
  var menu = e && e.authMode !== 'NONE' && false ? ui.createAddonMenu() : ui.createMenu('Sales Plan Kit');
  menu.addItem('Set up workbook', 'menuSetup')
    .addSeparator()
    .addSubMenu(ui.createMenu('Month').addItem('Create plan/fact', 'menuMonth'))
    .addToUi();
}
function menuAsk() {
  var ui = SpreadsheetApp.getUi();
  var r = ui.prompt('Month', 'Which month?', ui.ButtonSet.OK_CANCEL);
  if (r.getSelectedButton() !== ui.Button.OK) return 'cancelled';
  var ok = ui.alert('Replace the report?', ui.ButtonSet.YES_NO);
  return ok === ui.Button.YES ? 'replace ' + r.getResponseText() : 'keep';
}
function withLock() {
  var lock = LockService.getDocumentLock();
  if (!lock.tryLock(1000)) return 'busy';
  try { SpreadsheetApp.getActive().toast('working', 'Sales Plan Kit'); return 'done'; } finally { lock.releaseLock(); }
}
function readDate() {
  var v = SpreadsheetApp.getActive().getSheets()[0].getRange('A1').getValue();
  return [v instanceof Date, v.toISOString()];
}
function writeNow() {
  SpreadsheetApp.getActive().getSheets()[0].getRange('B1').setValue(new Date());
}
function TIMES_TWO(x) { return Array.isArray(x) ? x.map(function (r) { return [r[0] * 2]; }) : x * 2; }
`;

describe('Apps Script globals in a node:vm context', () => {
  test('menus are recorded, prompts and alerts answered from the script', () => {
    const ss = new Spreadsheet();
    const ctx = createAppsScriptContext(ss);
    vm.runInContext(ADDON, ctx);
    vm.runInContext('onOpen({ authMode: "FULL" })', ctx);
    expect(ss.ui.menus).toEqual([
      {
        kind: 'menu',
        caption: 'Sales Plan Kit',
        items: [
          { type: 'item', caption: 'Set up workbook', functionName: 'menuSetup' },
          { type: 'separator' },
          {
            type: 'submenu',
            caption: 'Month',
            items: [{ type: 'item', caption: 'Create plan/fact', functionName: 'menuMonth' }],
          },
        ],
      },
    ]);
    ss.ui.answer({ button: 'OK', text: '2026-11' }, 'YES');
    expect(vm.runInContext('menuAsk()', ctx)).toBe('replace 2026-11');
    ss.ui.answer({ button: 'CANCEL' });
    expect(vm.runInContext('menuAsk()', ctx)).toBe('cancelled');
    expect(ss.ui.dialogs.map((d) => [d.kind, d.title, d.message, d.answer!.button])).toEqual([
      ['prompt', 'Month', 'Which month?', 'OK'],
      ['alert', '', 'Replace the report?', 'YES'],
      ['prompt', 'Month', 'Which month?', 'CANCEL'],
    ]);
    ss.ui.strict = true;
    expect(() => vm.runInContext('menuAsk()', ctx)).toThrow('no scripted answer');
  });

  test('the document lock is shared; a held lock makes tryLock fail', () => {
    const ss = new Spreadsheet();
    const ctx = createAppsScriptContext(ss);
    vm.runInContext(ADDON, ctx);
    expect(vm.runInContext('withLock()', ctx)).toBe('done');
    expect(ss.toasts).toEqual([{ message: 'working', title: 'Sales Plan Kit', timeoutSeconds: 5 }]);
    const other = createAppsScriptGlobals(ss).LockService.getDocumentLock();
    expect(other.tryLock(0)).toBe(true);
    expect(vm.runInContext('withLock()', ctx)).toBe('busy');
    other.releaseLock();
    expect(vm.runInContext('withLock()', ctx)).toBe('done');
  });

  test('Dates come in the context realm; the context clock can be fixed', () => {
    const ss = new Spreadsheet({ timeZone: 'Europe/Moscow' });
    const ctx = createAppsScriptContext(ss, { clock: new Date('2026-11-17T07:30:00Z') });
    vm.runInContext(ADDON, ctx);
    ss.getSheets()[0].getRange('A1').setValue('2026-11-17');
    // Midnight in Moscow is 21:00 UTC the day before.
    expect(vm.runInContext('readDate()', ctx)).toEqual([true, '2026-11-16T21:00:00.000Z']);
    vm.runInContext('writeNow()', ctx);
    expect(ss.getSheets()[0].getRange('B1').getDisplayValue()).toBe('17.11.2026 10:30:00');
  });

  test("the session's locale: the user's language, by default the spreadsheet's", () => {
    const ss = new Spreadsheet({ locale: 'en_US', timeZone: 'America/New_York' });
    expect(createAppsScriptGlobals(ss).Session.getActiveUserLocale()).toBe('en');
    expect(createAppsScriptGlobals(ss, { userLocale: 'ru' }).Session.getActiveUserLocale()).toBe('ru');
  });

  test('custom functions defined in the context are evaluated by the spreadsheet', () => {
    const ss = new Spreadsheet();
    const ctx = createAppsScriptContext(ss);
    vm.runInContext(ADDON, ctx);
    ss.registerCustomFunctions({ TIMES_TWO: ctx.TIMES_TWO as (...a: unknown[]) => unknown });
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1:C1').setFormulas([['=TIMES_TWO(A1:A3)', '=TIMES_TWO(A2)']]);
    expect(sheet.getRange('B1:C3').getValues()).toEqual([
      [2, 4],
      [4, ''],
      [6, ''],
    ]);
  });
});
