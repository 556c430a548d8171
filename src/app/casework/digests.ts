// Use case: the weekly digest to each branch's member solidarity team (queued when mail runs out).

import type { Message } from '../../core/intake/messages';
import { branchDigests } from '../../core/workflow';
import { type CaseworkDeps, view } from './session';

/** Sends (or queues) each branch's digest; returns how many branches got one. */
export function sendDigests(deps: CaseworkDeps, link: string, send: (m: Message) => void): number {
  const messages = view(deps, (c, config) => {
    const teams = config.branches.filter((b) => b.teamEmail);
    // One Needs attention pass over the casebook for every branch, not one per branch.
    const digests = branchDigests(
      {
        issues: c.issues,
        members: c.members,
        nextSteps: c.nextSteps,
        branches: config.branches,
        settings: config.settings,
        now: c.now,
        timeZone: c.db.timeZone,
      },
      teams.map((b) => b.name),
    );
    return teams.map((b, i) => ({
      to: b.teamEmail,
      subject: digests[i]!.subject,
      body: `${digests[i]!.body}\n\nOpen Solidarity Desk: ${link}`,
    }));
  });
  for (const m of messages) send(m);
  return messages.length;
}
