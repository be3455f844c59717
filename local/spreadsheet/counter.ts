/** Counts every call the add-on makes into the in-memory services, by `Class.method`. */
export class CallCounter {
  private readonly service = new Map<string, number>();
  private readonly builder = new Map<string, number>();
  private calls = 0;
  private fault: { at: number; make: (method: string) => Error } | null = null;

  /** A call into the service (Range, Sheet, Spreadsheet, Ui, ...). */
  hit(method: string): void {
    this.calls++;
    if (this.fault && this.calls === this.fault.at) {
      const { make } = this.fault;
      this.fault = null;
      throw make(method);
    }
    this.service.set(method, (this.service.get(method) || 0) + 1);
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
