// Tables Solidarity Desk keeps for itself: the activity log, intake review, mail queue, errors and settings.
import { idColumn, TIMESTAMPS } from './common';
import { REVIEW_STATUSES } from './enums';
import type { TableSpec } from './types';

export const ACTIVITY_LOG: TableSpec = {
  name: 'activityLog',
  sheetName: 'Activity log',
  purpose: 'Every change Solidarity Desk makes: who, when, which record, what changed.',
  columns: [
    { header: 'When', type: 'datetime', system: true, width: 140 },
    { header: 'Who', type: 'text', system: true, width: 180 },
    { header: 'Record', type: 'text', system: true, width: 100 },
    { header: 'Action', type: 'text', system: true, width: 140 },
    { header: 'Details', type: 'longText', system: true, width: 360 },
  ],
};

export const INTAKE_REVIEW: TableSpec = {
  name: 'intakeReview',
  sheetName: 'Intake review',
  idPrefix: 'REV',
  purpose: 'Form responses that could not be filed cleanly, with the reason. Nothing is dropped.',
  columns: [
    idColumn('Review ID'),
    { header: 'Received', type: 'datetime', system: true },
    { header: 'Response ID', type: 'text', system: true, width: 120 },
    { header: 'Reason', type: 'longText', width: 280 },
    { header: 'Answers', type: 'longText', personal: true, width: 320 },
    { header: 'Filed as', type: 'text', width: 100 },
    { header: 'Status', type: 'enum', values: REVIEW_STATUSES, required: true },
    ...TIMESTAMPS,
  ],
};

export const MAIL_QUEUE: TableSpec = {
  name: 'mailQueue',
  sheetName: 'Mail queue',
  idPrefix: 'MAIL',
  purpose: 'Emails waiting for the daily sending allowance; sent by the hourly job.',
  columns: [
    idColumn('Mail ID'),
    { header: 'To', type: 'text', system: true, personal: true, width: 200 },
    { header: 'Subject', type: 'text', system: true, width: 240 },
    { header: 'Body', type: 'longText', system: true, personal: true, width: 300 },
    { header: 'Status', type: 'text', system: true },
    { header: 'Sent on', type: 'datetime', system: true },
    ...TIMESTAMPS,
  ],
};

export const ERRORS: TableSpec = {
  name: 'errors',
  sheetName: 'Errors',
  purpose: 'Failures Solidarity Desk could not recover from, with what it was doing.',
  columns: [
    { header: 'When', type: 'datetime', system: true, width: 140 },
    { header: 'Doing', type: 'text', system: true, width: 160 },
    { header: 'Error', type: 'longText', system: true, width: 320 },
    { header: 'Context', type: 'longText', system: true, width: 320 },
  ],
};

export const SETTINGS: TableSpec = {
  name: 'settings',
  sheetName: 'Settings',
  purpose: 'Settings volunteers can change: urgency window, reminders, who gets emails.',
  columns: [
    { header: 'Setting', type: 'text', required: true, width: 220 },
    { header: 'Value', type: 'text', width: 260 },
    { header: 'What it does', type: 'longText', width: 360 },
  ],
};

/** Tables with Created/Updated are all but the log, errors and settings; exported for tests. */
export const TIMESTAMP_HEADERS = TIMESTAMPS.map((c) => c.header);
