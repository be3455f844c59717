/**
 * npm run build: src/index.ts → dist/Code.js (one classic script for Apps Script) + dist/appsscript.json, and
 * each dialog page of src/ui → dist/<Page>.html (see build-ui.js).
 * The bundle is an IIFE under a private global; each export of the entry becomes a top-level declaration
 * that forwards to it (see entry-exports.js). Identifiers inside the bundle are minified; the wrappers are
 * appended after minification with the source's names and JSDoc, and the final file is checked for them
 * (checkBundle).
 *
 * Each custom-function cell is its own execution, and V8 compiles the whole file first: that is most of a cold
 * start, and scanning code costs about 2.5× scanning the same bytes in a string literal. So the file holds two
 * parts: the custom functions (with the message catalogs) as code, and the menu actions as a string that the
 * first call of a menu global evaluates once (indirect eval, as a classic script) — a custom function never
 * compiles it. The menu part takes the catalogs from the functions part instead of holding them twice.
 * `lazyMenus: false` builds one part (the layout before issue 17).
 * SPK_CODE=/some/dir/Code.js builds into that folder instead of dist/ (a private build while others test).
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const esbuild = require('esbuild');
const { buildUi } = require('./build-ui');
const { checkBundle, collectEntryExports, wrapperSource } = require('./entry-exports');

const ROOT = path.resolve(__dirname, '..');
const GLOBAL_NAME = '__salesPlanKit';
/** The menu part: its source (a string) and, once a menu global ran, its exports. */
const MENUS_SOURCE = '__salesPlanKitMenuSource';
const MENUS = '__salesPlanKitMenus';
/** The message catalogs both parts use, by module and export: the menu part reads the functions part's. */
const CATALOGS = { 'src/i18n/ru.ts': 'ruMessages', 'src/i18n/en.ts': 'enMessages' };

/**
 * Built-ins the bundle's code looks up on every row of a vectorized function. They are passed into the IIFE as
 * parameters, so each lookup is a closure variable instead of a global-object lookup, which is slow wherever the
 * global object is intercepted (node:vm contexts, where it made BONUS_TIERS 3–5× slower). Same objects, same
 * behaviour. Date and Intl are left global: a test or the local runner may set a clock before loading.
 */
const BOUND_BUILTINS = [
  'Math',
  'Number',
  'Object',
  'Array',
  'String',
  'Map',
  'Set',
  'Boolean',
  'isFinite',
  'isNaN',
];

/** `var G=(()=>{…})();` → `var G=((Math,…)=>{…})(Math,…);` (the build fails if esbuild's shape changes). */
function bindBuiltins(bundle, globalName = GLOBAL_NAME) {
  const head = `var ${globalName}=(()=>{`;
  const tail = '})();\n';
  const at = bundle.indexOf(head);
  if (at < 0 || bundle.indexOf(head, at + 1) >= 0 || !bundle.endsWith(tail))
    throw new Error('build: the bundle is not one `var G=(()=>{…})();` (esbuild changed its IIFE?)');
  const names = BOUND_BUILTINS.join(',');
  return `${bundle.slice(0, at)}var ${globalName}=((${names})=>{${bundle.slice(at + head.length, -tail.length)}})(${names});\n`;
}

/** One part: an IIFE under `globalName`, minified, its built-ins bound. */
async function iife(options, globalName) {
  const result = await esbuild.build({
    bundle: true,
    format: 'iife',
    globalName,
    target: 'es2020',
    platform: 'neutral',
    write: false,
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'error',
    ...options,
  });
  return bindBuiltins(result.outputFiles[0].text, globalName);
}

/** The custom functions and the catalogs, as code under GLOBAL_NAME. */
function functionsPart(custom) {
  const lines = custom.map((e) => `export { ${e.name} } from ${JSON.stringify(e.file)};`);
  for (const [file, name] of Object.entries(CATALOGS))
    lines.push(`export { ${name} } from ${JSON.stringify(path.join(ROOT, file))};`);
  const stdin = { contents: lines.join('\n'), resolveDir: ROOT, loader: 'ts', sourcefile: 'functions.ts' };
  return iife({ stdin }, GLOBAL_NAME);
}

