import type { ImportSettings } from './settings';
import { normalizeText } from './values';

/**
 * CRM people → team member ids: the exact name (case, `ё` and spacing aside), then the same words in another
 * order ("Смирнова Анна" ↔ "Анна Смирнова"), then the people mapping (which alone maps an extension).
 * Nothing is guessed beyond that: an unknown name is reported for the user to map.
 */
export type PersonResolver = (crmName: string, extension?: string) => string | undefined;

export function personResolver(settings: Pick<ImportSettings, 'team' | 'people'>): PersonResolver {
  const exact = new Map<string, string>();
  const reordered = new Map<string, string | null>();
  for (const m of settings.team) {
    exact.set(normalizeText(m.name), m.id);
    const key = wordsKey(m.name);
    // Two members with the same words (a namesake): the reordered match is ambiguous, so it is not used.
    reordered.set(key, reordered.has(key) ? null : m.id);
  }
  const mapped = new Map<string, string>();
  for (const link of settings.people) mapped.set(normalizeText(link.crm), link.member.trim());
  return (crmName, extension) => {
    const name = normalizeText(crmName);
    if (name !== '') {
      const id = exact.get(name) ?? reordered.get(wordsKey(crmName)) ?? mapped.get(name);
      if (id) return id;
    }
    const ext = normalizeText(extension ?? '');
    return ext === '' ? undefined : mapped.get(ext);
  };
}

/** The words of a name in a fixed order, so any order of the same words gives the same key. */
function wordsKey(name: string): string {
  return normalizeText(name).split(' ').sort().join(' ');
}
