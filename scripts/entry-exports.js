/**
 * Reads the exports of the add-on's entry with the TypeScript compiler API (following re-exports to the
 * declaration) and writes, for each, a top-level `function NAME(params)` that forwards to the bundle,
 * with the JSDoc of the source declaration directly above it. Sheets lists a custom function (and shows
 * its help) only for such a declaration. esbuild drops comments, so the JSDoc must come from the source.
 */
const ts = require('typescript');
const builtins = new Set(require('./sheets-builtins.json'));

const CUSTOM_NAME = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** @returns {{ name: string, params: string[], jsdoc: string, custom: boolean, file: string }[]} */
function collectEntryExports(entryFile) {
  const program = ts.createProgram([entryFile], {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entryFile);
  if (!source) throw new Error(`build: entry ${entryFile} not found`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`build: ${entryFile} exports nothing`);
  const problems = [];
  const out = [];
  for (const sym of checker.getExportsOfModule(moduleSymbol)) {
    const name = sym.getName();
    const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
    const decl = (target.declarations || [])[0];
    if (!decl || !ts.isFunctionDeclaration(decl) || !decl.body) {
      problems.push(
        `export "${name}" is not a function declaration (write \`export function ${name}(…) {…}\`)`,
      );
      continue;
    }
    const file = decl.getSourceFile();
    const jsdoc = leadingJsDoc(file, decl);
    const params = decl.parameters.map((p) => p.name.getText(file));
    const custom = /@customfunction\b/.test(jsdoc);
    out.push({ name, params, jsdoc, custom, file: file.fileName });
  }
  problems.push(...checkExports(out));
  if (problems.length) {
    throw new Error(
      `build: the entry's exports cannot become Apps Script globals:\n- ${problems.join('\n- ')}`,
    );
  }
  return out;
}

function leadingJsDoc(file, decl) {
  const text = file.getFullText();
  const ranges = ts.getLeadingCommentRanges(text, decl.getFullStart()) || [];
  const docs = ranges.filter((r) => text.startsWith('/**', r.pos));
  if (!docs.length) return '';
  const last = docs[docs.length - 1];
  return text.slice(last.pos, last.end);
}

/** The rules an export must keep to become a global Apps Script and Sheets accept. */
function checkExports(exports) {
  const problems = [];
  const seen = new Map();
  for (const e of exports) {
    const key = e.name.toUpperCase();
    if (seen.has(key)) problems.push(`"${e.name}" clashes with "${seen.get(key)}" (Sheets ignores case)`);
    seen.set(key, e.name);
    if (e.name.endsWith('_')) problems.push(`"${e.name}" ends with "_": Apps Script hides such functions`);
    if (!e.jsdoc) {
      problems.push(`"${e.name}" (${e.file}) has no JSDoc block directly above its declaration`);
      continue;
    }
    const looksCustom = CUSTOM_NAME.test(e.name);
    if (looksCustom && !e.custom)
      problems.push(`"${e.name}" looks like a custom function but its JSDoc lacks @customfunction`);
    if (!e.custom) continue;
    if (!looksCustom) problems.push(`custom function "${e.name}" must be UPPER_SNAKE_CASE`);
    if (builtins.has(key))
      problems.push(`custom function "${e.name}" clashes with the built-in Sheets function ${key}`);
    const documented = [...e.jsdoc.matchAll(/@param\s+(?:\{[^}]*\}\s*)?\[?([A-Za-z_$][\w$]*)/g)].map(
      (m) => m[1],
    );
    if (documented.join(',') !== e.params.join(',')) {
      problems.push(
        `custom function "${e.name}": @param names (${documented.join(', ')}) differ from its parameters (${e.params.join(', ')})`,
      );
    }
    if (!/@return/.test(e.jsdoc)) problems.push(`custom function "${e.name}" has no @return in its JSDoc`);
  }
  return problems;
}

/**
 * The final file checked as Apps Script and Sheets will read it: each export is a top-level `function NAME(…)`
 * with the source's parameter names (minified identifiers must never reach them) and the source's JSDoc
 * directly above; the private global the wrappers forward to is declared at the top level, once.
 */
function checkBundle(code, exports, globalName) {
  const file = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  const declared = new Map();
  let globals = 0;
  for (const st of file.statements) {
    if (ts.isFunctionDeclaration(st) && st.name) declared.set(st.name.text, st);
    if (ts.isVariableStatement(st))
      for (const d of st.declarationList.declarations)
        if (ts.isIdentifier(d.name) && d.name.text === globalName) globals++;
  }
  const problems = [];
  if (globals !== 1) problems.push(`the bundle declares ${globalName} ${globals} times at the top level`);
  for (const e of exports) {
    const decl = declared.get(e.name);
    if (!decl) {
      problems.push(`"${e.name}" is not a top-level function declaration of the bundle`);
      continue;
    }
    const params = decl.parameters.map((p) => p.name.getText(file));
    if (params.join(',') !== e.params.join(','))
      problems.push(
        `"${e.name}": parameters (${params.join(', ')}) in the bundle instead of (${e.params.join(', ')})`,
      );
    if (leadingJsDoc(file, decl) !== e.jsdoc)
      problems.push(`"${e.name}": its JSDoc is not directly above it in the bundle`);
  }
  return problems;
}

/**
 * The forwarding declarations appended after the bundle; `target` is the expression of the object that holds
 * an export (the private global's name, or a function of the export giving it).
 */
function wrapperSource(exports, target) {
  const of = typeof target === 'function' ? target : () => target;
  return exports
    .map(
      (e) =>
        `${e.jsdoc}\nfunction ${e.name}(${e.params.join(', ')}) {\n  return ${of(e)}.${e.name}.apply(this, arguments);\n}\n`,
    )
    .join('\n');
}

module.exports = { collectEntryExports, checkExports, checkBundle, wrapperSource };
