// Every fake Google service the local runtime provides, in one list.
import { baseModule } from './base';
import { cardsModule } from './cards';
import { docsModule } from './docs';
import { driveModule } from './drive';
import { formsModule } from './forms';
import { htmlModule } from './html';
import type { ServiceModule } from './runtime/module';
import { scriptModule } from './script';
import { spreadsheetModule } from './spreadsheet';
import { uiModule } from './ui';

export const ALL_MODULES: readonly ServiceModule<unknown>[] = [
  uiModule,
  spreadsheetModule,
  formsModule,
  scriptModule,
  driveModule,
  docsModule,
  htmlModule,
  cardsModule,
  baseModule,
] as readonly ServiceModule<unknown>[];
