import * as fns from '../../src/functions';
import { errorIn, msk } from './call';

/**
 * Every custom function fed hostile values in every argument, in Russian and English: it either answers with
 * finite numbers, or fails with a message that names the function and the argument, shows values as a person
 * writes them, and stays short. Each call must also be quick.
 */
type Fn = (...args: unknown[]) => unknown;
const d = msk('2026-03-02');
const good: Record<string, unknown[]> = {
  PLAN_SPLIT: [1000, [[1], [2]], 1],
  SEASONALITY: [[Array.from({ length: 12 }, (_, i) => i + 1)], 'mean'],
  PLAN_RAMP: [50000, msk('2026-01-15'), [[msk('2026-02-01'), msk('2026-03-01')]], [[0.3, 0.6]]],
  CAL_WORKDAYS: [msk('2026-03-01'), msk('2026-03-31'), 'RU', [[msk('2026-03-10')]], [[msk('2026-03-14')]]],
  CAL_IS_WORKDAY: [[[d]], 'RU', [[msk('2026-03-10')]], [[msk('2026-03-14')]]],
  PLAN_BY_DAYS: [1000, [[d], [msk('2026-03-03')]], 1, 'RU', [[msk('2026-03-10')]], [[msk('2026-03-14')]]],
  FUNNEL_REVERSE: [1000000, 20000, [[0.3], [0.5]]],
  FUNNEL_CONVERSION: [[[100], [30], [10]]],
  FUNNEL_BOTTLENECK: [
    [[100], [30], [10]],
    [[0.5], [0.5]],
    [['a'], ['b'], ['c']],
  ],
  SALES_VELOCITY: [100, 60000, 0.25, 30],
  LTV: [12000, 4, 3, 0.3],
  RUN_RATE: [1000, 10, 20],
  PACE_REQUIRED: [1000, 400, 6],
  FORECAST_ACCURACY: [100, 90],
  BONUS_TIERS: [[[300], [900]], [[0], [500]], [[0.03], [0.05]], 'marginal'],
  BONUS_CURVE: [[[0.9], [1.2]], [[0.8, 1]], [[0.5, 1]], 'linear'],
  KPI_INDEX: [[[0.5], [0.5]], [[100], [10]], [[120], [8]], 0.5, 1.5, 'up'],
  POOL_SPLIT: [300000, 100, [[150], [90]]],
  BONUS_DRAW: [[[10000], [50000]], 30000, true],
  PLAN_TO_DATE: [
    [[1000], [2000]],
    msk('2026-03-01'),
    msk('2026-03-31'),
    msk('2026-03-15'),
    'RU',
    [[msk('2026-03-10'), msk('2026-03-12')]],
    [[msk('2026-03-14')]],
  ],
  RECEIPTS: [[[1000], [2000], [3000]], [[0.5], [0.3]], -1, 0.01],
  LTV_RETENTION: [12000, 1.5, 0.3, [[0.8], [0.9]], 24, 0.01],
};

const long = `${'1'.repeat(49_990)}x`;
const hostile: unknown[] = [
  'abc',
  '',
  1e308,
  -1e308,
  1e200,
  1.8e302,
  -1,
  0,
  1e-12,
  -1e-12,
  1.5,
  1e12,
  d,
  true,
  'toString',
  'app.name',
  '__proto__',
  long,
  ' '.repeat(50_000),
  [[1e308], [1e308]],
  [['x', 1]],
  [[]],
  [
    [1, 2],
    [3, 4],
  ],
];

const cases: [string, number, number][] = [];
for (const name of Object.keys(good)) {
  for (let a = 0; a < good[name].length; a++)
    for (let h = 0; h < hostile.length; h++) cases.push([name, a, h]);
}

test('the table covers every custom function', () => {
  expect(Object.keys(good).sort()).toEqual(Object.keys(fns).sort());
});

test.each(cases)('%s argument #%i, hostile value #%i', (name, a, h) => {
  const args = [...good[name]];
  args[a] = hostile[h];
  const fn = (fns as unknown as Record<string, Fn>)[name];
  for (const lang of ['en', 'ru'] as const) {
    const started = Date.now();
    let out: unknown;
    let message: string | undefined;
    try {
      message = errorIn(lang, () => {
        out = fn(...args);
      });
    } catch {
      message = undefined;
    }
    expect(Date.now() - started).toBeLessThan(500);
    if (message === undefined) {
      for (const x of [out].flat(3)) if (typeof x === 'number') expect(Number.isFinite(x)).toBe(true);
      continue;
    }
    const argument = lang === 'en' ? /^[A-Z_]+: argument "[a-z_]+": / : /^[A-Z_]+: аргумент «[a-z_]+»: /;
    expect(message).toMatch(argument);
    expect(message).not.toMatch(/Infinity|NaN|"undefined"|«undefined»|\[object|GMT|\{\w+\}|Sales Plan Kit/);
    expect(message.length).toBeLessThan(400);
  }
});
