import { detectSource } from '../../src/core/import';
import { partsOf, stagedColumns } from '../../src/ui/import-parts';

const table = {
  header: [
    'ID',
    'Название сделки',
    'Товар',
    'Сумма',
    'Ответственный',
    'Дата создания',
    'Стадия сделки',
    'Комментарий',
  ],
  rows: [
    ['1', 'A', 'x', '10', 'Анна', '01.11.2026', 'Новая', 'c1'],
    ['2', 'B', 'x', '20', 'Анна', '01.11.2026', 'Новая', 'c2'],
    ['2', 'B', 'y', '30', 'Анна', '01.11.2026', 'Новая', 'c3'],
    ['3', 'C', 'x', '40', 'Иван', '02.11.2026', 'Новая', 'c4'],
    ['4', 'D', 'x', '50', 'Иван', '02.11.2026', 'Новая', 'c5'],
  ],
};

describe('what the Import dialog sends', () => {
  test('only the columns the import reads, and the id column found among them', () => {
    const detection = detectSource(table.header);
    const staged = stagedColumns(table, detection);
    expect(staged.table.header).not.toContain('Комментарий');
    expect(staged.table.header[staged.idColumn ?? -1]).toBe('ID');
    expect(detectSource(staged.table.header).source).toBe(detection.source);
  });

  test('parts of the given size, never splitting one deal’s rows; the header only in the first', () => {
    const parts = partsOf('f.csv', table, 0, 2);
    expect(parts.map((p) => p.rows.map((r) => r[0]))).toEqual([
      ['1', '2', '2'],
      ['3', '4'],
    ]);
    expect(parts.map((p) => p.header)).toEqual([table.header, null]);
    expect(parts.flatMap((p) => p.rows)).toEqual(table.rows);
  });

  test('without an id column the parts are cut by size alone', () => {
    expect(partsOf('f.csv', table, undefined, 2).map((p) => p.rows.length)).toEqual([2, 2, 1]);
  });
});
