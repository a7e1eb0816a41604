/**
 * @jest-environment jest-fixed-jsdom
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEMO_STORE_SITE } from '../../../src/app/shared/config';
import { HealthCheck } from '../../../src/features/health-check/health-check';
import { runHealthCheck, type HealthRow } from '../../../src/features/health-check/run-health-check';
import type { Session, SignInPath } from '../../../src/features/session';
import { getMe } from '../../../src/graph/get-me';
import type { Scope } from '../../../src/graph/scopes';
import { getStoreSite } from '../../../src/graph/store/get-store-site';
import { generateSeedTenant } from '../../../src/sandbox/seed/generate-seed-tenant';
import { DEMO_USER_UPN, EMPTY_TEAM_SITE_PATH, TEAM_SITE_HOSTNAME } from '../../../src/sandbox/seed/constants';
import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';
import type { SpecList, TenantSpec } from '../../../src/sandbox/tenant-spec';
import { graphWith, README_SCOPES, tokenWith, without } from './scoped-graph';
import { host, NOW, renderInSession } from './support';

/**
 * The tenant health check against the demo tenant, healthy and deliberately misconfigured: each
 * row passes, warns or fails, and a failure says what to do.
 */

const open: TenantServer[] = [];
afterAll(() => Promise.all(open.map((server) => server.close())));

/** The seeded tenant, changed by `change`. */
async function tenantWith(change: (spec: TenantSpec) => TenantSpec = (spec) => spec): Promise<TenantServer> {
  const server = await startTenantServer({
    port: 0,
    dataDir: null,
    now: () => NOW,
    tenant: change(generateSeedTenant(NOW)),
  });
  open.push(server);
  return server;
}

let seeded: TenantServer;
beforeAll(async () => {
  seeded = await tenantWith();
});

type CheckOptions = { scopes?: readonly string[]; path?: SignInPath };

/** The health check of a session signed in with `scopes` (the README's by default), store found. */
async function check(server: TenantServer, options: CheckOptions = {}): Promise<HealthRow[]> {
  const scopes = options.scopes ?? README_SCOPES;
  return runHealthCheck({
    graph: graphWith(server, scopes),
    signIn: { path: options.path ?? 'nested', getToken: () => tokenWith(server, scopes) },
    store: await getStoreSite(graphWith(server, README_SCOPES), DEMO_STORE_SITE),
    now: NOW,
  });
}

function rowOf(rows: readonly HealthRow[], id: HealthRow['id']): HealthRow {
  const found = rows.find((r) => r.id === id);
  if (found === undefined)
    throw new Error(`The health check has no row ${id}: ${rows.map((r) => r.id).join(', ')}`);
  return found;
}

/** Each row as "id: status", for whole-check comparisons that read as a list. */
const statuses = (rows: readonly HealthRow[]) => rows.map((r) => `${r.id}: ${r.status}`);

const ALL_ROWS = [
  'account',
  'permissions',
  'directory',
  'calendars',
  'mail',
  'todo',
  'store-site',
  'list:clients',
  'list:fileItems',
  'list:notes',
  'list:articles',
  'list:campaigns',
  'sign-in',
];

const passing = (ids: readonly string[] = ALL_ROWS) => ids.map((id) => `${id}: pass`);

/** Everything a row says, for looking for a name in it. */
const wordsOf = (r: HealthRow) => [r.summary, ...r.todo].join(' ');

describe('the health check of a healthy tenant', () => {
  it('passes every row, with who is signed in, in which tenant', async () => {
    const rows = await check(seeded);
    expect(statuses(rows)).toEqual(passing());
    expect(rowOf(rows, 'account').summary).toBe(`Maya Chen (${DEMO_USER_UPN}).`);
    expect(rowOf(rows, 'store-site').details).toContain(
      'Your teams in Microsoft Teams: Communications (this store)',
    );
    expect(rowOf(rows, 'account').details).toContain(`Tenant (directory) id: ${seeded.tenantId}`);
    expect(rowOf(rows, 'permissions').details).toContain(
      'Tasks.ReadWrite: granted (add tasks to Microsoft To Do)',
    );
    expect(rowOf(rows, 'calendars').details).toContain('Aisha Karimi: every detail');
    expect(rowOf(rows, 'list:clients').details).toContain(
      'ClientEmail — a single line of text, indexed, unique values: as required',
    );
    for (const r of rows) expect(r.todo).toEqual([]);
  });
});

