import { absenceDays, dayOf } from '../../src/core/dates';

describe('absenceDays', () => {
  test('lays out from/to periods day by day, both ends included; one end: that day; none: nothing', () => {
    // 30 December 2025 – 2 January 2026 is 4 days across the new year; 5 March alone; a blank row none.
    const d = dayOf(2025, 12, 30);
    const march5 = dayOf(2026, 3, 5);
    expect(absenceDays([[d, d + 3]])).toEqual([d, d + 1, d + 2, d + 3]);
    expect(absenceDays([[d, d + 3]]).at(-1)).toBe(dayOf(2026, 1, 2));
    expect(
      absenceDays([
        [march5, null],
        [null, null],
        [null, march5],
      ]),
    ).toEqual([march5, march5]);
    expect(absenceDays([])).toEqual([]);
  });
});
