// SpreadsheetApp as a service module (grows into the full fake: spreadsheets, sheets, ranges, xlsx files).
import type { ServiceModule } from '../runtime/module';
import { uiModule } from '../ui';
import { type Ui, uiFor } from '../ui/ui';

class SpreadsheetApp {
  constructor(private readonly ui: () => Ui) {}

  getUi(): Ui {
    return this.ui();
  }
}

export const spreadsheetModule: ServiceModule<null> = {
  name: 'spreadsheets',
  createState: () => null,
  globals: (_state, execution) => {
    const workspace = execution.workspace;
    return { SpreadsheetApp: new SpreadsheetApp(() => uiFor(workspace.state(uiModule), execution)) };
  },
};
