// Time zones as Java's TimeZone sees them: IANA ids via Intl, `GMT+1`-style custom ids as fixed offsets.

/** Wall-clock fields of an instant in a zone (month 1-12, weekday 0 = Sunday). */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  readonly weekday: number;
  readonly dayOfYear: number;
}

/** A resolved time zone. */
export interface Zone {
  /** Minutes east of UTC at the instant. */
  offsetAt(ms: number): number;
  /** Java `z`: e.g. GMT, BST, EST, or GMT+01:00 when the zone has no abbreviation. */
  shortName(ms: number): string;
  /** Java `zzzz`: e.g. British Summer Time. */
  longName(ms: number): string;
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
  return { offsetAt: () => minutes, shortName: () => name, longName: () => name };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string, locale: string, name?: 'short' | 'long'): Intl.DateTimeFormat {
  const key = `${zone}|${locale}|${name ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      ...(name ? { timeZoneName: name } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

function part(parts: Intl.DateTimeFormatPart[], type: string): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

function ianaZone(id: string): Zone {
  const offsetAt = (ms: number): number => {
    const parts = formatter(id, 'en-US').formatToParts(new Date(ms));
    const n = (t: string) => Number(part(parts, t));
    const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour') % 24, n('minute'), n('second'));
    return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60000);
  };
  const named = (ms: number, style: 'short' | 'long', locale: string) =>
    part(formatter(id, locale, style).formatToParts(new Date(ms)), 'timeZoneName');
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
  try {
    formatter(id, 'en-US');
    return ianaZone(id);
  } catch {
    return fixedZone(0);
  }
}

/** The wall clock of `ms` in `zone`. */
export function wallClock(ms: number, zone: Zone): WallClock {
  const shifted = new Date(ms + zone.offsetAt(ms) * 60000);
  const startOfYear = Date.UTC(shifted.getUTCFullYear(), 0, 1);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
    dayOfYear: Math.floor((shifted.getTime() - startOfYear) / 86400000) + 1,
  };
}

/** The instant whose wall clock in `zone` is `wallMs` (a UTC-encoded wall time); lenient across DST gaps. */
export function instantOf(wallMs: number, zone: Zone): number {
  const first = wallMs - zone.offsetAt(wallMs) * 60000;
  return wallMs - zone.offsetAt(first) * 60000;
}
