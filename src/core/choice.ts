/**
 * One reading of a choice typed by a person, for settings tabs, custom-function arguments and imports
 * alike: case, surrounding and repeated spaces, the letter ё and the kind of dash do not matter.
 */
export function normalizeChoice(text: unknown): string {
  return String(text ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ё/g, 'е')
    .replace(/[–—−]/g, '-');
}

/** The option one of whose names (its value, its Russian and English labels…) the text matches. */
export function findChoice<T>(
  text: unknown,
  options: readonly { value: T; names: readonly string[] }[],
): T | undefined {
  const s = normalizeChoice(text);
  if (!s) return undefined;
  return options.find((o) => o.names.some((n) => normalizeChoice(n) === s))?.value;
}
