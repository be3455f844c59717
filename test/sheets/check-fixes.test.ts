import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Lang, messageOf, t } from '../../src/i18n';
import { codesWithFix, fixOf } from '../../src/sheets/check-fixes';

/**
 * Every problem a settings reader can produce has a fix line in the problems dialog (check-fixes.ts), or is on
 * the list below of codes whose own message says what to do, each with the reason. The codes are found the
 * way the readers produce them: every message code written in the settings readers (src/sheets/settings/*,
 * the prologue, check-tabs), and the codes of the core checks they run — the scheme check (validate*.ts,
 * component-check.ts and the tiers', bands' and curve's families), the contest check and its text parsers,
 * the tier text, the production calendar and the exact split the plan's decomposition refuses with.
 */
const SRC = join(__dirname, '../../src');
const read = (file: string) => readFileSync(join(SRC, file), 'utf8');

/** Message keys a reader writes that are no problem codes: headers and names put inside messages. */
const NOT_CODES =
  /^(col|note|choice|tab|example|mot|kind|mode|scope|direction|metric|problems)\.|\.(arg|name)\.|^settings\.(parameter|value)$|^check\.(?!partialMonths$)/;

const SELF_EXPLAINING: Record<string, readonly string[]> = {
  'the message itself says what to do (after its colon or dash)': [
    'settings.missingTab',
    'settings.missingKey',
    'settings.belowMin',
    'calendar.overrideConflictAt',
    'calendar.yearNotCovered',
    'calendar.unknownCountry',
    'check.partialMonths',
    'plan.noRevenue',
    'plan.thresholdsSwapped',
    'plan.badRamp',
    'decompose.rampEmpty',
    'decompose.rampValue',
    'importTab.noTables',
    'importTab.unknownStep',
    'importTab.unknownField',
    'contestTab.duplicateName',
    'contestTab.notManager',
    'contestTab.badPublishing',
    'contestTab.unusedColumn',
    'contest.badBaseline',
    'contest.noParticipants',
    'contest.noTeams',
    'contest.weightOverlap',
    'contest.badWeekday',
    'contest.multiplierOverlap',
    'contest.badPrize',
    'contest.badShowTop',
    'contest.badHideBottom',
    'contest.text.badWeight',
    'contest.text.badMultiplier',
    'number.ambiguous',
    'motivation.oldLayout',
    'motivation.codeForgotten',
    'motivation.schemeSplit',
    'motivation.kpiFirstRow',
    'motivation.tiersAmountOrPlan',
    'motivation.badItem',
    'motivation.percentThreshold',
    'bonus.component.bandsAndCurve',
    'bonus.component.pool.amountOrRate',
  ],
  'the message names what is missing, and adding it is the fix': [
    'motivation.empty',
    'bonus.scheme.noId',
    'bonus.scheme.noName',
    'bonus.scheme.noComponents',
    'bonus.component.kpi.empty',
    'bonus.component.kpi.noId',
    'bonus.component.draw.badRecoverable',
    'bonus.tiers.empty',
    'bonus.bands.empty',
    'bonus.curve.empty',
    'contest.noWeights',
  ],
  'no settings tab has weekday or shortened-day weights (arguments of a custom function only): the decomposition the actions run never gets one':
    ['decompose.weekdayWeightsLength', 'decompose.weekdayWeightBad', 'decompose.shortenedWeightBad'],
  'the readers check every weight of a split first (a number, not negative, not all zero): the split refusing one is a bug, not a cell to mend':
    ['split.weightNotFinite', 'split.negativeWeight', 'split.noWeights', 'split.allZero', 'split.notFinite'],
};

