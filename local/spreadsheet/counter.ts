import { isRead } from '../../src/sheets/trace';

/**
 * Counts every call the add-on makes into the in-memory services, by `Class.method`; among them the reads
 * (calls that answer with the document's data, so Apps Script must send the queued writes first and wait)
 * and the payload (bytes of the values the setters send).
 */
export class CallCounter {
  private readonly service = new Map<string, number>();
  private readonly builder = new Map<string, number>();
  private calls = 0;
  private readCalls = 0;
  private bytes = 0;
  private fault: { at: number; make: (method: string) => Error } | null = null;

  /** A call into the service (Range, Sheet, Spreadsheet, Ui, ...); `args`: what a setter sends. */
  hit(method: string, args?: ArrayLike<unknown>): void {
    this.calls++;
    if (this.fault && this.calls === this.fault.at) {
      const { make } = this.fault;
      this.fault = null;
      throw make(method);
    }
    this.service.set(method, (this.service.get(method) || 0) + 1);
    if (isRead(method)) this.readCalls++;
    if (args) this.bytes += payloadBytes(Array.from(args));
  }

  /**
   * Fault injection: the n-th service call from now throws (once) instead of taking effect, as a service
   * error or the 6-minute kill would stop it. `make` builds the error (default: a service error).
   */
  failAt(n: number, make?: (method: string) => Error): void {
    this.calls = 0;
    this.fault = { at: n, make: make ?? ((m) => new Error(`Service error: ${m} (injected)`)) };
  }

  /** A call on a builder (conditional format, data validation, chart): cheap in Apps Script, reported apart. */
  hitBuilder(method: string): void {
    this.builder.set(method, (this.builder.get(method) || 0) + 1);
  }

  reset(): void {
    this.calls = 0;
    this.readCalls = 0;
    this.bytes = 0;
    this.fault = null;
    this.service.clear();
    this.builder.clear();
  }

  /** Service calls by method, sorted by name. */
  byMethod(): Record<string, number> {
    return sortedRecord(this.service);
  }

  /** Builder calls by method, sorted by name. */
  builderCalls(): Record<string, number> {
    return sortedRecord(this.builder);
  }

  /** Number of service calls (builders excluded unless asked). */
  total(includeBuilders = false): number {
    let n = 0;
    for (const v of this.service.values()) n += v;
    if (includeBuilders) for (const v of this.builder.values()) n += v;
    return n;
  }

  /** Reads since the last reset: calls that wait for the document's answer (see `isRead`). */
  reads(): number {
    return this.readCalls;
  }

  /** Bytes the setters sent since the last reset, as JSON would carry their values (see `payloadBytes`). */
  payload(): number {
    return this.bytes;
  }

  /** Calls of one method (service or builder). */
  get(method: string): number {
    return this.service.get(method) || this.builder.get(method) || 0;
  }
}

function sortedRecord(map: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Array.from(map.keys()).sort()) out[key] = map.get(key)!;
  return out;
}

/**
 * Bytes of a call's arguments written as JSON: strings with their quotes (UTF-8), numbers and booleans as
 * written, a Date as an ISO string; builders' objects (rules, validations) count nothing here.
 */
export function payloadBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8') + 2;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value).length;
  if (value instanceof Date) return 26;
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (const v of value) n += payloadBytes(v);
    return n;
  }
  return 0;
}
