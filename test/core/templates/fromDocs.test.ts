// Reading documents.get JSON: runs split mid-placeholder, bullets, tables, documents fetched with tabs.
import { fromDocsDocument, render, validate } from '../../../src/core/templates';
import type { DocsDocument } from '../../../src/core/templates/docs/types';
import type { Paragraph } from '../../../src/core/templates/model';

/** A document as Docs returns it after a volunteer bolded half of a placeholder and made a numbered list. */
const typed: DocsDocument = {
  documentId: 'template-1',
  body: {
    content: [
      { startIndex: 0, endIndex: 1, sectionBreak: {} },
      {
        startIndex: 1,
        endIndex: 19,
        paragraph: {
          elements: [
            { startIndex: 1, endIndex: 6, textRun: { content: 'Dear ', textStyle: {} } },
            { startIndex: 6, endIndex: 10, textRun: { content: '{{Na', textStyle: { bold: true } } },
            { startIndex: 10, endIndex: 14, textRun: { content: 'me}}', textStyle: { italic: true } } },
            { startIndex: 14, endIndex: 19, textRun: { content: ', hi\n', textStyle: {} } },
          ],
          paragraphStyle: { namedStyleType: 'HEADING_2', alignment: 'CENTER' },
        },
      },
      {
        startIndex: 19,
        endIndex: 30,
        paragraph: {
          elements: [
            {
              startIndex: 19,
              endIndex: 30,
              textRun: { content: '{{Phone}}\n', textStyle: { link: { url: 'tel:1' } } },
            },
          ],
          paragraphStyle: { namedStyleType: 'NORMAL_TEXT' },
          bullet: { listId: 'kix.abc', nestingLevel: 1 },
        },
      },
      {
        startIndex: 30,
        endIndex: 38,
        table: {
          rows: 1,
          columns: 1,
          tableRows: [
            {
              tableCells: [
                {
                  content: [
                    {
                      paragraph: {
                        elements: [{ textRun: { content: 'cell\n' } }],
                        paragraphStyle: { namedStyleType: 'NORMAL_TEXT' },
                      },
                    },
                  ],
                },
              ],
            },
          ],
        },
      },
      {
        startIndex: 38,
        endIndex: 39,
        paragraph: { elements: [{ textRun: { content: '\n' } }], paragraphStyle: {} },
      },
    ],
  },
  lists: {
    'kix.abc': { listProperties: { nestingLevels: [{ glyphType: 'DECIMAL' }, { glyphType: 'ALPHA' }] } },
  },
};

describe('fromDocsDocument', () => {
  it('keeps runs, paragraph styles, bullets and tables, without the closing newlines', () => {
    const model = fromDocsDocument(typed);
    expect(model.blocks).toHaveLength(4);
    expect(model.blocks[0]).toEqual({
      kind: 'paragraph',
      runs: [
        { text: 'Dear ' },
        { text: '{{Na', bold: true },
        { text: 'me}}', italic: true },
        { text: ', hi' },
      ],
      namedStyleType: 'HEADING_2',
      alignment: 'CENTER',
    });
    expect(model.blocks[1]).toMatchObject({
      runs: [{ text: '{{Phone}}', link: 'tel:1' }],
      bullet: { listId: 'kix.abc', nestingLevel: 1, ordered: true },
    });
    expect(model.blocks[2]).toMatchObject({
      kind: 'table',
      rows: [{ cells: [{ content: [{ runs: [{ text: 'cell' }] }] }] }],
    });
    expect(model.blocks[3]).toEqual({ kind: 'paragraph', runs: [], namedStyleType: 'NORMAL_TEXT' });
  });

  it('fills a placeholder split over styled runs in the style where it starts', () => {
    const shape = {
      fields: [
        { name: 'Name', type: 'text' as const },
        { name: 'Phone', type: 'phone' as const },
      ],
    };
    const model = fromDocsDocument(typed);
    expect(validate(model, shape)).toEqual([]);
    const result = render(model, { Name: 'Ada', Phone: '07700 900123' }, shape, { timeZone: 'UTC' });
    expect(result.ok && (result.model.blocks[0] as Paragraph).runs).toEqual([
      { text: 'Dear ' },
      { text: 'Ada', bold: true },
      { text: ', hi' },
    ]);
  });

  it('reads the first tab of a document fetched with tabs', () => {
    const withTabs: DocsDocument = { tabs: [{ documentTab: { body: typed.body!, lists: typed.lists! } }] };
    expect(fromDocsDocument(withTabs)).toEqual(fromDocsDocument(typed));
  });
});
