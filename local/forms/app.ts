// The FormApp global: create and open forms, the bound form, and the FormApp enums.
import { GasException, signatureError } from '../runtime/errors';
import type { Execution } from '../runtime/execution';
import { Form } from './form';
import { type FormData, type FormsState, ITEM_TYPES } from './model';

function enumOf<K extends string>(names: readonly K[]): Readonly<Record<K, K>> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as Record<K, K>);
}

/** Drive's wording for an id that matches no file; FormApp's own text is UNCONFIRMED. */
const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';

/** `FormApp` for one execution. */
export class FormApp {
  readonly ItemType = enumOf(ITEM_TYPES);
  readonly DestinationType = enumOf(['SPREADSHEET'] as const);
  readonly PageNavigationType = enumOf(['CONTINUE', 'GO_TO_PAGE', 'RESTART', 'SUBMIT'] as const);
  readonly Alignment = enumOf(['LEFT', 'CENTER', 'RIGHT'] as const);

  constructor(
    private readonly state: FormsState,
    private readonly execution: Execution,
  ) {}

  /** "Throws an exception if the given title is null or empty" [M:reference/forms/FormApp.md]. */
  create(title: string): Form {
    if (typeof title !== 'string') throw signatureError([title], 'FormApp.create');
    if (title === '') throw new GasException('Invalid argument: title');
    return this.wrap(this.state.createForm(title));
  }

  openById(id: string): Form {
    if (typeof id !== 'string') throw signatureError([id], 'FormApp.openById');
    const form = this.state.forms.get(id);
    if (!form) throw new GasException(NOT_FOUND);
    return this.wrap(form);
  }

  /** Accepts the editor URL (`/forms/d/<id>/edit`) or the respondents' URL (`/forms/d/e/<published id>/...`). */
  openByUrl(url: string): Form {
    if (typeof url !== 'string') throw signatureError([url], 'FormApp.openByUrl');
    const published = /\/forms\/d\/e\/([\w-]+)/.exec(url)?.[1];
    const id = published ? undefined : /\/forms\/d\/([\w-]+)/.exec(url)?.[1];
    const form = [...this.state.forms.values()].find((f) => f.id === id || f.publishedId === published);
    if (!form) throw new GasException(NOT_FOUND);
    return this.wrap(form);
  }

  /** The form the script is bound to; null for a script bound to a spreadsheet or standalone. */
  getActiveForm(): Form | null {
    const form = this.state.boundFormId === null ? undefined : this.state.forms.get(this.state.boundFormId);
    return form ? this.wrap(form) : null;
  }

  private wrap(form: FormData): Form {
    return new Form({ state: this.state, form, execution: this.execution });
  }
}
