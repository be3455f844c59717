/**
 * npm run bench [-- --json] [--quick] [--code FILE] [--base FILE] [--only functions] [--sizes 5,50,…]
 * [--year-sizes 50,200]: service calls and time (wall in the vm, the add-on's JavaScript) per menu action at
 * each team size, a year of daily facts (the cells per manager-month, Sheets' limits), formulas per generated tab,
 * recalculation, bundle size and cold start, vectorized custom functions against one call per row, and
 * BONUS_TIERS against a native formula, and the import (the core on generated exports, the service calls of
 * "Import facts from this tab"). Run through scripts/run-ts.js after `npm run build` (or on the bundle
 * SPK_CODE names). --quick: small sizes (teams 5 and 10, 500 rows, 3 runs, exports of 1 000 and 10 000 rows,
 * tabs of 100 and 1 000) to try the script. --code FILE: bench that bundle instead of dist/Code.js (SPK_CODE
 * does the same); --base FILE: measure the custom functions of that bundle too (e.g. a build of an earlier
 * commit), interleaved in the same run, and its menu actions up to Create month at the largest team, and
 * report the ratios; --only functions: the custom-function part only; --sizes / --year-sizes: the team sizes
 * of the menu actions and of the year flow.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DIST_CODE } from '../local/addon';
import { type BenchConfig, DEFAULT_CONFIG, runBench } from '../local/bench/run';
import { formatReport } from '../local/bench/table';
import { round } from '../local/bench/timing';

/** The value after `flag` in argv, if any. */
function option(argv: string[], flag: string): string | undefined {
  const k = argv.indexOf(flag);
  if (k < 0) return undefined;
  if (k + 1 >= argv.length) throw new Error(`${flag} needs a value`);
  return argv[k + 1];
}

function sizes(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  const out = text.split(',').map(Number);
  if (out.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`not team sizes: ${text}`);
  return out;
}

function readBundle(file: string): string {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\``);
  return fs.readFileSync(file, 'utf8');
}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const quick = argv.includes('--quick');
  const file = path.resolve(option(argv, '--code') ?? DIST_CODE);
  const base = option(argv, '--base');
  const only = option(argv, '--only');
  if (only !== undefined && only !== 'functions') throw new Error('--only takes "functions"');
  const teamSizes = sizes(option(argv, '--sizes'));
  const yearSizes = sizes(option(argv, '--year-sizes'));
  // The cells per manager are a slope: the year flow needs two team sizes (checked before minutes of work).
  if (yearSizes && yearSizes.length < 2)
    throw new Error('--year-sizes needs two team sizes or more, e.g. 50,200');
  const config: BenchConfig = {
    ...DEFAULT_CONFIG,
    ...(quick
      ? {
          teamSizes: [5, 10],
          recalcSizes: [10],
          yearSizes: [5, 10],
          rows: 500,
          runs: 3,
          coldSamples: 5,
          perRowSamples: 100,
          importRows: [1000, 10000],
          importTabRows: [100, 1000],
        }
      : {}),
    ...(teamSizes ? { teamSizes } : {}),
    ...(yearSizes ? { yearSizes } : {}),
    code: readBundle(file),
    ...(base ? { baseCode: readBundle(path.resolve(base)), baseLabel: base } : {}),
    ...(only ? { only } : {}),
    log: (line) => process.stderr.write(`bench: ${line}\n`),
  };
  const started = Date.now();
  const result = runBench(config);
  config.log?.(`done in ${round((Date.now() - started) / 1000, 1)} s`);
  if (json) {
    const rounded = (_: string, v: unknown) =>
      typeof v === 'number' && !Number.isInteger(v) ? round(v, 4) : v;
    process.stdout.write(`${JSON.stringify(result, rounded, 2)}\n`);
  } else {
    process.stdout.write(`${formatReport(result)}\n`);
  }
}

try {
  main(process.argv.slice(2));
} catch (e) {
  console.error(e instanceof Error ? e.stack || e.message : e);
  process.exit(1);
}
