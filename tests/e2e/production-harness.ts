import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parseTenantSpec } from '../../src/sandbox/tenant-spec';
import { generateSeedTenant, TEAM_SITE_HOSTNAME, TEAM_SITE_PATH } from '../../src/sandbox/seed';
import { resolveTenant } from '../../src/sandbox/resolve-tenant';
import type { EventRecord } from '../../src/sandbox/tenant-model';
import type { TenantServer } from '../../src/sandbox/server';
import { startHttpsTenant } from '../integration/authority/authority-support';
import { realErrors, watchForErrors } from './chromium';
import type { FakeAppointment } from './fake-office';
import type { LegacyTeamsContext } from './fake-teams';

/**
 * The production pages of a build made for the demo tenant, served over https by the demo tenant
 * with its OpenID Connect authority on the same origin (MSAL refuses an authority that is not
 * https), in a browser context that trusts the development certificate and records every request
 * its pages and windows make.
 */
export type ProductionRun = {
  server: TenantServer;
  context: BrowserContext;
  /** Every URL requested so far, by every page, frame and window of the context. */
  requests: string[];
  /** Page errors and console errors of every page and window of the context so far. */
  errors(): string[];
};

/**
 * The demo tenant serving the tenant build in `dist` (seeded for `now`, memory only): a tenant of
 * its own per test, so no consent or session carries over from one test to the next.
 */
export async function startProductionTenant(dist: string, now: Date): Promise<TenantServer> {
  return startHttpsTenant({ staticDir: dist, now: () => now });
}

export async function openProductionContext(browser: Browser, server: TenantServer): Promise<ProductionRun> {
  // The development certificate is not in Chromium's store: trusted for this context only.
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1200, height: 900 },
  });
  const requests: string[] = [];
  const perPage: string[][] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('page', (page) => perPage.push(watchForErrors(page)));
  // teams-js asks Microsoft's CDN for Teams' origins; there is no internet here, and its own list is used.
  await context.route('https://res.cdn.office.net/**', (route) => route.abort('namenotresolved'));
  return { server, context, requests, errors: () => realErrors(perPage.flat()) };
}

/** Requests any page made to the demo tenant's own routes, which a production page must never touch. */
export function demoRequests(run: ProductionRun): string[] {
  return run.requests.filter((url) => {
    const parsed = new URL(url);
    return parsed.origin === run.server.url && parsed.pathname.startsWith('/demo/');
  });
}

/**
 * Signs in on the demo authority's pages as a person does: picks `account` on "Pick an account",
 * accepts "Permissions requested" when it shows, and returns once the window has left the
 * authority (back to the app) or closed. The first page must be one of the authority's.
 */
export async function signInOnAuthority(window: Page, server: TenantServer, account: string): Promise<void> {
  const asks = (url: URL) => url.href.startsWith(`${server.authority}/oauth2/v2.0/interaction/`);
  const left = (url: URL) => !url.href.startsWith(`${server.authority}/`);
  /** Waits for the window to reach a URL `until` accepts; false when it closed instead. */
  const reach = (until: (url: URL) => boolean) =>
    window.waitForURL(until, { timeout: 20_000, waitUntil: 'domcontentloaded' }).then(
      () => true,
      (error: unknown) => {
        if (window.isClosed()) return false;
        throw error;
      },
    );
  if (!(await reach(asks))) throw new Error('The sign-in window closed before the authority asked anything.');
  for (let step = 0; step < 4; step += 1) {
    const here = window.url();
    const heading = await window.getByRole('heading', { level: 1 }).innerText();
    if (heading === 'Pick an account')
      await window.getByRole('button', { name: new RegExp(`^${account}`) }).click();
    else if (heading === 'Permissions requested')
      await window.getByRole('button', { name: 'Accept' }).click();
    else throw new Error(`The authority showed "${heading}".`);
    // On to the next question, back to the app, or closed by it.
    if (!(await reach((url) => url.href !== here && (asks(url) || left(url))))) return;
    if (left(new URL(window.url()))) return;
  }
  throw new Error('The authority kept asking.');
}

/** The seeded meeting with `subject`, as Outlook shows it to `upn` in attendee mode. */
export function seededAppointment(now: Date, subject: string, upn: string): FakeAppointment {
  const state = resolveTenant(parseTenantSpec(generateSeedTenant(now)), now);
  const event: EventRecord | undefined = state.events.find((e) => e.subject === subject);
  if (event === undefined) throw new Error(`The seed has no meeting "${subject}".`);
  const me = state.users.find((u) => u.userPrincipalName === upn);
  if (me === undefined) throw new Error(`The seed has no user ${upn}.`);
  return {
    itemId: event.id,
    subject: event.subject,
    start: new Date(event.startMs).toISOString(),
    end: new Date(event.endMs).toISOString(),
    organizer: { displayName: event.organizer.name, emailAddress: event.organizer.address ?? '' },
    requiredAttendees: event.attendees.map((a) => ({
      displayName: a.name,
      emailAddress: a.address ?? '',
      appointmentResponse: a.response === 'accepted' ? 'accepted' : 'none',
    })),
    userProfile: { displayName: me.displayName, emailAddress: me.mail },
  };
}

/**
 * The Teams context of `upn`'s tab: in the channel of the comms team whose site holds the team
 * store, or (`channel: false`) their personal tab.
 */
export function seededTeamsContext(now: Date, upn: string, where: { channel: boolean }): LegacyTeamsContext {
  const state = resolveTenant(parseTenantSpec(generateSeedTenant(now)), now);
  const me = state.users.find((u) => u.userPrincipalName === upn);
  if (me === undefined) throw new Error(`The seed has no user ${upn}.`);
  const personal: LegacyTeamsContext = {
    locale: 'en-gb',
    theme: 'default',
    loginHint: upn,
    userPrincipalName: upn,
    userObjectId: me.id,
    tid: state.tenantId,
    entityId: where.channel ? 'hometurf-channel' : 'hometurf-personal',
  };
  if (!where.channel) return personal;
  const site = state.sites.find((s) => s.hostname === TEAM_SITE_HOSTNAME && s.path === TEAM_SITE_PATH);
  const team = state.teams.find((t) => t.siteId === site?.id);
  if (site === undefined || team === undefined) throw new Error('The seed has no comms team with its site.');
  return {
    ...personal,
    teamId: `19:${team.id}@thread.tacv2`,
    teamName: team.displayName,
    channelId: '19:general@thread.tacv2',
    channelName: 'General',
    teamSiteUrl: `https://${site.hostname}${site.path}`,
    teamSiteDomain: site.hostname,
    teamSitePath: site.path,
  };
}
