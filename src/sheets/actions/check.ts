import { type ActionContext, notify } from '../context';

/** Placeholder until Check settings lands. */
export function checkSettingsAction(ctx: ActionContext): void {
  notify(ctx, '…');
}