/** The row that uses each permission, besides the permissions row; absent for the write ones. */
const USED_BY: Partial<Record<Scope, HealthRow['id']>> = {
  'User.Read': 'account',
  'User.Read.All': 'directory',
  'Calendars.Read.Shared': 'calendars',
  'Mail.Read': 'mail',
  'Sites.Read.All': 'store-site',
  'Tasks.ReadWrite': 'todo',
};

describe('a sign-in without one of the README permissions', () => {
  it.each(README_SCOPES)('without %s, the check names it and says an admin must grant it', async (scope) => {
    const rows = await check(seeded, { scopes: without(scope) });
    const permissions = rowOf(rows, 'permissions');
    expect(permissions.status).not.toBe('pass');
    expect(permissions.summary).toContain(scope);
    expect(permissions.todo.join(' ')).toContain(`the ${scope} permission`);
    expect(permissions.todo.join(' ')).toContain('An admin must consent');
    const usedBy = USED_BY[scope];
    if (usedBy !== undefined) {
      const used = rowOf(rows, usedBy);
      expect(used.status).toBe('fail');
      expect(wordsOf(used)).toContain(`the ${scope} permission`);
    }
  });

  it('fails on a missing read permission and warns on a missing write permission', async () => {
    expect(rowOf(await check(seeded, { scopes: without('Mail.Read') }), 'permissions').status).toBe('fail');
    expect(rowOf(await check(seeded, { scopes: without('Sites.Manage.All') }), 'permissions').status).toBe(
      'warning',
    );
  });

  it('with User.ReadBasic.All instead of User.Read.All, says the directory reads only names and addresses', async () => {
    const scopes = [...without('User.Read.All'), 'User.ReadBasic.All'];
    const directory = rowOf(await check(seeded, { scopes }), 'directory');
    expect(directory.status).toBe('fail');
    expect(directory.summary).toContain('only User.ReadBasic.All');
    expect(directory.summary).toContain('departments and job titles come back empty');
    expect(directory.todo.join(' ')).toContain('the User.Read.All permission');
  });

  it('with Mail.ReadBasic instead of Mail.Read, says it cannot search mail', async () => {
    const scopes = [...without('Mail.Read'), 'Mail.ReadBasic'];
    const mail = rowOf(await check(seeded, { scopes }), 'mail');
    expect(mail.status).toBe('fail');
    expect(mail.summary).toContain('Mail.ReadBasic, which reads mail but cannot search it');
    expect(mail.todo.join(' ')).toContain('the Mail.Read permission');
  });
});

/** The seeded store list `name`, changed by `change` (or left out when it returns null). */
function changeList(spec: TenantSpec, name: string, change: (list: SpecList) => SpecList | null): TenantSpec {
  return {
    ...spec,
    sites: (spec.sites ?? []).map((site) => ({
      ...site,
      lists: site.lists.flatMap((list) => {
        if (list.name !== name) return [list];
        const changed = change(list);
        return changed === null ? [] : [changed];
      }),
    })),
  };
}

/** The seeded comms team's calendars, shared with each other at `level` (`teammates` overrides). */
function commsSharing(
  spec: TenantSpec,
  level: 'freeBusy' | 'limited' | 'read',
  teammates: Record<string, 'freeBusy' | 'limited' | 'read'> = {},
): TenantSpec {
  const comms = spec.users.filter((u) => u.department === 'Communications');
  return {
    ...spec,
    users: spec.users.map((u) =>
      u.department !== 'Communications'
        ? u
        : {
            ...u,
            calendarSharing: {
              organisation: 'freeBusy',
              people: Object.fromEntries(
                comms
                  .filter((other) => other.mail !== u.mail)
                  .map((other) => [other.userPrincipalName ?? other.mail, teammates[u.displayName] ?? level]),
              ),
            },
          },
    ),
  };
}

