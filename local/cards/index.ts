// CardService and friends as a service module (stub: being written).
import type { ServiceModule } from '../runtime/module';

export const cardsModule: ServiceModule<null> = {
  name: 'cards',
  createState: () => null,
  globals: () => ({}),
};
