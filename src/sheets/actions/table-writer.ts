import type { Light } from '../../core/own-days';
import { type Grid, type Rect, rect } from '../grid';
import { LIGHTS } from './month-format';

export const SECTION_BG = '#d9e2f3';

/**
 * Writes a generated tab's tables top to bottom (the Report and Plan tabs): `row` is the next free row,
 * `width` the columns a section title spans.
 */
export class TableWriter {
  constructor(
    readonly g: Grid,
    public row: number,
    readonly width: number,
  ) {}

  /** A section title across the tables' width (the same look on every generated tab). */
  section(title: string): void {
    this.g.text(this.row, 1, title);
    this.g.bold(rect(this.row, 1)).background(rect(this.row, 1, 1, this.width), SECTION_BG);
    this.row++;
  }

  header(heads: string[], col = 1): void {
    heads.forEach((h, i) => {
      this.g.text(this.row, col + i, h);
    });
    const hr = rect(this.row, col, 1, heads.length);
    this.g.header(hr);
    this.row++;
  }

  /** A number with its format; nothing for null. */
  put(r: number, c: number, v: number | null, format: string): void {
    if (v === null) return;
    this.g.set(r, c, v);
    this.g.format(rect(r, c), format);
  }

  line(text: string): void {
    this.g.text(this.row, 1, text);
    this.row++;
  }

  /** The light's background (the month tab's palette); nothing when there is no light. */
  light(at: Rect, light: Light | null): void {
    if (light) this.g.background(at, LIGHTS[light]);
  }
}
