import { monthInText } from '../../src/i18n';
import { Grid, rect } from '../../src/sheets/grid';
import { labelLines } from '../../src/sheets/label-lines';
import { fitWidths, textPx } from '../../src/sheets/widths';

describe('label lines (the Report and the Bonus tab)', () => {
  /** A table's name column (180 px) under a block of label lines, as the Report has it. */
  function grid(labels: string[]) {
    const g = new Grid(3 + labels.length, 5);
    g.widths[1] = 180;
    for (let c = 2; c <= 5; c++) g.widths[c] = 115;
    g.text(1, 1, 'Сотрудник').header(rect(1, 1));
    g.text(2, 1, 'Анна Смирнова').set(2, 2, 1_000);
    const col = labelLines(
      g,
      3,
      1,
      labels.map((l, i) => [l, 1_900_035 + i, '#,##0 "₽"']),
    );
    return { g, col };
  }

  test('a long label is merged across the columns it needs; its figure follows, left-aligned; column A keeps its width', () => {
    const label = 'Выручка: прогноз по темпу на 20.11.2026'; // 283 px: more than A (180), less than A:B (295)
    expect(textPx(label)).toBe(283);
    const { g, col } = grid([label, 'Факт на сегодня']);
    expect(col).toBe(3);
    expect(g.merges).toEqual([rect(3, 1, 1, 2), rect(4, 1, 1, 2)]);
    expect([g.values[2][2], g.values[3][2]]).toEqual([1_900_035, 1_900_036]);
    expect(g.aligns).toEqual([{ rect: rect(3, 3, 2, 1), align: 'left' }]);
    fitWidths(g);
    expect(g.widths[1]).toBe(180);
  });

  test('one figure column for the block: the longest label decides; a short block is not merged', () => {
    // 44 characters (the English forecast label): A:B is 295 px, so A:C
    expect(grid(['Revenue: run-rate forecast as of 20 Nov 2026', 'Actual so far']).col).toBe(4);
    const short = grid(['Фонд премий', 'Менеджерам']);
    expect(short.col).toBe(2);
    expect(short.g.merges).toEqual([]);
  });

  test('a label longer than the grid: the figure in the last column', () => {
    expect(grid(['x'.repeat(200)]).col).toBe(5);
  });
});

test('a month inside a sentence: lower case in Russian, as written in English', () => {
  expect([monthInText(11, 'ru'), monthInText(11, 'en'), monthInText(1, 'ru')]).toEqual([
    'ноябрь',
    'November',
    'январь',
  ]);
});
