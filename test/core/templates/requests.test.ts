// toBatchUpdateRequests checked by applying its requests to a reference interpreter and reading the result back.
import fc from 'fast-check';
import { documentText, fromDocsDocument, toBatchUpdateRequests } from '../../../src/core/templates';
import type {
  Alignment,
  Block,
  DocumentModel,
  Paragraph,
  Run,
  TableCell,
} from '../../../src/core/templates/model';
import { mergeRuns } from '../../../src/core/templates/model';
import { DocsInterpreter } from './docsInterpreter';
import { doc, p, t, writeToDocs } from './helpers';

/** Lists are compared by which paragraphs are grouped together, not by their ids. */
function normalise(model: DocumentModel): DocumentModel {
  let group = 0;
  let previous: string | undefined;
  const paragraph = (para: Paragraph): Paragraph => {
    if (!para.bullet) {
      previous = undefined;
      return para;
    }
    if (para.bullet.listId !== previous) group++;
    previous = para.bullet.listId;
    return { ...para, runs: mergeRuns(para.runs), bullet: { ...para.bullet, listId: `list ${group}` } };
  };
  const blocks = model.blocks.map((block): Block => {
    if (block.kind === 'paragraph') return paragraph({ ...block, runs: mergeRuns(block.runs) });
    previous = undefined;
    const rows = block.rows.map((row) => ({
      cells: row.cells.map((cell) => {
        previous = undefined; // each cell's bullets are their own list
        return { content: cell.content.map((para) => paragraph({ ...para, runs: mergeRuns(para.runs) })) };
      }),
    }));
    previous = undefined;
    return { kind: 'table', rows };
  });
  return { blocks };
}

const heading = (text: string, bullet?: Paragraph['bullet']): Paragraph => ({
  ...p(text),
  namedStyleType: 'HEADING_2',
  ...(bullet && { bullet }),
});
const item = (text: string, nestingLevel: number, listId = 'a', ordered = false): Paragraph => ({
  ...p(text),
  bullet: { listId, nestingLevel, ordered },
});

