// Installable triggers, installed idempotently: never two of a kind, and a missing one is repaired.

type Trigger = GoogleAppsScript.Script.Trigger;

function find(handler: string, sourceId: string | null, triggers: Trigger[]): Trigger[] {
  return triggers.filter(
    (t) => t.getHandlerFunction() === handler && (sourceId === null || t.getTriggerSourceId() === sourceId),
  );
}

/**
 * Makes sure exactly one form-submit trigger runs `handler` for this spreadsheet's linked forms (the
 * spreadsheet event carries the answers, so filing needs no extra calls); any other form-submit trigger
 * for the handler would file responses twice, so it is removed.
 */
export function ensureSubmitTrigger(
  handler: string,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): 'installed' | 'present' {
  const ours = find(handler, null, ScriptApp.getProjectTriggers()).filter(
    (t) => t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT,
  );
  const id = spreadsheet.getId();
  const keep = ours.find((t) => t.getTriggerSourceId() === id);
  for (const t of ours) if (t !== keep) ScriptApp.deleteTrigger(t);
  if (keep) return 'present';
  ScriptApp.newTrigger(handler).forSpreadsheet(spreadsheet).onFormSubmit().create();
  return 'installed';
}

/** Makes sure one time-driven trigger runs `handler` on the given schedule. */
export function ensureClockTrigger(
  handler: string,
  schedule: { everyHours?: number; dailyAtHour?: number },
): 'installed' | 'present' {
  const existing = find(handler, null, ScriptApp.getProjectTriggers()).filter(
    (t) => t.getEventType() === ScriptApp.EventType.CLOCK,
  );
  for (const extra of existing.slice(1)) ScriptApp.deleteTrigger(extra);
  if (existing.length > 0) return 'present';
  const builder = ScriptApp.newTrigger(handler).timeBased();
  if (schedule.everyHours) builder.everyHours(schedule.everyHours);
  else builder.everyDays(1).atHour(schedule.dailyAtHour ?? 7);
  builder.create();
  return 'installed';
}
