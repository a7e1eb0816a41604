import { addDays, formatDate, instantOfWallClock, wallClockAt } from '../zoned-time';

/**
 * Dates of the team store relative to the seed's today (Europe/London), in the formats the store
 * contract uses: `YYYY-MM-DD` inside JSON, midnight UTC for date-only columns, and UTC instants.
 */

const ZONE = 'Europe/London';

/** Converts day offsets from today into the store's date formats. */
export type StoreClock = {
  /** Today in London as `YYYY-MM-DD`: the seed's date. */
  readonly today: string;
  /** The epoch milliseconds of now. */
  readonly nowMs: number;
  /** The calendar date of today plus `days`. */
  calendarDate(days: number): { year: number; month: number; day: number };
  /** `YYYY-MM-DD` of today plus `days`. */
  date(days: number): string;
  /** A date-only column value: `YYYY-MM-DDT00:00:00Z` of today plus `days`. */
  midnight(days: number): string;
  /** Epoch milliseconds of a London wall-clock time `days` from today. */
  instantMs(days: number, time: string): number;
  /** A dateTime column value (UTC, no fraction) of a London wall-clock time `days` from today. */
  at(days: number, time: string): string;
};

/** An instant as a dateTime column holds it: `2026-11-25T10:20:00Z`. */
export function isoInstant(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The store clock for `now`. */
export function createStoreClock(now: Date): StoreClock {
  const todayClock = wallClockAt(now.getTime(), ZONE);
  const date = (days: number): string => formatDate(addDays(todayClock, days));
  const instantMs = (days: number, time: string): number => {
    const [hour = 0, minute = 0] = time.split(':').map(Number);
    return instantOfWallClock(
      { ...addDays(todayClock, days), hour, minute, second: 0, millisecond: 0 },
      ZONE,
    );
  };
  return {
    today: date(0),
    nowMs: now.getTime(),
    calendarDate: (days) => addDays(todayClock, days),
    date,
    midnight: (days) => `${date(days)}T00:00:00Z`,
    instantMs,
    at: (days, time) => isoInstant(instantMs(days, time)),
  };
}
