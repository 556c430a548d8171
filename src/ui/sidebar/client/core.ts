// The side panel's basics, run in the browser: building elements safely, calling the server with progress, errors.
// Every function here is sent to the browser as source (see ../script.ts): it may use only browser globals
// and the other client functions, never imports or module-level values.
import type { ClientDocument, ClientElement, ClientGoogle } from './dom';

declare const document: ClientDocument;
declare const google: ClientGoogle;
declare function setTimeout(handler: () => void, ms: number): number;
declare function clearTimeout(id: number): void;

/** Element attributes; `false` leaves one out, `true` sets it empty (e.g. `required`). */
export type Props = Readonly<Record<string, string | boolean>>;

/** A new element: attributes set one by one and children added as nodes or as text, never parsed as HTML. */
export function el(tag: string, props: Props = {}, children: ReadonlyArray<ClientElement | string> = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value !== false) node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children);
  return node;
}

/** An element of the page by id; the page is static, so a missing one is a bug worth saying plainly. */
export function part(id: string): ClientElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The page has no #${id}.`);
  return node;
}

/** Progress in words, read out politely by screen readers ("Saving…"); '' clears it. */
export function say(text: string): void {
  part('status').textContent = text;
}

/** An error in the alert region (read out at once); '' clears it. */
export function complain(message: string): void {
  const alert = part('problem');
  alert.textContent = message;
  alert.hidden = message === '';
  if (message !== '') alert.scrollIntoView?.();
}

/** Disables every enabled button while a call runs (no double saves), and gives back the ones it disabled. */
export function holdButtons(): ClientElement[] {
  const held: ClientElement[] = [];
  const buttons = document.querySelectorAll('button');
  for (let i = 0; i < buttons.length; i += 1) {
    const button = buttons[i]!;
    if (!button.disabled) {
      button.disabled = true;
      held.push(button);
    }
  }
  document.body.setAttribute('aria-busy', 'true');
  return held;
}

/** Re-enables buttons held for a call. */
export function releaseButtons(held: readonly ClientElement[]): void {
  for (const button of held) button.disabled = false;
  document.body.setAttribute('aria-busy', 'false');
}

/**
 * Calls a server function through google.script.run, saying `busy` meanwhile (and that it is still working
 * after a few seconds), then hands the result to `done` or shows the server's message.
 */
export function callServer(
  fn: string,
  args: readonly unknown[],
  busy: string,
  done: (value: unknown) => void,
  failed?: (message: string) => void,
): void {
  complain('');
  say(busy);
  const held = holdButtons();
  const slow = setTimeout(() => say(`${busy} Still working: Google can take up to half a minute.`), 5000);
  const finish = () => {
    clearTimeout(slow);
    releaseButtons(held);
    say('');
  };
  const run = google.script.run
    .withSuccessHandler((value) => {
      finish();
      done(value);
    })
    .withFailureHandler((error) => {
      finish();
      const message = error?.message || 'Something went wrong. Check your connection and try again.';
      if (failed) failed(message);
      else complain(message);
    });
  const server = run[fn];
  if (typeof server !== 'function') {
    finish();
    complain(`Solidarity Desk cannot find "${fn}". Reload the page.`);
    return;
  }
  (server as (...a: unknown[]) => void).apply(run, [...args]);
}

/** Shows one view of the side panel (Needs attention, Issue, Decision) and moves focus to its heading. */
export function showView(name: string): void {
  const views = document.querySelectorAll('[data-view-panel]');
  for (let i = 0; i < views.length; i += 1) views[i]!.hidden = views[i]!.dataset.viewPanel !== name;
  const tabs = document.querySelectorAll('[data-view-tab]');
  for (let i = 0; i < tabs.length; i += 1) {
    const current = tabs[i]!.dataset.viewTab === name;
    tabs[i]!.setAttribute('aria-current', current ? 'page' : 'false');
  }
  document.getElementById(`${name}-heading`)?.focus();
}

/** A labelled form control: the label's `for` ties it to the control, so tapping the words focuses it. */
export function field(id: string, label: string, control: ClientElement, hint = ''): ClientElement {
  control.id = id;
  const parts: Array<ClientElement | string> = [el('label', { for: id }, [label])];
  if (hint !== '') {
    control.setAttribute('aria-describedby', `${id}-hint`);
    parts.push(el('span', { class: 'hint', id: `${id}-hint` }, [hint]));
  }
  parts.push(control);
  return el('div', { class: 'field' }, parts);
}

/** A dropdown of plain choices; `blank` adds a first empty option ("Choose…"). */
export function choices(options: readonly string[], blank = '', chosen = ''): ClientElement {
  const select = el('select');
  if (blank !== '') select.append(el('option', { value: '' }, [blank]));
  for (const option of options)
    select.append(el('option', { value: option, selected: option === chosen }, [option]));
  return select;
}

/** The text typed into a control of the page. */
export function entered(id: string): string {
  return part(id).value;
}

/** A button that runs `act` when pressed. */
export function button(label: string, act: () => void, kind = ''): ClientElement {
  const node = el('button', { type: 'button', class: kind }, [label]);
  node.addEventListener('click', () => act());
  return node;
}

/** A form whose submit runs `act` (Enter works too) instead of reloading the page. */
export function form(label: string, fields: readonly ClientElement[], submit: string, act: () => void) {
  const node = el('form', { 'aria-label': label }, [
    ...fields,
    el('button', { type: 'submit', class: 'primary' }, [submit]),
  ]);
  node.addEventListener('submit', (event) => {
    event.preventDefault();
    act();
  });
  return node;
}

/** A link only to https pages (a website from the directory): anything else stays plain text. */
export function safeLink(url: string, label: string): ClientElement | string {
  if (!/^https:\/\/[^\s"<>]+$/i.test(url)) return label;
  return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, [label]);
}
