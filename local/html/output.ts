// Fake HtmlOutput: content plus the dialog/sidebar settings Apps Script keeps with it.
import type { Execution } from '../runtime/execution';
import { escapeHtml } from './escape';
import { HtmlTemplate } from './template';

/** HtmlService.HtmlOutput: holds HTML the product built; the local `serve` command shows it in a browser. */
export class HtmlOutput {
  private title = '';
  private width = 600;
  private height = 400;
  private readonly metaTags: Array<{ name: string; content: string }> = [];

  /** `execution` (optional) lets `asTemplate()` run scriptlets in the script's scope. */
  constructor(
    private content: string,
    private readonly execution?: Execution,
  ) {}

  getContent(): string {
    return this.content;
  }

  setContent(content: string): HtmlOutput {
    this.content = content;
    return this;
  }

  append(addedContent: string): HtmlOutput {
    this.content += addedContent;
    return this;
  }

  /** Appends text escaped for HTML content. */
  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += escapeHtml(String(addedContent));
    return this;
  }

  clear(): HtmlOutput {
    this.content = '';
    return this;
  }

  /** "Returns an HtmlTemplate backed by this HtmlOutput". */
  asTemplate(): HtmlTemplate {
    return new HtmlTemplate(this.content, this.execution);
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): HtmlOutput {
    this.title = title;
    return this;
  }

  getWidth(): number {
    return this.width;
  }

  setWidth(width: number): HtmlOutput {
    this.width = width;
    return this;
  }

  getHeight(): number {
    return this.height;
  }

  setHeight(height: number): HtmlOutput {
    this.height = height;
    return this;
  }

  addMetaTag(name: string, content: string): HtmlOutput {
    this.metaTags.push({ name, content });
    return this;
  }

  getMetaTags(): ReadonlyArray<{ name: string; content: string }> {
    return this.metaTags;
  }

  setSandboxMode(_mode: unknown): HtmlOutput {
    return this;
  }

  setXFrameOptionsMode(_mode: unknown): HtmlOutput {
    return this;
  }

  setFaviconUrl(_url: string): HtmlOutput {
    return this;
  }
}
