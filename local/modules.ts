// Every fake Google service the local runtime provides, in one list.
import { htmlModule } from './html';
import type { ServiceModule } from './runtime/module';
import { spreadsheetModule } from './spreadsheet';
import { uiModule } from './ui';

export const ALL_MODULES: readonly ServiceModule<unknown>[] = [
  uiModule,
  spreadsheetModule,
  htmlModule,
] as readonly ServiceModule<unknown>[];
