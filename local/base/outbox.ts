// The local outbox: every email MailApp sent, the daily recipient quota, and their files on disk.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../runtime/clock';
import { renderEml } from './eml';

/** An attachment as sent: name, type and raw bytes (base64 in the index). */
export interface SentAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly base64: string;
}

/** One sent email, as tests, the CLI and the .eml file see it. */
export interface SentMail {
  readonly to: string[];
  readonly cc: string[];
  readonly bcc: string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string | null;
  readonly from: string;
  readonly name: string | null;
  readonly replyTo: string | null;
  readonly at: Date;
  readonly attachments: readonly SentAttachment[];
  /** The .eml file name under `mail/`. */
  readonly file: string;
}

/** "recipients/day 100 (consumer)" [M:guides/quotas-and-limits.md]. */
export const CONSUMER_DAILY_QUOTA = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

interface SavedOutbox {
  dailyQuota: number;
  windowStart: number | null;
  used: number;
  messages: Array<Omit<SentMail, 'at'> & { at: string }>;
}

/**
 * The workspace's outbox. The quota window follows Google's words: "Quotas are per user and reset
 * 24 hours after the first request" [M:guides/quotas-and-limits.md], not at a fixed midnight.
 */
export class Outbox {
  private readonly messages: SentMail[] = [];
  private dailyQuota = CONSUMER_DAILY_QUOTA;
  private windowStart: number | null = null;
  private used = 0;

  constructor(private readonly clock: Clock) {}

  /** Every email sent so far, oldest first. */
  sent(): readonly SentMail[] {
    return [...this.messages];
  }

  /** Sets the recipients allowed per 24-hour window (e.g. 1500 for a Workspace account). */
  setDailyQuota(n: number): void {
    this.dailyQuota = n;
  }

  /** Recipients that can still be emailed in the current window. */
  remainingQuota(): number {
    this.rollWindow();
    return Math.max(0, this.dailyQuota - this.used);
  }

  /** Spends `recipients` from the quota; false (nothing spent) when they don't fit. */
  spend(recipients: number): boolean {
    if (this.remainingQuota() < recipients) return false;
    if (this.windowStart === null) this.windowStart = this.clock.now();
    this.used += recipients;
    return true;
  }

  /** Records a sent email and names its .eml file. */
  record(mail: Omit<SentMail, 'file'>): SentMail {
    const sequence = String(this.messages.length + 1).padStart(4, '0');
    const stored: SentMail = { ...mail, file: `${sequence}-${slug(mail.subject)}.eml` };
    this.messages.push(stored);
    return stored;
  }

  private rollWindow(): void {
    if (this.windowStart !== null && this.clock.now() >= this.windowStart + DAY_MS) {
      this.windowStart = null;
      this.used = 0;
    }
  }

  /** Reads `<dir>/mail/index.json` if present. */
  load(dir: string): void {
    const file = join(dir, 'mail', 'index.json');
    if (!existsSync(file)) return;
    const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedOutbox;
    this.dailyQuota = saved.dailyQuota;
    this.windowStart = saved.windowStart;
    this.used = saved.used;
    this.messages.splice(
      0,
      this.messages.length,
      ...saved.messages.map((m) => ({ ...m, at: new Date(m.at) })),
    );
  }

  /** Writes one RFC 822 `.eml` file per email, plus `mail/index.json`. */
  save(dir: string): void {
    const folder = join(dir, 'mail');
    mkdirSync(folder, { recursive: true });
    for (const mail of this.messages) {
      const path = join(folder, mail.file);
      if (!existsSync(path)) writeFileSync(path, renderEml(mail));
    }
    const saved: SavedOutbox = {
      dailyQuota: this.dailyQuota,
      windowStart: this.windowStart,
      used: this.used,
      messages: this.messages.map((m) => ({ ...m, at: m.at.toISOString() })),
    };
    writeFileSync(join(folder, 'index.json'), `${JSON.stringify(saved, null, 2)}\n`);
  }
}

/** A file-name-safe slug of a subject: lower case words joined by dashes, at most 40 characters. */
function slug(subject: string): string {
  const words = subject
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, 40).replace(/-+$/, '') || 'no-subject';
}
