/**
 * Time-zone arithmetic on top of `Intl`, no date library. Graph writes times as a wall clock plus a
 * zone name (`{ dateTime: '2026-11-24T10:00:00.0000000', timeZone: 'UTC' }`).
 */

/** The offset of a zone from UTC at an instant, in minutes (London in summer: 60). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/**
 * The instant a wall-clock time in a zone stands for. `dateTime` has no offset (Graph's form, up to
 * seven fractional digits). Unknown zones throw a RangeError from Intl.
 */
export function wallClockToInstant(dateTime: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/.exec(dateTime);
  if (match === null) throw new RangeError(`Not a date and time: ${dateTime}`);
  const [, y, mo, d, h, mi, s, frac] = match;
  const asUtc = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s ?? 0),
    Number((frac ?? '0').padEnd(3, '0').slice(0, 3)),
  );
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return new Date(asUtc);
  // Two passes settle the offset on both sides of a daylight-saving change.
  let guess = asUtc - zoneOffsetMinutes(new Date(asUtc), timeZone) * 60000;
  guess = asUtc - zoneOffsetMinutes(new Date(guess), timeZone) * 60000;
  return new Date(guess);
}
