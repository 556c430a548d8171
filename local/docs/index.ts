// DocumentApp and friends as a service module (stub: being written).
import type { ServiceModule } from '../runtime/module';

export const docsModule: ServiceModule<null> = {
  name: 'docs',
  createState: () => null,
  globals: () => ({}),
};
