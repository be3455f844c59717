import path from 'node:path';
import { bindBuiltins, GLOBAL_NAME } from '../../scripts/build';
import { checkBundle, collectEntryExports, wrapperSource } from '../../scripts/entry-exports';

const entry = (name: string) => path.join(__dirname, '../fixtures/entries', `${name}.ts`);

describe('the build reads the entry through re-exports', () => {
  test('a re-exported custom function keeps its JSDoc and parameter names', () => {
    const [e] = collectEntryExports(entry('good'));
    expect(e).toMatchObject({ name: 'DOUBLE_IT', params: ['x'], custom: true });
    expect(e.jsdoc).toMatch(/^\/\*\*[\s\S]*@customfunction[\s\S]*\*\/$/);
  });
});

describe('the build fails loudly', () => {
  test.each([
    ['arrow', /"ARROW_FN" is not a function declaration/],
    ['no-doc', /"NO_DOC" .* has no JSDoc block/],
    ['builtin', /clashes with the built-in Sheets function SUM/],
    ['wrong-params', /@param names \(y\) differ from its parameters \(x\)/],
    ['case-clash', /"DOUBLE_IT" clashes with "Double_It" \(Sheets ignores case\)/],
  ])('%s', (name, message) => {
    expect(() => collectEntryExports(entry(name))).toThrow(message);
  });
});

describe('the final file keeps what Sheets reads', () => {
  const exports = collectEntryExports(entry('good'));
  const wrappers = wrapperSource(exports, GLOBAL_NAME);
  const bundle = `var ${GLOBAL_NAME}=(()=>{var a=1;return{DOUBLE_IT:(b)=>b*2*a}})();\n`;

  test('a minified bundle with the wrappers appended passes, with the built-ins bound inside', () => {
    const bound = bindBuiltins(bundle);
    expect(bound).toContain(`var ${GLOBAL_NAME}=((Math,Number,`);
    expect(checkBundle(`${bound}\n${wrappers}`, exports, GLOBAL_NAME)).toEqual([]);
    const g = new Function(`${bound}\n${wrappers}\nreturn DOUBLE_IT;`)() as (x: number) => number;
    expect(g(21)).toBe(42);
  });

  test('a wrapper whose parameter was renamed, whose JSDoc moved or that is missing fails the build', () => {
    const renamed = wrappers.replace('function DOUBLE_IT(x)', 'function DOUBLE_IT(a)');
    expect(checkBundle(`${bundle}\n${renamed}`, exports, GLOBAL_NAME)).toEqual([
      '"DOUBLE_IT": parameters (a) in the bundle instead of (x)',
    ]);
    const moved = wrappers.replace('function DOUBLE_IT', 'var z;\nfunction DOUBLE_IT');
    expect(checkBundle(`${bundle}\n${moved}`, exports, GLOBAL_NAME)).toEqual([
      '"DOUBLE_IT": its JSDoc is not directly above it in the bundle',
    ]);
    expect(checkBundle(bundle, exports, GLOBAL_NAME)).toEqual([
      '"DOUBLE_IT" is not a top-level function declaration of the bundle',
    ]);
    expect(checkBundle(wrappers, exports, GLOBAL_NAME)).toEqual([
      `the bundle declares ${GLOBAL_NAME} 0 times at the top level`,
    ]);
  });

  test('an IIFE of another shape is refused, not bound half-way', () => {
    expect(() => bindBuiltins(`var ${GLOBAL_NAME}=function(){}();\n`)).toThrow(/not one/);
  });
});
