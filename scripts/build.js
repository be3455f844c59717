/**
 * npm run build: src/index.ts → dist/Code.js (one classic script for Apps Script) + dist/appsscript.json, and
 * each dialog page of src/ui → dist/<Page>.html (see build-ui.js).
 * The bundle is an IIFE under a private global; each export of the entry becomes a top-level declaration
 * that forwards to it (see entry-exports.js).
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const esbuild = require('esbuild');
const { buildUi } = require('./build-ui');
const { collectEntryExports, wrapperSource } = require('./entry-exports');

const ROOT = path.resolve(__dirname, '..');
const GLOBAL_NAME = '__salesPlanKit';

function build({
  entry = path.join(ROOT, 'src/index.ts'),
  outDir = path.join(ROOT, 'dist'),
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
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'error',
  });
  const bundle = result.outputFiles[0].text;
  const code = `${bundle}\n${wrapperSource(exports, GLOBAL_NAME)}`;
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'Code.js'), code);
  fs.copyFileSync(path.join(ROOT, 'appsscript.json'), path.join(outDir, 'appsscript.json'));
  const pages = buildUi(uiDir, outDir);
  const bytes = Buffer.byteLength(code);
  const gzip = zlib.gzipSync(code).length;
  if (!quiet) {
    const custom = exports.filter((e) => e.custom).length;
    console.log(
      `dist/Code.js: ${(bytes / 1024).toFixed(1)} KiB (${(gzip / 1024).toFixed(1)} KiB gzip), ` +
        `${exports.length} globals, ${custom} custom functions`,
    );
    for (const p of pages) console.log(`dist/${p.file}: ${(p.bytes / 1024).toFixed(1)} KiB`);
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

module.exports = { build, GLOBAL_NAME };
