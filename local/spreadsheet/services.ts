/** PropertiesService, LockService, Session, Utilities, Logger, CacheService and a minimal HtmlService. */
import type { CallCounter } from './counter';
import type { Covers } from './types';
import { isDate } from './types';
import { formatDate } from './tz';

export class Properties
  implements
    Covers<
      GoogleAppsScript.Properties.Properties,
      'getProperty' | 'setProperty' | 'deleteProperty' | 'getProperties' | 'getKeys' | 'deleteAllProperties'
    >
{
  private readonly store = new Map<string, string>();
  /** Set by the globals factory so calls are counted; null for a bare store. */
  counter: CallCounter | null = null;
  constructor(private readonly label = 'Properties') {}
  private hit(method: string): void {
    if (this.counter) this.counter.hit(this.label + '.' + method);
  }
  getProperty(key: string): string | null {
    this.hit('getProperty');
    const v = this.store.get(key);
    return v === undefined ? null : v;
  }
  setProperty(key: string, value: string): this {
    this.hit('setProperty');
    this.store.set(key, String(value));
    return this;
  }
  deleteProperty(key: string): this {
    this.hit('deleteProperty');
    this.store.delete(key);
    return this;
  }
  getProperties(): Record<string, string> {
    this.hit('getProperties');
    const out: Record<string, string> = {};
    for (const [k, v] of this.store) out[k] = v;
    return out;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): this {
    this.hit('setProperties');
    if (deleteAllOthers) this.store.clear();
    for (const k of Object.keys(properties)) this.store.set(k, String(properties[k]));
    return this;
  }
  getKeys(): string[] {
    this.hit('getKeys');
    return Array.from(this.store.keys());
  }
  deleteAllProperties(): this {
    this.hit('deleteAllProperties');
    this.store.clear();
    return this;
  }
}

export class PropertiesService {
  constructor(
    private readonly counter: CallCounter,
    private readonly document: Properties,
    private readonly script: Properties,
    private readonly user: Properties,
  ) {
    for (const p of [document, script, user]) p.counter = counter;
  }
  getDocumentProperties(): Properties {
    this.counter.hit('PropertiesService.getDocumentProperties');
    return this.document;
  }
  getScriptProperties(): Properties {
    this.counter.hit('PropertiesService.getScriptProperties');
    return this.script;
  }
  getUserProperties(): Properties {
    this.counter.hit('PropertiesService.getUserProperties');
    return this.user;
  }
}

/** Who holds a lock: shared by all Lock objects of one scope. */
export interface LockSlot {
  holder: object | null;
}

export class Lock
  implements Covers<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>
{
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
  waitLock(_timeoutInMillis: number): void {
    this.counter.hit('Lock.waitLock');
    if (this.slot.holder && this.slot.holder !== this) {
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    }
    this.slot.holder = this;
  }
  releaseLock(): void {
    this.counter.hit('Lock.releaseLock');
    if (this.slot.holder === this) this.slot.holder = null;
  }
  hasLock(): boolean {
    this.counter.hit('Lock.hasLock');
    return this.slot.holder === this;
  }
}

/**
 * LockService. Everything runs on one thread, so a lock is busy only when a test holds it (take one with
 * getDocumentLock().tryLock() before running an action to see how the action copes).
 */
export class LockService {
  readonly script: LockSlot = { holder: null };
  readonly user: LockSlot = { holder: null };
  constructor(
    private readonly counter: CallCounter,
    /** The document's lock (kept by the spreadsheet, so every context on it shares it). */
    readonly document: LockSlot,
  ) {}
  getDocumentLock(): Lock {
    this.counter.hit('LockService.getDocumentLock');
    return new Lock(this.document, this.counter);
  }
  getScriptLock(): Lock {
    this.counter.hit('LockService.getScriptLock');
    return new Lock(this.script, this.counter);
  }
  getUserLock(): Lock {
    this.counter.hit('LockService.getUserLock');
    return new Lock(this.user, this.counter);
  }
}

export class Session {
  constructor(
    private readonly counter: CallCounter,
    private readonly userLocale: string,
    private readonly scriptTimeZone: string,
    private readonly email: string,
  ) {}
  getActiveUserLocale(): string {
    this.counter.hit('Session.getActiveUserLocale');
    return this.userLocale;
  }
  getScriptTimeZone(): string {
    this.counter.hit('Session.getScriptTimeZone');
    return this.scriptTimeZone;
  }
  getActiveUser(): { getEmail(): string } {
    this.counter.hit('Session.getActiveUser');
    const email = this.email;
    return { getEmail: () => email };
  }
  getEffectiveUser(): { getEmail(): string } {
    this.counter.hit('Session.getEffectiveUser');
    const email = this.email;
    return { getEmail: () => email };
  }
  getTemporaryActiveUserKey(): string {
    this.counter.hit('Session.getTemporaryActiveUserKey');
    return 'local-user-key';
  }
}

