import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { collectEntryExports, type EntryExport } from '../../scripts/entry-exports';
import { findChoice } from '../../src/core/choice';
import '../../src/functions';
import { declarations } from '../../src/functions/declare';

/**
 * docs/functions.md against the custom functions the build actually publishes.
 *
 * The list of functions and their parameters comes from scripts/entry-exports.js, the very reader the build
 * uses to write the JSDoc'd wrappers of dist/Code.js: the exports of src/index.ts, followed to their
 * declarations, with their JSDoc. The test then reads both halves of docs/functions.md (Russian with `;`
 * between arguments, English with `,`) and requires, in each half:
 * - one signature `NAME(a; [b])` per function and none for a function that does not exist; its parameter
 *   names in the order of the declaration, and `[name]` exactly where the JSDoc writes `@param {…} [name]`;
 * - a `### NAME` section (Russian) or a reference-table row (English) per function, and none for an unknown
 *   name; no formula in the page calls, and no `NAME_LIKE_THIS` in code names, a function that is neither one of
 *   ours nor a built-in Sheets function;
 * - inside a function's section or row, every argument written as `code` is one of its parameters, and a
 *   Russian «Аргумент» table lists all of them, in order.
 * And of each function's JSDoc (what Sheets shows as the function's help): a description, a described
 * `@param` per parameter with `[brackets]` exactly on the parameters the declaration makes optional (`name?`
 * or a default), and a described `@return`.
 *
 * Why a check and not generation: the page is prose written for people in two languages (conventions,
 * behaviour at the edges, worked examples with their results); the JSDoc is English only and short, as Sheets'
 * help box wants it. A generator would need a Russian text per argument somewhere (a second place to keep in
 * step) and would still leave the examples by hand. The facts that can drift without anyone noticing are the
 * names, the order and the optional marks, and those this test pins against the source of truth at no cost.
 */

const ROOT = path.join(__dirname, '../..');
const page = fs.readFileSync(path.join(ROOT, 'docs/functions.md'), 'utf8');
const builtins = new Set<string>(require('../../scripts/sheets-builtins.json'));

const functions: EntryExport[] = collectEntryExports(path.join(ROOT, 'src/index.ts')).filter((e) => e.custom);
const byName = new Map(functions.map((f) => [f.name, f]));
const names = functions.map((f) => f.name).sort();

/** A parameter as the JSDoc documents it: `@param {type} name text` or `@param {type} [name] text`. */
interface DocParam {
  name: string;
  optional: boolean;
  text: string;
}

function jsdocLines(jsdoc: string): string[] {
  return jsdoc
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\*\s?/, '').trim());
}

/** The JSDoc split into its description and its tags (a tag runs on until the next one). */
function parseJsdoc(jsdoc: string): { description: string; tags: string[] } {
  const description: string[] = [];
  const tags: string[] = [];
  for (const line of jsdocLines(jsdoc)) {
    if (line.startsWith('@')) tags.push(line);
    else if (tags.length) tags[tags.length - 1] += ` ${line}`;
    else description.push(line);
  }
  return { description: description.join(' ').trim(), tags: tags.map((t) => t.trim()) };
}

function docParams(jsdoc: string): DocParam[] {
  return parseJsdoc(jsdoc)
    .tags.map((t) => /^@param\s+(?:\{[^}]*\}\s*)?(\[?)([A-Za-z_$][\w$]*)(?:=[^\]]*)?\]?\s*(.*)$/.exec(t))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ name: m[2], optional: m[1] === '[', text: m[3].trim() }));
}

/** How the page must write a function's arguments: `[name]` for an optional one. */
function expectedArgs(f: EntryExport): string[] {
  const optional = new Set(
    docParams(f.jsdoc)
      .filter((p) => p.optional)
      .map((p) => p.name),
  );
  return f.params.map((p) => (optional.has(p) ? `[${p}]` : p));
}

