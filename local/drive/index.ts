// DriveApp, MimeType and Blob as a service module; other fakes reach the Drive index via driveStore().
import type { ServiceModule } from '../runtime/module';
import type { Workspace } from '../runtime/workspace';
import { DriveApp } from './app';
import { MIME_TYPES } from './mime';
import { DriveStore } from './store';

export { Blob } from './blob';
export { File, Folder } from './files';
export { convertedName, DOCX_MIME, GOOGLE_DOCS_MIME, MIME_TYPES, PDF_MIME } from './mime';
export type { DriveItem, NativeContent, RegisteredFile } from './store';
export { DriveStore, safeFileName } from './store';

export const driveModule: ServiceModule<DriveStore> = {
  name: 'drive',
  createState: (workspace) => new DriveStore(workspace),
  globals: (store) => ({ DriveApp: new DriveApp(store), MimeType: { ...MIME_TYPES } }),
  load: (store, dir) => store.load(dir),
  save: (store, dir) => store.save(dir),
};

/** The Drive index of a workspace, for fakes that own files (registerFile) or content (registerNative). */
export function driveStore(workspace: Workspace): DriveStore {
  return workspace.state(driveModule);
}
