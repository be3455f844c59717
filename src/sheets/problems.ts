import { type ErrorParams, isDomainError } from '../core/errors';
import { type Lang, t, tCode } from '../i18n';
import { colLetter } from './grid';

/** A place in the settings: a tab, and the cell when one is responsible. */
export interface Where {
  tab: string;
  row?: number;
  col?: number;
}

/** A problem in the settings, at a cell of a tab ("Team!F5: share is not a number"). */
export interface SettingsProblem extends Where {
  code: string;
  params: ErrorParams;
}

/** Collects every problem of every settings tab so one dialog can list them all. */
export class Problems {
  readonly list: SettingsProblem[] = [];

  add(
    tab: string,
    row: number | undefined,
    col: number | undefined,
    code: string,
    params: ErrorParams = {},
  ): void {
    this.list.push({ tab, row, col, code, params });
  }

  /** Runs `fn`; a DomainError it throws becomes a problem at the given place. */
  catch<T>(tab: string, row: number | undefined, col: number | undefined, fn: () => T): T | undefined {
    try {
      return fn();
    } catch (e) {
      if (!isDomainError(e)) throw e;
      this.add(tab, row, col, e.code, e.params);
      return undefined;
    }
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  lines(lang: Lang): string[] {
    return this.list.map((p) => {
      const where =
        p.row === undefined ? p.tab : `${p.tab}!${p.col === undefined ? p.row : colLetter(p.col) + p.row}`;
      return `${where}: ${tCode(p.code, lang, p.params)}`;
    });
  }

  /** The dialog text: a heading and up to 30 lines (the rest counted). */
  text(lang: Lang): string {
    const lines = this.lines(lang);
    const shown = lines.slice(0, 30);
    const more = lines.length - shown.length;
    return [
      t('problems.heading', lang, { count: lines.length }),
      '',
      ...shown.map((l) => `• ${l}`),
      ...(more > 0 ? [t('problems.more', lang, { count: more })] : []),
      '',
      t('problems.nothingWritten', lang),
    ].join('\n');
  }
}
