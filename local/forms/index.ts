// FormApp as a service module: forms saved as forms/<id>.json with a readable forms/<id>.html preview.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceModule } from '../runtime/module';
import { FormApp } from './app';
import type { DestinationRow } from './destination';
import { type FormData, FormsState } from './model';
import { formPreviewHtml } from './preview';

export { fireSubmitTriggers, formsState } from './fire';
export { type FormData, FormsState, type ResponseData } from './model';
export {
  fireGhostFormSubmit,
  redeliverFormSubmit,
  type SubmitOptions,
  type SubmitResult,
  submitResponse,
} from './submit';

interface FormFile extends FormData {
  /** Where each response went in the destination sheet, so re-delivered events can point at it. */
  rows?: Record<string, DestinationRow>;
}

/** FormApp: forms persisted as `forms/<id>.json` plus an `forms/<id>.html` preview. */
export const formsModule: ServiceModule<FormsState> = {
  name: 'forms',
  createState: (workspace) => new FormsState(workspace),
  globals: (state, execution) => ({ FormApp: new FormApp(state, execution) }),
  async load(state, dir) {
    const folder = join(dir, 'forms');
    if (!existsSync(folder)) return;
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
      const { rows, ...form } = JSON.parse(readFileSync(join(folder, name), 'utf8')) as FormFile;
      state.forms.set(form.id, form);
      for (const [responseId, row] of Object.entries(rows ?? {})) state.rows.set(responseId, row);
    }
  },
  async save(state, dir) {
    if (state.forms.size === 0) return;
    const folder = join(dir, 'forms');
    mkdirSync(folder, { recursive: true });
    for (const form of state.forms.values()) {
      const rows = Object.fromEntries(
        form.responses.flatMap((r) => {
          const row = state.rows.get(r.id);
          return row ? [[r.id, row]] : [];
        }),
      );
      const file: FormFile = { ...form, rows };
      writeFileSync(join(folder, `${form.id}.json`), `${JSON.stringify(file, null, 2)}\n`);
      writeFileSync(join(folder, `${form.id}.html`), formPreviewHtml(form));
    }
  },
};