describe('toBatchUpdateRequests', () => {
  it('writes headings, styled runs and links at the right indexes', () => {
    const model = doc(
      { ...p('Casework meeting'), namedStyleType: 'TITLE' },
      p(
        'Dear ',
        { text: 'Ada', bold: true },
        ', see ',
        { text: 'the guide', link: 'https://example.org/rights', underline: true },
        '.',
      ),
      { ...p('Signed'), alignment: 'END' },
    );
    const { json } = writeToDocs(model);
    expect(documentText(json)).toBe('Casework meeting\nDear Ada, see the guide.\nSigned\n');
    expect(normalise(fromDocsDocument(json))).toEqual(normalise(model));
  });

  it('makes bullets with nesting from leading tabs, which the API removes', () => {
    const model = doc(
      p('Steps:'),
      item('First', 0, 'a', true),
      item('Detail', 1, 'a', true),
      item('Second', 0, 'a', true),
      item('\tOther list', 0, 'b'),
      p('End'),
    );
    const { json } = writeToDocs(model);
    expect(documentText(json)).toBe('Steps:\nFirst\nDetail\nSecond\nOther list\nEnd\n');
    const back = normalise(fromDocsDocument(json));
    expect(back.blocks.map((block) => (block.kind === 'paragraph' && block.bullet) || false)).toEqual([
      false,
      { listId: 'list 1', nestingLevel: 0, ordered: true },
      { listId: 'list 1', nestingLevel: 1, ordered: true },
      { listId: 'list 1', nestingLevel: 0, ordered: true },
      { listId: 'list 2', nestingLevel: 0, ordered: false },
      false,
    ]);
  });

  it('fills every table cell, in a table between paragraphs', () => {
    const model = doc(p('Before'), t(['Who', 'What'], ['Sam', 'Write the letter'], ['Jo', '']), p('After'));
    const { json } = writeToDocs(model);
    expect(normalise(fromDocsDocument(json))).toEqual(normalise(model));
    const table = json.body!.content!.find((element) => element.table)!;
    expect(table.startIndex).toBe(1 + 'Before\n'.length);
  });

  it('computes the first cells as the API documents them (a 2x2 table inserted at 1 has cells at 5, 7, 10, 12)', () => {
    const requests = toBatchUpdateRequests(doc(t(['a', 'b'], ['c', 'd'])), 2);
    const inserts = requests.flatMap((request) =>
      'insertText' in request ? [request.insertText.location.index] : [],
    );
    expect(requests[0]).toEqual({ insertTable: { location: { index: 1 }, rows: 2, columns: 2 } });
    expect(inserts).toEqual([12, 10, 7, 5]);
  });

  // Google's "Work with tables" guide: an empty 2x2 table at S spans S..S+12 and its last row ends at S+11, so the
  // table's end takes an index. Inserted at 1, the table spans 2..14 and the paragraph after it starts at 14.
  it('writes the paragraph after a table past the index the table end takes (14 after an empty 2x2 at 1)', () => {
    const requests = toBatchUpdateRequests(doc(t(['', ''], ['', '']), p('After')), 2);
    expect(requests[0]).toEqual({ insertTable: { location: { index: 1 }, rows: 2, columns: 2 } });
    expect(requests.find((request) => 'insertText' in request)).toEqual({
      insertText: { location: { index: 14 }, text: 'After' },
    });
    const { json } = writeToDocs(doc(t(['', ''], ['', '']), p('After')));
    const [, before, table, after] = json.body!.content!;
    expect([before, table, after].map((e) => [e!.startIndex, e!.endIndex])).toEqual([
      [1, 2],
      [2, 14],
      [14, 20],
    ]);
    expect(table!.table!.tableRows!.map((row) => [row.startIndex, row.endIndex])).toEqual([
      [3, 8],
      [8, 13],
    ]);
  });

  it('puts the unavoidable empty paragraph before a table that starts the document or follows a table', () => {
    const model = doc(t(['x']), t(['y', 'z']), p('end'));
    const { json } = writeToDocs(model);
    expect(normalise(fromDocsDocument(json))).toEqual(
      normalise(doc(p(''), t(['x']), p(''), t(['y', 'z']), p('end'))),
    );
  });

  it('ends with an empty plain paragraph after a final table, and multi-paragraph styled cells survive', () => {
    const cell: TableCell = {
      content: [heading('Issue 1'), item('step', 0), p({ text: 'bold', bold: true })],
    };
    const model = doc(item('Listed', 0), { kind: 'table', rows: [{ cells: [cell, { content: [p('x')] }] }] });
    const { json } = writeToDocs(model);
    expect(normalise(fromDocsDocument(json))).toEqual(normalise(doc(...model.blocks, p(''))));
  });

  it('replaces existing content completely, clearing its styles and bullets', () => {
    const old = doc(heading('Old'), t(['1', '2']), item('old bullet', 0), {
      ...heading('Old end', { listId: 'z', nestingLevel: 0, ordered: false }),
      runs: [{ text: 'Old end', bold: true }],
    });
    const { doc: target } = writeToDocs(old);
    const fresh = doc(p('New text'), p('Second'));
    const requests = toBatchUpdateRequests(fresh, target.endIndex());
    expect(requests[0]).toEqual({
      deleteContentRange: { range: { startIndex: 1, endIndex: target.endIndex() - 1 } },
    });
    const { json } = writeToDocs(fresh, target);
    expect(normalise(fromDocsDocument(json))).toEqual(normalise(fresh));
    expect(normalise(fromDocsDocument(writeToDocs(doc(), target).json))).toEqual(normalise(doc(p(''))));
  });

  it('strips characters Docs would strip, so indexes stay right', () => {
    const { json } = writeToDocs(doc(p('a\u0001b\u000bc\ue000d\t😀'), t(['x\u0007'])));
    expect(documentText(json)).toBe('ab\ncd\t😀\nx\n\n');
  });

  it('round-trips any mix of paragraphs, bullets and tables', () => {
    fc.assert(
      fc.property(arbitraryModel, (model) => {
        const { json } = writeToDocs(model);
        expect(normalise(fromDocsDocument(json))).toEqual(normalise(expectedAfterDocs(model)));
      }),
      { numRuns: 150 },
    );
  });
});

