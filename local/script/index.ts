// ScriptApp and friends as a service module (stub: being written).
import type { ServiceModule } from '../runtime/module';

export const scriptModule: ServiceModule<null> = {
  name: 'script',
  createState: () => null,
  globals: () => ({}),
};
