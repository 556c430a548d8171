// An HTML preview of a document, written next to its .docx so anyone can glance at it in a browser.
import { xml } from './docx';
import type { Block, DocModel, Inline, ParagraphNode } from './model';

const TAGS: Record<string, string> = {
  TITLE: 'h1 class="title"',
  SUBTITLE: 'p class="subtitle"',
  HEADING_1: 'h1',
  HEADING_2: 'h2',
  HEADING_3: 'h3',
  HEADING_4: 'h4',
  HEADING_5: 'h5',
  HEADING_6: 'h6',
};

function inlineHtml(inline: Inline): string {
  if (inline.kind === 'pageBreak') return '<hr class="page-break">';
  if (inline.kind === 'horizontalRule') return '<hr>';
  let html = xml(inline.text).replace(/\r/g, '<br>');
  if (inline.style.bold) html = `<b>${html}</b>`;
  if (inline.style.italic) html = `<i>${html}</i>`;
  if (inline.style.underline) html = `<u>${html}</u>`;
  if (inline.style.link) html = `<a href="${xml(inline.style.link)}">${html}</a>`;
  return html;
}

function paragraphHtml(p: ParagraphNode): string {
  const open = p.bullet ? 'li' : (TAGS[p.namedStyle] ?? 'p');
  const tag = open.split(' ')[0]!;
  const indent = p.bullet ? ` style="margin-left:${p.bullet.nestingLevel * 2}em"` : '';
  return `<${open}${indent}>${p.inlines.map(inlineHtml).join('') || '&nbsp;'}</${tag}>`;
}

function blocksHtml(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind === 'paragraph') return paragraphHtml(b);
      const rows = b.rows.map(
        (r) => `<tr>${r.cells.map((c) => `<td>${blocksHtml(c.content)}</td>`).join('')}</tr>`,
      );
      return `<table>${rows.join('')}</table>`;
    })
    .join('\n');
}

/** A standalone HTML page showing the document. */
export function documentHtml(model: DocModel, title: string): string {
  const style =
    'body{font-family:Arial,sans-serif;max-width:46em;margin:2em auto}table{border-collapse:collapse}td{border:1px solid #000;padding:4px}li{list-style-position:inside}';
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${xml(title)}</title><style>${style}</style></head><body>\n${blocksHtml(model.body)}\n</body></html>\n`;
}
