/**
 * SpreadsheetApp.getUi(): menus, sidebars, dialogs, alerts and prompts. Everything shown is
 * recorded on a UiRecorder that tests and the preview read; alert and prompt answers are
 * scripted in advance (default: the first button of the set, OK or YES).
 * https://developers.google.com/apps-script/reference/base/ui
 */
import type { CallLog } from './calls';
import { counted } from './calls';
import { Button, ButtonSet } from './enums';
import { fail } from './errors';
import { unwrapHtmlOutput } from './html-service';
import { asGas } from './runtime';

type GUi = GoogleAppsScript.Base.Ui;
type GMenu = GoogleAppsScript.Base.Menu;
type GButton = GoogleAppsScript.Base.Button;
type GButtonSet = GoogleAppsScript.Base.ButtonSet;

export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; caption: string; items: MenuEntry[] };

export interface MenuRecord {
  /** `addon`: under Extensions › <add-on name>; `custom`: a top-level menu of a bound script. */
  kind: 'addon' | 'custom';
  caption: string;
  items: MenuEntry[];
}

export interface ShownHtml {
  title: string;
  html: string;
  width: number | null;
  height: number | null;
}

export interface DialogRecord extends ShownHtml {
  modal: boolean;
}

export interface AlertRecord {
  kind: 'alert' | 'prompt';
  title: string | null;
  prompt: string;
  buttons: string;
  answer: string;
  responseText: string | null;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

export class UiRecorder {
  menus: MenuRecord[] = [];
  sidebars: ShownHtml[] = [];
  dialogs: DialogRecord[] = [];
  alerts: AlertRecord[] = [];
  toasts: ToastRecord[] = [];
  /** False in contexts without a UI (time-driven triggers): getUi() then throws like Google. */
  available = true;
  /** Display name of the add-on menu under Extensions. */
  addonName = 'Stage en collectivité';
  private answers: Array<{ button: ButtonName; text: string }> = [];

  /** Queues the button (and text, for a prompt) the next alert or prompt will answer. */
  answerNext(button: ButtonName, text = ''): void {
    this.answers.push({ button, text });
  }

  takeAnswer(buttons: string): { button: ButtonName; text: string } {
    const scripted = this.answers.shift();
    if (scripted) return scripted;
    return { button: buttons.startsWith('YES') ? 'YES' : 'OK', text: '' };
  }

  /** The sidebar currently open (the last one shown), if any. */
  get sidebar(): ShownHtml | null {
    return this.sidebars.at(-1) ?? null;
  }

  /** The menu tree the preview shows; a later addToUi with the same caption replaces it. */
  menuTree(): MenuRecord[] {
    return structuredClone(this.menus);
  }

  clear(): void {
    this.menus = [];
    this.sidebars = [];
    this.dialogs = [];
    this.alerts = [];
    this.toasts = [];
    this.answers = [];
  }
}

class EmuMenu implements Pick<GMenu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly items: MenuEntry[] = [];
  constructor(
    readonly recorder: UiRecorder,
    readonly kind: 'addon' | 'custom',
    readonly caption: string,
  ) {}
  private get self(): GMenu {
    return asGas<GMenu>(this);
  }
  addItem(caption: string, functionName: string): GMenu {
    this.items.push({ type: 'item', caption, functionName });
    return this.self;
  }
  addSeparator(): GMenu {
    this.items.push({ type: 'separator' });
    return this.self;
  }
  addSubMenu(menu: GMenu): GMenu {
    if (!(menu instanceof EmuMenu))
      fail("The parameters don't match the method signature for Ui.Menu.addSubMenu.");
    this.items.push({ type: 'submenu', caption: menu.caption, items: structuredClone(menu.items) });
    return this.self;
  }
  addToUi(): void {
    const record: MenuRecord = { kind: this.kind, caption: this.caption, items: structuredClone(this.items) };
    const i = this.recorder.menus.findIndex((m) => m.kind === record.kind && m.caption === record.caption);
    if (i >= 0) this.recorder.menus[i] = record;
    else this.recorder.menus.push(record);
  }
}

type UiMethods =
  | 'alert'
  | 'prompt'
  | 'createAddonMenu'
  | 'createMenu'
  | 'showSidebar'
  | 'showModalDialog'
  | 'showModelessDialog'
  | 'Button'
  | 'ButtonSet';

class EmuUi implements Pick<GUi, UiMethods> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(
    readonly recorder: UiRecorder,
    readonly log: CallLog,
  ) {}

  private ask(
    kind: 'alert' | 'prompt',
    a: string,
    b?: unknown,
    c?: unknown,
  ): { button: ButtonName; text: string } {
    let title: string | null = null;
    let prompt = a;
    let buttons = 'OK';
    if (c !== undefined) {
      title = a;
      prompt = String(b);
      buttons = String(c);
    } else if (b !== undefined) {
      buttons = String(b);
    }
    const answer = this.recorder.takeAnswer(buttons);
    this.recorder.alerts.push({
      kind,
      title,
      prompt,
      buttons,
      answer: answer.button,
      responseText: kind === 'prompt' ? answer.text : null,
    });
    return answer;
  }
  alert(a: string, b?: GButtonSet | string, c?: GButtonSet): GButton {
    return this.ask('alert', a, b, c).button as unknown as GButton;
  }
  prompt(a: string, b?: GButtonSet | string, c?: GButtonSet): GoogleAppsScript.Base.PromptResponse {
    const answer = this.ask('prompt', a, b, c);
    return asGas<GoogleAppsScript.Base.PromptResponse>(
      counted(
        { getResponseText: () => answer.text, getSelectedButton: () => answer.button as unknown as GButton },
        'PromptResponse',
        this.log,
      ),
    );
  }
  createAddonMenu(): GMenu {
    return asGas<GMenu>(
      counted(new EmuMenu(this.recorder, 'addon', this.recorder.addonName), 'Menu', this.log),
    );
  }
  createMenu(caption: string): GMenu {
    return asGas<GMenu>(counted(new EmuMenu(this.recorder, 'custom', caption), 'Menu', this.log));
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    const out = unwrapHtmlOutput(userInterface);
    this.recorder.sidebars.push({ title: out.title, html: out.content, width: 300, height: null });
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const out = unwrapHtmlOutput(userInterface);
    this.recorder.dialogs.push({
      title,
      html: out.content,
      width: out.width,
      height: out.height,
      modal: true,
    });
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const out = unwrapHtmlOutput(userInterface);
    this.recorder.dialogs.push({
      title,
      html: out.content,
      width: out.width,
      height: out.height,
      modal: false,
    });
  }
}

export function newUi(recorder: UiRecorder, log: CallLog): GUi {
  if (!recorder.available) fail('Cannot call SpreadsheetApp.getUi() from this context.');
  return asGas<GUi>(counted(new EmuUi(recorder, log), 'Ui', log));
}
