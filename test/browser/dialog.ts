import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../../local/chromium';

/**
 * An add-on dialog in a real browser: Debian's Chromium driven by playwright-core, the page as HtmlService
 * would serve it (dist/<Page>.html with its template's config filled in), and `google.script.run` bridged to
 * functions in this Node process (the built add-on over the in-memory spreadsheet, or stubs). Arguments and
 * results cross as JSON, as google.script.run only carries plain data.
 */
const DIST = path.resolve(__dirname, '../../dist');

/**
 * `describe` for a suite that needs the browser, and the browser it gets: launched before its tests, closed
 * after. CI installs Chromium; a machine without it skips such suites only when SPK_BROWSER=optional says so.
 */
export function describeInBrowser(name: string, body: (browser: () => Browser) => void): void {
  const run = fs.existsSync(CHROMIUM) || process.env.SPK_BROWSER !== 'optional' ? describe : describe.skip;
  run(name, () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await launchChromium();
    }, 30_000);
    afterAll(async () => {
      await browser?.close();
    });
    body(() => {
      if (!browser) throw new Error('the browser did not start');
      return browser;
    });
  });
}

export type ServerFunctions = Record<string, (...args: never[]) => unknown>;

/** The page's HTML as HtmlService's template would give it: `<?!= config ?>` replaced by the JSON. */
export function servedPage(page: string, config: unknown): string {
  const html = fs.readFileSync(path.join(DIST, `${page}.html`), 'utf8');
  return html.replace('<?!= config ?>', () => JSON.stringify(config).replace(/</g, '\\u003c'));
}

/** Stands in for Apps Script's client: `google.script.run.withSuccessHandler(f).withFailureHandler(g).fn(…)`. */
function clientBridge(): void {
  type Handler = ((v: unknown) => void) | undefined;
  // Runs in the page (serialized by toString): no DOM types here, the test program is compiled without them.
  const w = globalThis as unknown as {
    __server(name: string, args: string): Promise<string>;
    google: unknown;
    __closed?: boolean;
  };
  const runner = (ok: Handler, fail: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_, name: string) {
          if (name === 'withSuccessHandler') return (f: Handler) => runner(f, fail);
          if (name === 'withFailureHandler') return (g: Handler) => runner(ok, g);
          return (...args: unknown[]) => {
            w.__server(name, JSON.stringify(args)).then(
              (r) => ok?.(r === undefined ? undefined : JSON.parse(r)),
              (e: Error) => fail?.(new Error(String(e.message).replace(/^Error: /, ''))),
            );
          };
        },
      },
    );
  w.google = {
    script: {
      run: runner(undefined, undefined),
      host: {
        close: () => {
          w.__closed = true;
        },
      },
    },
  };
}

/** Opens a dialog page in a new browser page, its google.script.run calls answered by `server`. */
export function openDialog(
  browser: Browser,
  page: string,
  config: unknown,
  server: ServerFunctions,
): Promise<Page> {
  return openHtml(browser, servedPage(page, config), server);
}

/** Opens a page as served (e.g. what the add-on passed to Ui.showModalDialog), calls answered by `server`. */
export async function openHtml(browser: Browser, html: string, server: ServerFunctions): Promise<Page> {
  const p = await browser.newPage();
  await p.exposeFunction('__server', async (name: string, args: string) => {
    const fn = server[name];
    if (!fn) throw new Error(`no server function ${name}`);
    const result = await fn(...(JSON.parse(args) as never[]));
    return result === undefined ? undefined : JSON.stringify(result);
  });
  const bridge = `<script>(${clientBridge.toString()})()</script>`;
  await p.setContent(html.replace('<head>', () => `<head>${bridge}`));
  return p;
}
