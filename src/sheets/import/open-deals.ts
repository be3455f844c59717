import type { Day } from '../../core/dates';
import type { SourceId } from '../../core/import';
import type { Lang } from '../../i18n';

/** An open deal as the last import of its CRM left it: whose it is and when it is expected to close. */
export interface OpenDeal {
  source: SourceId;
  /** The deal's id in its CRM. */
  id: string;
  /** The Team tab's member id the deal's responsible person maps to. */
  member: string;
  title: string;
  stage: string;
  /** Undefined when the export's amount cell was blank. */
  amount: number | undefined;
  /** The export's (expected) close date. */
  expected: Day;
}

/** Placeholder until the open-deals store lands: the open deals kept from CRM imports. */
export function readOpenDeals(_ss: GoogleAppsScript.Spreadsheet.Spreadsheet, _lang: Lang): OpenDeal[] {
  return [];
}
