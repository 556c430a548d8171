// The .docx people open and the PDF getAs makes: real WordprocessingML that LibreOffice converts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { docsStore } from '../../../local/docs';
import { docxToPdf } from '../../../local/docs/convert';
import { docxBytes } from '../../../local/docs/docx';
import { harness } from './harness';

const hasLibreOffice = spawnSync('libreoffice', ['--version']).status === 0;
const hasPdfToText = spawnSync('pdftotext', ['-v']).status === 0;
const withLibreOffice = hasLibreOffice ? it : it.skip;
if (!hasLibreOffice) console.warn('LibreOffice is not installed: skipping the PDF conversion tests.');

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'sd-pdftext-'));
  writeFileSync(join(dir, 'a.pdf'), pdf);
  return spawnSync('pdftotext', ['-layout', join(dir, 'a.pdf'), '-'], { encoding: 'utf8' }).stdout;
}

/** A write-up with a title, a bold link, a bulleted list and a filled table. */
function writeUp() {
  const { run, workspace } = harness();
  const id = run(({ DocumentApp }) => {
    const doc = DocumentApp.create('Meeting 12.05.2025');
    const body = doc.getBody();
    body.getParagraphs()[0]!.setText('Branch meeting').setHeading(DocumentApp.ParagraphHeading.TITLE);
    body.appendParagraph('Actions').setHeading(DocumentApp.ParagraphHeading.HEADING2);
    body.appendListItem('Call the landlord');
    body.appendListItem('Visit flat 3');
    body
      .appendParagraph('See ')
      .appendText('the union site')
      .setBold(true)
      .setLinkUrl('https://union.example');
    body.appendTable([
      ['Member', 'Issue'],
      ['Ana', 'Damp & mould'],
    ]);
    return doc.getId();
  });
  return { run, workspace, id };
}

describe('document files', () => {
  it('writes WordprocessingML with heading styles, lists, links and a bordered table', async () => {
    const { workspace, id } = writeUp();
    const record = docsStore(workspace).find(id)!;
    const zip = await JSZip.loadAsync(docxBytes(record.model, 'Meeting'));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    expect(documentXml).toContain('<w:pStyle w:val="Title"/>');
    expect(documentXml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(documentXml).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="1"\/><\/w:numPr>/);
    expect(documentXml).toContain('<w:hyperlink r:id="rIdLink1">');
    expect(documentXml).toContain('Damp &amp; mould');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels).toContain('Target="https://union.example" TargetMode="External"');
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('<w:insideV w:val="single"');
  });

  withLibreOffice('converts the .docx to a PDF holding the document text (LibreOffice round trip)', () => {
    const { workspace, id } = writeUp();
    const pdf = docxToPdf(docxBytes(docsStore(workspace).find(id)!.model, 'Meeting'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (hasPdfToText) {
      const text = pdfText(pdf);
      for (const expected of ['Branch meeting', 'Call the landlord', 'the union site', 'Damp & mould']) {
        expect(text).toContain(expected);
      }
    }
  });

  withLibreOffice('File.getAs(PDF) converts a Google Doc and names the blob by the extension rule', () => {
    const { run, id } = writeUp();
    run(({ DriveApp, MimeType }) => {
      const blob = DriveApp.getFileById(id).getAs(MimeType.PDF);
      expect(blob.getName()).toBe('Meeting 12.05.pdf');
      expect(blob.getContentType()).toBe('application/pdf');
      expect(Buffer.from(blob.getBytes().slice(0, 5)).toString()).toBe('%PDF-');
      const saved = DriveApp.createFile(blob);
      expect(saved.getMimeType()).toBe('application/pdf');
    });
  });

  it('writes an HTML preview next to the .docx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-docs-files-'));
    const { run, workspace } = harness(dir);
    const id = run(({ DocumentApp }) => {
      const doc = DocumentApp.create('Preview');
      doc.getBody().appendParagraph('Hello <members>');
      return doc.getId();
    });
    await workspace.save();
    const html = readFileSync(join(dir, 'docs', `Preview (${id.slice(0, 8)}).html`), 'utf8');
    expect(html).toContain('<p>Hello &lt;members&gt;</p>');
    expect(existsSync(join(dir, 'docs', `Preview (${id.slice(0, 8)}).docx`))).toBe(true);
  });
});
