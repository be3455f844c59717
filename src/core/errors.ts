/**
 * The one error type of the core. It carries a message code and its parameters, not text:
 * `src/i18n` turns it into Russian or English. Every code thrown must have a message in
 * `src/i18n/messages/*.ts` (a test checks this).
 */
export type ErrorParams = Record<string, string | number | boolean | undefined>;

export class DomainError extends Error {
  readonly code: string;
  readonly params: ErrorParams;

  constructor(code: string, params: ErrorParams = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof Error && e.name === 'DomainError' && typeof (e as DomainError).code === 'string';
}
