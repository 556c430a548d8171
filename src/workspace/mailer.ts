// Email through MailApp, falling back to the Mail queue sheet when the daily allowance runs out.
import type { Mailer } from '../app/notify';
import type { Database } from '../app/ports';
import { errorMessage } from '../core/cells';
import type { Message } from '../core/intake/messages';
import { isTransient } from './retry';

/** True for Apps Script's "out of email for today" error. */
export function isQuotaError(error: unknown): boolean {
  return /too many times.*email|email.*quota|Limit exceeded: Email/i.test(errorMessage(error));
}

/** Sends at once; on quota errors queues the message (written by `flushQueue`, inside the lock). */
export class QueueingMailer implements Mailer {
  readonly queued: Message[] = [];
  lastRefusal = '';

  send(message: Message): 'sent' | 'queued' | 'refused' {
    try {
      MailApp.sendEmail({
        to: message.to,
        subject: message.subject,
        body: message.body,
        name: 'Solidarity Desk',
      });
      return 'sent';
    } catch (error) {
      if (isQuotaError(error)) {
        this.queued.push(message);
        return 'queued';
      }
      if (isTransient(error)) throw error;
      this.lastRefusal = errorMessage(error);
      return 'refused';
    }
  }

  /** Adds queued messages to the Mail queue sheet (call inside the lock, then commit). */
  flushQueue(db: Database): void {
    const queue = db.table('mailQueue');
    for (const m of this.queued.splice(0))
      queue.append({ To: m.to, Subject: m.subject, Body: m.body, Status: 'Waiting' });
  }
}
