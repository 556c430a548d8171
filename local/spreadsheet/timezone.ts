// Sheets' serial day numbers, and Date-valued conversions between instants and the spreadsheet zone's wall clock.
import {
  instantOfWall,
  utcWallClock,
  type WallClock,
  type WallTime,
  wallClock,
  wallMsOf,
} from '../runtime/zone';

export { isKnownTimeZone } from '../runtime/zone';

const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** The wall clock an instant shows in a time zone. */
export function wallClockOf(date: Date, timeZone: string): WallClock {
  return wallClock(date.getTime(), timeZone);
}

/** The instant at which a time zone's clock shows this wall-clock time (a DST overlap gives the earlier one). */
export function instantOf(wall: WallTime, timeZone: string): Date {
  return new Date(instantOfWall(wallMsOf(wall), timeZone, 'earlier'));
}

/**
 * Sheets' serial number for an instant: days since 30 Dec 1899 of the wall clock in the spreadsheet's zone
 * (https://developers.google.com/sheets/api/guides/formats "About date & time values").
 */
export function serialOf(date: Date, timeZone: string): number {
  return (wallMsOf(wallClockOf(date, timeZone)) - SERIAL_EPOCH) / DAY_MS;
}

/** The instant a serial number means in a time zone (inverse of `serialOf`, to the millisecond). */
export function dateOfSerial(serial: number, timeZone: string): Date {
  return new Date(instantOfWall(Math.round(SERIAL_EPOCH + serial * DAY_MS), timeZone, 'earlier'));
}

/** The UTC fields of a date read as a wall clock (exceljs hands dates over this way). */
export function utcWall(date: Date): WallClock {
  return utcWallClock(date.getTime());
}

/** A date whose UTC fields are the wall clock (what exceljs writes as the cell's serial). */
export function wallAsUtcDate(wall: WallTime): Date {
  return new Date(wallMsOf(wall));
}
