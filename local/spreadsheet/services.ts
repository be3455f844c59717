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