describe('the health check of a misconfigured tenant', () => {
  it('warns about a column without its index, and says how to index it in SharePoint', async () => {
    const server = await tenantWith((spec) =>
      changeList(spec, 'HomeTurfClients', (list) => ({
        ...list,
        columns: list.columns.map((c) => (c.name === 'Department' ? { ...c, indexed: false } : c)),
      })),
    );
    const rows = await check(server);
    expect(statuses(rows)).toEqual(
      ALL_ROWS.map((id) => `${id}: ${id === 'list:clients' ? 'warning' : 'pass'}`),
    );
    const clients = rowOf(rows, 'list:clients');
    expect(clients.details).toContain('Department — a single line of text, indexed: not indexed');
    expect(clients.todo).toEqual([
      "HomeTurfClients: the column Department is not indexed, so Home Turf's queries on it fail once the list holds more than 5,000 items. " +
        'In SharePoint, open the list HomeTurfClients → Settings → List settings → Indexed columns → Create a new index → Department.',
    ]);
  });

  it.each([
    {
      when: 'every teammate shares only free/busy times',
      sharing: (spec: TenantSpec) => commsSharing(spec, 'freeBusy'),
      status: 'fail',
      summary: 'No teammate shares the details of their meetings with you.',
      levels: ['free/busy only', 'free/busy only', 'free/busy only', 'free/busy only'],
      todo: /^Aisha Karimi, Daniel Okafor, Liam O'Brien, Sofia Rossi share less than every detail\./,
    },
    {
      when: 'some teammates share every detail and others less',
      sharing: (spec: TenantSpec) =>
        commsSharing(spec, 'read', { 'Daniel Okafor': 'freeBusy', 'Sofia Rossi': 'limited' }),
      status: 'warning',
      summary: '2 of 4 teammates share every detail with you.',
      levels: ['every detail', 'free/busy only', 'every detail', 'titles and locations only'],
      todo: /^Daniel Okafor, Sofia Rossi share less than every detail\./,
    },
  ] as const)('says so when $when, naming them and how to share more', async (c) => {
    const rows = await check(await tenantWith(c.sharing));
    const calendars = rowOf(rows, 'calendars');
    expect(calendars.status).toBe(c.status);
    expect(calendars.summary).toBe(c.summary);
    const teammates = ['Aisha Karimi', 'Daniel Okafor', "Liam O'Brien", 'Sofia Rossi'];
    expect(calendars.details).toEqual(teammates.map((name, i) => `${name}: ${c.levels[i] ?? ''}`));
    expect(calendars.todo[0]).toMatch(c.todo);
    expect(calendars.todo[0]).toContain('Can view all details');
    expect(statuses(rows.filter((r) => r.id !== 'calendars'))).toEqual(
      passing(ALL_ROWS.filter((id) => id !== 'calendars')),
    );
  });

  it('finds a list a team member renamed: lists are found by their internal name and used by id', async () => {
    const server = await tenantWith();
    const site = await getStoreSite(graphWith(server, README_SCOPES), DEMO_STORE_SITE);
    const renamed = await fetch(
      `${server.url}/demo/sites/${encodeURIComponent(site.id)}/lists/${site.lists.notes ?? ''}`,
      {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ displayName: 'Meeting notes' }),
      },
    );
    expect(renamed.status).toBe(200);
    const rows = await check(server);
    expect(statuses(rows)).toEqual(passing());
    expect(rowOf(rows, 'list:notes').details[0]).toBe(
      'Shown in SharePoint as “Meeting notes”; Home Turf finds it by its internal name, HomeTurfNotes, so a new title does no harm.',
    );
  });

  it('fails a missing list and says how to create it', async () => {
    const rows = await check(await tenantWith((spec) => changeList(spec, 'HomeTurfCampaigns', () => null)));
    expect(statuses(rows)).toEqual(
      ALL_ROWS.map((id) => `${id}: ${id === 'list:campaigns' ? 'fail' : 'pass'}`),
    );
    const campaigns = rowOf(rows, 'list:campaigns');
    expect(campaigns.summary).toBe('HomeTurfCampaigns is missing from the team site.');
    expect(campaigns.todo.join(' ')).toContain('“Set up Home Turf for this team”');
  });

  it("warns when the store is in the site of a team the user is not in (an organisation's default)", async () => {
    const rows = await runHealthCheck({
      graph: graphWith(seeded, README_SCOPES),
      signIn: { path: 'nested', getToken: () => tokenWith(seeded, README_SCOPES) },
      store: await getStoreSite(
        graphWith(seeded, README_SCOPES),
        `${TEAM_SITE_HOSTNAME}:${EMPTY_TEAM_SITE_PATH}`,
      ),
      now: NOW,
    });
    const site = rowOf(rows, 'store-site');
    expect(site.status).toBe('warning');
    expect(site.summary).toBe(
      'The team store is in Marketing Communications, the site of a team you are not in.',
    );
    expect(site.todo.join(' ')).toContain('ask to be added to its team in Microsoft Teams');
  });

  it('fails the store row with why no store was found', async () => {
    const scopes = README_SCOPES;
    const problem = 'Home Turf is not set up in your team yet (Communications).';
    const rows = await runHealthCheck({
      graph: graphWith(seeded, scopes),
      signIn: { path: 'nested', getToken: () => tokenWith(seeded, scopes) },
      store: null,
      storeProblem: problem,
      now: NOW,
    });
    expect(rows.filter((r) => r.id.startsWith('list:'))).toEqual([]);
    expect(rowOf(rows, 'store-site')).toMatchObject({ status: 'fail', summary: problem, todo: [problem] });
  });

  it.each([
    ['nested', 'pass', 'Nested app authentication', ''],
    ['teams-window', 'warning', 'Teams’ sign-in window', 'auth-redirect.html'],
    ['office-dialog', 'warning', 'an Office dialog signs you in', 'Update Outlook'],
    ['browser', 'pass', 'Microsoft sign-in in the browser', ''],
    ['demo', 'pass', 'The demo tenant’s own sign-in', ''],
  ] as const)('says which sign-in the host chose: %s → %s', async (path, status, summary, todo) => {
    const signIn = rowOf(await check(seeded, { path }), 'sign-in');
    expect(signIn.status).toBe(status);
    expect(signIn.summary).toContain(summary);
    if (todo === '') expect(signIn.todo).toEqual([]);
    else expect(signIn.todo.join(' ')).toContain(todo);
  });
});

