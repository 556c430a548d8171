// Whether this run wrote to the spreadsheet since the last flush, so the lock is released only after a flush.

let unflushed = false;

/** Called after writing: the changes may still sit in Apps Script's write buffer. */
export function markWritten(): void {
  unflushed = true;
}

/**
 * Applies buffered spreadsheet changes if there are any. The Lock reference: "if you're working with a
 * spreadsheet, you should call SpreadsheetApp.flush() to commit all pending changes before releasing the
 * lock". A run that wrote nothing, or that writes without the lock, needs no flush (the end of the run applies
 * its changes).
 */
export function flushIfWritten(): void {
  if (!unflushed) return;
  SpreadsheetApp.flush();
  unflushed = false;
}
