/**
 * The one error type of the core. It carries a message code and its parameters, not text:
 * `src/i18n` turns it into Russian or English. Every code thrown must have a message in
 * `src/i18n/ru.ts` and `en.ts` (a test checks this).
 */

/**
 * A parameter that is itself a message (an argument's name, a column's title): shown as that message's
 * text in the reader's language. Every other parameter is shown literally, so a person's text that happens
 * to equal a message code ("app.name", "toString") stays what they typed.
 */
export interface MsgRef {
  readonly msgRef: string;
}

export function msgRef(code: string): MsgRef {
  return { msgRef: code };
}

export function isMsgRef(v: unknown): v is MsgRef {
  return typeof v === 'object' && v !== null && typeof (v as MsgRef).msgRef === 'string';
}

export type ErrorParam = string | number | boolean | undefined | MsgRef;
export type ErrorParams = Record<string, ErrorParam>;

export class DomainError extends Error {
  readonly code: string;
  readonly params: ErrorParams;
  /**
   * Which part of the input is wrong, as a path in the terms of the throwing function's own input
   * (`rates`, `components[2].tiers[0].from`). Each edge maps paths to its cells or arguments once.
   */
  readonly field: string | undefined;

  constructor(code: string, params: ErrorParams = {}, field?: string) {
    super(`${code} ${JSON.stringify(params)}${field ? ` at ${field}` : ''}`);
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
    this.field = field;
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof Error && e.name === 'DomainError' && typeof (e as DomainError).code === 'string';
}
