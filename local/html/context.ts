// Tracks where in an HTML document the output has reached, so printing scriptlets can escape for that place.

/** The parser's position, coarse enough for choosing an escaper. */
export type HtmlMode =
  | 'text'
  | 'tagOpen'
  | 'tagName'
  | 'endTag'
  | 'inTag'
  | 'attrName'
  | 'afterAttrName'
  | 'beforeValue'
  | 'value'
  | 'bang'
  | 'comment'
  | 'raw';

/** What an escaper needs to know about the current position. */
export interface HtmlContext {
  readonly mode: HtmlMode;
  /** Lower-case name of the attribute whose value we are in (mode 'value'). */
  readonly attr: string;
  /** The attribute's quote, or '' when unquoted. */
  readonly quote: string;
  /** The attribute value written so far. */
  readonly valueSoFar: string;
  /** 'script' or 'style' in mode 'raw'; 'textarea'/'title' are escaped like text. */
  readonly element: string;
  /** The content of the current raw element so far (for JavaScript string tracking). */
  readonly rawSoFar: string;
}

const RAW = new Set(['script', 'style']);
const SPACE = /[\s]/;

/** A character-level HTML tokenizer, fed incrementally with everything the template outputs. */
export class ContextTracker {
  private mode: HtmlMode = 'text';
  private tag = '';
  private attr = '';
  private quote = '';
  private value = '';
  private element = '';
  private raw = '';
  private markup = '';
  private closing = false;

  get context(): HtmlContext {
    return {
      mode: this.mode,
      attr: this.attr,
      quote: this.quote,
      valueSoFar: this.value,
      element: this.element,
      rawSoFar: this.raw,
    };
  }

  feed(text: string): void {
    for (const c of text) this.step(c);
  }

  private step(c: string): void {
    switch (this.mode) {
      case 'text':
        if (c === '<') this.mode = 'tagOpen';
        return;
      case 'tagOpen':
        this.afterLessThan(c);
        return;
      case 'bang':
        this.inBang(c);
        return;
      case 'comment':
        this.markup = (this.markup + c).slice(-3);
        if (this.markup === '-->') this.mode = 'text';
        return;
      case 'raw':
        this.inRaw(c);
        return;
      case 'value':
        this.inValue(c);
        return;
      default:
        this.inTagSyntax(c);
    }
  }

  private afterLessThan(c: string): void {
    this.closing = false;
    if (/[A-Za-z]/.test(c)) {
      this.mode = 'tagName';
      this.tag = c.toLowerCase();
    } else if (c === '/') {
      this.mode = 'endTag';
      this.closing = true;
    } else if (c === '!') {
      this.mode = 'bang';
      this.markup = '';
    } else {
      this.mode = c === '<' ? 'tagOpen' : 'text';
    }
  }

  private inBang(c: string): void {
    this.markup += c;
    if (this.markup === '--') {
      this.mode = 'comment';
      this.markup = '';
    } else if (c === '>') {
      this.mode = 'text';
    }
  }

  private inRaw(c: string): void {
    const end = `</${this.element}`;
    if ((c === '>' || c === '/' || SPACE.test(c)) && this.raw.toLowerCase().endsWith(end)) {
      this.raw = '';
      this.element = '';
      this.closing = true;
      this.mode = c === '>' ? 'text' : 'endTag';
      return;
    }
    this.raw += c;
  }

  private inValue(c: string): void {
    const ends = this.quote ? c === this.quote : SPACE.test(c) || c === '>';
    if (!ends) {
      this.value += c;
      return;
    }
    this.mode = 'inTag';
    if (c === '>') this.enterContent();
  }

  /** Tag names, attribute names, `=` and `>`. */
  private inTagSyntax(c: string): void {
    if (c === '>' && this.mode !== 'beforeValue') {
      this.enterContent();
      return;
    }
    switch (this.mode) {
      case 'tagName':
        if (SPACE.test(c) || c === '/') this.mode = 'inTag';
        else this.tag += c.toLowerCase();
        return;
      case 'endTag':
        return;
      case 'attrName':
        if (c === '=') this.mode = 'beforeValue';
        else if (SPACE.test(c)) this.mode = 'afterAttrName';
        else if (c === '/') this.mode = 'inTag';
        else this.attr += c.toLowerCase();
        return;
      case 'afterAttrName':
        if (c === '=') this.mode = 'beforeValue';
        else if (!SPACE.test(c)) this.startAttr(c);
        return;
      case 'beforeValue':
        this.startValue(c);
        return;
      default: // inTag
        if (!SPACE.test(c) && c !== '/') this.startAttr(c);
    }
  }

  private startAttr(c: string): void {
    this.mode = 'attrName';
    this.attr = c.toLowerCase();
  }

  private startValue(c: string): void {
    if (SPACE.test(c)) return;
    if (c === '>') {
      this.enterContent();
      return;
    }
    this.mode = 'value';
    this.quote = c === '"' || c === "'" ? c : '';
    this.value = this.quote ? '' : c;
  }

  private enterContent(): void {
    const opening = !this.closing && this.mode !== 'endTag';
    this.mode = opening && RAW.has(this.tag) ? 'raw' : 'text';
    this.element = this.mode === 'raw' ? this.tag : '';
    this.raw = '';
    this.attr = '';
    this.closing = false;
  }
}
