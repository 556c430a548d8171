// Use case: the weekly digest to each branch's member solidarity team (queued when mail runs out).

import type { Message } from '../../core/intake/messages';
import { branchDigest } from '../../core/workflow';
import { type CaseworkDeps, view } from './session';

/** Sends (or queues) each branch's digest; returns how many branches got one. */
export function sendDigests(deps: CaseworkDeps, link: string, send: (m: Message) => void): number {
  const messages = view(deps, (c, config) =>
    config.branches
      .filter((b) => b.teamEmail)
      .map((b) => {
        const digest = branchDigest({
          branch: b.name,
          issues: c.issues,
          members: c.members,
          nextSteps: c.nextSteps,
          branches: config.branches,
          settings: config.settings,
          now: c.now,
          timeZone: c.db.timeZone,
        });
        return {
          to: b.teamEmail,
          subject: digest.subject,
          body: `${digest.body}\n\nOpen Solidarity Desk: ${link}`,
        };
      }),
  );
  for (const m of messages) send(m);
  return messages.length;
}
