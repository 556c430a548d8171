// The small part of the browser's DOM the side panel's script uses, typed here because src/ compiles without DOM types.
// Only client/*.ts may use these, through module-local `declare const` lines, so server code still cannot.

/** An event as listeners receive it. */
export interface ClientEvent {
  readonly key?: string;
  preventDefault(): void;
}

/** An element; form-control members are optional views of inputs, selects and textareas. */
export interface ClientElement {
  id: string;
  className: string;
  hidden: boolean;
  textContent: string | null;
  value: string;
  checked: boolean;
  disabled: boolean;
  readonly dataset: Record<string, string | undefined>;
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
  append(...nodes: Array<ClientElement | string>): void;
  replaceChildren(...nodes: Array<ClientElement | string>): void;
  addEventListener(type: string, listener: (event: ClientEvent) => void): void;
  querySelector(selector: string): ClientElement | null;
  querySelectorAll(selector: string): ArrayLike<ClientElement>;
  focus(): void;
  scrollIntoView?(): void;
}

/** The document. */
export interface ClientDocument {
  readonly body: ClientElement;
  getElementById(id: string): ClientElement | null;
  createElement(tag: string): ClientElement;
  querySelectorAll(selector: string): ArrayLike<ClientElement>;
}

/** google.script.run: chainable handlers, then the server function by name. */
export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: { message?: string }) => void): ScriptRun;
  [server: string]: unknown;
}

/** The `google` object Apps Script puts in sidebars and dialogs. */
export interface ClientGoogle {
  readonly script: { readonly run: ScriptRun; readonly host?: { close(): void } };
}
