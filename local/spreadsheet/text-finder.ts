/**
 * Spreadsheet.createTextFinder as the add-on uses it: find a text in the formulas of every tab and replace
 * it (`matchFormulaText(true).replaceAllWith(…)`). Formulas only: the add-on re-points references; plain
 * values are left alone as Sheets leaves them when the text is not in them.
 */
import type { CallCounter } from './counter';
import type { Sheet } from './sheet';
import type { Covers } from './types';

export class TextFinder
  implements
    Covers<GoogleAppsScript.Spreadsheet.TextFinder, 'matchCase' | 'matchFormulaText' | 'replaceAllWith'>
{
  private caseSensitive = false;
  private inFormulas = false;

  constructor(
    private readonly counter: CallCounter,
    private readonly sheets: () => Sheet[],
    private readonly text: string,
  ) {}

  matchCase(matchCase: boolean): this {
    this.counter.hit('TextFinder.matchCase');
    this.caseSensitive = matchCase;
    return this;
  }

  matchFormulaText(matchFormulaText: boolean): this {
    this.counter.hit('TextFinder.matchFormulaText');
    this.inFormulas = matchFormulaText;
    return this;
  }

  /** Replaces every occurrence in formula cells; returns how many cells changed. */
  replaceAllWith(replaceText: string): number {
    this.counter.hit('TextFinder.replaceAllWith');
    if (!this.inFormulas || this.text === '') return 0;
    const escaped = this.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(escaped, this.caseSensitive ? 'g' : 'gi');
    let changed = 0;
    for (const sheet of this.sheets()) {
      const { rows, columns } = sheet.extent();
      if (rows === 0 || columns === 0) continue;
      const rect = { row: 1, column: 1, numRows: rows, numColumns: columns };
      sheet.readFormulas(rect).forEach((line, r) => {
        line.forEach((formula, c) => {
          if (!formula || !pattern.test(formula)) return;
          pattern.lastIndex = 0;
          const next = formula.replace(pattern, () => replaceText);
          sheet.writeFormulas({ row: r + 1, column: c + 1, numRows: 1, numColumns: 1 }, [[next]]);
          changed++;
        });
      });
    }
    return changed;
  }
}
