// The parts of the Docs API v1 REST JSON this engine reads (documents.get) and writes (batchUpdate requests).

/** TextStyle; only what templates keep is named. */
export interface DocsTextStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly link?: { readonly url?: string };
}

/** ParagraphStyle; only what templates keep is named. */
export interface DocsParagraphStyle {
  readonly namedStyleType?: string;
  readonly alignment?: string;
}

/** ParagraphElement: a text run or something else (inline object, page break, person chip…). */
export interface DocsParagraphElement {
  readonly startIndex?: number;
  readonly endIndex?: number;
  readonly textRun?: { readonly content?: string; readonly textStyle?: DocsTextStyle };
}

/** Paragraph. */
export interface DocsParagraph {
  readonly elements?: readonly DocsParagraphElement[];
  readonly paragraphStyle?: DocsParagraphStyle;
  readonly bullet?: { readonly listId?: string; readonly nestingLevel?: number };
}

/** TableCell. */
export interface DocsTableCell {
  readonly startIndex?: number;
  readonly endIndex?: number;
  readonly content?: readonly DocsStructuralElement[];
}

/** TableRow. */
export interface DocsTableRow {
  readonly startIndex?: number;
  readonly endIndex?: number;
  readonly tableCells?: readonly DocsTableCell[];
}

/** Table. */
export interface DocsTable {
  readonly rows?: number;
  readonly columns?: number;
  readonly tableRows?: readonly DocsTableRow[];
}

/** StructuralElement: exactly one of paragraph, table, sectionBreak, tableOfContents. */
export interface DocsStructuralElement {
  readonly startIndex?: number;
  readonly endIndex?: number;
  readonly paragraph?: DocsParagraph;
  readonly table?: DocsTable;
  readonly sectionBreak?: object;
  readonly tableOfContents?: { readonly content?: readonly DocsStructuralElement[] };
}

/** Body. */
export interface DocsBody {
  readonly content?: readonly DocsStructuralElement[];
}

/** List: how each nesting level is drawn; a glyphType such as DECIMAL means numbered. */
export interface DocsList {
  readonly listProperties?: {
    readonly nestingLevels?: readonly { readonly glyphType?: string; readonly glyphSymbol?: string }[];
  };
}

/** Tab (documents fetched with includeTabsContent). */
export interface DocsTab {
  readonly documentTab?: { readonly body?: DocsBody; readonly lists?: Readonly<Record<string, DocsList>> };
  readonly childTabs?: readonly DocsTab[];
}

/** Document, as `Docs.Documents.get(id)` returns it. */
export interface DocsDocument {
  readonly documentId?: string;
  readonly title?: string;
  readonly body?: DocsBody;
  readonly lists?: Readonly<Record<string, DocsList>>;
  readonly tabs?: readonly DocsTab[];
}

/** Range in the body (segmentId omitted = body). */
export interface DocsRange {
  readonly startIndex: number;
  readonly endIndex: number;
}

/** Location in the body. */
export interface DocsLocation {
  readonly index: number;
}

/** The batchUpdate requests this engine emits. */
export type DocsRequest =
  | { readonly deleteContentRange: { readonly range: DocsRange } }
  | { readonly insertText: { readonly location: DocsLocation; readonly text: string } }
  | {
      readonly insertTable: {
        readonly location: DocsLocation;
        readonly rows: number;
        readonly columns: number;
      };
    }
  | {
      readonly updateTextStyle: {
        readonly range: DocsRange;
        readonly textStyle: DocsTextStyle;
        readonly fields: string;
      };
    }
  | {
      readonly updateParagraphStyle: {
        readonly range: DocsRange;
        readonly paragraphStyle: DocsParagraphStyle;
        readonly fields: string;
      };
    }
  | { readonly createParagraphBullets: { readonly range: DocsRange; readonly bulletPreset: string } }
  | { readonly deleteParagraphBullets: { readonly range: DocsRange } };

/** The body and lists of a document, from its first tab when fetched with tabs. */
export function documentBody(doc: DocsDocument): {
  body: DocsBody;
  lists: Readonly<Record<string, DocsList>>;
} {
  const tab = doc.tabs?.[0]?.documentTab;
  return { body: doc.body ?? tab?.body ?? {}, lists: doc.lists ?? tab?.lists ?? {} };
}
