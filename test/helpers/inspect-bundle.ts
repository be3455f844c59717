import ts from 'typescript';

/** A top-level function declaration of a built bundle, with the JSDoc block directly above it. */
export interface BundleFunction {
  name: string;
  params: string[];
  jsdoc: string;
  custom: boolean;
}

export interface BundleInspection {
  functions: BundleFunction[];
  /** Module syntax Apps Script cannot run: import/export declarations, require() calls. */
  moduleSyntax: string[];
}

/** Reads a bundle the way Apps Script and Sheets see it: top-level declarations and their JSDoc. */
export function inspectBundle(code: string): BundleInspection {
  const file = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  const functions: BundleFunction[] = [];
  for (const stmt of file.statements) {
    if (!ts.isFunctionDeclaration(stmt) || !stmt.name) continue;
    const ranges = ts.getLeadingCommentRanges(code, stmt.getFullStart()) ?? [];
    const last = ranges[ranges.length - 1];
    const jsdoc = last && code.startsWith('/**', last.pos) ? code.slice(last.pos, last.end) : '';
    functions.push({
      name: stmt.name.text,
      params: stmt.parameters.map((p) => p.name.getText(file)),
      jsdoc,
      custom: /@customfunction\b/.test(jsdoc),
    });
  }
  const moduleSyntax: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isExportAssignment(node)) {
      moduleSyntax.push(node.getText(file).slice(0, 60));
    } else if (
      ts.isCallExpression(node) &&
      ((ts.isIdentifier(node.expression) && node.expression.text === 'require') ||
        node.expression.kind === ts.SyntaxKind.ImportKeyword)
    ) {
      moduleSyntax.push(node.getText(file).slice(0, 60));
    } else if (node.kind === ts.SyntaxKind.ImportKeyword) {
      moduleSyntax.push('import(...)');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { functions, moduleSyntax };
}

/** What is wrong with the custom functions of a bundle, given the names the entry declares custom. */
export function customFunctionProblems(
  inspection: BundleInspection,
  expected: { name: string; params: string[] }[],
) {
  const problems: string[] = [];
  for (const want of expected) {
    const got = inspection.functions.find((f) => f.name === want.name);
    if (!got) problems.push(`${want.name}: no top-level declaration`);
    else if (!got.custom) problems.push(`${want.name}: no JSDoc with @customfunction directly above`);
    else if (got.params.join(',') !== want.params.join(',')) {
      problems.push(
        `${want.name}: parameters (${got.params.join(', ')}) instead of (${want.params.join(', ')})`,
      );
    }
  }
  return problems;
}
