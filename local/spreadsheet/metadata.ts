/** Sheet-level developer metadata: the key/value pairs an add-on attaches to a tab to find it again. */
import type { CallCounter } from './counter';
import type { Sheet } from './sheet';
import type { Covers } from './types';

export class DeveloperMetadata
  implements Covers<GoogleAppsScript.Spreadsheet.DeveloperMetadata, 'getValue' | 'remove'>
{
  constructor(
    private readonly counter: CallCounter,
    readonly sheet: Sheet,
    readonly key: string,
    readonly value: string | null,
  ) {}
  getValue(): string {
    this.counter.hit('DeveloperMetadata.getValue');
    return this.value as string;
  }
  getLocation(): { getSheet(): Sheet } {
    this.counter.hit('DeveloperMetadata.getLocation');
    return { getSheet: () => this.sheet };
  }
  remove(): void {
    this.counter.hit('DeveloperMetadata.remove');
    const list = this.sheet.metadata;
    const i = list.indexOf(this);
    if (i >= 0) list.splice(i, 1);
  }
}

/** Spreadsheet.createDeveloperMetadataFinder(): filters on key and value, then `find()` (one call). */
export class DeveloperMetadataFinder {
  private key: string | null = null;
  private value: string | null = null;
  constructor(
    private readonly counter: CallCounter,
    private readonly sheets: () => Sheet[],
  ) {}
  withKey(key: string): this {
    this.counter.hitBuilder('DeveloperMetadataFinder.withKey');
    this.key = key;
    return this;
  }
  withValue(value: string): this {
    this.counter.hitBuilder('DeveloperMetadataFinder.withValue');
    this.value = value;
    return this;
  }
  find(): DeveloperMetadata[] {
    this.counter.hit('DeveloperMetadataFinder.find');
    return this.sheets()
      .flatMap((s) => s.metadata)
      .filter(
        (m) => (this.key === null || m.key === this.key) && (this.value === null || m.value === this.value),
      );
  }
}
