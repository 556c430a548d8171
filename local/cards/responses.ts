// What card callbacks return: navigation, notifications, links, and universal action responses.
import { signatureError } from '../runtime/errors';
import { OpenLink } from './actions';
import { Card } from './card';
import { compact, invalid, type Json, type JsonObject, part, text } from './json';

/** CardService.Notification: a toast-like message. */
export class Notification {
  private content: string | undefined;

  setText(value: string): Notification {
    this.content = text(value, 'CardService.Notification.setText');
    return this;
  }

  toJSON(): JsonObject {
    return compact({ text: this.content });
  }
}

/** CardService.Navigation: card stack operations, "applied in order" [M:reference/card-service/Navigation.md]. */
export class Navigation {
  private readonly steps: JsonObject[] = [];

  pushCard(card: Card): Navigation {
    this.steps.push({ pushCard: part(card, Card, 'CardService.Navigation.pushCard').toJSON() });
    return this;
  }

  popCard(): Navigation {
    this.steps.push({ popCard: true });
    return this;
  }

  popToRoot(): Navigation {
    this.steps.push({ popToRoot: true });
    return this;
  }

  popToNamedCard(cardName: string): Navigation {
    this.steps.push({ popToNamedCard: text(cardName, 'CardService.Navigation.popToNamedCard') });
    return this;
  }

  updateCard(card: Card): Navigation {
    this.steps.push({ updateCard: part(card, Card, 'CardService.Navigation.updateCard').toJSON() });
    return this;
  }

  toJSON(): Json[] {
    return [...this.steps];
  }
}

/** A built response; `printJson()` as Apps Script's. */
export class ActionResponse {
  constructor(private readonly tree: JsonObject) {}

  printJson(): string {
    return JSON.stringify(this.tree, null, 2);
  }

  toJSON(): JsonObject {
    return JSON.parse(JSON.stringify(this.tree)) as JsonObject;
  }
}

/** CardService.ActionResponseBuilder. */
export class ActionResponseBuilder {
  private navigation: Navigation | undefined;
  private notification: Notification | undefined;
  private link: OpenLink | undefined;
  private stateChanged: boolean | undefined;

  setNavigation(navigation: Navigation): ActionResponseBuilder {
    this.navigation = part(navigation, Navigation, 'CardService.ActionResponseBuilder.setNavigation');
    return this;
  }

  setNotification(notification: Notification): ActionResponseBuilder {
    this.notification = part(notification, Notification, 'CardService.ActionResponseBuilder.setNotification');
    return this;
  }

  setOpenLink(openLink: OpenLink): ActionResponseBuilder {
    this.link = part(openLink, OpenLink, 'CardService.ActionResponseBuilder.setOpenLink');
    return this;
  }

  setStateChanged(stateChanged: boolean): ActionResponseBuilder {
    this.stateChanged = stateChanged === true;
    return this;
  }

  build(): ActionResponse {
    if (this.notification && !this.notification.toJSON().text)
      throw invalid('Notification must have text (setText).');
    this.link?.validate();
    return new ActionResponse(
      compact({
        navigations: this.navigation?.toJSON(),
        notification: this.notification?.toJSON(),
        openLink: this.link?.toJSON(),
        stateChanged: this.stateChanged,
      }),
    );
  }
}

/** A built universal action response. */
export class UniversalActionResponse extends ActionResponse {}

/** CardService.UniversalActionResponseBuilder: show cards or open a link from a universal action. */
export class UniversalActionResponseBuilder {
  private cards: Card[] | undefined;
  private link: OpenLink | undefined;

  displayAddOnCards(cardObjects: Card[]): UniversalActionResponseBuilder {
    if (!Array.isArray(cardObjects))
      throw signatureError([cardObjects], 'CardService.UniversalActionResponseBuilder.displayAddOnCards');
    this.cards = cardObjects.map((c) =>
      part(c, Card, 'CardService.UniversalActionResponseBuilder.displayAddOnCards'),
    );
    return this;
  }

  setOpenLink(openLink: OpenLink): UniversalActionResponseBuilder {
    this.link = part(openLink, OpenLink, 'CardService.UniversalActionResponseBuilder.setOpenLink');
    return this;
  }

  build(): UniversalActionResponse {
    if (!this.cards && !this.link) {
      throw invalid(
        'UniversalActionResponse must display cards or open a link (displayAddOnCards or setOpenLink).',
      );
    }
    this.link?.validate();
    return new UniversalActionResponse(
      compact({ cards: this.cards?.map((c) => c.toJSON()), openLink: this.link?.toJSON() }),
    );
  }
}