/** Which parameters the TypeScript declaration makes optional (`name?` or a default value). */
function declaredOptional(f: EntryExport): boolean[] {
  const file = ts.createSourceFile(f.file, fs.readFileSync(f.file, 'utf8'), ts.ScriptTarget.ES2020, true);
  const decl = file.statements.find(
    (s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === f.name,
  );
  if (!decl) throw new Error(`${f.name} is not declared in ${f.file}`);
  return decl.parameters.map((p) => Boolean(p.questionToken || p.initializer));
}

/** The page's two halves, each up to the next `## ` heading. */
function half(heading: string): string {
  const start = page.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/functions.md has no "## ${heading}" heading`);
  const next = page.indexOf('\n## ', start + 1);
  return page.slice(start, next < 0 ? undefined : next);
}

const halves = [
  { lang: 'ru', text: half('Русский'), sep: ';' },
  { lang: 'en', text: half('English'), sep: ',' },
] as const;

const codeSpans = (text: string) => [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
const UPPER_CALL = /^([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\((.*)\)$/;

/** Signatures: code spans `NAME(args)` (formulas, which start with `=`, are examples, not signatures). */
function signatures(text: string, sep: string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const span of codeSpans(text)) {
    const m = UPPER_CALL.exec(span.trim());
    if (!m) continue;
    const args = m[2].trim() === '' ? [] : m[2].split(sep).map((a) => a.trim());
    out.set(m[1], [...(out.get(m[1]) ?? []), args]);
  }
  return out;
}

/** The Russian half's `### NAME …` sections, each up to the next `###`. */
function ruSections(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = text.split(/\n(?=### )/);
  for (const part of parts) {
    const m = /^### ([A-Z][A-Z0-9_]*)\b/.exec(part);
    if (m) out.set(m[1], part);
  }
  return out;
}

/** The English reference table's rows by function (a continuation row with a blank first cell joins its row). */
function enRows(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let current = '';
  for (const line of text.split('\n')) {
    const cells = /^\|(.*)\|\s*$/.exec(line)?.[1].split('|');
    if (!cells) continue;
    const first = cells[0].trim();
    const m = /^([A-Z][A-Z0-9_]*)\b/.exec(first);
    if (m && first !== 'Function') {
      current = m[1];
      out.set(current, line);
    } else if (first === '' && current) {
      out.set(current, `${out.get(current)}\n${line}`);
    }
  }
  return out;
}

/** Code spans that are a lone lower-case identifier: the way the page names an argument. */
const argMentions = (text: string) => codeSpans(text).filter((s) => /^[a-z][a-z0-9_]*$/.test(s));

test('the build publishes the custom functions the page is about', () => {
  expect(functions.length).toBeGreaterThan(0);
});

describe.each(functions.map((f) => [f.name, f] as const))('JSDoc of %s', (_name, f) => {
  const { description, tags } = parseJsdoc(f.jsdoc);

  test('has a description', () => {
    expect(description.length).toBeGreaterThan(10);
  });

  test('describes every parameter, in the order of the declaration', () => {
    const documented = docParams(f.jsdoc);
    expect(documented.map((p) => p.name)).toEqual(f.params);
    for (const p of documented)
      expect({ param: p.name, text: p.text }).toEqual({
        param: p.name,
        text: expect.stringMatching(/\S{2,}/),
      });
  });

  test('marks [optional] exactly the parameters the declaration makes optional', () => {
    expect(docParams(f.jsdoc).map((p) => p.optional)).toEqual(declaredOptional(f));
  });

  test('has a described @return', () => {
    const ret = tags.filter((t) => /^@returns?\b/.test(t));
    expect(ret).toHaveLength(1);
    expect(ret[0]).toMatch(/^@returns?\s+(?:\{[^}]*\}\s*)?\S.{5,}/);
  });
});

describe.each(halves)('docs/functions.md, $lang half', ({ lang, text, sep }) => {
  const sigs = signatures(text, sep);

  test('has a signature for every function and for nothing else', () => {
    expect([...sigs.keys()].sort()).toEqual(names);
  });

  test.each(names)('%s: one signature, its parameters in order, optional ones in [brackets]', (name) => {
    expect(sigs.get(name)).toEqual([expectedArgs(byName.get(name) as EntryExport)]);
  });

  test('every formula calls only our functions or built-in Sheets functions', () => {
    const unknown = codeSpans(text)
      .filter((s) => s.trim().startsWith('='))
      .flatMap((s) => [...s.matchAll(/([A-Z][A-Z0-9_.]*)\(/g)].map((m) => m[1]))
      .filter((n) => !byName.has(n) && !builtins.has(n));
    expect(unknown).toEqual([]);
  });

  test('every function it names in code exists', () => {
    const unknown = codeSpans(text)
      .filter((s) => /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(s))
      .filter((n) => !byName.has(n) && !builtins.has(n));
    expect(unknown).toEqual([]);
  });

  const parts = lang === 'ru' ? ruSections(text) : enRows(text);

  test(`has a ${lang === 'ru' ? '### section' : 'reference row'} for every function and for nothing else`, () => {
    expect([...parts.keys()].sort()).toEqual(names);
  });

  test.each(names)('%s: the arguments it names in code are its parameters', (name) => {
    const params = (byName.get(name) as EntryExport).params;
    const strangers = argMentions(parts.get(name) ?? '').filter((a) => !params.includes(a));
    expect(strangers).toEqual([]);
  });

  if (lang === 'ru') {
    test.each(names)('%s: an «Аргумент» table lists every parameter, in order', (name) => {
      const section = parts.get(name) ?? '';
      const table = /\| Аргумент \| Смысл \|\n\|[-|]+\|\n((?:\|.*\|\n?)+)/.exec(section);
      if (!table) return;
      const listed = table[1]
        .trim()
        .split('\n')
        .flatMap((row) => row.split('|')[1].split(','))
        .map((a) => a.trim());
      expect(listed).toEqual((byName.get(name) as EntryExport).params);
    });
  }
});

describe('the keywords the Russian half offers are the ones each function accepts', () => {
  const sections = ruSections(halves[0].text);
  const choices = names.filter((n) => declarations.get(n)?.args.some((a) => a.kind.options));

  test.each(choices)('%s', (name) => {
    const options = (declarations.get(name)?.args ?? []).flatMap((a) =>
      a.kind.options ? [a.kind.options] : [],
    );
    const section = sections.get(name) ?? '';
    // `"retro"` in code, and the other spellings after «можно»: «ретро», «линейная».
    const words = [
      ...[...section.matchAll(/`"([a-z]+)"`/g)].map((m) => m[1]),
      ...[...section.matchAll(/можно\s+((?:«[^»]+»(?:,\s*)?)+)/g)].flatMap((m) =>
        [...m[1].matchAll(/«([^»]+)»/g)].map((w) => w[1]),
      ),
    ];
    expect(words.filter((w) => options.every((o) => findChoice(w, o) === undefined))).toEqual([]);
    for (const o of options.flat()) expect(words).toContain(o.value);
  });
});
