/**
 * @jest-environment jest-fixed-jsdom
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createSession } from '../../../src/app/shared/create-session';
import { STORE_CHOICE_SETTING } from '../../../src/app/shared/resolve-store';
import { createDemoSignIn } from '../../../src/auth/demo-sign-in';
import { StoreSwitch } from '../../../src/features/store-setup/store-switch';
import type { Host, HostSettings } from '../../../src/hosts/host';
import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';
import { teamSite } from '../../../src/sandbox/seed/team-site';
import type { SpecSite, SpecTeam, TenantSpec } from '../../../src/sandbox/tenant-spec';
import { FIXED_NOW, PEOPLE, testTenant } from '../sandbox/support';
import { host as browserHost, renderInSession } from './support';

const HOSTNAME = 'contoso.sharepoint.com';

/** A site with the whole team store in it (the seed's lists), at its own path. */
function storeSite(path: string, displayName: string): SpecSite {
  return { ...teamSite(FIXED_NOW, []), hostname: HOSTNAME, path, displayName };
}

const emptySite = (path: string, displayName: string): SpecSite => ({
  hostname: HOSTNAME,
  path,
  displayName,
  lists: [],
});

const team = (displayName: string, path: string, members: string[]): SpecTeam => ({
  displayName,
  site: { hostname: HOSTNAME, path },
  members,
});

/** Settings as a host keeps them, in memory, with what was saved. */
function memorySettings(initial: Record<string, unknown> = {}): HostSettings & {
  values: Record<string, unknown>;
} {
  const values = { ...initial };
  return {
    values,
    get: (name) => values[name],
    set(name, value) {
      values[name] = value;
      return Promise.resolve();
    },
  };
}

const open: TenantServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

async function start(spec: TenantSpec): Promise<TenantServer> {
  const tenant = await startTenantServer({ port: 0, dataDir: null, now: () => FIXED_NOW, tenant: spec });
  open.push(tenant);
  return tenant;
}

function sessionOn(
  tenant: TenantServer,
  settings: HostSettings | undefined,
  options: { kind?: Host['kind']; orgDefault?: string; restart?: () => void } = {},
) {
  const host: Host = { ...browserHost, kind: options.kind ?? 'browser' };
  if (settings !== undefined) host.settings = settings;
  return createSession(
    host,
    {
      graphBaseUrl: tenant.graphBaseUrl,
      storeSite: options.orgDefault,
      restart: options.restart ?? (() => undefined),
    },
    createDemoSignIn(tenant.url),
  );
}

const TWO_TEAMS: TenantSpec = {
  ...testTenant({
    sites: [storeSite('/sites/comms', 'Communications'), storeSite('/sites/brand', 'Brand studio')],
  }),
  teams: [
    team('Communications', '/sites/comms', [PEOPLE.ana, PEOPLE.ben]),
    team('Brand studio', '/sites/brand', [PEOPLE.ana]),
  ],
};