/** A tab's session on `server`, signed in with `scopes`. */
async function tabSession(server: TenantServer, scopes: readonly string[]): Promise<Session> {
  const graph = graphWith(server, scopes);
  return {
    graph,
    me: await getMe(graph),
    host,
    now: () => NOW,
    signOut: () => Promise.resolve(),
    store: await getStoreSite(graphWith(server, README_SCOPES), DEMO_STORE_SITE),
    signIn: { path: 'nested', getToken: () => tokenWith(server, scopes) },
  };
}

describe('the health check in a tab', () => {
  it('loads when asked for and shows each row with its status and what to do', async () => {
    renderInSession(<HealthCheck />, await tabSession(seeded, without('Tasks.ReadWrite')));
    expect(screen.queryByRole('list', { name: 'Health check results' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Tenant health check' }));
    const results = await screen.findByRole('list', { name: 'Health check results' });
    expect(within(results).getByRole('listitem', { name: 'Signed in as: Pass' })).toBeTruthy();
    const todo = within(results).getByRole('listitem', { name: 'Microsoft To Do: Fail' });
    expect(within(todo).getByText('What to do')).toBeTruthy();
    expect(todo.textContent).toContain('the Tasks.ReadWrite permission');
    expect(screen.getByRole('status').textContent).toBe('11 pass, 1 warning, 1 failed.');
    // Nothing is wrong with the lists: nothing is offered to mend.
    expect(screen.queryByRole('button', { name: 'Mend the team store' })).toBeNull();
  });

  it('mends a missing list and a column without its index when asked, then checks again', async () => {
    const server = await tenantWith((spec) =>
      changeList(
        changeList(spec, 'HomeTurfCampaigns', () => null),
        'HomeTurfClients',
        (list) => ({
          ...list,
          columns: list.columns.map((c) => (c.name === 'Department' ? { ...c, indexed: false } : c)),
        }),
      ),
    );
    renderInSession(<HealthCheck />, await tabSession(server, README_SCOPES));
    await userEvent.click(screen.getByRole('button', { name: 'Tenant health check' }));
    const results = await screen.findByRole('list', { name: 'Health check results' });
    expect(
      within(results).getByRole('listitem', { name: /^List HomeTurfClients .*: Warning$/ }),
    ).toBeTruthy();
    expect(within(results).getByRole('listitem', { name: /^List HomeTurfCampaigns .*: Fail$/ })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Mend the team store' }));
    expect(
      await screen.findByText('Home Turf created HomeTurfCampaigns and mended 1 column setting.'),
    ).toBeTruthy();
    // The check runs again after mending.
    expect(await screen.findByText('13 pass, 0 warnings, 0 failed', { exact: false })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mend the team store' })).toBeNull();
  });

  it('says why the lists cannot be mended without Sites.Manage.All, and keeps the offer', async () => {
    const server = await tenantWith((spec) => changeList(spec, 'HomeTurfCampaigns', () => null));
    renderInSession(<HealthCheck />, await tabSession(server, without('Sites.Manage.All')));
    await userEvent.click(screen.getByRole('button', { name: 'Tenant health check' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Mend the team store' }));
    const refused = await screen.findByText(/^The lists could not be mended:/);
    expect(refused.textContent).toContain('the Sites.Manage.All permission');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
