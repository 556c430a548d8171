// PDF export: the document's .docx converted by LibreOffice, as Drive's converter would render it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GasException } from '../runtime/errors';

/** Converts .docx bytes to PDF with `libreoffice --headless --convert-to pdf` in a throwaway folder. */
export function docxToPdf(docx: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'sd-pdf-'));
  try {
    writeFileSync(join(dir, 'document.docx'), docx);
    const result = spawnSync(
      'libreoffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'document.docx'),
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (result.error || result.status !== 0) {
      const why = result.error?.message ?? result.stderr;
      throw new GasException(
        `PDF conversion failed in the local runtime (is LibreOffice installed?): ${why}`,
      );
    }
    return readFileSync(join(dir, 'document.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
