// Converting a document model to the formats getAs offers (.docx, and PDF through LibreOffice).
import { DOCX_MIME, PDF_MIME } from '../drive';
import { docxToPdf } from './convert';
import { docxBytes } from './docx';
import type { DocModel } from './model';

/** The model as `contentType` bytes, or undefined when that conversion is not offered. */
export function convertDocx(model: DocModel, title: string, contentType: string): Buffer {
  const docx = docxBytes(model, title);
  if (contentType === DOCX_MIME) return docx;
  if (contentType === PDF_MIME) return docxToPdf(docx);
  throw new Error(`No conversion to ${contentType}.`);
}
