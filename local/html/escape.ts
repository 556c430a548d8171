// Contextual escaping for printing scriptlets (`<?= ?>`): HTML text, attributes, URLs, CSS and JavaScript.
// Apps Script "keeps track of the output's context on the page — inside an HTML attribute, inside a
// client-side script tag, or anywhere else" [M:guides/html/templated-html.md], citing Closure's contextual
// autoescaping; the escapers and the `zSoyz` placeholder for refused values follow Closure Templates.
import type { HtmlContext } from './context';

/** What a refused value (e.g. a `javascript:` URL) prints instead, as Closure Templates does. */
export const INNOCUOUS = 'zSoyz';

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const URL_ATTRS = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'cite',
  'poster',
  'background',
  'data',
  'codebase',
  'longdesc',
  'usemap',
  'xlink:href',
  'manifest',
  'icon',
]);

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/** An unquoted attribute value ends at any space, quote, `=`, `<`, `>` or backtick: encode them all. */
function escapeUnquoted(text: string): string {
  return text.replace(/[\s&<>"'=`]/g, (c) => `&#${c.codePointAt(0)};`);
}

function escapeAttr(text: string, quote: string): string {
  return quote ? escapeHtml(text) : escapeUnquoted(text);
}

function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A JavaScript expression for any value: JSON, with characters that could end a script block escaped. */
export function jsLiteral(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = JSON.stringify(String(value));
  }
  if (json === undefined) return 'null';
  return json.replace(/[<>&'=\u2028\u2029]/g, unicodeEscape);
}

/** The inside of a JavaScript string literal (any quote kind, template literals included). */
export function escapeJsString(text: string): string {
  return text.replace(/[\\'"`$<>&=/\r\n\t\u2028\u2029]/g, unicodeEscape);
}

/** Where JavaScript code has got to: inside a string (its quote), a comment, or plain code. */
export function jsState(code: string): 'code' | 'string' | 'comment' {
  let state: string = 'code';
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (state === 'code') {
      if (c === '"' || c === "'" || c === '`') state = c;
      else if (c === '/' && code[i + 1] === '/') state = 'line';
      else if (c === '/' && code[i + 1] === '*') {
        state = 'block';
        i++;
      }
    } else if (state === 'line') {
      if (c === '\n') state = 'code';
    } else if (state === 'block') {
      if (c === '*' && code[i + 1] === '/') {
        state = 'code';
        i++;
      }
    } else if (c === '\\') {
      i++;
    } else if (c === state) {
      state = 'code';
    }
  }
  if (state === 'code') return 'code';
  return state === 'line' || state === 'block' ? 'comment' : 'string';
}

function escapeJs(text: string, value: unknown, code: string): string {
  return jsState(code) === 'code' ? jsLiteral(value) : escapeJsString(text);
}

/** Allows http(s), mailto, tel and relative URLs; anything else (javascript:, data:) is refused. */
export function filterUrl(url: string): string {
  const trimmed = url.trim();
  const scheme = /^([^:/?#]*):/.exec(trimmed)?.[1];
  if (scheme === undefined || /^(https?|mailto|tel)$/i.test(scheme)) return trimmed;
  return `#${INNOCUOUS}`;
}

/** Allows plain CSS values (words, numbers with units, colours); refuses anything that could run code. */
export function filterCss(text: string): string {
  return /^[-\w\s.,#%]*$/.test(text) ? text : INNOCUOUS;
}

function decodeBasicEntities(text: string): string {
  return text.replace(/&quot;|&#34;|&#39;|&apos;|&amp;/g, (e) =>
    e === '&amp;' ? '&' : e === '&quot;' || e === '&#34;' ? '"' : "'",
  );
}

function escapeAttrValue(ctx: HtmlContext, text: string, value: unknown): string {
  if (ctx.attr.startsWith('on')) {
    return escapeAttr(escapeJs(text, value, decodeBasicEntities(ctx.valueSoFar)), ctx.quote);
  }
  if (ctx.attr === 'style') return escapeAttr(filterCss(text), ctx.quote);
  if (URL_ATTRS.has(ctx.attr)) {
    // At the start the whole URL is ours to vet; later (a path or query part) it is percent-encoded.
    const url = ctx.valueSoFar.trim() === '' ? filterUrl(text) : encodeURIComponent(text);
    return escapeAttr(url, ctx.quote);
  }
  return escapeAttr(text, ctx.quote);
}

/** Prints `value` for the context the output has reached. */
export function escapeFor(ctx: HtmlContext, value: unknown): string {
  const text = String(value);
  switch (ctx.mode) {
    case 'value':
      return escapeAttrValue(ctx, text, value);
    case 'raw':
      return ctx.element === 'style' ? filterCss(text) : escapeJs(text, value, ctx.rawSoFar);
    case 'text':
    case 'comment':
    case 'bang':
      return escapeHtml(text);
    case 'beforeValue':
      return escapeUnquoted(text);
    default:
      // Tag or attribute names: only plain names, and never event handlers or style.
      return /^[a-z][a-z0-9_-]*$/i.test(text) && !/^(on|style$)/i.test(text) ? text : INNOCUOUS;
  }
}
