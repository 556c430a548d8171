// The settings half of Form: id, title, URLs and the respondent-facing switches.
import type { FormContext } from './context';
import type { FormData } from './model';

/** Form settings; `Form` extends this with items, destination and responses. */
export abstract class FormSettings {
  constructor(protected readonly context: FormContext) {}

  protected get form(): FormData {
    return this.context.form;
  }

  getId(): string {
    return this.form.id;
  }

  getTitle(): string {
    return this.form.title;
  }

  setTitle(title: string): this {
    this.form.title = String(title);
    return this;
  }

  getDescription(): string {
    return this.form.description;
  }

  setDescription(description: string): this {
    this.form.description = String(description);
    return this;
  }

  /** The respondents' link: `/forms/d/e/<published id>/viewform`, not the editor id. */
  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.form.publishedId}/viewform`;
  }

  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.form.id}/edit`;
  }

  getSummaryUrl(): string {
    return `https://docs.google.com/forms/d/${this.form.id}/viewanalytics`;
  }

  getConfirmationMessage(): string {
    return this.form.confirmationMessage;
  }

  setConfirmationMessage(message: string): this {
    this.form.confirmationMessage = String(message);
    return this;
  }

  collectsEmail(): boolean {
    return this.form.collectEmail;
  }

  setCollectEmail(collect: boolean): this {
    this.form.collectEmail = Boolean(collect);
    return this;
  }

  isAcceptingResponses(): boolean {
    return this.form.acceptingResponses;
  }

  setAcceptingResponses(enabled: boolean): this {
    this.form.acceptingResponses = Boolean(enabled);
    return this;
  }

  canEditResponse(): boolean {
    return this.form.allowResponseEdits;
  }

  setAllowResponseEdits(enabled: boolean): this {
    this.form.allowResponseEdits = Boolean(enabled);
    return this;
  }

  hasLimitOneResponsePerUser(): boolean {
    return this.form.limitOneResponsePerUser;
  }

  setLimitOneResponsePerUser(enabled: boolean): this {
    this.form.limitOneResponsePerUser = Boolean(enabled);
    return this;
  }

  hasProgressBar(): boolean {
    return this.form.progressBar;
  }

  setProgressBar(enabled: boolean): this {
    this.form.progressBar = Boolean(enabled);
    return this;
  }
}
