// Use case: the weekly digest to each branch's member solidarity team, as a long job that never sends one twice.

import type { Message } from '../../core/intake/messages';
import { branchDigests } from '../../core/workflow';
import { weekOf } from '../../core/workflow/days';
import type { ChunkedJob } from '../longJobs';
import { type CaseworkDeps, view } from './session';

/**
 * Branches whose digest is sent per chunk (each recorded as it goes): a chunk is a few seconds of email,
 * so a union's digests are one chunk and need no continuation unless the execution is already late.
 */
export const DIGEST_CHUNK = 50;

/** One branch's digest, ready to send. */
export interface BranchDigest {
  readonly branch: string;
  readonly message: Message;
}

/** This week's digests: one per branch with a team email. */
export interface WeekDigests {
  /** The Monday of the week, "2026-11-16" (in the spreadsheet's time zone). */
  readonly week: string;
  readonly digests: readonly BranchDigest[];
}

/** Works out every branch's digest (read-only, no lock): one Needs attention pass for them all. */
export function weekDigests(deps: CaseworkDeps, link: string): WeekDigests {
  return view(deps, (c, config) => {
    const teams = config.branches.filter((b) => b.teamEmail);
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
    return {
      week: weekOf(c.now, c.db.timeZone),
      digests: teams.map((b, i) => ({
        branch: b.name,
        message: {
          to: b.teamEmail,
          subject: digests[i]!.subject,
          body: `${digests[i]!.body}\n\nOpen Solidarity Desk: ${link}`,
        },
      })),
    };
  });
}

/** Which branches have had the week's digest: kept after the job is done, so none gets it twice. */
export interface DigestPosition {
  readonly week: string;
  readonly sent: readonly string[];
}

/** The digest job; `sentNow` lists the branches this execution sent to. */
export interface DigestJob extends ChunkedJob<DigestPosition> {
  readonly sentNow: readonly string[];
}

function parsePosition(value: unknown): DigestPosition | null {
  if (value === null || typeof value !== 'object') return null;
  const p = value as Record<string, unknown>;
  if (typeof p.week !== 'string' || !Array.isArray(p.sent) || !p.sent.every((b) => typeof b === 'string'))
    return null;
  return { week: p.week, sent: p.sent as string[] };
}

/**
 * Sends the week's digests branch by branch, recording each branch once its email is sent (or queued
 * by `post`), so a run stopped part-way and carried on never sends a branch its digest twice. A branch
 * given a team email later in the week gets the digest from the next run.
 */
export function digestJob(
  week: WeekDigests,
  post: (m: Message) => void,
  chunkSize = DIGEST_CHUNK,
): DigestJob {
  const sentNow: string[] = [];
  return {
    name: 'digests',
    chunkSize,
    keepWhenDone: true,
    sentNow,
    parse: parsePosition,
    start(saved) {
      const position =
        saved && saved.position.week === week.week ? saved.position : { week: week.week, sent: [] };
      return week.digests.some((d) => !position.sent.includes(d.branch)) ? position : null;
    },
    chunk(position, size, save) {
      const todo = week.digests.filter((d) => !position.sent.includes(d.branch));
      const now = todo.slice(0, size);
      let at = position;
      now.forEach((d, i) => {
        post(d.message);
        sentNow.push(d.branch);
        at = { week: at.week, sent: [...at.sent, d.branch] };
        if (i < now.length - 1) save(at);
      });
      return { position: at, done: todo.length <= size };
    },
  };
}
