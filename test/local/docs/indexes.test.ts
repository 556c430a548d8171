// Contract: documents.get reports the Docs API's index layout for paragraphs, lists and tables.
import { content, harness, textOf } from './harness';

/** A document with a heading, a two-item list and an empty 2x3 table, built through batchUpdate. */
function minutesDocument() {
  const { run, workspace } = harness();
  const id = run(({ Docs }) => {
    const doc = Docs.Documents.create({ title: 'Minutes' });
    const documentId = doc['documentId'] as string;
    Docs.Documents.batchUpdate(
      {
        requests: [
          { insertText: { location: { index: 1 }, text: 'Minutes\nItem one\nItem two\n' } },
          {
            updateParagraphStyle: {
              range: { startIndex: 1, endIndex: 9 },
              paragraphStyle: { namedStyleType: 'HEADING_1' },
              fields: 'namedStyleType',
            },
          },
          {
            createParagraphBullets: {
              range: { startIndex: 9, endIndex: 27 },
              bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE',
            },
          },
          { insertTable: { rows: 2, columns: 3, endOfSegmentLocation: {} } },
        ],
      },
      documentId,
    );
    return documentId;
  });
  return { run, workspace, id };
}

describe('Docs API indexes', () => {
  it('gives a new document a leading section break and one empty paragraph at 1..2', () => {
    const { run } = harness();
    const doc = run(({ Docs }) => Docs.Documents.create({ title: 'Empty' }));
    const body = content(doc);
    expect(body[0]).toEqual({ endIndex: 1, sectionBreak: expect.any(Object) });
    expect(body[0]!.startIndex).toBeUndefined();
    expect(body[1]).toMatchObject({ startIndex: 1, endIndex: 2 });
    expect(textOf(body[1]!)).toBe('\n');
  });

  it('lays out a heading, a list and a 2x3 table as the API does', () => {
    const { run, id } = minutesDocument();
    const body = content(run(({ Docs }) => Docs.Documents.get(id)));
    expect(body.map((e) => [e.startIndex ?? 0, e.endIndex])).toEqual([
      [0, 1],
      [1, 9],
      [9, 18],
      [18, 27],
      [27, 28],
      [28, 44],
      [44, 45],
    ]);
    expect(body[1]!.paragraph!.paragraphStyle.namedStyleType).toBe('HEADING_1');
    expect(body[2]!.paragraph!.bullet!.listId).toBe(body[3]!.paragraph!.bullet!.listId);
    expect(body[4]!.paragraph!.bullet).toBeUndefined();
    const table = body[5]!.table!;
    expect([table.rows, table.columns]).toEqual([2, 3]);
    expect(table.tableRows.map((r) => [r.startIndex, r.endIndex])).toEqual([
      [29, 36],
      [36, 43],
    ]);
    const cells = table.tableRows.flatMap((r) => r.tableCells);
    expect(cells.map((c) => c.startIndex)).toEqual([30, 32, 34, 37, 39, 41]);
    expect(cells.map((c) => c.content[0]!.startIndex)).toEqual([31, 33, 35, 38, 40, 42]);
  });

  // Google's "Work with tables" guide gives an empty 2x2 table at S the span S..S+12, rows S+1..S+6 and S+6..S+11,
  // cells' paragraphs at S+3, S+5, S+8, S+10: the table's end takes the index after its last row.
  it('gives a table end its own index, so the paragraph after a 2x2 table inserted at 1 starts at 14', () => {
    const { run } = harness();
    const body = run(({ Docs }) => {
      const documentId = Docs.Documents.create({ title: 'Table' })['documentId'] as string;
      Docs.Documents.batchUpdate(
        {
          requests: [
            { insertTable: { rows: 2, columns: 2, location: { index: 1 } } },
            { insertText: { location: { index: 14 }, text: 'After' } },
          ],
        },
        documentId,
      );
      return content(Docs.Documents.get(documentId));
    });
    expect(body.map((e) => [e.startIndex ?? 0, e.endIndex])).toEqual([
      [0, 1],
      [1, 2],
      [2, 14],
      [14, 20],
    ]);
    expect(textOf(body[3]!)).toBe('After\n');
    const table = body[2]!.table!;
    expect(table.tableRows.map((r) => [r.startIndex, r.endIndex])).toEqual([
      [3, 8],
      [8, 13],
    ]);
    const cells = table.tableRows.flatMap((r) => r.tableCells);
    expect(cells.map((c) => c.content[0]!.startIndex)).toEqual([5, 7, 10, 12]);
  });

  it('fills a new table by inserting cell text in reverse index order', () => {
    const { run, id } = minutesDocument();
    const cellParagraph = (r: number, c: number) => 28 + 1 + r * 7 + 1 + 2 * c + 1;
    const values = [
      ['Who', 'What', 'When'],
      ['Ana', 'Call landlord', 'Friday'],
    ];
    const requests = values
      .flatMap((row, r) =>
        row.map((text, c) => ({ insertText: { location: { index: cellParagraph(r, c) }, text } })),
      )
      .reverse();
    run(({ Docs }) => Docs.Documents.batchUpdate({ requests }, id));
    const table = content(run(({ Docs }) => Docs.Documents.get(id)))[5]!.table!;
    const texts = table.tableRows.map((r) => r.tableCells.map((c) => textOf(c.content[0]!)));
    expect(texts).toEqual(values.map((row) => row.map((t) => `${t}\n`)));
    expect(table.tableRows[1]!.endIndex).toBe(43 + values.flat().join('').length);
  });

  it('counts each Docs.Documents call as one service call', () => {
    const { workspace, id, run } = minutesDocument();
    run(({ Docs }) => Docs.Documents.get(id));
    const last = workspace.history.at(-1)!;
    expect(last.callCounts).toEqual({ 'Docs Documents.get': 1 });
    expect(workspace.history[0]!.callCounts['Docs Documents.batchUpdate']).toBe(1);
  });
});
