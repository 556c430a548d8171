// Contract: each batchUpdate request type, validation, atomicity and the API's refusals.
import { type ApiElement, content, harness, textOf } from './harness';

type Request = Record<string, unknown>;

/** A document holding `text` (paragraphs split on "\n"), and helpers to update and read it. */
function documentWith(text: string) {
  const { run } = harness();
  const id = run(({ Docs }) => {
    const documentId = Docs.Documents.create({ title: 'Letter' })['documentId'] as string;
    Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text } }] }, documentId);
    return documentId;
  });
  const update = (...requests: Request[]) =>
    run(({ Docs }) => Docs.Documents.batchUpdate({ requests }, id)) as { replies: Request[] };
  const body = (): ApiElement[] => content(run(({ Docs }) => Docs.Documents.get(id))).slice(1);
  const texts = () => body().map((e) => (e.table ? '<table>' : textOf(e)));
  return { update, body, texts, id, run };
}

describe('batchUpdate requests', () => {
  it('insertText splits paragraphs on newlines, copying the paragraph style, and strips control characters', () => {
    const doc = documentWith('Title');
    doc.update({
      updateParagraphStyle: {
        range: { startIndex: 1, endIndex: 2 },
        paragraphStyle: { namedStyleType: 'TITLE' },
        fields: 'namedStyleType',
      },
    });
    doc.update({ insertText: { location: { index: 6 }, text: ' page\nSecond\u0007 line\u000bnext' } });
    expect(doc.texts()).toEqual(['Title page\n', 'Second line\u000bnext\n']);
    expect(doc.body()[1]!.paragraph!.paragraphStyle.namedStyleType).toBe('TITLE');
  });

  it("endOfSegmentLocation inserts before the body's final newline", () => {
    const doc = documentWith('One\n');
    doc.update({ insertText: { endOfSegmentLocation: {}, text: 'Two' } });
    expect(doc.texts()).toEqual(['One\n', 'Two\n']);
  });

  it('refuses text at a table start index or past the end', () => {
    const doc = documentWith('Before');
    doc.update({ insertTable: { rows: 1, columns: 1, location: { index: 3 } } });
    const tableStart = doc.body()[1]!.startIndex!;
    expect(tableStart).toBe(4);
    expect(() => doc.update({ insertText: { location: { index: tableStart }, text: 'x' } })).toThrow(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[0].insertText: The insertion index must be inside the bounds of an existing paragraph.',
    );
    expect(() => doc.update({ insertText: { location: { index: 99 }, text: 'x' } })).toThrow(
      /Index 99 must be less than the end index of the referenced segment/,
    );
  });

  it('insertTable puts a newline before the table, so it starts at index + 1', () => {
    const doc = documentWith('AB');
    doc.update({ insertTable: { rows: 1, columns: 2, location: { index: 2 } } });
    const body = doc.body();
    expect(doc.texts()).toEqual(['A\n', '<table>', 'B\n']);
    expect(body[1]!.startIndex).toBe(3);
  });

  it('deleteContentRange merges paragraphs and refuses the final newline or part of a table', () => {
    const doc = documentWith('Hello\nWorld\nEnd');
    doc.update({ deleteContentRange: { range: { startIndex: 4, endIndex: 9 } } });
    expect(doc.texts()).toEqual(['Helrld\n', 'End\n']);
    expect(() => doc.update({ deleteContentRange: { range: { startIndex: 7, endIndex: 12 } } })).toThrow(
      /cannot include the newline character at the end of the segment/,
    );
    doc.update({ insertTable: { rows: 1, columns: 1, location: { index: 1 } } });
    const table = doc.body()[1]!;
    expect(() =>
      doc.update({ deleteContentRange: { range: { startIndex: 1, endIndex: table.startIndex! + 2 } } }),
    ).toThrow(/Invalid deletion range/);
    doc.update({
      deleteContentRange: { range: { startIndex: table.startIndex!, endIndex: table.endIndex } },
    });
    expect(doc.texts()).toEqual(['\n', 'Helrld\n', 'End\n']);
  });

  it('deleteContentRange within one table cell is allowed', () => {
    const doc = documentWith('');
    doc.update({ insertTable: { rows: 1, columns: 1, location: { index: 1 } } });
    doc.update({ insertText: { location: { index: 5 }, text: 'Cell text' } });
    doc.update({ deleteContentRange: { range: { startIndex: 5, endIndex: 10 } } });
    const cell = doc.body()[1]!.table!.tableRows[0]!.tableCells[0]!;
    expect(textOf(cell.content[0]!)).toBe('text\n');
  });

  it('replaceAllText counts occurrences, honours matchCase and omits a zero count', () => {
    const doc = documentWith('{{name}} and {{NAME}}\n{{name}}');
    const exact = doc.update({
      replaceAllText: { containsText: { text: '{{name}}', matchCase: true }, replaceText: 'Ana' },
    });
    expect(exact.replies).toEqual([{ replaceAllText: { occurrencesChanged: 2 } }]);
    expect(doc.texts()).toEqual(['Ana and {{NAME}}\n', 'Ana\n']);
    const loose = doc.update({
      replaceAllText: { containsText: { text: '{{name}}', matchCase: false }, replaceText: 'Bo' },
    });
    expect(loose.replies).toEqual([{ replaceAllText: { occurrencesChanged: 1 } }]);
    const none = doc.update({ replaceAllText: { containsText: { text: 'zzz' }, replaceText: 'x' } });
    expect(none.replies).toEqual([{ replaceAllText: {} }]);
  });

  it('applies nothing when any request in the batch is invalid', () => {
    const doc = documentWith('Keep me');
    const before = doc.body();
    expect(() =>
      doc.update(
        { insertText: { location: { index: 1 }, text: 'Changed ' } },
        { deleteContentRange: { range: { startIndex: 1, endIndex: 500 } } },
      ),
    ).toThrow(/Invalid requests\[1\]\.deleteContentRange/);
    expect(doc.body()).toEqual(before);
  });

  it('refuses request types the local runtime does not model, naming them', () => {
    const doc = documentWith('x');
    expect(() =>
      doc.update({ insertInlineImage: { uri: 'https://example.org/a.png', location: { index: 1 } } }),
    ).toThrow(/insertInlineImage is not supported by the local runtime/);
  });

  it('insertTableRow inserts below or above the reference cell; deleteTableRow removes a row', () => {
    const doc = documentWith('');
    doc.update({ insertTable: { rows: 2, columns: 2, location: { index: 1 } } });
    doc.update(
      { insertText: { location: { index: 10 }, text: 'B' } },
      { insertText: { location: { index: 5 }, text: 'A' } },
    );
    const at = (rowIndex: number) => ({ tableStartLocation: { index: 2 }, rowIndex, columnIndex: 0 });
    doc.update({ insertTableRow: { tableCellLocation: at(0), insertBelow: true } });
    doc.update({ insertTableRow: { tableCellLocation: at(0), insertBelow: false } });
    const firstColumn = () =>
      doc.body()[1]!.table!.tableRows.map((r) => textOf(r.tableCells[0]!.content[0]!));
    expect(firstColumn()).toEqual(['\n', 'A\n', '\n', 'B\n']);
    doc.update({ deleteTableRow: { tableCellLocation: at(2) } });
    expect(firstColumn()).toEqual(['\n', 'A\n', 'B\n']);
    expect(() =>
      doc.update({ insertTableRow: { tableCellLocation: { ...at(0), tableStartLocation: { index: 1 } } } }),
    ).toThrow(/No table found at start index 1/);
  });

  it('updateTextStyle sets bold, italic and links on a range; fields decide what changes', () => {
    const doc = documentWith('Visit our site');
    doc.update({
      updateTextStyle: {
        range: { startIndex: 11, endIndex: 15 },
        textStyle: { bold: true, link: { url: 'https://union.example' } },
        fields: 'bold,link',
      },
    });
    const runs = doc.body()[0]!.paragraph!.elements.map((e) => [e.textRun!.content, e.textRun!.textStyle]);
    expect(runs).toEqual([
      ['Visit our ', {}],
      ['site\n', { bold: true, link: { url: 'https://union.example' } }],
    ]);
    doc.update({
      updateTextStyle: { range: { startIndex: 1, endIndex: 15 }, textStyle: {}, fields: 'bold' },
    });
    expect(doc.body()[0]!.paragraph!.elements.at(-1)!.textRun!.textStyle).toEqual({
      link: { url: 'https://union.example' },
    });
    expect(() =>
      doc.update({ updateTextStyle: { range: { startIndex: 1, endIndex: 2 }, textStyle: {}, fields: '' } }),
    ).toThrow(/fields/);
  });

  it('createParagraphBullets turns leading tabs into nesting levels; deleteParagraphBullets removes bullets', () => {
    const doc = documentWith('One\n\tTwo\nThree');
    doc.update({
      createParagraphBullets: {
        range: { startIndex: 1, endIndex: 10 },
        bulletPreset: 'NUMBERED_DECIMAL_ALPHA_ROMAN',
      },
    });
    const body = doc.body();
    expect(doc.texts()).toEqual(['One\n', 'Two\n', 'Three\n']);
    expect(body[0]!.paragraph!.bullet!.nestingLevel).toBeUndefined();
    expect(body[1]!.paragraph!.bullet!.nestingLevel).toBe(1);
    expect(body[2]!.paragraph!.bullet).toBeUndefined();
    doc.update({ deleteParagraphBullets: { range: { startIndex: 1, endIndex: 2 } } });
    expect(doc.body()[0]!.paragraph!.bullet).toBeUndefined();
  });

  it('insertPageBreak adds a page break followed by a newline, never inside a table', () => {
    const doc = documentWith('AB');
    doc.update({ insertPageBreak: { location: { index: 2 } } });
    const first = doc.body()[0]!.paragraph!.elements;
    expect(first.map((e) => (e.pageBreak ? 'pageBreak' : e.textRun!.content))).toEqual([
      'A',
      'pageBreak',
      '\n',
    ]);
    doc.update({ insertTable: { rows: 1, columns: 1, endOfSegmentLocation: {} } });
    const cell = doc.body().find((e) => e.table)!.table!.tableRows[0]!.tableCells[0]!.content[0]!;
    expect(() => doc.update({ insertPageBreak: { location: { index: cell.startIndex! } } })).toThrow(
      /inside a table/,
    );
  });

  it('reports an unknown document like the API', () => {
    const { run } = harness();
    expect(() => run(({ Docs }) => Docs.Documents.get('nope'))).toThrow(
      'API call to docs.documents.get failed with error: Requested entity was not found.',
    );
  });
});
