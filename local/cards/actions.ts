// Card actions: Action (a callback by function name) and OpenLink (a URL).
import { signatureError } from '../runtime/errors';
import { type CardPart, compact, invalid, type JsonObject, text } from './json';

/** CardService.Action: "setFunctionName" is required; parameters are strings [M:reference/card-service/Action.md]. */
export class Action implements CardPart {
  private functionName: string | undefined;
  private parameters: Record<string, string> | undefined;
  private loadIndicator: string | undefined;
  private persistValues: boolean | undefined;

  setFunctionName(functionName: string): Action {
    this.functionName = text(functionName, 'CardService.Action.setFunctionName');
    return this;
  }

  /** "Both keys and values must be strings." */
  setParameters(parameters: Record<string, unknown>): Action {
    if (parameters === null || typeof parameters !== 'object') {
      throw signatureError([parameters], 'CardService.Action.setParameters');
    }
    for (const [key, value] of Object.entries(parameters)) {
      if (typeof value !== 'string') {
        throw invalid(
          `Action parameters must be strings: "${key}" is ${value === null ? 'null' : typeof value}.`,
        );
      }
    }
    this.parameters = { ...(parameters as Record<string, string>) };
    return this;
  }

  setLoadIndicator(loadIndicator: string): Action {
    this.loadIndicator = loadIndicator;
    return this;
  }

  setPersistValues(persistValues: boolean): Action {
    this.persistValues = persistValues === true;
    return this;
  }

  validate(): void {
    if (!this.functionName) throw invalid('Action must have a function name (setFunctionName).');
  }

  toJSON(): JsonObject {
    return compact({
      function: this.functionName,
      parameters: this.parameters && Object.entries(this.parameters).map(([key, value]) => ({ key, value })),
      loadIndicator: this.loadIndicator,
      persistValues: this.persistValues,
    });
  }
}

/** CardService.OpenLink: a URL, opened full size or as an overlay. */
export class OpenLink implements CardPart {
  private url: string | undefined;
  private openAs: string | undefined;
  private onClose: string | undefined;

  setUrl(url: string): OpenLink {
    this.url = text(url, 'CardService.OpenLink.setUrl');
    return this;
  }

  setOpenAs(openAs: string): OpenLink {
    this.openAs = openAs;
    return this;
  }

  setOnClose(onClose: string): OpenLink {
    this.onClose = onClose;
    return this;
  }

  validate(): void {
    if (!this.url) throw invalid('OpenLink must have a URL (setUrl).');
  }

  toJSON(): JsonObject {
    return compact({ url: this.url, openAs: this.openAs, onClose: this.onClose });
  }
}

/** What a clickable widget does: an action or a link, rendered as `onClick`. */
export type Click = { action: Action } | { openLink: OpenLink };

export function clickJson(click: Click): JsonObject {
  return 'action' in click ? { action: click.action.toJSON() } : { openLink: click.openLink.toJSON() };
}

export function validateClick(click: Click): void {
  if ('action' in click) click.action.validate();
  else click.openLink.validate();
}
