import type { SpecEvent } from '../tenant-spec';
import { upnOf } from './directory';

/** Small shared pieces of the seed's calendar layout. */

/** A start as a day offset from today and a London wall-clock time. */
export type Slot = { day: number; time: string };
/** A busy stretch of a day, in minutes after midnight. */
export type Busy = { day: number; from: number; to: number };

/** Minutes after midnight of "HH:MM". */
export function minutesOf(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

/** Spec attendees for seeded people, by display name. */
export function attendeesOf(names: ReadonlyArray<string>): NonNullable<SpecEvent['attendees']> {
  return names.map((name) => ({ email: upnOf(name) }));
}
