import fs from 'node:fs';
import path from 'node:path';
import { messageOf } from '../../src/i18n';

/**
 * Every message code written as a literal — t('code', …), msgRef('code'), new DomainError('code', …) —
 * in src/, local/ and scripts/ exists in the catalog: t() shows an unknown code as itself, so a typo or a
 * removed message would otherwise reach the user (or a benchmark would compare against a ghost).
 */
const ROOT = path.resolve(__dirname, '../..');
const LITERAL = /\b(?:t|msgRef|DomainError|ArgError)\(\s*(?:[\w.]+,\s*)?'([a-zA-Z][\w.]*)'/g;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

test('every literal message code exists', () => {
  const missing: string[] = [];
  for (const file of ['src', 'local', 'scripts'].flatMap((d) => files(path.join(ROOT, d)))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(LITERAL)) {
      const code = m[1];
      if (!code.includes('.') || messageOf(code)) continue;
      missing.push(`${path.relative(ROOT, file)}: ${code}`);
    }
  }
  expect(missing).toEqual([]);
});
