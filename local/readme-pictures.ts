/**
 * The README's pictures (docs/img): the demo's close-ups and the report's charts, in Russian, with the
 * demo's defaults (November 2026, the example team, seed 1), and the fingerprint of what drew them.
 *
 * Regenerate: `npm run build && node scripts/run-ts.js local/readme-pictures.ts` (needs LibreOffice, poppler
 * and Chromium, as `npm run demo -- --png` does). It writes the PNGs and docs/img/pictures.json; with
 * `--out DIR` it writes them to DIR instead (CI: every picture can still be drawn).
 *
 * The fingerprint hashes the inputs of the pictures, not the PNG bytes (which differ from one LibreOffice or
 * font version to the next): the code that draws them and, for each pictured tab, its display values,
 * number formats, backgrounds, font weights, merges, conditional formats, column widths and charts as the
 * demo leaves them. test/local/readme-pictures runs the demo (no LibreOffice needed) and fails when the
 * stored fingerprint is not today's: the README's pictures are older than what they show.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { t } from '../src/i18n';
import { chartsOfTab } from './charts';
import { renderCloseups, slugOf } from './demo-pictures';
import { type DemoResult, runDemo } from './demo-run';

export const IMG = path.resolve(__dirname, '../docs/img');
export const MANIFEST = path.join(IMG, 'pictures.json');

/** The demo's options the README pictures are made with. */
export const README_DEMO = { month: '2026-11', seed: 1, lang: 'ru' } as const;

/** The code that turns the demo's tabs into pictures (the tabs themselves are fingerprinted by content). */
const DRAWING_CODE = [
  'demo-pictures.ts',
  'charts.ts',
  'chart-pictures.ts',
  'chromium.ts',
  'xlsx.ts',
  'xlsx-rows.ts',
].map((f) => path.join(__dirname, f));

/** docs/img name → the demo's picture (its file name after `demo-`, without .png). */
export function readmePictures(result: DemoResult): Record<string, string> {
  const names = result.ss.sheetList().map((s) => s.getName());
  const prefix = (key: 'tab.week' | 'tab.leaderboard') =>
    t(key, result.lang, { week: '', name: '' }).replace(/[»”]$/, '');
  const report = t('tab.report', result.lang, { month: result.month });
  const week = names.filter((n) => n.startsWith(prefix('tab.week'))).pop() ?? '';
  const board = names.find((n) => n.startsWith(prefix('tab.leaderboard'))) ?? '';
  const budget = t('tab.budget', result.lang, { year: Number(result.month.slice(0, 4)) });
  return {
    'plan-fact.png': `${slugOf(result.month)}-closeup`,
    'report.png': `${slugOf(report)}-closeup`,
    'week.png': `${slugOf(week)}-closeup`,
    'leaderboard.png': `${slugOf(board)}-closeup`,
    'budget.png': `${slugOf(budget)}-closeup`,
    'chart-plan-vs-actual.png': `${slugOf(report)}-chart-plan-vs-actual`,
    'chart-cumulative.png': `${slugOf(report)}-chart-cumulative`,
    'chart-funnel.png': `${slugOf(report)}-chart-funnel`,
  };
}

/** The tabs the pictures show, by name. */
function picturedTabs(result: DemoResult): string[] {
  const slugs = new Set(
    Object.values(readmePictures(result)).map((p) => p.replace(/-(closeup|chart-.*)$/, '')),
  );
  return result.ss
    .sheetList()
    .map((s) => s.getName())
    .filter((n) => slugs.has(slugOf(n)));
}

/** sha256 of the drawing code and of everything the pictured tabs show. */
export function picturesFingerprint(result: DemoResult): string {
  const hash = createHash('sha256');
  for (const file of DRAWING_CODE) hash.update(`${path.basename(file)}\n`).update(fs.readFileSync(file));
  for (const name of picturedTabs(result)) {
    const sheet = result.ss.getSheetByName(name)!;
    const range = sheet.getDataRange();
    const widths = Array.from({ length: sheet.getLastColumn() }, (_, i) => sheet.getColumnWidth(i + 1));
    hash.update(
      JSON.stringify({
        name,
        values: range.getDisplayValues(),
        formats: range.getNumberFormats(),
        backgrounds: range.getBackgrounds(),
        weights: range.getFontWeights(),
        merges: range.getMergedRanges().map((m) => m.getA1Notation()),
        conditional: sheet.getConditionalFormatRules().map(({ data }) => ({
          ...data,
          ranges: data.ranges.map((r) => r.getA1Notation()),
        })),
        widths,
        charts: chartsOfTab(result.ss, name),
      }),
    );
  }
  return hash.digest('hex');
}

/**
 * Runs the demo, renders its pictures, copies the README's into `target` (docs/img; CI passes `--out DIR`
 * to check that every picture can still be drawn, docs/img untouched) and stores their fingerprint there.
 */
async function main(argv: string[]): Promise<number> {
  const at = argv.indexOf('--out');
  const target = at >= 0 && argv[at + 1] ? path.resolve(argv[at + 1]) : IMG;
  fs.mkdirSync(target, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-readme-'));
  try {
    const result = await runDemo({ ...README_DEMO, out: path.join(dir, 'demo.xlsx') });
    const made = await renderCloseups(result, 110);
    if (made === null) {
      console.error('LibreOffice, poppler and Chromium are needed (see README, Demo)');
      return 1;
    }
    const pictures = readmePictures(result);
    for (const [name, source] of Object.entries(pictures)) {
      const file = path.join(dir, `demo-${source}.png`);
      if (!fs.existsSync(file)) throw new Error(`the demo drew no ${path.basename(file)}`);
      fs.copyFileSync(file, path.join(target, name));
    }
    const manifest = { demo: README_DEMO, fingerprint: picturesFingerprint(result), pictures };
    fs.writeFileSync(path.join(target, 'pictures.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(
      `${path.relative(process.cwd(), target)}: ${Object.keys(pictures).join(', ')}, pictures.json`,
    );
    return 0;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// run as the entry of scripts/run-ts.js (which puts the entry in argv[1]), not when a test imports it
if (process.argv[1] === __filename) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(e instanceof Error ? e.stack : e);
      process.exitCode = 1;
    },
  );
}
