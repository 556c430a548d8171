// What form objects need to reach: the forms store, their form, and the execution they belong to.
import type { Execution } from '../runtime/execution';
import type { FormData, FormsState } from './model';

/** Handed to every Form, Item and response object of one execution. */
export interface FormContext {
  readonly state: FormsState;
  readonly form: FormData;
  /** Absent when the local runtime itself (not the bundle) works with the form. */
  readonly execution?: Execution;
}
