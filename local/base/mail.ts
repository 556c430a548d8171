// Fake MailApp: the four sendEmail overloads, address checks, per-message and daily recipient limits.
import { GasException, signatureError } from '../runtime/errors';
import type { Execution } from '../runtime/execution';
import { unwrap } from '../runtime/instrument';
import type { BlobSource } from './blob';
import { fromByteArray } from './blob';
import type { Outbox, SentAttachment } from './outbox';

/** [GH dwyl/learn-to-send-email-via-google-script-html-no-server#376] */
export const EMAIL_QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';
/** 50 recipients per message [M:guides/quotas-and-limits.md]; wording follows the documented
 * `Limit exceeded: Email Attachments Per Message.` pattern (public code also writes "Limit Exceeded"). */
export const RECIPIENTS_PER_MESSAGE_MESSAGE = 'Limit exceeded: Email Recipients Per Message.';
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
const MAX_ATTACHMENTS = 250;

/** The fields of `sendEmail(message)` [M:reference/mail/MailApp.md]. */
interface MessageFields {
  to?: unknown;
  subject?: unknown;
  body?: unknown;
  htmlBody?: unknown;
  cc?: unknown;
  bcc?: unknown;
  name?: unknown;
  replyTo?: unknown;
  noReply?: unknown;
  attachments?: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Maps every overload onto one message object, or throws the signature error. */
function normalise(args: readonly unknown[]): MessageFields {
  const [a, b, c, d] = args;
  const strings = (n: number) => args.slice(0, n).every((x) => typeof x === 'string');
  if (args.length === 1 && isObject(a)) return a as MessageFields;
  if (args.length === 3 && strings(3)) return { to: a, subject: b, body: c };
  if (args.length === 4 && strings(3) && isObject(d))
    return { ...(d as MessageFields), to: a, subject: b, body: c };
  if (args.length === 4 && strings(4)) return { to: a, replyTo: b, subject: c, body: d };
  throw signatureError(args, 'MailApp.sendEmail');
}

const ADDRESS =
  /^[^\s@<>(),;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** Splits a comma-separated recipient list and checks each address. */
export function parseRecipients(list: unknown): string[] {
  if (list === undefined || list === null || list === '') return [];
  return String(list)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((entry) => {
      const address = /<([^>]*)>\s*$/.exec(entry)?.[1]?.trim() ?? entry;
      // Text as users report it, e.g. "Exception: Invalid email: giabao020396@gmail.com" (public troubleshooting notes).
      if (!ADDRESS.test(address)) throw new GasException(`Invalid email: ${entry}`);
      return address;
    });
}

function attachmentsOf(value: unknown): SentAttachment[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw signatureError([value], 'MailApp.sendEmail');
  if (value.length > MAX_ATTACHMENTS)
    throw new GasException('Limit exceeded: Email Attachments Per Message.');
  return value.map((item: unknown, i) => {
    // Unwrapped so reading an attachment is not counted as the bundle's own service calls.
    const blob = unwrap(item) as Partial<BlobSource> & { getBlob?: () => BlobSource };
    const source = typeof blob.getBytes === 'function' ? blob : blob.getBlob?.();
    if (!source || typeof source.getBytes !== 'function') throw signatureError([item], 'MailApp.sendEmail');
    return {
      name: source.getName?.() ?? `attachment-${i + 1}`,
      contentType: source.getContentType?.() ?? 'application/octet-stream',
      base64: fromByteArray(source.getBytes()).toString('base64'),
    };
  });
}

/** A crude text rendering of HTML, for the plain part when only htmlBody was given. */
function textFromHtml(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li|\/h\d)[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** MailApp for one execution: the sender is the execution's (effective) user. */
export class MailApp {
  constructor(
    private readonly outbox: Outbox,
    private readonly execution: Execution,
  ) {}

  getRemainingDailyQuota(): number {
    return this.outbox.remainingQuota();
  }

  /** Checks everything first, so a refused email sends nothing and spends no quota. */
  sendEmail(...args: unknown[]): void {
    const m = normalise(args);
    const to = parseRecipients(m.to);
    const cc = parseRecipients(m.cc);
    const bcc = parseRecipients(m.bcc);
    const count = to.length + cc.length + bcc.length;
    // Wording UNCONFIRMED for a message without recipients.
    if (count === 0) throw new GasException('Failed to send email: no recipient');
    if (count > MAX_RECIPIENTS_PER_MESSAGE) throw new GasException(RECIPIENTS_PER_MESSAGE_MESSAGE);
    const attachments = attachmentsOf(m.attachments);
    const replyTo = m.replyTo ? parseRecipients(m.replyTo).join(', ') : null;
    if (!this.outbox.spend(count)) throw new GasException(EMAIL_QUOTA_MESSAGE);
    const htmlBody = m.htmlBody === undefined || m.htmlBody === null ? null : String(m.htmlBody);
    const body = m.body === undefined || m.body === null ? '' : String(m.body);
    const user = this.execution.user;
    this.outbox.record({
      to,
      cc,
      bcc,
      subject: m.subject === undefined || m.subject === null ? '' : String(m.subject),
      body: body === '' && htmlBody !== null ? textFromHtml(htmlBody) : body,
      htmlBody,
      from: m.noReply === true ? `noreply@${user.split('@')[1] ?? 'localhost'}` : user,
      name: m.name === undefined || m.name === null ? null : String(m.name),
      replyTo,
      at: this.execution.workspace.clock.date(),
      attachments,
    });
  }
}
