/**
 * The command line of `npm run demo`: options read with `node:util` parseArgs, the scripted run, the
 * summary, and the pictures with --png. Run through `node scripts/run-ts.js local/demo.ts [options]`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ImportRefused } from './demo-import';
import { INSTALL_HINT, renderCloseups, renderPictures } from './demo-pictures';
import { type DemoOptions, type DemoResult, DemoStopped, runDemo } from './demo-run';
import { formatSummary } from './demo-summary';

export const USAGE = `npm run demo -- [options]
  --month YYYY-MM   the month to work on (default 2026-11); "today" is its 20th
  --team N          replace the example team by N seeded managers
  --lang ru|en      spreadsheet locale ru_RU (default) or en_US
  --seed N          seed of the example facts and names (default 1)
  --out PATH        the workbook to write (default out/demo.xlsx)
  --png             also render each tab to PNG under the output folder (needs LibreOffice and poppler)
  --from FILE.xlsx  use the settings tabs of your own workbook instead of the example data
  --import FILE     import a CRM or phone-system export after the month tab exists, instead of typed facts
                    (repeatable, in order; CSV, TSV, Bitrix24's HTML .xls, XLSX; see local/examples/)`;

const OPTIONS = {
  month: { type: 'string' },
  team: { type: 'string' },
  lang: { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string' },
  from: { type: 'string' },
  import: { type: 'string', multiple: true },
  png: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type CliOptions = DemoOptions & { help?: boolean };

/** `--seed -5`: a value that starts with one dash is still the option's value, as `--seed=-5` is. */
function joinDashValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].startsWith('--') ? argv[i].slice(2) : '';
    const takesValue = name in OPTIONS && OPTIONS[name as keyof typeof OPTIONS].type === 'string';
    const next = argv[i + 1];
    if (takesValue && next?.startsWith('-') && !next.startsWith('--')) {
      out.push(`${argv[i]}=${next}`);
      i++;
    } else out.push(argv[i]);
  }
  return out;
}

/** node's parseArgs errors in the demo's words: which option, and the usage. */
function usageError(e: unknown): Error {
  const error = e as { code?: string; message: string };
  const flag = /'(-[^' ]*)/.exec(error.message)?.[1] ?? /'([^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new Error(
        /does not take/.test(error.message)
          ? `${flag} takes no value\n\n${USAGE}`
          : `${flag} needs a value\n\n${USAGE}`,
      );
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new Error(`unknown option ${flag}\n\n${USAGE}`);
    default:
      return e instanceof Error ? e : new Error(String(e));
  }
}

/** A whole number from an option's text, or the error `message`. */
function whole(text: string, ok: (n: number) => boolean, message: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || !ok(n)) throw new Error(message);
  return n;
}

/** The demo's options from the command line; throws with a message for the user on a bad one. */
export function parseDemoArgs(argv: readonly string[]): CliOptions {
  let values: {
    [K in keyof typeof OPTIONS]?: K extends 'import'
      ? string[]
      : (typeof OPTIONS)[K]['type'] extends 'string'
        ? string
        : boolean;
  };
  try {
    values = parseArgs({ args: joinDashValues(argv), options: OPTIONS, strict: true })
      .values as typeof values;
  } catch (e) {
    throw usageError(e);
  }
  const o: CliOptions = {};
  if (values.month !== undefined) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(values.month))
      throw new Error(`--month must look like 2026-11, got "${values.month}"`);
    o.month = values.month;
  }
  if (values.team !== undefined)
    o.team = whole(values.team, (n) => n >= 1 && n <= 500, '--team must be a whole number from 1 to 500');
  if (values.lang !== undefined) {
    if (values.lang !== 'ru' && values.lang !== 'en')
      throw new Error(`--lang must be ru or en, got "${values.lang}"`);
    o.lang = values.lang;
  }
  if (values.seed !== undefined) o.seed = whole(values.seed, () => true, '--seed must be a whole number');
  if (values.out !== undefined) o.out = values.out;
  if (values.from !== undefined) o.from = values.from;
  if (values.import !== undefined) o.imports = values.import;
  if (values.png) o.png = true;
  if (values.help) o.help = true;
  return o;
}

/** The whole-tab pictures and the README close-ups, or the hint to install what they need. */
async function printPictures(result: DemoResult): Promise<void> {
  const whole = await renderPictures(result.ss, result.out, { today: result.today });
  const closeups = whole === null ? null : await renderCloseups(result);
  if (whole === null || closeups === null) {
    console.log(
      result.lang === 'ru'
        ? `--png: нужны LibreOffice и poppler, установите: ${INSTALL_HINT}`
        : `--png: LibreOffice and poppler are needed; install them: ${INSTALL_HINT}`,
    );
    return;
  }
  const pictures = [...whole, ...closeups];
  console.log(`PNG (${pictures.length}): ${pictures.map((p) => path.relative(process.cwd(), p)).join(', ')}`);
}

/**
 * Runs the demo as the command line asks; the exit code: 0 done, 1 an action failed or the add-on refused
 * the settings (its list of problems printed), 2 a bad option.
 */
export async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseDemoArgs(argv);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const t0 = Date.now();
  let result: DemoResult;
  try {
    result = await runDemo(options);
  } catch (e) {
    if (!(e instanceof DemoStopped) && !(e instanceof ImportRefused)) throw e;
    console.error(e.message);
    return 1;
  }
  console.log(formatSummary(result, (Date.now() - t0) / 1000));
  if (result.settingsProblems !== null) console.error(`\n${result.settingsProblems}`);
  if (options.png) await printPictures(result);
  const failed = result.actions.filter((a) => a.error).length;
  return failed > 0 || result.settingsProblems !== null ? 1 : 0;
}