function settingsCodes(): string[] {
  const codes = new Set<string>();
  const literals = (file: string, re = /'([a-zA-Z]+\.[\w.]+)'/g) =>
    [...read(file).matchAll(re)].map((m) => m[1]);
  const readers = readdirSync(join(SRC, 'sheets/settings'))
    // Not readers: the templates Set up writes, the ids it writes, the old Motivation tab's converter (its
    // codes are notes on the cells it converted).
    .filter((f) => !/template|new-ids|convert/.test(f))
    .map((f) => `sheets/settings/${f}`);
  for (const f of [...readers, 'sheets/settings-plan.ts', 'sheets/check-tabs.ts'])
    for (const c of literals(f)) codes.add(c);
  for (const f of readdirSync(join(SRC, 'core/bonus')).filter((x) => /^validate|component-check/.test(x))) {
    for (const c of literals(`core/bonus/${f}`, /\badd\('([\w.]+)'/g)) codes.add(`bonus.component.${c}`);
    for (const c of literals(`core/bonus/${f}`, /\btop\('([\w.]+)'/g)) codes.add(`bonus.scheme.${c}`);
    // A code passed on to a helper (check.metric(…, 'gate.unknownMetric'), a default argument): any literal
    // that is a component's or a scheme's code.
    for (const c of literals(`core/bonus/${f}`, /'([\w.]+)'/g))
      for (const family of ['bonus.component.', 'bonus.scheme.'])
        if (messageOf(family + c)) codes.add(family + c);
  }
  // core/bonus/problems.ts builds these as `bonus.${family}.${problem}`.
  const families = [...read('core/bonus/problems.ts').matchAll(/`bonus\.\$\{family\}\.(\w+)`/g)].map(
    (m) => m[1],
  );
  for (const family of ['tiers', 'bands', 'curve'])
    for (const p of families) codes.add(`bonus.${family}.${p}`);
  for (const f of [
    'core/contests/validate.ts',
    'core/contests/text.ts',
    'core/bonus/tier-text.ts',
    'core/calendar.ts',
    'core/allocate.ts',
  ])
    for (const c of literals(f)) codes.add(c);
  for (const c of thrownByDecomposition()) codes.add(c);
  return [...codes].filter((c) => messageOf(c) !== undefined && !NOT_CODES.test(c)).sort();
}

/** Every DomainError code of the core modules the plan's decomposition reaches (its relative imports, on). */
function thrownByDecomposition(): string[] {
  const seen = new Set<string>();
  const codes: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = read(file);
    for (const m of text.matchAll(/DomainError\(\s*'([\w.]+)'/g)) codes.push(m[1]);
    for (const m of text.matchAll(/from '\.\/([\w/-]+)'/g)) visit(join(file, '..', `${m[1]}.ts`));
  };
  visit('core/decompose.ts');
  expect(seen.size).toBeGreaterThan(5);
  return codes;
}

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)[|}]/g)].map((m) => m[1]));

test('every code a settings reader can produce has a fix line or says why it needs none', () => {
  const codes = settingsCodes();
  expect(codes.length).toBeGreaterThan(150);
  const explained = new Set(Object.values(SELF_EXPLAINING).flat());
  expect(codes.filter((c) => !fixOf(c) && !explained.has(c))).toEqual([]);
  // Neither list names a code the scan does not find (a typo, or a code gone), nor is a code on both.
  expect([...codesWithFix(), ...explained].filter((c) => !codes.includes(c))).toEqual([]);
  expect([...explained].filter((c) => fixOf(c))).toEqual([]);
});

test.each(['ru', 'en'] as const)(
  '%s: a fix line uses only what its problem names, and ends a sentence',
  (lang: Lang) => {
    const bad: string[] = [];
    for (const code of codesWithFix()) {
      const fix = fixOf(code)!;
      const has = placeholders(messageOf(code)![lang]);
      for (const name of placeholders(messageOf(fix)![lang]))
        if (!has.has(name)) bad.push(`${code} → ${fix}: {${name}}`);
      if (!/[.»"]$/.test(t(fix, lang))) bad.push(`${fix}: no full stop`);
    }
    expect(bad).toEqual([]);
  },
);

test("the brief's examples: twelve months, a choice from the list, a date as 01.12.2026", () => {
  expect(t(fixOf('decompose.monthlyLength')!, 'ru')).toBe(
    'Заполните все 12 месяцев или оставьте столбец пустым.',
  );
  expect(t(fixOf('settings.badChoice')!, 'ru')).toMatch(/^Выберите значение из списка/);
  expect(t(fixOf('settings.notDate')!, 'ru')).toContain('01.12.2026');
  expect(fixOf('settings.missingTab')).toBeUndefined();
});
