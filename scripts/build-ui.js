/**
 * The browser side of the add-on's HTML dialogs: each `src/ui/<name>.html` with a `src/ui/<name>.ts` beside it
 * becomes `dist/<Name>.html` (kebab-case → PascalCase, the name HtmlService opens), the page's script bundled
 * by esbuild and inlined where the page says `<script data-bundle></script>` (Apps Script serves one file per
 * page: no separate .js). `<script data-config></script>` becomes the HtmlService template scriptlet where the
 * server puts the page's settings (language, texts) as JSON, read by the page from `#spk-config`: no message
 * catalog travels in the page. (The scriptlet is written here, not in the source, which linters parse as HTML.)
 */
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const PLACEHOLDER = '<script data-bundle></script>';
const CONFIG = '<script data-config></script>';
const CONFIG_SCRIPTLET = '<script type="application/json" id="spk-config"><?!= config ?></script>';

/** `import-dialog` → `ImportDialog`. */
function pageName(base) {
  return base.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
}

function buildPage(uiDir, base) {
  const html = fs.readFileSync(path.join(uiDir, `${base}.html`), 'utf8');
  for (const mark of [PLACEHOLDER, CONFIG])
    if (!html.includes(mark)) throw new Error(`build: src/ui/${base}.html lacks ${mark}`);
  const result = esbuild.buildSync({
    entryPoints: [path.join(uiDir, `${base}.ts`)],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    write: false,
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'error',
  });
  const script = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  // A scriptlet opener inside the script would be read by HtmlService's template engine.
  if (script.includes('<?')) throw new Error(`build: the script of src/ui/${base}.ts contains "<?"`);
  const page = html
    .replace(CONFIG, CONFIG_SCRIPTLET)
    .replace(PLACEHOLDER, () => `<script>${script}</script>`);
  return { name: pageName(base), html: page };
}

/** Builds every page of `uiDir` into `outDir`; returns their file names and sizes. */
function buildUi(uiDir, outDir) {
  if (!fs.existsSync(uiDir)) return [];
  const pages = fs
    .readdirSync(uiDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length));
  return pages.map((base) => {
    const { name, html } = buildPage(uiDir, base);
    const file = `${name}.html`;
    fs.writeFileSync(path.join(outDir, file), html);
    return { file, bytes: Buffer.byteLength(html) };
  });
}

module.exports = { buildUi, pageName };