describe('finding the team store at run time', () => {
  it("uses the one team of the advisor's that holds the store, remembers it, and offers no switch", async () => {
    const tenant = await start({
      ...testTenant({
        sites: [storeSite('/sites/comms', 'Communications'), emptySite('/sites/social', 'Social club')],
      }),
      teams: [
        team('Social club', '/sites/social', [PEOPLE.ana]),
        team('Communications', '/sites/comms', [PEOPLE.ana]),
      ],
    });
    const settings = memorySettings();
    const session = await sessionOn(tenant, settings);
    expect(session.store?.displayName).toBe('Communications');
    expect(session.storeMissing).toEqual([]);
    expect(session.storeProblem).toBeUndefined();
    expect(settings.values[STORE_CHOICE_SETTING]).toEqual({
      userId: session.me.id,
      siteId: session.store?.id,
      teams: 1,
    });
    expect(session.storeSwitch?.offered).toBe(false);
  });

  it('offers a switch to an advisor in two comms teams, and the choice holds for the next start', async () => {
    const tenant = await start(TWO_TEAMS);
    const settings = memorySettings();
    const restart = jest.fn();
    const first = await sessionOn(tenant, settings, { restart });
    expect(first.store?.displayName).toBe('Communications');
    expect(first.storeSwitch?.offered).toBe(true);

    const choices = (await first.storeSwitch?.choices()) ?? [];
    expect(choices.map((choice) => choice.teamName)).toEqual(['Communications', 'Brand studio']);
    const brand = choices.find((choice) => choice.teamName === 'Brand studio');
    if (brand === undefined) throw new Error('Brand studio is not offered');
    await first.storeSwitch?.choose(brand);
    expect(restart).toHaveBeenCalledTimes(1);

    const next = await sessionOn(tenant, settings);
    expect(next.store?.id).toBe(brand.site.id);
    expect(next.store?.displayName).toBe('Brand studio');
    expect(next.storeSwitch?.offered).toBe(true);
    expect(next.storeSwitch?.currentSiteId).toBe(brand.site.id);
  });

  it("prefers the organisation's default among the advisor's teams", async () => {
    const tenant = await start(TWO_TEAMS);
    const session = await sessionOn(tenant, memorySettings(), { orgDefault: `${HOSTNAME}:/sites/brand` });
    expect(session.store?.displayName).toBe('Brand studio');
  });

  it("ignores another user's choice on a shared computer, and a remembered site that is gone", async () => {
    const tenant = await start(TWO_TEAMS);
    const someoneElse = memorySettings({
      [STORE_CHOICE_SETTING]: { userId: 'not-ana', siteId: `${HOSTNAME},x,y`, teams: 2 },
    });
    expect((await sessionOn(tenant, someoneElse)).store?.displayName).toBe('Communications');

    const me = (await sessionOn(tenant, memorySettings())).me;
    const gone = memorySettings({
      [STORE_CHOICE_SETTING]: {
        userId: me.id,
        siteId: `${HOSTNAME},00000000-0000-0000-0000-000000000001,00000000-0000-0000-0000-000000000002`,
        teams: 2,
      },
    });
    const session = await sessionOn(tenant, gone);
    expect(session.store?.displayName).toBe('Communications');
    expect(gone.values[STORE_CHOICE_SETTING]).toMatchObject({ siteId: session.store?.id });
  });

  it('says in Outlook words when none of the teams has the store, and names them', async () => {
    const tenant = await start({
      ...testTenant({ sites: [emptySite('/sites/social', 'Social club')] }),
      teams: [team('Social club', '/sites/social', [PEOPLE.ana])],
    });
    const session = await sessionOn(tenant, memorySettings(), { kind: 'outlook' });
    expect(session.store).toBeNull();
    expect(session.storeProblem).toMatch(/not set up in your team yet \(Social club\)/);
    expect(session.storeProblem).toMatch(/add Home Turf as a tab in a channel of your comms team/);
    expect(session.storeProblem).toMatch(/open this pane again/);
  });

  it('says so when the advisor is in no team, and falls back to the organisation default when there is one', async () => {
    const tenant = await start({ ...testTenant({ sites: [emptySite('/sites/comms', 'Comms')] }), teams: [] });
    const none = await sessionOn(tenant, memorySettings());
    expect(none.store).toBeNull();
    expect(none.storeProblem).toMatch(/you are not in a team in Microsoft Teams that has one/);

    const withDefault = await sessionOn(tenant, memorySettings(), { orgDefault: `${HOSTNAME}:/sites/comms` });
    expect(withDefault.store?.displayName).toBe('Comms');
    // The default site has none of the lists yet: the pane offers to set them up there.
    expect(withDefault.storeMissing).toHaveLength(5);
  });

  it('keeps a channel tab on its own team whatever was chosen elsewhere', async () => {
    const tenant = await start(TWO_TEAMS);
    const settings = memorySettings();
    const host: Host = { ...browserHost, kind: 'teams', storeSite: `${HOSTNAME}:/sites/brand`, settings };
    const session = await createSession(
      host,
      { graphBaseUrl: tenant.graphBaseUrl, storeSite: undefined },
      createDemoSignIn(tenant.url),
    );
    expect(session.store?.displayName).toBe('Brand studio');
    expect(session.storeSwitch).toBeUndefined();
    expect(settings.values).toEqual({});
  });
});

describe('the team switch', () => {
  it('lists the teams when opened and switches to the one picked', async () => {
    const tenant = await start(TWO_TEAMS);
    const restart = jest.fn();
    const settings = memorySettings();
    const session = await sessionOn(tenant, settings, { restart });
    renderInSession(<StoreSwitch />, session);
    expect(screen.getByText('Communications')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Switch team' }));
    const brand = await screen.findByRole('menuitemradio', { name: 'Brand studio' });
    expect(screen.getByRole('menuitemradio', { name: 'Communications' })).toBeChecked();
    await user.click(brand);
    expect(await screen.findByText('Switching to Brand studio…')).toBeInTheDocument();
    await waitFor(() => {
      expect(restart).toHaveBeenCalledTimes(1);
    });
    expect(settings.values[STORE_CHOICE_SETTING]).toMatchObject({ teams: 2 });
  });

  it('is not shown to an advisor with one team', async () => {
    const tenant = await start({
      ...testTenant({ sites: [storeSite('/sites/comms', 'Communications')] }),
      teams: [team('Communications', '/sites/comms', [PEOPLE.ana])],
    });
    const session = await sessionOn(tenant, memorySettings());
    renderInSession(<StoreSwitch />, session);
    expect(screen.queryByRole('button', { name: 'Switch team' })).not.toBeInTheDocument();
    expect(screen.queryByText('Team:')).not.toBeInTheDocument();
  });
});