/** The whole entry with the catalogs read from the functions part: a script whose value is its exports. */
async function menusSource(entry) {
  const shared = new Map(Object.entries(CATALOGS).map(([file, name]) => [path.join(ROOT, file), name]));
  const catalogs = {
    name: 'shared-catalogs',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const name = shared.get(args.path);
        if (!name) return undefined;
        return { contents: `export const ${name} = () => ${GLOBAL_NAME}.${name}();`, loader: 'ts' };
      });
    },
  };
  const inner = '__salesPlanKitAll';
  const text = await iife({ entryPoints: [entry], plugins: [catalogs] }, inner);
  // Strict code run by indirect eval keeps its `var` to itself; the last expression is the eval's value.
  return `${text}${inner}\n//# sourceURL=Menus.js\n`;
}

/** The file: the parts and the wrappers (custom functions → the functions part, the rest → the menu part). */
async function bundleCode(entry, exports, lazyMenus) {
  if (!lazyMenus) {
    const bundle = await iife({ entryPoints: [entry] }, GLOBAL_NAME);
    return `${bundle}\n${wrapperSource(exports, GLOBAL_NAME)}`;
  }
  const functions = await functionsPart(exports.filter((e) => e.custom));
  const source = await menusSource(entry);
  const menus = `(${MENUS} || (${MENUS} = (0, eval)(${MENUS_SOURCE})))`;
  const target = (e) => (e.custom ? GLOBAL_NAME : menus);
  return `${functions}var ${MENUS};\nvar ${MENUS_SOURCE} = ${JSON.stringify(source)};\n\n${wrapperSource(exports, target)}`;
}

/** dist/, or the folder of the Code.js SPK_CODE names. */
function defaultOutDir() {
  const target = process.env.SPK_CODE;
  if (!target) return path.join(ROOT, 'dist');
  if (path.basename(target) !== 'Code.js')
    throw new Error(`build: SPK_CODE must name a Code.js (got ${target})`);
  return path.dirname(path.resolve(target));
}

async function build({
  entry = path.join(ROOT, 'src/index.ts'),
  outDir = defaultOutDir(),
  uiDir = path.join(ROOT, 'src/ui'),
  quiet = false,
  lazyMenus = true,
} = {}) {
  const exports = collectEntryExports(entry);
  const code = await bundleCode(entry, exports, lazyMenus);
  const problems = checkBundle(code, exports, GLOBAL_NAME);
  if (problems.length)
    throw new Error(`build: the bundle lost what Sheets needs:\n- ${problems.join('\n- ')}`);
  // dist/ holds exactly what clasp pushes; a folder SPK_CODE names may hold anything else: only written into.
  if (outDir === path.join(ROOT, 'dist')) fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'Code.js'), code);
  fs.copyFileSync(path.join(ROOT, 'appsscript.json'), path.join(outDir, 'appsscript.json'));
  const pages = buildUi(uiDir, outDir);
  const bytes = Buffer.byteLength(code);
  const gzip = zlib.gzipSync(code).length;
  if (!quiet) {
    const custom = exports.filter((e) => e.custom).length;
    console.log(
      `${path.relative(ROOT, path.join(outDir, 'Code.js'))}: ${(bytes / 1024).toFixed(1)} KiB (${(gzip / 1024).toFixed(1)} KiB gzip), ` +
        `${exports.length} globals, ${custom} custom functions`,
    );
    for (const p of pages)
      console.log(`${path.relative(ROOT, path.join(outDir, p.file))}: ${(p.bytes / 1024).toFixed(1)} KiB`);
  }
  return { bytes, gzip, exports, pages };
}

if (require.main === module) {
  build().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}

module.exports = { build, bindBuiltins, GLOBAL_NAME };
