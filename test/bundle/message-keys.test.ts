import fs from 'node:fs';
import path from 'node:path';
import { messageOf, messages } from '../../src/i18n';

/**
 * The message keys against the code. Every code written as a literal — t('code', …), tCode('code', …),
 * msgRef('code'), new DomainError('code', …) — in src/, local/ and scripts/ exists: a code from data with no
 * message shows as an internal error, so a typo or a removed message would otherwise reach the user (or a
 * benchmark would compare against a ghost). And every message is used: tsc checks the keys t() is given, not
 * that each key is still asked for.
 */
const ROOT = path.resolve(__dirname, '../..');
const LITERAL = /\b(?:t|tCode|msgRef|DomainError|ArgError)\(\s*(?:[\w.]+,\s*)?'([a-zA-Z][\w.]*)'/g;
/** The message files themselves: a key written there is defined, not used. */
const DEFINITIONS = /src[\\/]i18n[\\/](ru|en|pending)\.ts$|src[\\/]i18n[\\/]messages[\\/]/;

function files(dir: string, name = /\.ts$/): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p, name);
    return name.test(p) ? [p] : [];
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

/**
 * A key is used when the code writes it whole as a string literal (an object key or an HTML attribute
 * included), or when it fits a template that builds keys — `` `month.note.${key}` ``, `` `${code}Fact` ``,
 * `KeySuffix<'mot.example.'>`, `labelOr('metric.', …)` — and what fills each gap (or its last part) is itself
 * written somewhere as a literal: the id the family is built from (`'dayOff'` in a column list for `col.dayOff`).
 */
test('every message key is used', () => {
  const sources = ['src', 'local']
    .flatMap((d) => files(path.join(ROOT, d), /\.(ts|html)$/))
    .filter((f) => !DEFINITIONS.test(f))
    .map((f) => fs.readFileSync(f, 'utf8'));
  const literals = new Set<string>();
  const templates: RegExp[] = [];
  const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const text of sources) {
    for (const m of text.matchAll(/'([^'\\\n]*)'|"([^"\\\n]*)"|`([^`$\\\n]*)`|^\s*(\w+)\??:/gm))
      literals.add(m[1] ?? m[2] ?? m[3] ?? m[4]);
    for (const m of text.matchAll(/`([^`\n]*\$\{[^`\n]*)`/g)) {
      const parts = m[1].split(/\$\{[^}]*\}/);
      if (/[a-zA-Z]/.test(parts.join('')))
        templates.push(new RegExp(`^${parts.map(escapeRe).join('([\\w.]+)')}$`));
    }
    // a template nested in another one's gap is not matched whole above: its start is enough
    for (const m of text.matchAll(/(?:KeySuffix<|labelOr\()\s*'([\w.]+\.)'|`([a-zA-Z][\w.]*\.)\$\{/g))
      templates.push(new RegExp(`^${escapeRe(m[1] ?? m[2])}([\\w.]+)$`));
  }
  const known = (id: string) => literals.has(id) || literals.has(id.slice(id.lastIndexOf('.') + 1));
  const used = (key: string) =>
    literals.has(key) || templates.some((re) => re.exec(key)?.slice(1).every(known) ?? false);
  expect(Object.keys(messages('ru')).filter((k) => !used(k))).toEqual([]);
});
