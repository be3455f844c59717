/**
 * Ids a person types (Team column A, Funnel stage ids) key facts, month tabs and bonus rows. Some shapes
 * would break that keying, so they are refused as listed problems:
 * - a leading "__" is the add-on's own namespace (`__unassigned`, `__department` rows);
 * - "|" joins ids into composite keys, and control characters (a pasted tab or line break) are invisible;
 * - ids are compared regardless of case, so "M1" and "m1" are the same id.
 */
const RESERVED_PREFIX = '__';
const SEPARATOR = /[|\p{Cc}]/u;
const CONTROL = /\p{Cc}/gu;
const SHOWN_MAX = 60;

/** The problem code for an id of a forbidden shape, or null when the id may be used. */
export function idShapeProblem(id: string): 'settings.idReserved' | 'settings.idSeparator' | null {
  if (id.startsWith(RESERVED_PREFIX)) return 'settings.idReserved';
  if (SEPARATOR.test(id)) return 'settings.idSeparator';
  return null;
}

/** The key two ids are compared by: "M1" and "m1" are one id. */
export function idKey(id: string): string {
  return id.toLowerCase();
}

/** An id as a message shows it: control characters made visible, cut to a readable length. */
export function shownId(id: string): string {
  const visible = id.replace(CONTROL, '�');
  return visible.length > SHOWN_MAX ? `${visible.slice(0, SHOWN_MAX)}…` : visible;
}
