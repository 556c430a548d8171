// The real services behind each long job's use case, for the entry points that start or continue them.

import type { IntakeResponse } from '../app/intake';
import type { VerifyDeps } from '../app/intakeJobs';
import type { RetentionDeps } from '../app/privacy/retention';
import type { IntakeDeps } from '../app/receiveIntake';
import type { AdoptionDeps } from '../app/setupMembers';
import type { Message } from '../core/intake/messages';
import { openDatabase } from './casework';
import { loadConfig } from './config';
import { FormResponseSheets } from './dashboard/responseSheets';
import { formResponsesSince, fromFormResponse, responsesInSheets } from './intakeEvents';
import {
  answersVerifiedFrom,
  destinationOf,
  recordAnswersVerifiedFrom,
  recordedIntakeForm,
} from './intakeForm';
import { ScriptLocker } from './lock';
import { QueueingMailer } from './mailer';
import { SheetSetupTarget } from './sheetSetup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The retention rule over the spreadsheet, with the Settings period. */
export function retentionDeps(spreadsheet: Spreadsheet): RetentionDeps {
  const config = loadConfig(openDatabase(spreadsheet));
  return {
    openDatabase: () => openDatabase(spreadsheet, config.settings.sheetNames, () => 'Retention rule'),
    responses: new FormResponseSheets(spreadsheet),
    now: new Date(),
    settings: config.settings,
  };
}

/** What the intake jobs of one execution work on. */
export interface IntakeJobDeps {
  readonly intake: IntakeDeps;
  /** Every response the linked sheets show, plus an unlinked form's own (read once per execution). */
  readonly responses: readonly IntakeResponse[];
  /** The intake form when it no longer sends responses to this spreadsheet (its responses are read directly). */
  readonly unlinked: GoogleAppsScript.Forms.Form | null;
  /** Checking answers against the form's own responses; null without an intake form. */
  readonly verify: VerifyDeps | null;
}

/** Reads the responses once (outside the lock) and wires filing and checking to the real services. */
export function intakeJobDeps(spreadsheet: Spreadsheet): IntakeJobDeps {
  const intake: IntakeDeps = {
    locker: new ScriptLocker(),
    openDatabase: () => openDatabase(spreadsheet, {}, () => 'Reconciliation'),
    loadConfig,
    mailer: new QueueingMailer(),
    link: () => spreadsheet.getUrl(),
    now: () => new Date(),
  };
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  // A form unlinked from the spreadsheet writes no rows and fires no trigger: read it directly.
  const form = recordedIntakeForm();
  const unlinked = form && destinationOf(form) !== spreadsheet.getId() ? form : null;
  const fromForm = unlinked ? unlinked.getResponses().map((r) => fromFormResponse(r, timeZone)) : [];
  const shown = responsesInSheets(spreadsheet);
  const verify: VerifyDeps | null = form
    ? {
        ...intake,
        shown,
        nextChunk: (size) => formResponsesSince(form, answersVerifiedFrom(form), size, timeZone),
        checkedUpTo: (from) => recordAnswersVerifiedFrom(form, from),
      }
    : null;
  return { intake, responses: [...shown, ...fromForm], unlinked, verify };
}

/**
 * Sends a digest inside a chunk (which holds the lock): when today's allowance has run out it is put in
 * the Mail queue and committed at once, so the branch is recorded as done only once its digest is safe.
 */
export function digestPoster(spreadsheet: Spreadsheet): (message: Message) => void {
  const mailer = new QueueingMailer();
  return (message) => {
    if (mailer.send(message) !== 'queued') return;
    const db = openDatabase(spreadsheet);
    mailer.flushQueue(db);
    db.commit();
  };
}

/** Carrying on adopting a team's sheet after setup. */
export function adoptionDeps(spreadsheet: Spreadsheet): AdoptionDeps {
  const target = new SheetSetupTarget(spreadsheet);
  return {
    openDatabase: (names) => openDatabase(spreadsheet, names),
    rows: (sheetName) => target.rows(sheetName),
  };
}