export class Utilities {
  constructor(private readonly counter: CallCounter) {}
  /** formatDate(date, timeZone, pattern): SimpleDateFormat letters y M d H h m s S E a and 'quoted' text. */
  formatDate(date: Date, timeZone: string, format: string): string {
    this.counter.hit('Utilities.formatDate');
    if (!isDate(date)) throw new Error('Utilities.formatDate: the first argument must be a Date.');
    return formatDate(date.getTime(), timeZone, format);
  }
  /** formatString: %s, %d, %f (with .N precision) and %%. */
  formatString(template: string, ...args: unknown[]): string {
    this.counter.hit('Utilities.formatString');
    let i = 0;
    return template.replace(/%(\.\d+)?([sdf%])/g, (_m, prec: string | undefined, kind: string) => {
      if (kind === '%') return '%';
      const v = args[i++];
      if (kind === 'd') return String(Math.trunc(Number(v)));
      if (kind === 'f') return prec ? Number(v).toFixed(Number(prec.slice(1))) : String(Number(v));
      return String(v);
    });
  }
  sleep(_milliseconds: number): void {
    this.counter.hit('Utilities.sleep');
  }
  getUuid(): string {
    this.counter.hit('Utilities.getUuid');
    const hex = () => Math.floor(Math.random() * 16).toString(16);
    let s = '';
    for (let i = 0; i < 32; i++) s += hex();
    return (
      s.slice(0, 8) +
      '-' +
      s.slice(8, 12) +
      '-4' +
      s.slice(13, 16) +
      '-a' +
      s.slice(17, 20) +
      '-' +
      s.slice(20)
    );
  }
}

export class Logger {
  /** Every line logged, oldest first. */
  readonly lines: string[] = [];
  constructor(
    private readonly counter: CallCounter,
    private readonly echo: boolean,
  ) {}
  log(data: unknown, ...values: unknown[]): this {
    this.counter.hit('Logger.log');
    let line = typeof data === 'string' ? data : JSON.stringify(data);
    if (values.length > 0 && typeof data === 'string') {
      let i = 0;
      line = data.replace(/%s/g, () => String(values[i++]));
    }
    this.lines.push(line);
    if (this.echo) process.stdout.write(line + '\n');
    return this;
  }
  getLog(): string {
    return this.lines.join('\n');
  }
  clear(): void {
    this.lines.length = 0;
  }
}

export class Cache {
  private readonly store = new Map<string, string>();
  constructor(private readonly counter: CallCounter) {}
  get(key: string): string | null {
    this.counter.hit('Cache.get');
    const v = this.store.get(key);
    return v === undefined ? null : v;
  }
  getAll(keys: string[]): Record<string, string> {
    this.counter.hit('Cache.getAll');
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.store.get(k);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, _expirationInSeconds?: number): void {
    this.counter.hit('Cache.put');
    this.store.set(key, String(value));
  }
  putAll(values: Record<string, string>, _expirationInSeconds?: number): void {
    this.counter.hit('Cache.putAll');
    for (const k of Object.keys(values)) this.store.set(k, String(values[k]));
  }
  remove(key: string): void {
    this.counter.hit('Cache.remove');
    this.store.delete(key);
  }
  removeAll(keys: string[]): void {
    this.counter.hit('Cache.removeAll');
    for (const k of keys) this.store.delete(k);
  }
}

export class CacheService {
  private readonly caches: { document: Cache; script: Cache; user: Cache };
  constructor(private readonly counter: CallCounter) {
    this.caches = { document: new Cache(counter), script: new Cache(counter), user: new Cache(counter) };
  }
  getDocumentCache(): Cache {
    this.counter.hit('CacheService.getDocumentCache');
    return this.caches.document;
  }
  getScriptCache(): Cache {
    this.counter.hit('CacheService.getScriptCache');
    return this.caches.script;
  }
  getUserCache(): Cache {
    this.counter.hit('CacheService.getUserCache');
    return this.caches.user;
  }
}

export class HtmlOutput {
  private title = '';
  private width = 300;
  private height = 200;
  constructor(private content: string) {}
  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = content;
    return this;
  }
  append(html: string): this {
    this.content += html;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  getHeight(): number {
    return this.height;
  }
}

export class HtmlService {
  constructor(private readonly counter: CallCounter) {}
  createHtmlOutput(html?: string): HtmlOutput {
    this.counter.hit('HtmlService.createHtmlOutput');
    return new HtmlOutput(html === undefined ? '' : String(html));
  }
}
