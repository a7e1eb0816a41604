import type { TenantSpec } from '../tenant-spec';
import { formatDate, wallClockAt } from '../zoned-time';
import { DEMO_DOMAIN, DEMO_USER_UPN } from './constants';
import { seedUsers } from './directory';
import { seedEvents } from './meetings';
import { createRandom } from './prng';

/** The seeded tenant's zone: event times are wall-clock London time. */
export const SEED_TIME_ZONE = 'Europe/London';

/**
 * The default demo tenant, Northwind Traders, generated relative to `now` and deterministic for the
 * same date (and time of day, which places the "coming up" meetings). It is an ordinary TenantSpec,
 * so `--export-seed` can write it out and `--tenant` can load an edited copy through the same path.
 */
export function generateSeedTenant(now: Date): TenantSpec {
  const random = createRandom(`northwind:${formatDate(wallClockAt(now.getTime(), SEED_TIME_ZONE))}`);
  return {
    organisation: { displayName: 'Northwind Traders', domains: [DEMO_DOMAIN] },
    timeZone: SEED_TIME_ZONE,
    signedInUser: DEMO_USER_UPN,
    users: seedUsers(),
    events: seedEvents(now, random),
  };
}
