// The model as a .docx (hand-written WordprocessingML) that Word and LibreOffice open.

import { docxStyles, numberingXml } from './docxStyles';
import {
  type Block,
  type DocModel,
  type Inline,
  type ParagraphNode,
  paragraphText,
  type TableNode,
} from './model';
import { zipSync } from './zip';

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Escapes text for XML content and attributes. */
export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const STYLE_IDS: Record<string, string> = { NORMAL_TEXT: 'Normal', TITLE: 'Title', SUBTITLE: 'Subtitle' };

function styleId(p: ParagraphNode): string {
  return STYLE_IDS[p.namedStyle] ?? p.namedStyle.replace('HEADING_', 'Heading');
}

const JC: Record<string, string> = { START: 'left', CENTER: 'center', END: 'right', JUSTIFIED: 'both' };

/** Builds document.xml; hyperlinks collect relationship ids as they go. */
class BodyWriter {
  readonly links: string[] = [];
  constructor(private readonly numIds: ReadonlyMap<string, number>) {}

  private run(inline: Inline): string {
    if (inline.kind === 'pageBreak') return '<w:r><w:br w:type="page"/></w:r>';
    if (inline.kind === 'horizontalRule') return '';
    const s = inline.style;
    const props = [
      s.link ? '<w:rStyle w:val="Hyperlink"/>' : '',
      s.bold ? '<w:b/>' : '',
      s.italic ? '<w:i/>' : '',
      s.underline || s.link ? '<w:u w:val="single"/>' : '',
    ].join('');
    const parts = inline.text.split('\r').map((t) => `<w:t xml:space="preserve">${xml(t)}</w:t>`);
    const run = `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${parts.join('<w:br/>')}</w:r>`;
    if (!s.link) return run;
    this.links.push(s.link);
    return `<w:hyperlink r:id="rIdLink${this.links.length}">${run}</w:hyperlink>`;
  }

  paragraph(p: ParagraphNode): string {
    const props = [`<w:pStyle w:val="${styleId(p)}"/>`];
    const numId = p.bullet ? this.numIds.get(p.bullet.listId) : undefined;
    if (p.bullet && numId) {
      props.push(`<w:numPr><w:ilvl w:val="${p.bullet.nestingLevel}"/><w:numId w:val="${numId}"/></w:numPr>`);
    }
    if (p.inlines.some((i) => i.kind === 'horizontalRule')) {
      props.push('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>');
    }
    if (p.alignment) props.push(`<w:jc w:val="${JC[p.alignment]}"/>`);
    return `<w:p><w:pPr>${props.join('')}</w:pPr>${p.inlines.map((i) => this.run(i)).join('')}</w:p>`;
  }

  table(t: TableNode): string {
    const columns = Math.max(1, ...t.rows.map((r) => r.cells.length));
    const width = Math.floor(9000 / columns);
    const grid = Array.from({ length: columns }, () => `<w:gridCol w:w="${width}"/>`).join('');
    const rows = t.rows.map((row) => {
      const cells = row.cells.map((cell) => {
        const inner = this.blocks(cell.content);
        return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
      });
      return `<w:tr>${cells.join('')}</w:tr>`;
    });
    const props = '<w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>';
    return `<w:tbl>${props}<w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
  }

  /** Blocks in order; a table with no rows (DocumentApp allows one) has no WordprocessingML form and is left out. */
  blocks(blocks: readonly Block[]): string {
    return blocks
      .map((b) => (b.kind === 'paragraph' ? this.paragraph(b) : b.rows.length > 0 ? this.table(b) : ''))
      .join('');
  }
}

function numberingIds(model: DocModel): Map<string, number> {
  return new Map(Object.keys(model.lists).map((id, i) => [id, i + 1]));
}

/** The .docx parts of a document, as [path, xml] pairs. */
export function docxParts(model: DocModel, title: string): Array<[string, string]> {
  const numIds = numberingIds(model);
  const writer = new BodyWriter(numIds);
  const body = writer.blocks(model.body);
  const sect =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>';
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${body}${sect}</w:body></w:document>`;
  const rel = (id: string, type: string, target: string, external = false) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${xml(target)}"${external ? ' TargetMode="External"' : ''}/>`;
  const docRels = [
    rel('rIdStyles', 'styles', 'styles.xml'),
    rel('rIdNumbering', 'numbering', 'numbering.xml'),
    ...writer.links.map((url, i) => rel(`rIdLink${i + 1}`, 'hyperlink', url, true)),
  ];
  const rels = (items: string[]) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
  return [
    ['[Content_Types].xml', contentTypes()],
    ['_rels/.rels', rels([rel('rId1', 'officeDocument', 'word/document.xml'), coreRel()])],
    ['docProps/core.xml', coreXml(title)],
    ['word/document.xml', document],
    ['word/styles.xml', docxStyles()],
    ['word/numbering.xml', numberingXml(model.lists, numIds)],
    ['word/_rels/document.xml.rels', rels(docRels)],
  ];
}

function coreRel(): string {
  return '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>';
}

function coreXml(title: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${xml(title)}</dc:title></cp:coreProperties>`;
}

function contentTypes(): string {
  const main = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${main}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${main}.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="${main}.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
}

/** The document as .docx bytes. */
export function docxBytes(model: DocModel, title: string): Buffer {
  return zipSync(docxParts(model, title));
}

/** Plain text of the whole document (tests and previews). */
export function plainText(model: DocModel): string {
  return model.body.map((b) => (b.kind === 'paragraph' ? paragraphText(b) : '')).join('\n');
}
