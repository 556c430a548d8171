// Fake HtmlOutput: content plus the dialog/sidebar settings Apps Script keeps with it.

/** HtmlService.HtmlOutput: holds HTML the product built; the local `serve` command shows it in a browser. */
export class HtmlOutput {
  private title = '';
  private width = 600;
  private height = 400;
  private readonly metaTags: Array<{ name: string; content: string }> = [];

  constructor(private content: string) {}

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
