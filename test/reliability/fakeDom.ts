// A DOM-less document for the side panel's client code: records every element, attribute, text and markup write.
import type { ClientElement } from '../../src/ui/sidebar/client/dom';

/** What the client code did to the page, for checks that data stayed text. */
export interface PageRecord {
  readonly tags: Set<string>;
  /** [attribute name, value] in the order they were set. */
  readonly attributes: Array<readonly [string, string]>;
  /** Every string added as a child or set as textContent (text nodes, never parsed). */
  readonly texts: string[];
  /** Any use of innerHTML, outerHTML, insertAdjacentHTML or document.write (must stay empty). */
  readonly markupWrites: string[];
}

const MARKUP_SETTERS = new Set(['innerHTML', 'outerHTML']);
const MARKUP_METHODS = new Set(['insertAdjacentHTML', 'write', 'writeln']);

/** Puts a recording `document` on globalThis for the client functions; call the returned restore after. */
export function installFakeDocument(): { page: PageRecord; restore: () => void } {
  const page: PageRecord = { tags: new Set(), attributes: [], texts: [], markupWrites: [] };
  const byId = new Map<string, ClientElement>();
  const guard = <T extends object>(target: T, what: string): T =>
    new Proxy(target, {
      set(obj, prop, value, receiver) {
        if (typeof prop === 'string' && MARKUP_SETTERS.has(prop)) page.markupWrites.push(`${what}.${prop}`);
        if (prop === 'textContent' && typeof value === 'string') page.texts.push(value);
        if (prop === 'id' && typeof value === 'string') byId.set(value, receiver as ClientElement);
        Reflect.set(obj, prop, value);
        return true;
      },
      get(obj, prop) {
        if (typeof prop === 'string' && MARKUP_METHODS.has(prop))
          return (...args: unknown[]) =>
            page.markupWrites.push(`${what}.${prop}(${String(args[1] ?? args[0])})`);
        return Reflect.get(obj, prop);
      },
    });
  const element = (tag: string): ClientElement => {
    page.tags.add(tag);
    const attributes = new Map<string, string>();
    const children: Array<ClientElement | string> = [];
    const add = (nodes: Array<ClientElement | string>) => {
      for (const n of nodes) if (typeof n === 'string') page.texts.push(n);
      children.push(...nodes);
    };
    const node = {
      id: '',
      className: '',
      hidden: false,
      textContent: null as string | null,
      value: '',
      checked: false,
      disabled: false,
      dataset: {} as Record<string, string | undefined>,
      setAttribute(name: string, value: string) {
        page.attributes.push([name, value]);
        attributes.set(name, value);
        if (name === 'id') byId.set(value, self);
      },
      getAttribute: (name: string) => attributes.get(name) ?? null,
      append: (...nodes: Array<ClientElement | string>) => add(nodes),
      replaceChildren: (...nodes: Array<ClientElement | string>) => {
        children.length = 0;
        add(nodes);
      },
      addEventListener: () => undefined,
      querySelector: () => null,
      querySelectorAll: () => [],
      focus: () => undefined,
    };
    const self = guard(node, `<${tag}>`) as ClientElement;
    return self;
  };
  const body = element('body');
  const document = guard(
    {
      body,
      createElement: element,
      getElementById: (id: string) => byId.get(id) ?? element('div'),
      querySelectorAll: () => [],
    },
    'document',
  );
  const global = globalThis as { document?: unknown };
  const previous = global.document;
  global.document = document;
  const restore = (): void => {
    global.document = previous;
  };
  return { page, restore };
}
