import path from 'node:path';
import { collectEntryExports } from '../../scripts/entry-exports';

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
