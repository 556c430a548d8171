// Installable triggers, installed idempotently: never two of a kind, and a missing one is repaired.

type Trigger = GoogleAppsScript.Script.Trigger;

function find(handler: string, sourceId: string | null, triggers: Trigger[]): Trigger[] {
  return triggers.filter(
    (t) => t.getHandlerFunction() === handler && (sourceId === null || t.getTriggerSourceId() === sourceId),
  );
}

/** Makes sure exactly one form-submit trigger runs `handler` for this form; returns 'installed' or 'present'. */
export function ensureFormTrigger(
  handler: string,
  form: GoogleAppsScript.Forms.Form,
): 'installed' | 'present' {
  const triggers = ScriptApp.getProjectTriggers();
  const ours = find(handler, null, triggers).filter(
    (t) => t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT,
  );
  const formId = form.getId();
  const forThisForm = ours.filter((t) => t.getTriggerSourceId() === formId);
  // Any other form-submit trigger for the same handler would file responses twice: remove it.
  for (const t of ours)
    if (!forThisForm.includes(t) || forThisForm.indexOf(t) > 0) ScriptApp.deleteTrigger(t);
  if (forThisForm.length > 0) return 'present';
  ScriptApp.newTrigger(handler).forForm(form).onFormSubmit().create();
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
