/**
 * What one action has read, kept until it writes that tab: a tab two steps of the action need (the settings,
 * the month tab) is read once. A write the action reports (`noteWritten`, `writeGrid`'s `written`) to the tab
 * an entry was read from ends that entry; an entry that found no tab ends with any write. An entry is shared by
 * every step that asks: a caller must not change what it gets (the settings reader hands out copies of its rows,
 * which readers trim as they go; the month tab's content is only read).
 */
export class ReadMemo {
  private readonly entries = new Map<string, { at: number; tab: string | null; value: unknown }>();

  /** `written`: the action's list of writes by tab name, which only grows (one entry per write). */
  constructor(private readonly written: readonly string[]) {}

  /** `read()`'s answer, read once per `key` until its tab (`tabOf` the answer; null: none) is written. */
  get<T>(key: string, read: () => T, tabOf: (value: T) => string | null): T {
    const known = this.entries.get(key);
    if (known && this.unwritten(known.at, known.tab)) return known.value as T;
    const value = read();
    this.entries.set(key, { at: this.written.length, tab: tabOf(value), value });
    return value;
  }

  private unwritten(at: number, tab: string | null): boolean {
    if (tab === null) return this.written.length === at;
    for (let k = at; k < this.written.length; k++) if (this.written[k] === tab) return false;
    return true;
  }
}
