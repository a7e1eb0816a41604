/**
 * Wall-clock ⇄ instant conversion for IANA time zones, built on `Intl.DateTimeFormat` only: the
 * sandbox stands in for Microsoft's service and must not pull a date library into the repo.
 */

/** A calendar date and time of day as a clock on the wall shows it, with no zone attached. */
export type WallClock = {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    // h23 avoids the "24:00" midnight that hour12:false produces in some ICU versions.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** True when the runtime's ICU knows the IANA zone name. */
export function isKnownIanaZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `zone` at the instant `epochMs`. */
export function wallClockAt(epochMs: number, zone: string): WallClock {
  const parts = formatterFor(zone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number => {
    const part = parts.find((p) => p.type === type);
    return part ? Number(part.value) : 0;
  };
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
    millisecond: ((epochMs % 1000) + 1000) % 1000,
  };
}

function wallClockAsUtcMs(clock: WallClock): number {
  return Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
    clock.millisecond,
  );
}

/** Offset of `zone` from UTC at `epochMs`, in milliseconds (positive east of Greenwich). */
export function zoneOffsetMs(epochMs: number, zone: string): number {
  const clock = wallClockAt(epochMs, zone);
  return wallClockAsUtcMs(clock) - epochMs;
}

/**
 * The instant at which `zone`'s clocks show `clock`. Two passes settle the offset across a DST
 * change; a time skipped by spring-forward resolves to the later offset, as Outlook does.
 */
export function instantOfWallClock(clock: WallClock, zone: string): number {
  const naive = wallClockAsUtcMs(clock);
  const first = naive - zoneOffsetMs(naive, zone);
  const second = naive - zoneOffsetMs(first, zone);
  return second;
}

/** Adds whole days to a calendar date (no zone involved, so DST cannot shift it). */
export function addDays(
  date: { year: number; month: number; day: number },
  days: number,
): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Day of week of a calendar date, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: { year: number; month: number; day: number }): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD` for a calendar date. */
export function formatDate(date: { year: number; month: number; day: number }): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Graph's dateTimeTimeZone format: `2026-11-23T10:00:00.0000000` (seven fractional digits). */
export function formatGraphDateTime(clock: WallClock): string {
  return `${formatDate(clock)}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}.${pad(clock.millisecond, 3)}0000`;
}

/** Graph's UTC timestamp format for createdDateTime and friends: `2026-11-23T10:00:00.0000000Z`. */
export function formatUtcTimestamp(epochMs: number): string {
  return `${formatGraphDateTime(wallClockAt(epochMs, 'UTC'))}Z`;
}

/**
 * Parses ISO 8601 as Graph query strings carry it: a date, or a date and time with optional
 * fraction and optional offset. Returns the wall clock and the offset in minutes when one was given,
 * or null when the text is not a date Graph would accept.
 */
export function parseIsoDateTime(text: string): { clock: WallClock; offsetMinutes: number | null } | null {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      text.trim(),
    );
  if (!match) return null;
  const [, y, mo, d, h, mi, s, frac, offset] = match;
  const clock: WallClock = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h ?? 0),
    minute: Number(mi ?? 0),
    second: Number(s ?? 0),
    millisecond: frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0,
  };
  const roundTrip = new Date(wallClockAsUtcMs(clock));
  // Rejects 2026-02-30 and 25:00, which Date.UTC would silently roll over.
  if (
    clock.month < 1 ||
    clock.month > 12 ||
    clock.hour > 23 ||
    clock.minute > 59 ||
    clock.second > 59 ||
    roundTrip.getUTCDate() !== clock.day
  ) {
    return null;
  }
  let offsetMinutes: number | null = null;
  if (offset) {
    if (offset.toUpperCase() === 'Z') offsetMinutes = 0;
    else {
      const sign = offset.startsWith('-') ? -1 : 1;
      const digits = offset.slice(1).replace(':', '');
      offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
    }
  }
  return { clock, offsetMinutes };
}

/** Instant of an ISO string; without an offset the wall clock is read in `defaultZone`. */
export function instantOfIso(text: string, defaultZone: string): number | null {
  const parsed = parseIsoDateTime(text);
  if (!parsed) return null;
  if (parsed.offsetMinutes === null) return instantOfWallClock(parsed.clock, defaultZone);
  return wallClockAsUtcMs(parsed.clock) - parsed.offsetMinutes * 60_000;
}