const arbitraryRun: fc.Arbitrary<Run> = fc.record(
  {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: U+000B is a Docs line break, which must round-trip.
    text: fc.stringMatching(/^[a-z {}£😀\u000b]{1,6}$/u),
    bold: fc.constant(true),
    italic: fc.constant(true),
    underline: fc.constant(true),
    link: fc.constant('https://example.org/x'),
  },
  { requiredKeys: ['text'] },
);

const arbitraryParagraph: fc.Arbitrary<Paragraph> = fc
  .record({
    runs: fc.array(arbitraryRun, { maxLength: 4 }),
    namedStyleType: fc.constantFrom('NORMAL_TEXT', 'HEADING_1', 'TITLE' as const),
    alignment: fc.option(fc.constantFrom<Alignment>('CENTER', 'END', 'JUSTIFIED'), { nil: undefined }),
    bullet: fc.option(
      // A list draws each level one way, so list "a" is numbered and list "b" bulleted.
      fc
        .record({ listId: fc.constantFrom('a', 'b'), nestingLevel: fc.integer({ min: 0, max: 2 }) })
        .map((bullet) => ({ ...bullet, ordered: bullet.listId === 'a' })),
      { nil: undefined },
    ),
  })
  .map((draft) => ({
    kind: 'paragraph' as const,
    runs: mergeRuns(draft.runs),
    namedStyleType: draft.namedStyleType,
    ...(draft.alignment && { alignment: draft.alignment }),
    ...(draft.bullet && { bullet: draft.bullet }),
  }));

const arbitraryTable: fc.Arbitrary<Block> = fc
  .record({ rows: fc.integer({ min: 1, max: 3 }), columns: fc.integer({ min: 1, max: 3 }) })
  .chain(({ rows, columns }) =>
    fc.array(
      fc.array(fc.array(arbitraryParagraph, { minLength: 1, maxLength: 2 }), {
        minLength: columns,
        maxLength: columns,
      }),
      {
        minLength: rows,
        maxLength: rows,
      },
    ),
  )
  .map((rows) => ({
    kind: 'table' as const,
    rows: rows.map((cells) => ({ cells: cells.map((content) => ({ content })) })),
  }));

const arbitraryModel: fc.Arbitrary<DocumentModel> = fc
  .array(fc.oneof({ arbitrary: arbitraryParagraph, weight: 3 }, { arbitrary: arbitraryTable, weight: 1 }), {
    maxLength: 8,
  })
  .map((blocks) => ({ blocks }));

/** What Docs will hold: an empty paragraph before a leading or back-to-back table, one after a final table. */
function expectedAfterDocs(model: DocumentModel): DocumentModel {
  const blocks: Block[] = [];
  model.blocks.forEach((block, i) => {
    if (block.kind === 'table' && (i === 0 || model.blocks[i - 1]!.kind === 'table')) blocks.push(p(''));
    blocks.push(block);
  });
  if (blocks[blocks.length - 1]?.kind === 'table') blocks.push(p(''));
  if (blocks.length === 0) blocks.push(p(''));
  return { blocks };
}

test('the interpreter refuses what the API refuses', () => {
  const target = new DocsInterpreter();
  writeToDocs(doc(p('ab'), t(['x'])), target);
  expect(() => target.apply([{ insertText: { location: { index: 4 }, text: 'no' } }])).toThrow(
    /inside the bounds/,
  );
  expect(() =>
    target.apply([{ deleteContentRange: { range: { startIndex: 1, endIndex: target.endIndex() } } }]),
  ).toThrow(/last newline/);
  expect(() => target.apply([{ deleteContentRange: { range: { startIndex: 1, endIndex: 5 } } }])).toThrow(
    /table/,
  );
});
