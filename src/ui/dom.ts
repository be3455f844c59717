import { type DialogConfig, textOf } from './texts';

/** Fills every `data-text` element with its text. */
export function fillTexts(config: DialogConfig, root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-text]')))
    el.textContent = textOf(config, el.dataset.text ?? '');
}
