// Time zones as Java's TimeZone sees them: IANA ids via Intl, `GMT+1`-style custom ids as fixed offsets.
import {
  instantOfWall,
  isKnownTimeZone,
  utcWallClock,
  type WallClock,
  zoneOffsetMs,
  wallClock as zoneWallClock,
} from '../runtime/zone';

/** A resolved time zone. */
export interface Zone {
  /** Minutes east of UTC at the instant (rounded: local mean times have seconds). */
  offsetAt(ms: number): number;
  /** The wall clock at the instant. */
  wallClock(ms: number): WallClock;
  /** Java `z`: e.g. GMT, BST, EST, or GMT+01:00 when the zone has no abbreviation. */
  shortName(ms: number): string;
  /** Java `zzzz`: e.g. British Summer Time. */
  longName(ms: number): string;
  /** The instant whose wall clock is `wallMs` (a UTC-encoded wall time). */
  instantOf(wallMs: number): number;
}

/** `+01:00`-style offset text (Java's custom zone ids and `XXX`). */
export function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}${colon ? ':' : ''}${mm}`;
}

function fixedZone(minutes: number): Zone {
  const name = minutes === 0 ? 'GMT' : `GMT${offsetText(minutes, true)}`;
  return {
    offsetAt: () => minutes,
    shortName: () => name,
    longName: () => name,
    wallClock: (ms) => utcWallClock(ms + minutes * 60000),
    instantOf: (wallMs) => wallMs - minutes * 60000,
  };
}

const nameFormatters = new Map<string, Intl.DateTimeFormat>();

function nameFormatter(zone: string, locale: string, style: 'short' | 'long'): Intl.DateTimeFormat {
  const key = `${zone}|${locale}|${style}`;
  let f = nameFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style });
    nameFormatters.set(key, f);
  }
  return f;
}

function part(parts: Intl.DateTimeFormatPart[], type: string): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

function ianaZone(id: string): Zone {
  const offsetAt = (ms: number): number => Math.round(zoneOffsetMs(ms, id) / 60000);
  const named = (ms: number, style: 'short' | 'long', locale: string) =>
    part(nameFormatter(id, locale, style).formatToParts(new Date(ms)), 'timeZoneName');
  return {
    offsetAt,
    shortName(ms) {
      // Java knows BST, CET...; Intl's en-US often says GMT+1 where en-GB has the abbreviation.
      for (const locale of ['en-US', 'en-GB']) {
        const name = named(ms, 'short', locale);
        if (!/^(GMT|UTC)[+-]/.test(name)) return name;
      }
      return `GMT${offsetText(offsetAt(ms), true)}`;
    },
    longName: (ms) => named(ms, 'long', 'en-US'),
    wallClock: (ms) => zoneWallClock(ms, id),
    // Java's lenient calendar reads a time a DST overlap shows twice as standard time: the later instant.
    instantOf: (wallMs) => instantOfWall(wallMs, id, 'later'),
  };
}

/**
 * Resolves a zone id as `java.util.TimeZone.getTimeZone` does: `GMT+1`, `GMT+01:00`, `UTC`, or an IANA id;
 * an unknown id falls back to GMT (Java's documented behaviour; Apps Script's is UNCONFIRMED).
 */
export function resolveZone(id: string): Zone {
  const custom = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(id.trim());
  if (custom) {
    const minutes = custom[1] ? Number(custom[2]) * 60 + Number(custom[3] ?? 0) : 0;
    return fixedZone(custom[1] === '-' ? -minutes : minutes);
  }
  return isKnownTimeZone(id) ? ianaZone(id) : fixedZone(0);
}

/** The wall clock of `ms` in `zone`. */
export function wallClock(ms: number, zone: Zone): WallClock {
  return zone.wallClock(ms);
}

/** The instant whose wall clock in `zone` is `wallMs` (a UTC-encoded wall time); lenient across DST gaps. */
export function instantOf(wallMs: number, zone: Zone): number {
  return zone.instantOf(wallMs);
}
