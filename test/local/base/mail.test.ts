// Contract tests for the MailApp fake: overloads, quota per recipient, limits, and the .eml outbox.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mailbox, newBlob } from '../../../local/base';
import { EMAIL_QUOTA_MESSAGE, RECIPIENTS_PER_MESSAGE_MESSAGE } from '../../../local/base/mail';
import { newWorkspace, runIn } from './harness';

const addresses = (n: number) => Array.from({ length: n }, (_, i) => `m${i}@x.org`).join(',');

describe('MailApp', () => {
  it('accepts every documented overload and sends as the effective user', () => {
    const ws = newWorkspace({ user: 'organiser@branch.example' });
    runIn(ws, (g) => {
      g.MailApp.sendEmail({ to: 'a@x.org', subject: 'One', body: 'b1' } as never);
      g.MailApp.sendEmail('b@x.org', 'Two', 'b2');
      g.MailApp.sendEmail('c@x.org', 'Three', 'b3', { cc: 'd@x.org', name: 'Union' } as never);
      g.MailApp.sendEmail('e@x.org', 'reply@x.org', 'Four', 'b4');
    });
    const sent = mailbox(ws).sent();
    expect(sent.map((m) => [m.to, m.subject, m.body])).toEqual([
      [['a@x.org'], 'One', 'b1'],
      [['b@x.org'], 'Two', 'b2'],
      [['c@x.org'], 'Three', 'b3'],
      [['e@x.org'], 'Four', 'b4'],
    ]);
    expect(sent[2]!.cc).toEqual(['d@x.org']);
    expect(sent[3]!.replyTo).toBe('reply@x.org');
    expect(sent.every((m) => m.from === 'organiser@branch.example')).toBe(true);
  });

  it('counts each recipient (to, cc and bcc) against the daily quota', () => {
    const ws = newWorkspace();
    const left = runIn(ws, (g) => {
      g.MailApp.sendEmail({
        to: 'a@x.org, b@x.org',
        cc: 'c@x.org',
        bcc: 'd@x.org',
        subject: 's',
        body: 'b',
      } as never);
      return g.MailApp.getRemainingDailyQuota();
    });
    expect(left).toBe(96);
  });

  it('refuses a send that would exceed the quota and sends nothing', () => {
    const ws = newWorkspace();
    mailbox(ws).setDailyQuota(3);
    runIn(ws, (g) => {
      g.MailApp.sendEmail(addresses(2), 's', 'b');
      expect(() => g.MailApp.sendEmail(addresses(2), 's', 'b')).toThrow(EMAIL_QUOTA_MESSAGE);
      expect(g.MailApp.getRemainingDailyQuota()).toBe(1);
    });
    expect(mailbox(ws).sent()).toHaveLength(1);
  });

  it('resets the quota 24 hours after the first send', () => {
    const ws = newWorkspace();
    runIn(ws, (g) => g.MailApp.sendEmail(addresses(10), 's', 'b'));
    ws.clock.advance(23 * 3600_000);
    expect(mailbox(ws).remainingQuota()).toBe(90);
    ws.clock.advance(3600_000);
    expect(mailbox(ws).remainingQuota()).toBe(100);
  });

  it('refuses more than 50 recipients per message and invalid addresses', () => {
    const ws = newWorkspace();
    runIn(ws, (g) => {
      expect(() => g.MailApp.sendEmail(addresses(51), 's', 'b')).toThrow(RECIPIENTS_PER_MESSAGE_MESSAGE);
      expect(() => g.MailApp.sendEmail('a@x.org, not-an-address', 's', 'b')).toThrow(
        'Invalid email: not-an-address',
      );
      expect(() => g.MailApp.sendEmail(1 as unknown as string, 's', 'b')).toThrow(
        "The parameters (number,string,string) don't match the method signature for MailApp.sendEmail.",
      );
    });
    expect(mailbox(ws).sent()).toHaveLength(0);
    expect(mailbox(ws).remainingQuota()).toBe(100);
  });

  it('writes a readable .eml with encoded UTF-8 subject, multipart HTML and an index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mail-'));
    const ws = newWorkspace({ dir });
    runIn(ws, (g) => {
      g.MailApp.sendEmail({
        to: 'tenant@x.org',
        subject: 'Réunion à 18h',
        body: 'Bonjour',
        htmlBody: '<p>Bonjour <b>à tous</b></p>',
        name: 'Leeds Renters',
        attachments: [newBlob('hello', 'text/plain', 'note.txt')],
      } as never);
    });
    await ws.save();
    const files = readdirSync(join(dir, 'mail')).sort();
    expect(files).toEqual(['0001-reunion-a-18h.eml', 'index.json']);
    const eml = readFileSync(join(dir, 'mail', files[0]!), 'utf8');
    expect(eml).toContain('From: "Leeds Renters" <volunteer@branch.example>\r\n');
    expect(eml).toContain('To: tenant@x.org\r\n');
    expect(eml).toContain(`Subject: =?UTF-8?B?${Buffer.from('Réunion à 18h').toString('base64')}?=\r\n`);
    expect(eml).toContain('Date: Fri, 01 Mar 2024 09:00:00 +0000\r\n');
    expect(eml).toMatch(/Content-Type: multipart\/mixed; boundary="mix-/);
    expect(eml).toMatch(/Content-Type: multipart\/alternative; boundary="alt-/);
    expect(eml).toContain('Content-Type: text/html; charset=UTF-8');
    expect(eml).toContain('Content-Disposition: attachment; filename="note.txt"');
    const again = newWorkspace({ dir });
    await again.load();
    expect(mailbox(again).sent()[0]!.subject).toBe('Réunion à 18h');
    expect(mailbox(again).remainingQuota()).toBe(99);
  });
});
