import { type ActionContext, notify } from '../context';

/** Placeholder until the contest action lands. */
export function contestAction(ctx: ActionContext): void {
  notify(ctx, '…');
}
