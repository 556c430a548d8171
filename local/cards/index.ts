// CardService as a service module: builders for Workspace add-on cards, rendered to a JSON tree.
import { unwrap } from '../runtime/instrument';
import type { ServiceModule } from '../runtime/module';
import { Action, OpenLink } from './actions';
import { Card, CardBuilder, CardHeader, CardSection, FixedFooter } from './card';
import { DatePicker, SelectionInput, TextInput } from './inputs';
import type { JsonObject } from './json';
import {
  ActionResponse,
  ActionResponseBuilder,
  Navigation,
  Notification,
  UniversalActionResponseBuilder,
} from './responses';
import { ButtonSet, DecoratedText, Divider, TextButton, TextParagraph } from './widgets';

export type { Json, JsonObject } from './json';
export { ActionResponse, Card };

const enumOf = <K extends string>(...keys: K[]) =>
  Object.freeze(Object.fromEntries(keys.map((k) => [k, k]))) as Record<K, K>;

/** CardService: the `new...` factories and the enums [M:reference/card-service/CardService.md]. */
export class CardService {
  readonly TextButtonStyle = enumOf('OUTLINED', 'TEXT', 'FILLED', 'FILLED_TONAL', 'BORDERLESS');
  readonly SelectionInputType = enumOf('CHECK_BOX', 'RADIO_BUTTON', 'SWITCH', 'DROPDOWN', 'MULTI_SELECT');
  readonly LoadIndicator = enumOf('SPINNER', 'NONE');
  readonly OpenAs = enumOf('FULL_SIZE', 'OVERLAY');
  readonly OnClose = enumOf('NOTHING', 'RELOAD');
  readonly ImageStyle = enumOf('SQUARE', 'CIRCLE');

  newCardBuilder = () => new CardBuilder();
  newCardHeader = () => new CardHeader();
  newCardSection = () => new CardSection();
  newFixedFooter = () => new FixedFooter();
  newTextParagraph = () => new TextParagraph();
  newDecoratedText = () => new DecoratedText();
  newTextButton = () => new TextButton();
  newButtonSet = () => new ButtonSet();
  newDivider = () => new Divider();
  newTextInput = () => new TextInput();
  newSelectionInput = () => new SelectionInput();
  newDatePicker = () => new DatePicker();
  newAction = () => new Action();
  newOpenLink = () => new OpenLink();
  newActionResponseBuilder = () => new ActionResponseBuilder();
  newUniversalActionResponseBuilder = () => new UniversalActionResponseBuilder();
  newNavigation = () => new Navigation();
  newNotification = () => new Notification();
}

export const cardsModule: ServiceModule<null> = {
  name: 'cards',
  createState: () => null,
  globals: () => ({ CardService: new CardService() }),
};

/**
 * The plain JSON tree of a built Card or ActionResponse (proxies from the bundle accepted): header,
 * sections with widgets (`textParagraph`, `decoratedText`, `buttonList`, `textInput`...), actions by function name.
 */
export function renderCard(card: unknown): JsonObject {
  const real = unwrap(card);
  if (real instanceof Card || real instanceof ActionResponse) return real.toJSON();
  throw new Error('renderCard takes a built Card or ActionResponse (call build() first).');
}
