/**
 * Sheet.getRangeList: one call sets the same thing on many ranges (Apps Script's RangeList). Only the
 * setters the add-on uses are modelled; each is one service call whatever the number of ranges.
 */
import type { Range } from './range';
import type { Covers } from './types';

type RangeListApi = GoogleAppsScript.Spreadsheet.RangeList;

export class RangeList
  implements
    Covers<
      RangeListApi,
      | 'getRanges'
      | 'setBackground'
      | 'setFontWeight'
      | 'setFontColor'
      | 'setNumberFormat'
      | 'setWrap'
      | 'setHorizontalAlignment'
    >
{
  constructor(private readonly ranges: readonly Range[]) {}

  private hit(method: string, args: unknown[]): void {
    this.ranges[0]?.sheet.spreadsheet.counter.hit(`RangeList.${method}`, args);
  }

  getRanges(): Range[] {
    this.hit('getRanges', []);
    return this.ranges.slice();
  }

  setBackground(color: string | null): this {
    this.hit('setBackground', [color]);
    for (const r of this.ranges) r.quietly((q) => q.setBackground(color));
    return this;
  }

  setFontWeight(weight: 'bold' | 'normal' | null): this {
    this.hit('setFontWeight', [weight]);
    for (const r of this.ranges) r.quietly((q) => q.setFontWeight(weight));
    return this;
  }

  setFontColor(color: string | null): this {
    this.hit('setFontColor', [color]);
    for (const r of this.ranges) r.quietly((q) => q.setFontColor(color));
    return this;
  }

  setNumberFormat(format: string): this {
    this.hit('setNumberFormat', [format]);
    for (const r of this.ranges) r.quietly((q) => q.setNumberFormat(format));
    return this;
  }

  setWrap(wrap: boolean): this {
    this.hit('setWrap', [wrap]);
    for (const r of this.ranges) r.quietly((q) => q.setWrap(wrap));
    return this;
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): this {
    this.hit('setHorizontalAlignment', [alignment]);
    for (const r of this.ranges) r.quietly((q) => q.setHorizontalAlignment(alignment));
    return this;
  }
}
