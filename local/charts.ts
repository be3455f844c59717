/**
 * The charts a tab carries, drawn as SVG: exceljs writes no charts into the .xlsx, so the demo's pictures
 * draw the Sheets charts themselves, from the same ranges the charts point at (a header row, the categories
 * in the first column, one series per further column). Three kinds, the ones the add-on makes: COLUMN
 * (grouped columns), LINE (one line per series; a blank stops a line) and BAR (horizontal bars with their
 * values). Numbers are written in the spreadsheet's locale (ru: "12 млн", en: "12M"). Own code (about 200
 * lines) rather than a chart library: the three kinds are simple, and a library would bring a DOM to Node.
 */
import type { Spreadsheet } from './spreadsheet';

export type ChartKind = 'COLUMN' | 'LINE' | 'BAR';

export interface ChartSpec {
  kind: ChartKind;
  title: string;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}

/** Google Sheets' default series colours. */
const COLORS = ['#4285f4', '#db4437', '#f4b400', '#0f9d58'];
const W = 720;
const H = 360;
const FONT = 'DejaVu Sans, Arial, sans-serif';

const xmlText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A rough text width in pixels (DejaVu Sans averages about 0.6 em a character). */
const widthOf = (s: string, size: number) => s.length * size * 0.6;

/** The chart of a table: its header row names the series, its first column holds the categories. */
export function chartSpecOf(kind: ChartKind, title: string, table: unknown[][]): ChartSpec {
  const [header = [], ...rows] = table;
  const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return {
    kind,
    title,
    categories: rows.map((r) => String(r[0] ?? '')),
    series: header
      .slice(1)
      .map((name, i) => ({ name: String(name), values: rows.map((r) => number(r[i + 1])) })),
  };
}

/** Every chart on tab `name` of the spreadsheet, with the values its ranges hold now. */
export function chartsOfTab(ss: Spreadsheet, name: string): ChartSpec[] {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return [];
  return sheet.charts
    .filter((c) => ['COLUMN', 'LINE', 'BAR'].includes(c.data.chartType))
    .map((c) => {
      // several ranges are columns side by side, the first holding the categories (the add-on gives one)
      const [first = [], ...more] = c.data.ranges.map((r) => r.getValues());
      const table = first.map((row, i) => row.concat(...more.map((t) => t[i] ?? [])));
      const title = c.data.options.title === undefined ? '' : String(c.data.options.title);
      return chartSpecOf(c.data.chartType as ChartKind, title, table);
    });
}

/** Round axis steps: 1, 2 or 5 times a power of ten, about five of them from 0 to the maximum. */
export function axisTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}

/** Numbers as the locale writes them; `short` uses the compact form for axis labels ("12 млн"). */
export function numberText(v: number, locale: string, short = false): string {
  const tag = locale.replace('_', '-');
  const options: Intl.NumberFormatOptions = short
    ? { notation: 'compact', maximumFractionDigits: 1 }
    : { maximumFractionDigits: Math.abs(v) >= 100 ? 0 : 1 };
  return new Intl.NumberFormat(tag, options).format(v);
}

interface Frame {
  left: number;
  top: number;
  width: number;
  height: number;
}

function text(x: number, y: number, s: string, size: number, anchor = 'middle', extra = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}" text-anchor="${anchor}" fill="#333"${extra}>${xmlText(s)}</text>`;
}

/** The title on top and the legend below it (one swatch and name per series). */
function heading(spec: ChartSpec): string[] {
  const out = [text(W / 2, 24, spec.title, 15, 'middle', ' font-weight="bold"')];
  if (spec.series.length < 2 && spec.kind === 'BAR') return out;
  const items = spec.series.map((s) => widthOf(s.name, 12) + 40);
  let x = (W - items.reduce((a, b) => a + b, 0)) / 2;
  spec.series.forEach((s, i) => {
    out.push(`<rect x="${x.toFixed(1)}" y="38" width="12" height="12" fill="${COLORS[i % COLORS.length]}"/>`);
    out.push(text(x + 18, 48.5, s.name, 12, 'start'));
    x += items[i];
  });
  return out;
}

/** The value axis (horizontal gridlines and labels) of a vertical chart. */
function valueGrid(f: Frame, ticks: number[], locale: string): string[] {
  const top = ticks[ticks.length - 1];
  return ticks.map((v) => {
    const y = f.top + f.height - (v / top) * f.height;
    return `<line x1="${f.left}" y1="${y.toFixed(1)}" x2="${f.left + f.width}" y2="${y.toFixed(1)}" stroke="${v === 0 ? '#666' : '#ddd'}"/>${text(f.left - 6, y + 4, numberText(v, locale, true), 11, 'end')}`;
  });
}

