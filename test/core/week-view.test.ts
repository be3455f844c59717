import fc from 'fast-check';
import { makeCalendar } from '../../src/core/calendar';
import { dayOf, ymdOf } from '../../src/core/dates';
import {
  lastWorkday,
  meetingMonths,
  meetingWeek,
  parseWeek,
  REACHABLE_PACE_FACTOR,
  reachable,
  shiftWeek,
  stageConversions,
  weekBottleneck,
  weeksInIsoYear,
} from '../../src/core/week-view';
import { isoWeekDays, isoWeekOf, weekKey } from '../../src/core/weeks';

const NOV_20 = dayOf(2026, 11, 20); // a Friday
const key = (w: { isoYear: number; isoWeek: number } | null) => (w ? weekKey(w) : null);

describe('the months a meeting needs', () => {
  it('are those its three weeks touch', () => {
    expect(meetingMonths(isoWeekOf(NOV_20)).sort((a, b) => a - b)).toEqual([11]);
    expect(meetingMonths(isoWeekOf(dayOf(2026, 11, 30))).sort((a, b) => a - b)).toEqual([11, 12]);
    expect(meetingMonths(isoWeekOf(dayOf(2026, 12, 30))).sort((a, b) => a - b)).toEqual([1, 12]);
  });

  it('cover every day from last Monday to next Sunday (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf(2020, 1, 1), max: dayOf(2030, 12, 31) }), (d) => {
        const w = isoWeekOf(d);
        const months = new Set(meetingMonths(w));
        const from = isoWeekDays(shiftWeek(w, -1)).monday;
        for (let x = from; x < from + 21; x++) expect(months.has(ymdOf(x).month)).toBe(true);
      }),
    );
  });
});

describe('the week a meeting reviews', () => {
  test('any day but Monday: the current week; a Monday: the week just finished', () => {
    expect(key(meetingWeek(NOV_20))).toBe('2026-W47');
    expect(key(meetingWeek(dayOf(2026, 11, 22)))).toBe('2026-W47'); // Sunday
    expect(key(meetingWeek(dayOf(2026, 11, 24)))).toBe('2026-W48'); // Tuesday
    expect(key(meetingWeek(dayOf(2026, 11, 23)))).toBe('2026-W47'); // Monday
    expect(key(meetingWeek(dayOf(2026, 11, 30)))).toBe('2026-W48'); // Monday, W49 crosses into December
    // Monday 4 January 2027 (2027-W01) reviews 2026-W53, which reaches into 2027.
    expect(key(meetingWeek(dayOf(2027, 1, 4)))).toBe('2026-W53');
  });

  test('shifting weeks across a year end', () => {
    expect(key(shiftWeek({ isoYear: 2026, isoWeek: 53 }, 1))).toBe('2027-W01');
    expect(key(shiftWeek({ isoYear: 2027, isoWeek: 1 }, -1))).toBe('2026-W53');
    expect(key(shiftWeek({ isoYear: 2026, isoWeek: 49 }, -1))).toBe('2026-W48');
  });

  test('ISO years of 52 and 53 weeks', () => {
    expect([2020, 2025, 2026, 2027, 2032].map(weeksInIsoYear)).toEqual([53, 52, 53, 52, 53]);
  });
});

describe('parseWeek', () => {
  test.each([
    ['2026-W48', '2026-W48'],
    ['2026w48', '2026-W48'],
    ['W48', '2026-W48'],
    ['w5', '2026-W05'],
    ['48', '2026-W48'],
    [' 49 ', '2026-W49'],
    ['23.11.2026', '2026-W48'],
    ['2026-11-29', '2026-W48'],
    ['30.11.2026', '2026-W49'],
    ['31.12.2026', '2026-W53'],
    ['01.01.2027', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2026-W53', '2026-W53'],
  ])('%s → %s', (text, expected) => {
    expect(key(parseWeek(text, NOV_20))).toBe(expected);
  });

  test.each(['', 'abc', 'W0', '54', '2025-W53', '2027-W53', '31.11.2026', '2026-11', 'W48x'])(
    '%s is not a week',
    (text) => {
      expect(parseWeek(text, NOV_20)).toBeNull();
    },
  );

  test('a bare number is a week of the ISO year of today (1 January 2027 is still in 2026-W53)', () => {
    expect(key(parseWeek('1', dayOf(2027, 1, 1)))).toBe('2026-W01');
    expect(key(parseWeek('1', dayOf(2027, 1, 4)))).toBe('2027-W01');
  });

  test('property: the key of any day’s week reads back as that week', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf(2000, 1, 3), max: dayOf(2099, 12, 28) }), (d) => {
        const w = isoWeekOf(d);
        expect(parseWeek(weekKey(w), NOV_20)).toEqual(w);
        const { monday, sunday } = isoWeekDays(w);
        expect(d >= monday && d <= sunday).toBe(true);
      }),
    );
  });
});

