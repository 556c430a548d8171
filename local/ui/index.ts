// The UI fake as a service module: it adds no globals itself; SpreadsheetApp.getUi() hands out its Ui.
import type { ServiceModule } from '../runtime/module';
import { UiState } from './ui';

export const uiModule: ServiceModule<UiState> = {
  name: 'ui',
  createState: () => new UiState(),
  globals: () => ({}),
};
