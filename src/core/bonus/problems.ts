import { DomainError, type ErrorParams } from '../errors';

/** A problem found in a scheme or in the arguments of a primitive: a message code and where it is. */
export interface Problem {
  code: string;
  params: ErrorParams;
  /** The path of the wrong part of the input (`tiers[1].from`, `components[0].rate`); see DomainError.field. */
  field?: string;
}

export function throwFirst(problems: readonly Problem[], extra: ErrorParams = {}): void {
  if (problems.length > 0)
    throw new DomainError(problems[0].code, { ...problems[0].params, ...extra }, problems[0].field);
}

export type Family = 'tiers' | 'bands' | 'curve';

/**
 * Problems of a list of thresholds that must rise strictly (tiers, multiplier bands, curve points).
 * Codes are `bonus.<family>.<problem>`; `index` is 1-based. Fields are `<family>` (an empty list),
 * `<family>[i].from` and `<family>[i].<valueField>` (i 0-based): `tiers[1].from`, `curve[2].y`.
 */
export function thresholdProblems<T>(
  family: Family,
  items: readonly T[] | undefined,
  threshold: (item: T) => unknown,
  value: (item: T) => unknown,
  valueField: string,
  allowNegativeThreshold = false,
): Problem[] {
  const out: Problem[] = [];
  if (!Array.isArray(items) || items.length === 0)
    return [{ code: `bonus.${family}.empty`, params: {}, field: family }];
  let prev: number | undefined;
  items.forEach((item, i) => {
    const index = i + 1;
    const at = `${family}[${i}].`;
    const from = threshold(item);
    const v = value(item);
    if (typeof from !== 'number' || !Number.isFinite(from)) {
      out.push({ code: `bonus.${family}.notNumber`, params: { index, field: 'from' }, field: `${at}from` });
      return;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      out.push({
        code: `bonus.${family}.notNumber`,
        params: { index, field: valueField },
        field: `${at}${valueField}`,
      });
    } else if (v < 0) {
      out.push({
        code: `bonus.${family}.negativeValue`,
        params: { index, value: v },
        field: `${at}${valueField}`,
      });
    }
    if (from < 0 && !allowNegativeThreshold) {
      out.push({ code: `bonus.${family}.negativeFrom`, params: { index, from }, field: `${at}from` });
    }
    if (prev !== undefined) {
      if (from === prev)
        out.push({
          code: `bonus.${family}.overlap`,
          params: { index, prev: index - 1, from },
          field: `${at}from`,
        });
      else if (from < prev) {
        out.push({
          code: `bonus.${family}.unordered`,
          params: { index, prev: index - 1, from, prevFrom: prev },
          field: `${at}from`,
        });
      }
    }
    prev = from;
  });
  return out;
}
