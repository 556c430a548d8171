// LockService and friends as a service module (stub: being written).
import type { ServiceModule } from '../runtime/module';

export const baseModule: ServiceModule<null> = {
  name: 'base',
  createState: () => null,
  globals: () => ({}),
};
