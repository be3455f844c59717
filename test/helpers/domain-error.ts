import { isDomainError } from '../../src/core/errors';
import { messageOf, tCode } from '../../src/i18n';

/**
 * Asserts `fn` throws a DomainError `code` (with at least `params`) whose message exists in Russian and
 * English with every parameter filled.
 */
export function expectDomainError(
  fn: () => unknown,
  code: string,
  params: Record<string, unknown> = {},
): void {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  if (!isDomainError(thrown)) throw new Error(`expected DomainError ${code}, got ${String(thrown)}`);
  expect(thrown.code).toBe(code);
  expect(thrown.params).toMatchObject(params);
  expect(messageOf(code)).toBeDefined();
  for (const lang of ['ru', 'en'] as const) expect(tCode(code, lang, thrown.params)).not.toMatch(/\{\w+\}/);
}