/**
 * Category labels under a vertical chart: a label wider than its slot goes on two lines at a space
 * ("Анна / Смирнова") when that makes them fit; otherwise every k-th label only, on one line ("1 Nov").
 */
function categoryLabels(f: Frame, categories: string[], at: (i: number) => number): string[] {
  const slot = f.width / Math.max(1, categories.length);
  const widest = (labels: string[][]) => Math.max(1, ...labels.flat().map((l) => widthOf(l, 11)));
  const split = categories.map((c) => {
    const space = c.indexOf(' ');
    return widthOf(c, 11) + 8 > slot && space > 0 ? [c.slice(0, space), c.slice(space + 1)] : [c];
  });
  const whole = categories.map((c) => [c]);
  const lines = widest(split) + 8 <= slot ? split : whole;
  const every = Math.max(1, Math.ceil((widest(lines) + 8) / slot));
  return lines.flatMap((label, i) =>
    i % every === 0 ? label.map((line, k) => text(at(i), f.top + f.height + 16 + 13 * k, line, 11)) : [],
  );
}

function columns(spec: ChartSpec, f: Frame, locale: string): string[] {
  const ticks = axisTicks(Math.max(0, ...spec.series.flatMap((s) => s.values.map((v) => v ?? 0))));
  const top = ticks[ticks.length - 1];
  const slot = f.width / Math.max(1, spec.categories.length);
  const bar = (slot * 0.7) / Math.max(1, spec.series.length);
  const out = valueGrid(f, ticks, locale);
  spec.series.forEach((s, k) => {
    s.values.forEach((v, i) => {
      if (v === null || v <= 0) return;
      const h = (v / top) * f.height;
      const x = f.left + i * slot + slot * 0.15 + k * bar;
      out.push(
        `<rect x="${x.toFixed(1)}" y="${(f.top + f.height - h).toFixed(1)}" width="${(bar - 1).toFixed(1)}" height="${h.toFixed(1)}" fill="${COLORS[k % COLORS.length]}"/>`,
      );
    });
  });
  return out.concat(categoryLabels(f, spec.categories, (i) => f.left + (i + 0.5) * slot));
}

function lines(spec: ChartSpec, f: Frame, locale: string): string[] {
  const ticks = axisTicks(Math.max(0, ...spec.series.flatMap((s) => s.values.map((v) => v ?? 0))));
  const top = ticks[ticks.length - 1];
  const step = f.width / Math.max(1, spec.categories.length - 1);
  const at = (i: number) => f.left + i * step;
  const out = valueGrid(f, ticks, locale);
  spec.series.forEach((s, k) => {
    const points = s.values
      .map((v, i) =>
        v === null ? null : `${at(i).toFixed(1)},${(f.top + f.height - (v / top) * f.height).toFixed(1)}`,
      )
      .filter((p) => p !== null);
    out.push(
      `<polyline points="${points.join(' ')}" fill="none" stroke="${COLORS[k % COLORS.length]}" stroke-width="2.5" stroke-linejoin="round"/>`,
    );
  });
  return out.concat(categoryLabels(f, spec.categories, at));
}

function bars(spec: ChartSpec, f: Frame, locale: string): string[] {
  const values = spec.series[0]?.values ?? [];
  const max = Math.max(1, ...values.map((v) => v ?? 0));
  const labelWidth = Math.max(...spec.categories.map((c) => widthOf(c, 12)), 40) + 10;
  const left = f.left - 60 + labelWidth;
  const width = f.width + 60 - labelWidth - 70;
  const slot = f.height / Math.max(1, spec.categories.length);
  const out: string[] = [];
  spec.categories.forEach((c, i) => {
    const v = values[i] ?? 0;
    const y = f.top + i * slot;
    const w = Math.max(0, (v / max) * width);
    out.push(text(left - 8, y + slot / 2 + 4, c, 12, 'end'));
    out.push(
      `<rect x="${left}" y="${(y + slot * 0.15).toFixed(1)}" width="${w.toFixed(1)}" height="${(slot * 0.7).toFixed(1)}" fill="${COLORS[0]}"/>`,
    );
    out.push(text(left + w + 6, y + slot / 2 + 4, numberText(v, locale), 12, 'start'));
  });
  return out;
}

/** The chart as a standalone SVG document, 720 × 360, white background. */
export function chartSvg(spec: ChartSpec, locale: string): string {
  const frame: Frame = { left: 70, top: 64, width: W - 90, height: H - 64 - 44 };
  const body =
    spec.kind === 'BAR'
      ? bars(spec, frame, locale)
      : spec.kind === 'LINE'
        ? lines(spec, frame, locale)
        : columns(spec, frame, locale);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT}">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    ...heading(spec),
    ...body,
    '</svg>',
  ].join('\n');
}
