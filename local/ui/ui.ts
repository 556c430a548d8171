// Fake of the spreadsheet editor's Ui (SpreadsheetApp.getUi()): menus, dialogs, sidebars, alerts.
import { GasException, signatureError } from '../runtime/errors';
import type { Execution } from '../runtime/execution';

/** A menu entry as the bundle added it. */
export interface MenuEntry {
  readonly kind: 'item' | 'separator' | 'submenu';
  readonly caption?: string;
  readonly functionName?: string;
  readonly items?: readonly MenuEntry[];
}

/** A menu as shown in the menu bar. */
export interface ShownMenu {
  readonly title: string;
  readonly items: readonly MenuEntry[];
}

/** Something HtmlService content shown to the user. */
export interface ShownSurface {
  readonly kind: 'modal' | 'modeless' | 'sidebar';
  readonly title: string;
  readonly html: string;
}

/** What the user saw: menus in the bar, dialogs and sidebars opened, alerts raised. */
export class UiState {
  readonly menus: ShownMenu[] = [];
  readonly surfaces: ShownSurface[] = [];
  readonly alerts: string[] = [];
  /** Answers the user will give to the next prompts/alerts with buttons ('YES', 'NO', 'OK', 'CANCEL'). */
  readonly pendingAnswers: string[] = [];

  /** The latest menu with this title. */
  menu(title: string): ShownMenu | undefined {
    return [...this.menus].reverse().find((m) => m.title === title);
  }
}

/** HtmlOutput-like content: anything with getContent() and optionally getTitle(). */
interface HtmlContent {
  getContent(): string;
  getTitle?(): string;
}

class Menu {
  private readonly entries: MenuEntry[] = [];
  constructor(
    private readonly state: UiState,
    private readonly title: string,
  ) {}

  addItem(caption: string, functionName: string): Menu {
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw signatureError([caption, functionName], 'SpreadsheetApp.Menu.addItem');
    }
    this.entries.push({ kind: 'item', caption, functionName });
    return this;
  }

  addSeparator(): Menu {
    this.entries.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: Menu): Menu {
    this.entries.push({ kind: 'submenu', caption: menu.title, items: menu.entries });
    return this;
  }

  addToUi(): void {
    this.state.menus.push({ title: this.title, items: [...this.entries] });
  }
}

/** What `Ui.prompt` returns: the text typed and the button pressed. */
export class PromptResponse {
  constructor(
    private readonly text: string,
    private readonly button: string,
  ) {}

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): string {
    return this.button;
  }
}

/** The Ui for one execution; refuses to exist where Apps Script has no UI (triggers, web requests). */
export class Ui {
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };

  constructor(private readonly state: UiState) {}

  createMenu(caption: string): Menu {
    return new Menu(this.state, caption);
  }

  createAddonMenu(): Menu {
    return new Menu(this.state, 'Extensions');
  }

  showModalDialog(output: HtmlContent, title: string): void {
    this.state.surfaces.push({ kind: 'modal', title, html: output.getContent() });
  }

  showModelessDialog(output: HtmlContent, title: string): void {
    this.state.surfaces.push({ kind: 'modeless', title, html: output.getContent() });
  }

  showSidebar(output: HtmlContent): void {
    this.state.surfaces.push({
      kind: 'sidebar',
      title: output.getTitle?.() ?? '',
      html: output.getContent(),
    });
  }

  /**
   * Records the prompt and returns a PromptResponse: the next queued answer's text (`pendingAnswers`, e.g.
   * 'ERASE') with button OK, or CANCEL when nothing is queued.
   */
  prompt(titleOrPrompt: string, promptOrButtons?: unknown, _buttons?: unknown): PromptResponse {
    const text = typeof promptOrButtons === 'string' ? `${titleOrPrompt}: ${promptOrButtons}` : titleOrPrompt;
    this.state.alerts.push(text);
    const answer = this.state.pendingAnswers.shift();
    return new PromptResponse(answer ?? '', answer === undefined ? 'CANCEL' : 'OK');
  }

  /** Records the alert and returns the next queued answer (default OK / YES). */
  alert(titleOrPrompt: string, promptOrButtons?: unknown, buttons?: unknown): string {
    const text = typeof promptOrButtons === 'string' ? `${titleOrPrompt}: ${promptOrButtons}` : titleOrPrompt;
    this.state.alerts.push(text);
    const set = typeof promptOrButtons === 'string' ? buttons : promptOrButtons;
    return this.state.pendingAnswers.shift() ?? (set === 'YES_NO' || set === 'YES_NO_CANCEL' ? 'YES' : 'OK');
  }
}

/** `SpreadsheetApp.getUi()` for an execution: throws in a trigger, as Apps Script does. */
export function uiFor(state: UiState, execution: Execution): Ui {
  if (!execution.hasUi) throw new GasException('Cannot call SpreadsheetApp.getUi() from this context.');
  return new Ui(state);
}
