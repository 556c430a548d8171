// A tiny stand-in for build/Code.js: trigger handlers that hand back what they received.
// biome-ignore-all lint/correctness/noUnusedVariables: every function here is a global the local runtime calls by name

/** Runs a test's callback with this execution's instrumented globals. */
function harness(callback) {
  const present = (name) => (typeof globalThis[name] === 'undefined' ? undefined : globalThis[name]);
  return callback({
    ScriptApp: present('ScriptApp'),
    Session: present('Session'),
    FormApp: present('FormApp'),
    SpreadsheetApp: present('SpreadsheetApp'),
    Date,
  });
}

/** Returns the event as received (service objects stay instrumented proxies). */
function recordEvent(e) {
  return e;
}

/** Same as recordEvent, under another name, so two triggers can be told apart. */
function recordOther(e) {
  return e;
}

/** Returns who the trigger ran as. */
function whoAmI(e) {
  return {
    active: Session.getActiveUser().getEmail(),
    effective: Session.getEffectiveUser().getEmail(),
    triggerUid: e?.triggerUid,
  };
}

/** A handler that always fails. */
function failingHandler() {
  throw new Error('Handler failed on purpose');
}

/** Returns the time the bundle sees, and the event it got. */
function whatTime(e) {
  return { now: new Date().toISOString(), event: e };
}

/** What a spreadsheet form-submit handler sees, including the row its range points at. */
function summariseSheetEvent(e) {
  const range = e.range;
  return {
    keys: Object.keys(e).sort(),
    authMode: e.authMode,
    namedValues: e.namedValues,
    values: e.values,
    triggerUid: e.triggerUid,
    range: range
      ? {
          a1: range.getA1Notation(),
          sheet: range.getSheet().getName(),
          row: range.getRow(),
          values: range.getValues(),
        }
      : null,
  };
}

/** What a form form-submit handler sees. */
function summariseFormEvent(e) {
  return {
    keys: Object.keys(e).sort(),
    authMode: e.authMode,
    triggerUid: e.triggerUid,
    responseId: e.response.getId(),
    sourceId: e.source.getId(),
    email: e.response.getRespondentEmail(),
    answers: e.response.getItemResponses().map((r) => [r.getItem().getTitle(), r.getResponse()]),
  };
}
