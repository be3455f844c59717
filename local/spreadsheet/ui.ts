/** Ui: records menus and dialogs; alert/prompt are answered from a script of answers. */
import type { CallCounter } from './counter';
import { Button, type ButtonName, ButtonSet, type ButtonSetName } from './enums';

export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; caption: string; items: MenuEntry[] };

export interface MenuRecord {
  /** 'menu' from createMenu, 'addon' from createAddonMenu (its caption is the add-on's name). */
  kind: 'menu' | 'addon';
  caption: string;
  items: MenuEntry[];
}

export interface DialogRecord {
  kind: 'alert' | 'prompt' | 'sidebar' | 'modal' | 'modeless';
  title: string;
  /** An alert's or prompt's text; a dialog's page (its HTML). */
  message: string;
  buttons: ButtonSetName | null;
  /** What the scripted user answered. */
  answer: { button: ButtonName; text?: string } | null;
}

export interface ScriptedAnswer {
  button: ButtonName;
  /** For a prompt: the text typed. */
  text?: string;
}

export class Menu {
  readonly items: MenuEntry[] = [];
  constructor(
    private readonly ui: Ui,
    readonly kind: 'menu' | 'addon' | 'sub',
    readonly caption: string,
  ) {}
  addItem(caption: string, functionName: string): this {
    this.ui.counter.hit('Menu.addItem');
    this.items.push({ type: 'item', caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.ui.counter.hit('Menu.addSeparator');
    this.items.push({ type: 'separator' });
    return this;
  }
  addSubMenu(menu: Menu): this {
    this.ui.counter.hit('Menu.addSubMenu');
    this.items.push({ type: 'submenu', caption: menu.caption, items: menu.items });
    return this;
  }
  addToUi(): void {
    this.ui.counter.hit('Menu.addToUi');
    if (this.kind === 'sub') throw new Error('A submenu cannot be added to the Ui directly.');
    const existing = this.ui.menus.findIndex((m) => m.kind === this.kind && m.caption === this.caption);
    const record: MenuRecord = { kind: this.kind, caption: this.caption, items: this.items };
    if (existing >= 0) this.ui.menus[existing] = record;
    else this.ui.menus.push(record);
  }
}

function defaultAnswer(buttons: ButtonSetName): ButtonName {
  return buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? 'YES' : 'OK';
}

function allowedButtons(buttons: ButtonSetName): ButtonName[] {
  switch (buttons) {
    case 'OK':
      return ['OK', 'CLOSE'];
    case 'OK_CANCEL':
      return ['OK', 'CANCEL', 'CLOSE'];
    case 'YES_NO':
      return ['YES', 'NO', 'CLOSE'];
    default:
      return ['YES', 'NO', 'CANCEL', 'CLOSE'];
  }
}

export class Ui {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  /** Menus added with addToUi, in order. */
  readonly menus: MenuRecord[] = [];
  /** Every alert, prompt, sidebar and dialog shown, oldest first. */
  readonly dialogs: DialogRecord[] = [];
  /**
   * Answers for the next alerts/prompts, used in order. When none is left, an alert answers OK (YES for
   * yes/no questions) and a prompt answers CANCEL with no text — unless `strict`, then it throws.
   */
  readonly answers: ScriptedAnswer[] = [];
  strict = false;

  constructor(readonly counter: CallCounter) {}

  /** Queues answers for the next dialogs. */
  answer(...answers: Array<ScriptedAnswer | ButtonName>): this {
    for (const a of answers) this.answers.push(typeof a === 'string' ? { button: a } : a);
    return this;
  }

  private next(kind: 'alert' | 'prompt', buttons: ButtonSetName): ScriptedAnswer {
    const a = this.answers.shift();
    if (a) {
      if (allowedButtons(buttons).indexOf(a.button) < 0) {
        throw new Error(`Scripted answer ${a.button} is not a button of ${buttons}`);
      }
      return a;
    }
    if (this.strict) throw new Error('Ui.' + kind + ': no scripted answer left');
    return kind === 'alert' ? { button: defaultAnswer(buttons) } : { button: 'CANCEL', text: '' };
  }

  createMenu(caption: string): Menu {
    this.counter.hit('Ui.createMenu');
    return new Menu(this, 'menu', caption);
  }
  /** The add-on menu; `caption` is the add-on's name (Apps Script takes it from the manifest). */
  createAddonMenu(caption = 'Add-on'): Menu {
    this.counter.hit('Ui.createAddonMenu');
    return new Menu(this, 'addon', caption);
  }
  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(a: string, b?: unknown, c?: unknown): ButtonName {
    this.counter.hit('Ui.alert');
    const { title, message, buttons } = dialogArgs(a, b, c);
    const answer = this.next('alert', buttons);
    this.dialogs.push({
      kind: 'alert',
      title,
      message: String(message),
      buttons,
      answer: { button: answer.button },
    });
    return Button[answer.button];
  }

  /** An HTML dialog: recorded with its page, as `message`. */
  showModalDialog(page: { getContent(): string }, title: string): void {
    this.counter.hit('Ui.showModalDialog');
    this.dialogs.push({ kind: 'modal', title, message: page.getContent(), buttons: null, answer: null });
  }

  /** prompt(prompt), prompt(prompt, buttons), prompt(title, prompt, buttons). */
  prompt(
    a: string,
    b?: unknown,
    c?: unknown,
  ): { getResponseText(): string; getSelectedButton(): ButtonName } {
    this.counter.hit('Ui.prompt');
    const { title, message, buttons } = dialogArgs(a, b, c);
    const answer = this.next('prompt', buttons);
    const text = answer.text === undefined ? '' : answer.text;
    this.dialogs.push({
      kind: 'prompt',
      title,
      message: String(message),
      buttons,
      answer: { button: answer.button, text },
    });
    return { getResponseText: () => text, getSelectedButton: () => Button[answer.button] };
  }
}

/** The overloads of alert and prompt: (message), (message, buttons), (title, message, buttons). */
function dialogArgs(
  a: string,
  b?: unknown,
  c?: unknown,
): { title: string; message: string; buttons: ButtonSetName } {
  if (typeof b === 'string' && c !== undefined)
    return { title: a, message: b, buttons: String(c) as ButtonSetName };
  return { title: '', message: a, buttons: b === undefined ? 'OK' : (String(b) as ButtonSetName) };
}
