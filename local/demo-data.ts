/**
 * Seeded example data for `npm run demo`: a team of any size and a month of daily facts that look like what
 * sales managers really type (noisy, lumpy deals, the odd empty day, a new hire behind plan). Pure: the same
 * seed and inputs always give the same numbers.
 */
import { seededRandom } from './random';

/** A standard normal draw (Box–Muller). */
function normal(rnd: () => number): number {
  const u = Math.max(rnd(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
}

/** A Poisson draw (Knuth for small means, a rounded normal above). */
function poisson(rnd: () => number, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rnd)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rnd();
  while (p > limit) {
    k++;
    p *= rnd();
  }
  return k;
}

const uniform = (rnd: () => number, lo: number, hi: number) => lo + (hi - lo) * rnd();

// ---------------------------------------------------------------------------------------------------- team

const NAMES = {
  ru: {
    male: [
      'Алексей',
      'Сергей',
      'Андрей',
      'Павел',
      'Никита',
      'Артём',
      'Михаил',
      'Роман',
      'Денис',
      'Илья',
      'Максим',
      'Егор',
    ],
    female: [
      'Ольга',
      'Наталья',
      'Юлия',
      'Светлана',
      'Ксения',
      'Дарья',
      'Алина',
      'Вера',
      'Полина',
      'Татьяна',
      'Елена',
    ],
    surnames: [
      'Морозов',
      'Лебедев',
      'Козлов',
      'Павлов',
      'Семёнов',
      'Голубев',
      'Виноградов',
      'Богданов',
      'Воробьёв',
      'Фёдоров',
      'Михайлов',
      'Беляев',
      'Тарасов',
      'Белов',
      'Комаров',
      'Орлов',
      'Киселёв',
      'Макаров',
      'Андреев',
      'Зайцев',
    ],
  },
  en: {
    male: ['James', 'Liam', 'Noah', 'Lucas', 'Ethan', 'Henry', 'Jack', 'Leo', 'Adam', 'Sam', 'Max', 'Ryan'],
    female: ['Emma', 'Olivia', 'Ava', 'Mia', 'Sophie', 'Chloe', 'Grace', 'Ruby', 'Lily', 'Ella', 'Zoe'],
    surnames: [
      'Baker',
      'Carter',
      'Hughes',
      'Walker',
      'Turner',
      'Bennett',
      'Foster',
      'Hayes',
      'Morgan',
      'Price',
      'Reed',
      'Shaw',
      'Ward',
      'Young',
      'Brooks',
      'Ellis',
      'Fisher',
      'Graham',
      'Porter',
      'Mills',
    ],
  },
};

export interface DemoPerson {
  id: string;
  name: string;
  grade: 'junior' | 'middle' | 'senior';
  /** First working day, "YYYY-MM-DD"; null for people who have been there long. */
  start: string | null;
  share: number;
  salary: number;
  scheme: string;
  target: number;
}

const GRADE = {
  senior: { share: 1.3, salary: 60000 },
  middle: { share: 1, salary: 50000 },
  junior: { share: 0.7, salary: 40000 },
} as const;

function isoDate(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.toISOString().slice(0, 10);
}

/**
 * `n` managers with distinct seeded names, a mix of grades (shares and salaries follow the grade, with a
 * little variation), and new hires: one in every six or so joined one or two months before `month`, so the
 * plan ramps them up. Ids are d1…dn (never clash with the example ids m1…, h1).
 */
export function demoTeam(
  n: number,
  seed: number,
  lang: 'ru' | 'en',
  year: number,
  month: number,
): DemoPerson[] {
  const rnd = seededRandom(seed ^ 0x5eed7ea);
  const pool = NAMES[lang];
  const used = new Set<string>();
  const usedSurnames = new Set<string>();
  const newHires = n >= 2 ? Math.max(1, Math.round(n / 6)) : 0;
  const people: DemoPerson[] = [];
  for (let i = 0; i < n; i++) {
    let name = '';
    for (let tries = 0; !name || used.has(name); tries++) {
      const female = rnd() < 0.5;
      const first = (female ? pool.female : pool.male)[
        Math.floor(rnd() * (female ? pool.female : pool.male).length)
      ];
      let last = pool.surnames[Math.floor(rnd() * pool.surnames.length)];
      // a surname once, while the list lasts
      if (usedSurnames.has(last) && usedSurnames.size < pool.surnames.length) continue;
      usedSurnames.add(last);
      if (female && lang === 'ru') last += 'а';
      name = tries > 50 ? `${first} ${last} ${i + 1}` : `${first} ${last}`;
    }
    used.add(name);
    const isNew = i >= n - newHires;
    const r = rnd();
    const grade: DemoPerson['grade'] = isNew ? 'junior' : r < 0.3 ? 'senior' : r < 0.75 ? 'middle' : 'junior';
    const share = Math.round((GRADE[grade].share + uniform(rnd, -0.1, 0.1)) * 20) / 20;
    let start: string | null = null;
    if (isNew) {
      const back = 1 + Math.floor(rnd() * 2);
      const m0 = month - back;
      start = isoDate(m0 < 1 ? year - 1 : year, m0 < 1 ? m0 + 12 : m0, 1 + Math.floor(rnd() * 20));
    }
    const salary = GRADE[grade].salary;
    people.push({
      id: `d${i + 1}`,
      name,
      grade,
      start,
      share,
      salary,
      scheme: i % 2 === 0 ? 'S1' : 'S2',
      target: salary,
    });
  }
  return people;
}

// --------------------------------------------------------------------------------------------------- facts

export interface FactRowSpec {
  /** Manager id. */
  id: string;
  /** Metric id (revenue, deals, calls, …). */
  metric: string;
  /** The month plan of this manager and metric. */
  plan: number;
}

export interface DemoFactsInput {
  rows: readonly FactRowSpec[];
  /** One flag per calendar day of the month, from the 1st: a working day of the calendar. */
  workdays: readonly boolean[];
  /** ISO weekday of the 1st (1 = Monday … 7 = Sunday). */
  firstWeekday: number;
  /** How many days, from the 1st, to fill (the days before "today"). */
  days: number;
  seed: number;
  /** Managers who joined recently: they sell less than their (already ramped) plan. */
  newHires?: ReadonlySet<string>;
  /** Days (0-based from the 1st) each manager is away: nothing is typed for them. */
  absentDays?: ReadonlyMap<string, ReadonlySet<number>>;
}

/** Money metrics are typed in thousands; the rest are counts. */
const MONEY = new Set(['revenue', 'receipts', 'margin']);
const MONEY_STEP = 1000;

/** A manager's usual speed against plan: most are near it, one or two stand out. */
function formOf(rnd: () => number, newHire: boolean): number {
  if (newHire) return uniform(rnd, 0.5, 0.75);
  const r = rnd();
  if (r < 0.2) return uniform(rnd, 1.05, 1.25);
  if (r < 0.35) return uniform(rnd, 0.7, 0.9);
  return uniform(rnd, 0.92, 1.12);
}

const WEEKDAY_PACE = [1.05, 1.05, 1, 1, 0.9, 1, 1];

/**
 * Daily facts for the month tab's manager rows: a grid rows × days (numbers on working days, '' on days
 * off), ready to paste with one setValues. Each working day a manager has a pace (their form × a daily
 * swing); now and then a day is 0 (sick, training, a day of paperwork). Large counts (calls) follow a
 * Poisson draw around the daily plan; small ones (deals) come in whole units whose running total follows the
 * pace; revenue comes from that day's deals at around the planned average check; receipts follow revenue.
 */
export function demoFacts(input: DemoFactsInput): (number | '')[][] {
  const rnd = seededRandom(input.seed);
  const out: (number | '')[][] = input.rows.map(() => new Array<number | ''>(input.days).fill(''));
  const byManager = new Map<string, number[]>();
  input.rows.forEach((r, i) => {
    if (!byManager.has(r.id)) byManager.set(r.id, []);
    byManager.get(r.id)!.push(i);
  });
  const expected = input.rows.map(() => 0);
  const issued = input.rows.map(() => 0);
  for (const [id, indexes] of byManager) {
    const newHire = input.newHires?.has(id) ?? false;
    const form = formOf(rnd, newHire);
    const plan = (metric: string) =>
      input.rows[indexes.find((i) => input.rows[i].metric === metric) ?? -1]?.plan ?? 0;
    const check = plan('deals') > 0 ? plan('revenue') / plan('deals') : 0;
    const receiptsRatio = plan('revenue') > 0 ? plan('receipts') / plan('revenue') : 0;
    const away = input.absentDays?.get(id);
    // the plan of someone away part of the month is spread over the days they are in
    const ownDays = input.workdays.filter((w, d) => w && !away?.has(d)).length || 1;
    for (let d = 0; d < input.days; d++) {
      if (!input.workdays[d] || away?.has(d)) continue;
      const weekday = (input.firstWeekday - 1 + d) % 7;
      const off = rnd() < (newHire ? 0.1 : 0.05);
      const pace = off ? 0 : Math.max(0.2, form * WEEKDAY_PACE[weekday] * (1 + 0.25 * normal(rnd)));
      const today = new Map<string, number>();
      // counts first (deals among them), then money, which may depend on that day's deals
      const ordered = [...indexes].sort(
        (a, b) => Number(MONEY.has(input.rows[a].metric)) - Number(MONEY.has(input.rows[b].metric)),
      );
      for (const i of ordered) {
        const { metric, plan: monthPlan } = input.rows[i];
        const mean = (monthPlan / ownDays) * pace;
        let v: number;
        if (!MONEY.has(metric) && monthPlan / ownDays < 5) {
          // a few a day (deals, meetings): whole units on some days, none on others, the running total near
          // the pace so far (a pure Poisson draw leaves a manager with 9 planned deals at 1 as often as not)
          expected[i] += mean;
          v = Math.max(0, Math.round(expected[i] + uniform(rnd, -0.6, 0.6)) - issued[i]);
          issued[i] += v;
        } else if (!MONEY.has(metric)) v = poisson(rnd, mean);
        else if (metric === 'revenue' && check > 0 && today.has('deals')) {
          v = 0;
          for (let k = 0; k < today.get('deals')!; k++) v += check * uniform(rnd, 0.6, 1.4);
        } else if (metric === 'receipts' && receiptsRatio > 0 && today.has('revenue')) {
          v = today.get('revenue')! * receiptsRatio * uniform(rnd, 0.6, 1.3);
        } else v = Math.max(0, mean * (1 + 0.4 * normal(rnd)));
        if (MONEY.has(metric)) v = Math.round(v / MONEY_STEP) * MONEY_STEP;
        today.set(metric, v);
        out[i][d] = v;
      }
    }
  }
  return out;
}
