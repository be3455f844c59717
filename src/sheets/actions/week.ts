import { type ActionContext, notify } from '../context';

/** Placeholder until the week action lands. */
export function weekAction(ctx: ActionContext): void {
  notify(ctx, '…');
}
