import { type ErrorParams, isDomainError } from '../core/errors';
import { type Lang, tCode } from '../i18n';
import { type ProblemsDialog, problemsText } from './check-text';
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

  /** One line per problem, "Team!F5: …" (the flat list tests and logs read). */
  lines(lang: Lang): string[] {
    return this.list.map((p) => {
      const where =
        p.row === undefined ? p.tab : `${p.tab}!${p.col === undefined ? p.row : colLetter(p.col) + p.row}`;
      return `${where}: ${tCode(p.code, lang, p.params)}`;
    });
  }

  /**
   * The dialog that stops an action (`stop`: nothing written) or follows one (`notice`: problems on the tabs
   * that did not stop it), grouped by tab as Check settings lists them (check-text.ts).
   */
  text(lang: Lang, dialog: ProblemsDialog = 'stop'): string {
    return problemsText(this.list, lang, dialog);
  }
}
