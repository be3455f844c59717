/** Minimal Apps Script globals for loading the bundle without the in-memory spreadsheet. */
export interface StubMenu {
  kind: 'menu' | 'addon';
  title: string;
  items: ([string, string] | null)[];
  added: boolean;
}

export function stubGlobals(locale = 'ru_RU', installation: 'NONE' | 'WEB_STORE_ADD_ON' = 'NONE') {
  const menus: StubMenu[] = [];
  const alerts: string[] = [];
  const makeMenu = (kind: StubMenu['kind'], title: string) => {
    const m: StubMenu = { kind, title, items: [], added: false };
    menus.push(m);
    const chain = {
      addItem(label: string, fn: string) {
        m.items.push([label, fn]);
        return chain;
      },
      addSeparator() {
        m.items.push(null);
        return chain;
      },
      addToUi() {
        m.added = true;
      },
    };
    return chain;
  };
  const ui = {
    createMenu: (title: string) => makeMenu('menu', title),
    createAddonMenu: () => makeMenu('addon', ''),
    alert: (text: string) => {
      alerts.push(text);
    },
  };
  const spreadsheet = {
    getSpreadsheetLocale: () => locale,
    getSpreadsheetTimeZone: () => 'Europe/Moscow',
  };
  const globals = {
    SpreadsheetApp: {
      getUi: () => ui,
      getActiveSpreadsheet: () => spreadsheet,
      getActive: () => spreadsheet,
    },
    Session: { getActiveUserLocale: () => locale.slice(0, 2) },
    ScriptApp: {
      AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
      InstallationSource: { NONE: 'NONE', WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON' },
      getInstallationSource: () => installation,
    },
    Logger: { log: () => undefined },
  };
  return { globals, menus, alerts };
}
