// Renders a sent email as an RFC 5322 / MIME message (UTF-8) that any mail program can open.
import { createHash } from 'node:crypto';
import type { SentMail } from './outbox';

const CRLF = '\r\n';

/** RFC 2047 "B" encoding for header text that is not plain ASCII. */
export function encodeHeaderWord(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  // Encoded words are at most 75 characters: split the UTF-8 text on character boundaries.
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

/** `Name <address>` with the display name quoted or encoded as needed. */
function mailbox(address: string, name: string | null): string {
  if (!name) return address;
  const shown = /^[\x20-\x7e]*$/.test(name)
    ? `"${name.replace(/(["\\])/g, '\\$1')}"`
    : encodeHeaderWord(name);
  return `${shown} <${address}>`;
}

/** RFC 5322 date in UTC, e.g. `Tue, 02 Jan 2024 10:00:00 +0000`. */
export function rfc5322Date(date: Date): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  return `${days[date.getUTCDay()]}, ${two(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${time} +0000`;
}

/** A text part: 7bit when it is short-lined ASCII, else base64 in 76-character lines. */
function textPart(contentType: string, text: string): string {
  const normalised = text.replace(/\r?\n/g, CRLF);
  const plain = /^\p{ASCII}*$/u.test(text) && normalised.split(CRLF).every((l) => l.length <= 998);
  if (plain) {
    return `Content-Type: ${contentType}; charset=UTF-8${CRLF}Content-Transfer-Encoding: 7bit${CRLF}${CRLF}${normalised}`;
  }
  return (
    `Content-Type: ${contentType}; charset=UTF-8${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}` +
    wrap76(Buffer.from(text, 'utf8').toString('base64'))
  );
}

function wrap76(base64: string): string {
  return (base64.match(/.{1,76}/g) ?? []).join(CRLF);
}

function multipart(subtype: string, boundary: string, parts: readonly string[]): string {
  const body = parts.map((p) => `--${boundary}${CRLF}${p}${CRLF}`).join('');
  return `Content-Type: multipart/${subtype}; boundary="${boundary}"${CRLF}${CRLF}${body}--${boundary}--`;
}

/** The message body: plain, or multipart/alternative with HTML, wrapped in multipart/mixed with attachments. */
function bodyOf(mail: SentMail, seed: string): string {
  const plain = textPart('text/plain', mail.body);
  const content =
    mail.htmlBody === null
      ? plain
      : multipart('alternative', `alt-${seed}`, [plain, textPart('text/html', mail.htmlBody)]);
  if (mail.attachments.length === 0) return content;
  const files = mail.attachments.map(
    (a) =>
      `Content-Type: ${a.contentType}; name="${encodeHeaderWord(a.name)}"${CRLF}` +
      `Content-Disposition: attachment; filename="${encodeHeaderWord(a.name)}"${CRLF}` +
      `Content-Transfer-Encoding: base64${CRLF}${CRLF}${wrap76(a.base64)}`,
  );
  return multipart('mixed', `mix-${seed}`, [content, ...files]);
}

/** The whole .eml file. Bcc is kept, as in a sender's own copy of the message. */
export function renderEml(mail: SentMail): string {
  const seed = createHash('sha1').update(`${mail.file}|${mail.at.toISOString()}`).digest('hex').slice(0, 16);
  const domain = mail.from.split('@')[1] ?? 'localhost';
  const headers = [
    `From: ${mailbox(mail.from, mail.name)}`,
    `To: ${mail.to.join(', ')}`,
    ...(mail.cc.length ? [`Cc: ${mail.cc.join(', ')}`] : []),
    ...(mail.bcc.length ? [`Bcc: ${mail.bcc.join(', ')}`] : []),
    ...(mail.replyTo ? [`Reply-To: ${mail.replyTo}`] : []),
    `Subject: ${encodeHeaderWord(mail.subject)}`,
    `Date: ${rfc5322Date(mail.at)}`,
    `Message-ID: <${seed}@${domain}>`,
    'MIME-Version: 1.0',
  ];
  return `${headers.join(CRLF)}${CRLF}${bodyOf(mail, seed)}${CRLF}`;
}
