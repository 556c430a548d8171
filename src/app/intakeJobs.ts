// Use cases: the hourly intake jobs as long jobs: filing responses a failed trigger missed, checking answers.
import type { IntakeResponse } from './intake';
import { type ChunkedJob, HELD_LOCK } from './longJobs';
import { type IntakeDeps, notifyFiled } from './receiveIntake';
import { reconcileIntake } from './reconcile';
import { type TypedChunk, verifyAnswers } from './verifyAnswers';

/** Responses filed per chunk, each under one lock and one commit. */
export const RECONCILE_CHUNK = 200;

/**
 * Form responses checked per chunk against what was filed: each costs about 2 + 3 per answered question
 * FormApp calls (about 60 for the standard form), so a backlog takes several chunks.
 */
export const VERIFY_CHUNK = 25;

/** Where an intake job got to: the oldest response not reached yet (for reading, not for resuming). */
export interface IntakePosition {
  readonly from: string | null;
}

function parsePosition(value: unknown): IntakePosition | null {
  if (value === null || typeof value !== 'object') return null;
  const from = (value as Record<string, unknown>).from;
  return from === null || typeof from === 'string' ? { from } : null;
}

const START: IntakePosition = { from: null };

/** The filing job; `filed` lists the issues this execution filed. */
export interface ReconcileJob extends ChunkedJob<IntakePosition> {
  readonly filed: readonly string[];
}

/**
 * Files responses not yet in Issues, oldest first, `size` per chunk. Each chunk finds what is missing
 * afresh by Response ID under the lock, so running one again never files a response twice; the emails
 * each filing calls for go once the lock is released.
 */
export function reconcileJob(
  responses: readonly IntakeResponse[],
  deps: IntakeDeps,
  chunkSize = RECONCILE_CHUNK,
): ReconcileJob {
  const filed: string[] = [];
  return {
    name: 'reconcile',
    chunkSize,
    findsItsWork: true,
    filed,
    parse: parsePosition,
    start: (saved) => saved?.position ?? START,
    chunk(_position, size) {
      const db = deps.openDatabase();
      const report = reconcileIntake(responses, db, HELD_LOCK, deps.loadConfig, deps.now, size);
      filed.push(...report.filed);
      const { settings } = report;
      return {
        position: { from: report.resumeFrom?.toISOString() ?? null },
        done: report.resumeFrom === null,
        afterwards: () => {
          if (settings) notifyFiled(report.results, settings, db.timeZone, deps);
        },
      };
    },
  };
}

/** What checking answers against the form's own responses needs from the workspace. */
export interface VerifyDeps extends Pick<IntakeDeps, 'openDatabase' | 'locker' | 'loadConfig' | 'now'> {
  /** The next `size` of the form's own responses, from where the last check stopped. */
  readonly nextChunk: (size: number) => TypedChunk;
  /** Remembers where the next check starts. */
  readonly checkedUpTo: (from: Date) => void;
  /** The "Form responses" sheets' reading of the responses. */
  readonly shown: readonly IntakeResponse[];
}

/**
 * Checks answers in chunks of the form's responses (its position lives with the form, written after each
 * chunk's commit). Reading the form takes long, so each chunk takes the lock only around its own commit.
 * A chunk stopped at a response not filed yet ends the job until the next hourly run.
 */
export function verifyJob(deps: VerifyDeps, chunkSize = VERIFY_CHUNK): ChunkedJob<IntakePosition> {
  return {
    name: 'verify-answers',
    chunkSize,
    locked: false,
    findsItsWork: true,
    parse: parsePosition,
    start: (saved) => saved?.position ?? START,
    chunk(_position, size) {
      const chunk = deps.nextChunk(size);
      const report = verifyAnswers(
        chunk,
        deps.shown,
        deps.openDatabase(),
        deps.locker,
        deps.loadConfig,
        deps.now,
      );
      if (report.resumeFrom) deps.checkedUpTo(report.resumeFrom);
      const more = chunk.next !== null && report.resumeFrom?.getTime() === chunk.next.getTime();
      return { position: { from: report.resumeFrom?.toISOString() ?? null }, done: !more };
    },
  };
}
