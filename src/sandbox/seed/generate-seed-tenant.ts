import type { TenantSpec } from '../tenant-spec';
import { formatDate, wallClockAt } from '../zoned-time';
import { DEMO_ADMIN_CONSENT, DEMO_CLIENT_ID, DEMO_DOMAIN, DEMO_TENANT_ID, DEMO_USER_UPN } from './constants';
import { seedUsers } from './directory';
import { seedMail } from './mail';
import { seedEvents, seedWindow } from './meetings';
import { createRandom } from './prng';
import { teamCalendarEvents } from './team-calendars';
import { emptyTeamSite, seedTeams, teamSite } from './team-site';

/** The seeded tenant's zone: event times are wall-clock London time. */
export const SEED_TIME_ZONE = 'Europe/London';

/**
 * The default demo tenant, Northwind Traders, generated relative to `now` and deterministic for the
 * same date (and time of day, which places the "coming up" meetings). It is an ordinary TenantSpec,
 * so `--export-seed` can write it out and `--tenant` can load an edited copy through the same path.
 * Besides the directory and Maya's calendar it holds her four teammates' calendars (`calendarOf`),
 * the comms team's site (the team store), a second team's site with no lists yet, the two teams
 * in Microsoft Teams those sites belong to, and Maya's mail.
 */
export function generateSeedTenant(now: Date): TenantSpec {
  const random = createRandom(`northwind:${formatDate(wallClockAt(now.getTime(), SEED_TIME_ZONE))}`);
  const events = seedEvents(now, random);
  // The rest of the comms team's calendars, shared with Maya; the store's notes follow hers only.
  const teamEvents = teamCalendarEvents(events, seedWindow(now).firstDay + 7);
  return {
    organisation: { displayName: 'Northwind Traders', domains: [DEMO_DOMAIN], tenantId: DEMO_TENANT_ID },
    applications: [
      {
        displayName: 'Home Turf',
        clientId: DEMO_CLIENT_ID,
        // MSAL's redirect bridge, and the Office dialog's own page.
        spaRedirectUris: ['{origin}/auth-redirect.html', '{origin}/auth-dialog.html'],
        adminConsent: [...DEMO_ADMIN_CONSENT],
      },
    ],
    timeZone: SEED_TIME_ZONE,
    signedInUser: DEMO_USER_UPN,
    users: seedUsers(),
    events: [...events, ...teamEvents],
    sites: [teamSite(now, events), emptyTeamSite()],
    teams: seedTeams(),
    messages: seedMail(),
  };
}
