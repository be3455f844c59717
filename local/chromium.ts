/**
 * Debian's Chromium driven by playwright-core, for the pictures (the report's charts, the Import dialog):
 * the executable SPK_CHROMIUM names or /usr/bin/chromium, headless, with nothing fetched in the background
 * (`npx playwright install` does not work here; the flags are those the dialog tests in test/browser use).
 */
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env.SPK_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
