// Contract: DocumentApp over the same model: paragraphs, tables, search, and saveAndClose at the run's end.
import { content, harness, textOf } from './harness';

describe('DocumentApp', () => {
  it('starts a document with one empty paragraph and turns "\\n" into line breaks', () => {
    const { run } = harness();
    const text = run(({ DocumentApp }) => {
      const body = DocumentApp.create('Notes').getBody();
      expect(body.getNumChildren()).toBe(1);
      const heading = body.appendParagraph('Meeting').setHeading(DocumentApp.ParagraphHeading.HEADING1);
      expect(heading.getHeading()).toBe('HEADING1');
      body.appendParagraph('line one\nline two');
      return body.getText();
    });
    expect(text).toBe('\nMeeting\nline one\rline two');
  });

  it('saves and closes open documents at the end of the execution, not before', () => {
    const { run } = harness();
    const id = run(({ DocumentApp, Docs }) => {
      const doc = DocumentApp.create('Write-up');
      doc.getBody().appendParagraph('Decided: strike');
      const seen = content(Docs.Documents.get(doc.getId())).map(textOf);
      expect(seen).toEqual(['', '\n']);
      return doc.getId();
    });
    const after = run(({ Docs }) => content(Docs.Documents.get(id)).map(textOf));
    expect(after).toEqual(['', '\n', 'Decided: strike\n']);
  });

  it('refuses edits after saveAndClose', () => {
    const { run } = harness();
    run(({ DocumentApp }) => {
      const doc = DocumentApp.create('Closed');
      const body = doc.getBody();
      doc.saveAndClose();
      expect(() => body.appendParagraph('late')).toThrow(
        'Document is closed, its contents cannot be updated.',
      );
    });
  });

  it('replaceText takes an RE2 pattern string matched against each paragraph on its own', () => {
    const { run } = harness();
    const text = run(({ DocumentApp }) => {
      const body = DocumentApp.create('Letter').getBody();
      body.appendParagraph('Dear {{name}},');
      body.appendParagraph('{{name}} rents flat 3.');
      body.replaceText('^\\{\\{name\\}\\}', 'Ana');
      body.replaceText('\\d+', '#');
      body.replaceText(',\\s*Ana', 'X');
      return body.getText();
    });
    expect(text).toBe('\nDear {{name}},\nAna rents flat #.');
  });

  it('findText returns a RangeElement and continues from a previous result', () => {
    const { run } = harness();
    run(({ DocumentApp }) => {
      const body = DocumentApp.create('Find').getBody();
      body.appendParagraph('rent arrears and rent repairs');
      const first = body.findText('rent')!;
      expect([first.getStartOffset(), first.getEndOffsetInclusive(), first.isPartial()]).toEqual([
        0,
        3,
        true,
      ]);
      expect(first.getElement().getText()).toBe('rent arrears and rent repairs');
      const second = body.findText('rent', first)!;
      expect(second.getStartOffset()).toBe(17);
      expect(body.findText('rent', second)).toBeNull();
      expect(body.findText('^rent arrears and rent repairs$')!.isPartial()).toBe(false);
    });
  });

  it('copies table rows as detached elements and refuses attached ones', () => {
    const { run } = harness();
    const texts = run(({ DocumentApp }) => {
      const body = DocumentApp.create('Table').getBody();
      const table = body.appendTable([
        ['Name', 'Issue'],
        ['{{name}}', '{{issue}}'],
      ]);
      const template = table.getRow(1)!;
      expect(() => table.insertTableRow(2, template)).toThrow('Element must be detached.');
      table.insertTableRow(2, template.copy()).replaceText('\\{\\{name\\}\\}', 'Bo');
      table.appendTableRow(template.copy());
      expect(table.getNumRows()).toBe(4);
      expect(table.getCell(2, 0).getText()).toBe('Bo');
      expect(table.removeRow(3).getText()).toBe('{{name}}\t{{issue}}');
      return table.getText();
    });
    expect(texts).toBe('Name\tIssue\n{{name}}\t{{issue}}\nBo\t{{issue}}');
  });

  it('appendTable() with no arguments makes a table with no rows', () => {
    const { run } = harness();
    run(({ DocumentApp }) => {
      const body = DocumentApp.create('Empty table').getBody();
      const table = body.appendTable();
      expect(table.getNumRows()).toBe(0);
      table.appendTableRow().appendTableCell('late cell');
      expect(body.getTables()[0]!.getCell(0, 0).getText()).toBe('late cell');
    });
  });

  it('keeps the last paragraph of the body', () => {
    const { run } = harness();
    run(({ DocumentApp }) => {
      const body = DocumentApp.create('Last').getBody();
      expect(() => body.getParagraphs()[0]!.removeFromParent()).toThrow(
        "Can't remove the last paragraph in a document section.",
      );
      body.appendListItem('first item');
      const second = body.appendListItem('second item');
      expect(second.getType()).toBe(DocumentApp.ElementType.LIST_ITEM);
      expect(second.getListId()).toBe((body.getChild(1) as typeof second).getListId());
      body.clear();
      expect(body.getNumChildren()).toBe(1);
    });
  });

  it('restyles what Docs.Documents reads back', () => {
    const { run } = harness();
    const id = run(({ DocumentApp }) => {
      const doc = DocumentApp.create('Shared model');
      doc.getBody().getParagraphs()[0]!.setText('Report').setHeading(DocumentApp.ParagraphHeading.TITLE);
      return doc.getId();
    });
    const first = run(({ Docs }) => content(Docs.Documents.get(id))[1]!);
    expect(first.paragraph!.paragraphStyle.namedStyleType).toBe('TITLE');
    expect(textOf(first)).toBe('Report\n');
  });
});
