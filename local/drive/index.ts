// DriveApp and friends as a service module (stub: being written).
import type { ServiceModule } from '../runtime/module';

export const driveModule: ServiceModule<null> = {
  name: 'drive',
  createState: () => null,
  globals: () => ({}),
};
