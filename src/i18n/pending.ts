import type { Bilingual, Lang } from './lang';
import { importSheetMessages } from './messages/import-sheet';

/**
 * The message modules still bilingual (`{ key: { ru, en } }`) because they were being edited when the others
 * became ru.ts and en.ts. Their keys are message keys too (`catalogOf` keeps them literal). The lead
 * folds each into ru.ts/en.ts with the same converter (`convert-messages.ts --append <module>`, which also
 * takes it out of here), then deletes this file and `PendingKey`.
 */
const pendingMessages = () => ({
  ...importSheetMessages(),
});

export type PendingKey = keyof ReturnType<typeof pendingMessages>;

/** The pending messages in one language, by key. */
export function pendingIn(lang: Lang): Record<PendingKey, string> {
  const out = {} as Record<PendingKey, string>;
  for (const [key, m] of Object.entries(pendingMessages()) as [PendingKey, Bilingual][]) out[key] = m[lang];
  return out;
}
