// FormApp and friends as a service module (stub: being written).
import type { ServiceModule } from '../runtime/module';

export const formsModule: ServiceModule<null> = {
  name: 'forms',
  createState: () => null,
  globals: () => ({}),
};
