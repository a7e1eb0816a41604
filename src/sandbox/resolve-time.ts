import type { DirectoryUser, EventPerson } from './tenant-model';
import { TenantSpecError, type SpecTime } from './tenant-spec';
import { addDays, instantOfIso, instantOfWallClock, wallClockAt } from './zoned-time';

/**
 * What every part of a tenant spec resolves against: the clock at start, the tenant's zone, and the
 * directory that fills in people's names. Events, messages and list items all share it.
 */

const MINUTE = 60_000;

/** The resolution context of one tenant spec. */
export type ResolveContext = { now: number; tenantZone: string; directory: Map<string, DirectoryUser> };

/** Instant of a spec time. `zone` reads wall clocks; day offsets count in the tenant zone. */
export function resolveTime(time: SpecTime, zone: string, ctx: ResolveContext, path: string): number {
  if (typeof time === 'string') {
    const instant = instantOfIso(time, zone);
    if (instant === null) throw new TenantSpecError([`${path}: not a valid date-time: ${time}`]);
    return instant;
  }
  if ('inMinutes' in time) return ctx.now + time.inMinutes * MINUTE;
  const today = wallClockAt(ctx.now, ctx.tenantZone);
  const date = addDays(today, time.day);
  const [hour, minute] = (time.time ?? '00:00').split(':').map(Number);
  return instantOfWallClock(
    { ...date, hour: hour ?? 0, minute: minute ?? 0, second: 0, millisecond: 0 },
    zone,
  );
}

/** A person named by address or `{ name, email? }`, with the directory's name and address spelling. */
export function resolvePerson(
  value: string | { name: string; email?: string | undefined },
  ctx: ResolveContext,
): EventPerson {
  const address = typeof value === 'string' ? value : (value.email ?? null);
  const known = address ? ctx.directory.get(address.toLowerCase()) : undefined;
  const name = typeof value === 'string' ? (known?.displayName ?? value.split('@')[0] ?? value) : value.name;
  return { name, address: known?.mail ?? address };
}
