// DocumentApp and the Docs advanced service as one service module over one shared document store.
import type { ServiceModule } from '../runtime/module';
import type { Workspace } from '../runtime/workspace';
import { Docs } from './advanced';
import { DocumentApp } from './app';
import { DocsStore } from './store';

export { GoogleJsonResponseException } from './advanced';
export type { DocModel } from './model';
export { SUPPORTED_REQUESTS } from './requests';
export { DocsStore } from './store';

export const docsModule: ServiceModule<DocsStore> = {
  name: 'docs',
  createState: (workspace) => new DocsStore(workspace),
  globals: (store, execution) => ({ DocumentApp: new DocumentApp(store, execution), Docs: new Docs(store) }),
  load: (store, dir) => store.load(dir),
  save: (store, dir) => store.save(dir),
};

/** The documents of a workspace (tests, the CLI). */
export function docsStore(workspace: Workspace): DocsStore {
  return workspace.state(docsModule);
}
