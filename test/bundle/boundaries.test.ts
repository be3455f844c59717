import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The layering is enforced by the linter (biome.json overrides): src/core imports nothing from sheets,
 * functions, i18n or local and touches no Apps Script global; nothing in src imports local/. Probe files
 * in a scratch copy of the tree show the rules fire.
 */
const ROOT = path.resolve(__dirname, '../..');
const BIOME = path.join(ROOT, 'node_modules/.bin/biome');

function lint(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-boundaries-'));
  fs.copyFileSync(path.join(ROOT, 'biome.json'), path.join(dir, 'biome.json'));
  const config = JSON.parse(fs.readFileSync(path.join(dir, 'biome.json'), 'utf8'));
  config.vcs = { enabled: false };
  fs.writeFileSync(path.join(dir, 'biome.json'), JSON.stringify(config));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const r = spawnSync(BIOME, ['lint', '--max-diagnostics=50', ...Object.keys(files)], {
    cwd: dir,
    encoding: 'utf8',
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return `${r.stdout}${r.stderr}`;
}

describe('layer boundaries', () => {
  test('src/core may not import sheets, functions, i18n or local, nor use Apps Script globals', () => {
    const out = lint({
      'src/core/a.ts': "import { t } from '../i18n';\nexport const a = () => t;\n",
      'src/core/bonus/b.ts': "import { g } from '../../sheets/grid';\nexport const b = g;\n",
      'src/core/c.ts': 'export const c = () => SpreadsheetApp.getActive();\n',
    });
    expect(out).toMatch(/src\/core\/a\.ts:1:\d+ lint\/style\/noRestrictedImports/);
    expect(out).toMatch(/src\/core\/bonus\/b\.ts:1:\d+ lint\/style\/noRestrictedImports/);
    expect(out).toMatch(/src\/core\/c\.ts:1:\d+ lint\/style\/noRestrictedGlobals/);
  });

  test('src may not import local/; core importing core is fine', () => {
    const out = lint({
      'src/sheets/d.ts': "import { a } from '../../local/addon';\nexport const d = a;\n",
      'src/core/e.ts': "import { dayOf } from './dates';\nexport const e = dayOf;\n",
    });
    expect(out).toMatch(/src\/sheets\/d\.ts:1:\d+ lint\/style\/noRestrictedImports/);
    expect(out).not.toMatch(/src\/core\/e\.ts:\d+:\d+ lint\/style\/noRestricted/);
  });
});
