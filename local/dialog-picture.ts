/**
 * The README's picture of the Import dialog: the built page (dist/ImportDialog.html) in Debian's Chromium
 * with the example team, the amoCRM example picked and previewed, in Russian.
 * Usage: npm run build && node scripts/run-ts.js local/dialog-picture.ts [out.png]
 */
import fs from 'node:fs';
import path from 'node:path';
import { defaultImportSettings } from '../src/core/import';
import { labelOr, textsFor } from '../src/i18n';
import { launchChromium } from './chromium';

const TEAM = ['Анна Смирнова', 'Иван Петров', 'Мария Кузнецова', 'Олег Соколов', 'Екатерина Новикова'];
const METRICS = ['calls', 'leads', 'meetings', 'deals', 'revenue'];
const EXAMPLE = path.resolve(__dirname, 'examples/amocrm-deals-november-2026.csv');

async function main(out: string): Promise<void> {
  const config = {
    lang: 'ru',
    texts: textsFor('ru', ['dlg.', 'import.']),
    settings: { ...defaultImportSettings(TEAM.map((name, i) => ({ id: `m${i + 1}`, name }))), year: 2026 },
    metrics: Object.fromEntries(METRICS.map((m) => [m, labelOr('metric.', m, 'ru')])),
  };
  const html = fs
    .readFileSync(path.resolve(__dirname, '../dist/ImportDialog.html'), 'utf8')
    .replace('<?!= config ?>', () => JSON.stringify(config).replace(/</g, '\\u003c'));
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 640, height: 560 }, deviceScaleFactor: 1 });
  await page.setContent(html);
  await page.setInputFiles('#file', EXAMPLE);
  await page.waitForSelector('#preview:not([hidden])');
  await page.screenshot({ path: out, fullPage: true });
  await browser.close();
  console.log(`written ${out}`);
}

main(process.argv[2] ?? 'docs/img/import-dialog.png').catch((e) => {
  console.error(e);
  process.exit(1);
});
