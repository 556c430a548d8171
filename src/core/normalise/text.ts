// Tidying free text from forms and sheets without changing what the person said.

/** Control characters other than tab and newline: invisible, and they break sheets and emails. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** One-line answers: trimmed, inner whitespace collapsed, control characters removed, NFC form. */
export function cleanLine(text: string): string {
  return text.normalize('NFC').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** Paragraph answers: line breaks kept (CRLF -> LF), spaces within lines collapsed, trimmed. */
export function cleanParagraph(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
