/**
 * npm run build: src/index.ts → dist/Code.js (one classic script for Apps Script) + dist/appsscript.json, and
 * each dialog page of src/ui → dist/<Page>.html (see build-ui.js).
 * The bundle is an IIFE under a private global; each export of the entry becomes a top-level declaration
 * that forwards to it (see entry-exports.js). Identifiers inside the bundle are minified (a custom-function
 * execution compiles the whole file: fewer bytes, a faster cold start); the wrappers are appended after
 * minification with the source's names and JSDoc, and the final file is checked for them (checkBundle).
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
function bindBuiltins(bundle) {
  const head = `var ${GLOBAL_NAME}=(()=>{`;
  const tail = '})();\n';
  const at = bundle.indexOf(head);
  if (at < 0 || bundle.indexOf(head, at + 1) >= 0 || !bundle.endsWith(tail))
    throw new Error('build: the bundle is not one `var G=(()=>{…})();` (esbuild changed its IIFE?)');
  const names = BOUND_BUILTINS.join(',');
  return `${bundle.slice(0, at)}var ${GLOBAL_NAME}=((${names})=>{${bundle.slice(at + head.length, -tail.length)}})(${names});\n`;
}

/** dist/, or the folder of the Code.js SPK_CODE names. */
function defaultOutDir() {
  const target = process.env.SPK_CODE;
  if (!target) return path.join(ROOT, 'dist');
  if (path.basename(target) !== 'Code.js')
    throw new Error(`build: SPK_CODE must name a Code.js (got ${target})`);
  return path.dirname(path.resolve(target));
}

function build({
  entry = path.join(ROOT, 'src/index.ts'),
  outDir = defaultOutDir(),
  uiDir = path.join(ROOT, 'src/ui'),
  quiet = false,
} = {}) {
  const exports = collectEntryExports(entry);
  const result = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    write: false,
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'error',
  });
  const bundle = bindBuiltins(result.outputFiles[0].text);
  const code = `${bundle}\n${wrapperSource(exports, GLOBAL_NAME)}`;
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
  try {
    build();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}

module.exports = { build, bindBuiltins, GLOBAL_NAME };
