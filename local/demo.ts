/**
 * `npm run demo`: the built add-on (dist/Code.js) run as a user would run it, through its menu, over an
 * in-memory spreadsheet, the workbook written to out/demo.xlsx and a summary printed. Run with
 * `node scripts/run-ts.js local/demo.ts [options]`; the options are in demo-cli.ts (USAGE), the scripted
 * run in demo-run.ts, the summary in demo-summary.ts, the pictures in demo-pictures.ts.
 */
import { main } from './demo-cli';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exitCode = 1;
  },
);
