import { wallClockToInstant, zoneOffsetMinutes } from '../../../src/domain/time';

describe('wallClockToInstant', () => {
  it.each([
    ['2026-11-24T10:00:00.0000000', 'UTC', '2026-11-24T10:00:00.000Z'],
    ['2026-11-24T10:00:00.0000000', 'Europe/London', '2026-11-24T10:00:00.000Z'],
    ['2026-07-01T10:00:00', 'Europe/London', '2026-07-01T09:00:00.000Z'],
    ['2026-11-24T10:00:00', 'America/New_York', '2026-11-24T15:00:00.000Z'],
    ['2026-11-24T10:00:00', 'Pacific/Auckland', '2026-11-23T21:00:00.000Z'],
    ['2026-11-24T10:30', 'Asia/Kolkata', '2026-11-24T05:00:00.000Z'],
    // The hour after the spring-forward gap and the first of the repeated autumn hours.
    ['2026-03-29T03:00:00', 'Europe/London', '2026-03-29T02:00:00.000Z'],
    ['2026-10-25T00:30:00', 'Europe/London', '2026-10-24T23:30:00.000Z'],
    ['2026-11-24T10:00:00.1234567', 'UTC', '2026-11-24T10:00:00.123Z'],
  ])('%s in %s is %s', (wall, zone, iso) => {
    expect(wallClockToInstant(wall, zone).toISOString()).toBe(iso);
  });

  it.each(['tomorrow', '2026-11-24', '24/11/2026 10:00'])('refuses %s', (value) => {
    expect(() => wallClockToInstant(value, 'UTC')).toThrow(RangeError);
  });

  it('refuses an unknown zone', () => {
    expect(() => wallClockToInstant('2026-11-24T10:00:00', 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('zoneOffsetMinutes', () => {
  it.each([
    ['2026-01-15T12:00:00Z', 'Europe/London', 0],
    ['2026-07-15T12:00:00Z', 'Europe/London', 60],
    ['2026-07-15T12:00:00Z', 'America/Los_Angeles', -420],
    ['2026-11-24T12:00:00Z', 'Asia/Kathmandu', 345],
  ])('%s in %s is %i minutes', (iso, zone, minutes) => {
    expect(zoneOffsetMinutes(new Date(iso), zone)).toBe(minutes);
  });
});
