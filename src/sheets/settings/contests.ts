import type { Contest } from '../../core/contests/types';
import type { ActionContext } from '../context';
import type { Problems } from '../problems';
import type { Settings } from '.';

/**
 * Placeholder until the Contests tab lands: reads and checks every contest on the Contests settings tab;
 * null when the tab is missing or a problem was added (each at its cell).
 */
export function readContests(
  _ctx: ActionContext,
  _settings: Settings,
  _problems: Problems,
): Contest[] | null {
  return [];
}
