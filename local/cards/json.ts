// The plain JSON tree cards render to, and the helpers builders share to produce and check it.
import { GasException, signatureError } from '../runtime/errors';
import { unwrap } from '../runtime/instrument';

/** A JSON value. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Anything in a card that renders to JSON and checks itself when the card is built. */
export interface CardPart {
  toJSON(): JsonObject;
  /** Throws the validation error `build()` reports. */
  validate(): void;
}

/** Copies `fields`, leaving out those never set. */
export function compact(fields: Record<string, Json | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[k] = v;
  return out;
}

/** A validation failure from `build()`: Apps Script reports these as exceptions. Wordings are this fake's own. */
export function invalid(message: string): GasException {
  return new GasException(message);
}

/** Checks a string argument, as Apps Script's signature checks do. */
export function text(value: unknown, method: string): string {
  if (typeof value !== 'string') throw signatureError([value], method);
  return value;
}

/** Checks an argument is one of the builder classes a method takes. */
export function part<T>(value: unknown, kind: abstract new (...args: never[]) => T, method: string): T {
  // Unwrapped: builders nested in arrays reach us as the bundle's instrumented proxies.
  const real = unwrap(value);
  if (!(real instanceof kind)) throw signatureError([value], method);
  return real;
}
