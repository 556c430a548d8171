// Sends emails that waited in the Mail queue sheet for the daily allowance, oldest first.
import { cellText } from '../core/cells';
import { openDatabase } from './casework';
import { ScriptLocker } from './lock';
import { isQuotaError } from './mailer';

/** Sends waiting mail while the allowance lasts; marks each row Sent. Returns how many were sent. */
export function sendQueuedMail(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const db = openDatabase(spreadsheet, {}, () => 'Mail queue');
  return new ScriptLocker().withLock(() => {
    const queue = db.table('mailQueue');
    const waiting = queue.where('Status', (v) => cellText(v) === 'Waiting');
    if (waiting.length === 0) return 0;
    let allowance = MailApp.getRemainingDailyQuota();
    let sent = 0;
    for (const i of waiting) {
      const to = cellText(queue.value(i, 'To'));
      const cost = to.split(',').filter((a) => a.trim()).length;
      if (cost > allowance) break;
      try {
        MailApp.sendEmail({
          to,
          subject: cellText(queue.value(i, 'Subject')),
          body: cellText(queue.value(i, 'Body')),
          name: 'Solidarity Desk',
        });
      } catch (error) {
        if (isQuotaError(error)) break;
        throw error;
      }
      allowance -= cost;
      queue.update(i, { Status: 'Sent', 'Sent on': new Date() });
      sent++;
    }
    if (sent > 0)
      db.log(
        'Mail queue',
        'Sent queued email',
        `${sent} email(s) sent, ${waiting.length - sent} still waiting.`,
      );
    db.commit();
    return sent;
  });
}
