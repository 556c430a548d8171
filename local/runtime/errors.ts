// Errors shaped like Apps Script's: V8 surfaces service errors as Error with name 'Exception'.

/** An Apps Script service error; prints as `Exception: <message>`. */
export class GasException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** Thrown when arguments don't fit any overload, with Apps Script's wording. */
export function signatureError(args: readonly unknown[], method: string): GasException {
  const shown = args.map((a) => (a === null ? 'null' : Array.isArray(a) ? 'Object[]' : typeof a)).join(',');
  return new GasException(`The parameters (${shown}) don't match the method signature for ${method}.`);
}
