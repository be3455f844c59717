/**
 * Runs a TypeScript entry under plain node (the project has no tsx/ts-node): every `.ts` file is compiled
 * with esbuild's transformSync as it is required, so each module keeps its own __dirname and node resolves
 * packages from the project as usual.
 * Usage: node scripts/run-ts.js local/demo.ts [args...]
 */
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const esbuild = require('esbuild');

function registerTs() {
  if (Module._extensions['.ts']) return;
  Module._extensions['.ts'] = (module, filename) => {
    const { code } = esbuild.transformSync(fs.readFileSync(filename, 'utf8'), {
      loader: 'ts',
      format: 'cjs',
      target: 'node20',
      sourcefile: filename,
      sourcemap: 'inline',
    });
    module._compile(code, filename);
  };
  if (process.setSourceMapsEnabled) process.setSourceMapsEnabled(true);
}

function runTs(entry, args) {
  registerTs();
  const file = path.resolve(entry);
  process.argv = [process.argv[0], file, ...args];
  require(file);
}

if (require.main === module) {
  const [entry, ...args] = process.argv.slice(2);
  if (!entry) {
    console.error('usage: node scripts/run-ts.js <entry.ts> [args...]');
    process.exit(2);
  }
  runTs(entry, args);
}

module.exports = { registerTs, runTs };
