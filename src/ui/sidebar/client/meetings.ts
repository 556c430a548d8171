// The meeting dialogs, run in the browser: plan a meeting, and make or read back its write-up.
import { button, callServer, choices, el, entered, field, form, part, safeLink } from './core';
import type { ClientDocument, ClientElement, ClientGoogle } from './dom';
import type { Boot, MeetingLine } from './types';

declare const document: ClientDocument;
declare const google: ClientGoogle;

/** What a meetings call returned, in words, with a link when it made a document. */
export function describeResult(value: unknown, done: string): ClientElement {
  const found = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const url = [value, found.url, found.agendaUrl, found.writeUpUrl, found.documentUrl].find(
    (u): u is string => typeof u === 'string' && u.startsWith('https://'),
  );
  const id = typeof found.meetingId === 'string' ? ` (${found.meetingId})` : '';
  return el('p', { class: 'done', role: 'status' }, [
    `${done}${id}. `,
    ...(url ? [safeLink(url, 'Open it')] : []),
  ]);
}

/** A Close button for dialogs (google.script.host closes the dialog in Sheets). */
export function closeButton(): ClientElement {
  return button('Close', () => google.script.host?.close(), 'secondary');
}

/** The plan-meeting form: branch, date, place, kind (kinds are fixed words given on the page). */
export function renderPlanMeeting(boot: Boot): void {
  const kinds = JSON.parse(document.body.dataset.meetingKinds ?? '[]') as string[];
  part('dialog-body').replaceChildren(
    form(
      'Plan a meeting',
      [
        field('meeting-branch', 'Branch', choices(boot.branches, 'Choose a branch…')),
        field('meeting-date', 'Date', el('input', { type: 'date', required: true, value: boot.today })),
        field('meeting-place', 'Place', el('input', { type: 'text', maxlength: '500' })),
        field('meeting-kind', 'Kind of meeting', choices(kinds, '', kinds[0] ?? '')),
      ],
      'Plan meeting',
      () =>
        callServer(
          'planMeeting',
          [
            {
              branch: entered('meeting-branch'),
              date: entered('meeting-date'),
              place: entered('meeting-place'),
              kind: entered('meeting-kind'),
            },
          ],
          'Planning the meeting and making its agenda…',
          (v) => part('dialog-result').replaceChildren(describeResult(v, 'Meeting planned'), closeButton()),
        ),
    ),
  );
}

/** Lists meetings to write up. */
export function loadMeetings(): void {
  callServer('listMeetings', [], 'Finding meetings…', (v) => renderWriteUp(v as MeetingLine[]));
}

/** Pick a meeting, then make its write-up document or read a filled-in one back into the sheets. */
export function renderWriteUp(meetings: readonly MeetingLine[]): void {
  if (meetings.length === 0) {
    part('dialog-body').replaceChildren(el('p', {}, ['No meetings yet: plan one first.']));
    return;
  }
  const select = el('select');
  for (const m of meetings)
    select.append(el('option', { value: m.meetingId }, [`${m.date}, ${m.branch} (${m.meetingId})`]));
  const act = (fn: string, busy: string, done: string) =>
    callServer(fn, [entered('writeup-meeting')], busy, (v) =>
      part('dialog-result').replaceChildren(describeResult(v, done), closeButton()),
    );
  part('dialog-body').replaceChildren(
    field('writeup-meeting', 'Meeting', select),
    button(
      'Make the write-up document',
      () => act('writeUpMeeting', 'Making the write-up…', 'Write-up ready'),
      'primary',
    ),
    button('Read back the filled-in write-up', () =>
      act('importWriteUp', 'Reading the write-up into the sheets…', 'Write-up read back'),
    ),
  );
}
