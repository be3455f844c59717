/** LockService and Session: the services the add-on calls besides SpreadsheetApp (others grow on demand). */
import type { CallCounter } from './counter';
import type { Covers } from './types';

export interface LockSlot {
  holder: object | null;
}

export class Lock implements Covers<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'> {
  constructor(
    private readonly slot: LockSlot,
    private readonly counter: CallCounter,
  ) {}
  tryLock(_timeoutInMillis: number): boolean {
    this.counter.hit('Lock.tryLock');
    if (this.slot.holder && this.slot.holder !== this) return false;
    this.slot.holder = this;
    return true;
  }
  releaseLock(): void {
    this.counter.hit('Lock.releaseLock');
    if (this.slot.holder === this) this.slot.holder = null;
  }
}

/**
 * LockService. Everything runs on one thread, so a lock is busy only when a test holds it (take one with
 * getDocumentLock().tryLock() before running an action to see how the action copes).
 */
export class LockService {
  constructor(
    private readonly counter: CallCounter,
    /** The document's lock (kept by the spreadsheet, so every context on it shares it). */
    readonly document: LockSlot,
  ) {}
  getDocumentLock(): Lock {
    this.counter.hit('LockService.getDocumentLock');
    return new Lock(this.document, this.counter);
  }
}

export class Session {
  constructor(
    private readonly counter: CallCounter,
    private readonly userLocale: string,
  ) {}
  getActiveUserLocale(): string {
    this.counter.hit('Session.getActiveUserLocale');
    return this.userLocale;
  }
}

/** What HtmlService's template gives: the page with its scriptlets filled in, and its size. */
export class HtmlOutput
  implements Covers<GoogleAppsScript.HTML.HtmlOutput, 'setWidth' | 'setHeight' | 'getContent'>
{
  width = 0;
  height = 0;
  constructor(
    private readonly counter: CallCounter,
    readonly content: string,
  ) {}
  setWidth(width: number): this {
    this.counter.hit('HtmlOutput.setWidth');
    this.width = width;
    return this;
  }
  setHeight(height: number): this {
    this.counter.hit('HtmlOutput.setHeight');
    this.height = height;
    return this;
  }
  getContent(): string {
    this.counter.hit('HtmlOutput.getContent');
    return this.content;
  }
}

/**
 * HtmlService over the built pages (dist/<Page>.html). A template's `<?!= name ?>` scriptlets print the
 * template's property `name` as it is (the only scriptlet form the pages use); other scriptlets are refused.
 */
export class HtmlService {
  constructor(
    private readonly counter: CallCounter,
    private readonly readPage: (name: string) => string,
  ) {}
  createTemplateFromFile(name: string): Record<string, unknown> & { evaluate(): HtmlOutput } {
    this.counter.hit('HtmlService.createTemplateFromFile');
    const source = this.readPage(name);
    const counter = this.counter;
    const template: Record<string, unknown> & { evaluate(): HtmlOutput } = {
      evaluate(): HtmlOutput {
        counter.hit('HtmlTemplate.evaluate');
        if (/<\?(?!!= *\w+ *\?>)/.test(source))
          throw new Error(`${name}: a scriptlet this fake does not evaluate`);
        return new HtmlOutput(
          counter,
          source.replace(/<\?!= *(\w+) *\?>/g, (_, prop: string) => String(template[prop] ?? '')),
        );
      },
    };
    return template;
  }
}