describe('lastWorkday', () => {
  test('Friday on a weekday calendar, Sunday when the week has no working day', () => {
    const weekdays = makeCalendar('NONE');
    expect(lastWorkday({ isoYear: 2026, isoWeek: 49 }, (d) => weekdays.isWorkday(d))).toBe(
      dayOf(2026, 12, 4),
    );
    expect(lastWorkday({ isoYear: 2026, isoWeek: 49 }, () => false)).toBe(dayOf(2026, 12, 6));
    // 2026-W53 on the Russian calendar: its last working day is in December, on the calendar.
    const ru = makeCalendar('RU');
    const w53 = { isoYear: 2026, isoWeek: 53 };
    const last = lastWorkday(w53, (d) => ru.isWorkday(d));
    expect(last).toBeLessThanOrEqual(dayOf(2026, 12, 31));
    expect(ru.isWorkday(last)).toBe(true);
  });
});

describe('reachable: the needed pace at most 1.5 × the pace so far', () => {
  test('the factor is one named constant', () => {
    expect(REACHABLE_PACE_FACTOR).toBe(1.5);
  });

  test('worked examples', () => {
    // 40 of 100 in 10 of 20 own days: 4 a day so far; 60 in 10 days needs 6 = 1.5 × 4 → just reachable.
    expect(reachable({ plan: 100, fact: 40, ownDays: 20, ownElapsed: 10 })).toBe(true);
    // 39: needs 61 ÷ 10 = 6.1 > 1.5 × 3.9 = 5.85 → not.
    expect(reachable({ plan: 100, fact: 39, ownDays: 20, ownElapsed: 10 })).toBe(false);
    // 1 200 000 of 3 000 000 in 12 of 21 days: 100 000 a day; needs 200 000 a day over 9 → 2 × → not.
    expect(reachable({ plan: 3_000_000, fact: 1_200_000, ownDays: 21, ownElapsed: 12 })).toBe(false);
    // 2 000 000 in 12: 166 667 a day; needs 111 111 → reachable.
    expect(reachable({ plan: 3_000_000, fact: 2_000_000, ownDays: 21, ownElapsed: 12 })).toBe(true);
    // A stricter factor changes the verdict of the first example.
    expect(reachable({ plan: 100, fact: 40, ownDays: 20, ownElapsed: 10 }, 1.2)).toBe(false);
  });

  test('met, no day left, no day elapsed, no plan', () => {
    expect(reachable({ plan: 100, fact: 100, ownDays: 20, ownElapsed: 20 })).toBe(true);
    expect(reachable({ plan: 100, fact: 99, ownDays: 20, ownElapsed: 20 })).toBe(false);
    expect(reachable({ plan: 100, fact: 0, ownDays: 20, ownElapsed: 0 })).toBe(true);
    expect(reachable({ plan: 100, fact: 0, ownDays: 20, ownElapsed: 5 })).toBe(false);
    expect(reachable({ plan: 0, fact: 5, ownDays: 20, ownElapsed: 5 })).toBeNull();
  });
});

describe('the week’s bottleneck: the conversion furthest below its benchmark', () => {
  test('worked example: 300 calls → 30 leads → 12 meetings → 3 deals', () => {
    const conv = stageConversions([300, 30, 12, 3]);
    expect(conv).toEqual([0.1, 0.4, 0.25]);
    // Against 12 %, 45 %, 30 %: 83 %, 89 %, 83 % of the benchmark; the tie goes to the earlier stage.
    expect(weekBottleneck(conv, [0.12, 0.45, 0.3])).toBe(0);
    // Against 10 %, 45 %, 40 %: calls → leads meets it, meetings → deals is at 62.5 %.
    expect(weekBottleneck(conv, [0.1, 0.45, 0.4])).toBe(2);
  });

  test('none below, a stage without facts or without a benchmark is not judged', () => {
    expect(weekBottleneck([0.2, 0.5], [0.12, 0.45])).toBeNull();
    expect(stageConversions([0, 5, 2])).toEqual([null, 0.4]);
    expect(weekBottleneck([null, 0.4], [0.12, 0.45])).toBe(1);
    expect(weekBottleneck([0.01, 0.4], [null, 0.45])).toBe(1);
    expect(weekBottleneck([0.01, 0.4], [0, 0.45])).toBe(1);
  });
});
