/**
 * The charts of a tab as PNGs: each chart drawn as SVG (local/charts.ts) and photographed by Chromium
 * through playwright-core (local/chromium.ts).
 */
import fs from 'node:fs';
import { type ChartSpec, chartSvg, chartsOfTab } from './charts';
import { CHROMIUM, launchChromium } from './chromium';
import type { Spreadsheet } from './spreadsheet';

/** The file-name ending of each kind of the report's chart. */
const NAMES: Record<ChartSpec['kind'], string> = {
  COLUMN: 'plan-vs-actual',
  LINE: 'cumulative',
  BAR: 'funnel',
};

/**
 * Renders the charts of tab `tab` to `<base>-chart-<kind>.png`; returns the pictures written, or null when
 * Chromium is missing.
 */
export async function renderCharts(ss: Spreadsheet, tab: string, base: string): Promise<string[] | null> {
  const specs = chartsOfTab(ss, tab);
  if (specs.length === 0) return [];
  if (!fs.existsSync(CHROMIUM)) return null;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 400 } });
    const written: string[] = [];
    const used = new Set<string>();
    for (const spec of specs) {
      let name = `${base}-chart-${NAMES[spec.kind]}`;
      for (let n = 2; used.has(name); n++) name = `${base}-chart-${NAMES[spec.kind]}-${n}`;
      used.add(name);
      await page.setContent(`<body style="margin:0">${chartSvg(spec, ss.locale)}</body>`);
      await page.locator('svg').screenshot({ path: `${name}.png` });
      written.push(`${name}.png`);
    }
    return written;
  } finally {
    await browser.close();
  }
}
