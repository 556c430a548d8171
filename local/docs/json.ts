// Reading untrusted request JSON from the bundle: narrow `unknown` once, with the API's kind of message.
import { InvalidRequest } from './edits';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A required object field. */
export function objectField(parent: JsonObject, key: string): JsonObject {
  const value = parent[key];
  if (!isObject(value)) throw new InvalidRequest(`${key} must be an object.`);
  return value;
}

export function optionalObject(parent: JsonObject, key: string): JsonObject | undefined {
  const value = parent[key];
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw new InvalidRequest(`${key} must be an object.`);
  return value;
}

/** An integer field; the JSON omits zero, so a missing one reads as 0 unless required. */
export function intField(parent: JsonObject, key: string, required = false): number {
  const value = parent[key];
  if (value === undefined || value === null) {
    if (required) throw new InvalidRequest(`${key} is required.`);
    return 0;
  }
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) throw new InvalidRequest(`${key} must be an integer.`);
  return n;
}

export function stringField(parent: JsonObject, key: string, required = true): string {
  const value = parent[key];
  if (value === undefined || value === null) {
    if (required) throw new InvalidRequest(`${key} is required.`);
    return '';
  }
  if (typeof value !== 'string') throw new InvalidRequest(`${key} must be a string.`);
  return value;
}

export function boolField(parent: JsonObject, key: string): boolean {
  const value = parent[key];
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') throw new InvalidRequest(`${key} must be a boolean.`);
  return value;
}

/** A `fields` mask split into names; "*" expands to every field the caller lists as known. */
export function fieldMask(parent: JsonObject, known: readonly string[]): string[] {
  const mask = stringField(parent, 'fields', false).trim();
  if (mask === '') throw new InvalidRequest("At least one field must be listed in 'fields'.");
  if (mask === '*') return [...known];
  const names = mask.split(',').map((f) => f.trim());
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    throw new InvalidRequest(
      `The local runtime does not model the field(s) ${unknown.join(', ')}; it models ${known.join(', ')}.`,
    );
  }
  return names;
}
