import type { Browser, FrameLocator, Page } from 'playwright-core';
import { DEMO_USER_UPN, SEED_SUBJECTS } from '../../src/sandbox/seed';
import type { TenantServer } from '../../src/sandbox/server';
import { launchChromium } from './chromium';
import { fakeOutlook } from './fake-office';
import { signedInTeamsBroker, type TeamsBroker } from './fake-teams-broker';
import { openInFakeTeams, TEAMS_ON_LOCALHOST_ARGS, teamsNotices } from './fake-teams';
import {
  demoRequests,
  openProductionContext,
  seededAppointment,
  seededTeamsContext,
  signInOnAuthority,
  startProductionTenant,
  type ProductionRun,
} from './production-harness';
import { buildForTenant } from '../../scripts/tenant-build';

/**
 * The production pages of a build made for a tenant (`.dist-tenant/`), in each place they run,
 * sign in with MSAL against the demo tenant's OpenID Connect authority over https, as they would
 * against Microsoft Entra ID: the account is picked and permissions accepted on the authority's
 * own pages. None of them ever asks the demo tenant's `/demo/` routes for anything.
 */

jest.setTimeout(60_000);

/**
 * A week before now: the seeded week is last week, so its meetings are over and a value-add note
 * can be written on them. Tokens still carry the real time; only the tenant's calendar moves.
 */
const SEED_NOW = new Date(Date.now() - 7 * 24 * 3600 * 1000);
const ADVISOR = 'Maya Chen';
const MAYA_MAIL = DEMO_USER_UPN;
const NOTE = 'Walked Priya through the week-one email plan';
const ARTICLE = 'First-week buddies: how one colleague keeps a new starter';

let dist: string;
let server: TenantServer;
let browser: Browser;
let run: ProductionRun;

beforeAll(async () => {
  dist = buildForTenant();
  browser = await launchChromium(TEAMS_ON_LOCALHOST_ARGS);
}, 600_000);
afterAll(() => browser.close());
beforeEach(async () => {
  server = await startProductionTenant(dist, SEED_NOW);
  run = await openProductionContext(browser, server);
});
afterEach(async () => {
  await run.context.close();
  await server.close();
  // The record holds the pages' Graph traffic, frames and windows included, and nothing under /demo/.
  expect(run.requests.some((url) => url.startsWith(server.graphBaseUrl))).toBe(true);
  expect(demoRequests(run)).toEqual([]);
  expect(run.errors()).toEqual([]);
});

describe('personal.html opened in a browser tab of its own', () => {
  it('goes to the sign-in and back, then shows the advisor their agenda and follow-ups', async () => {
    const page = await run.context.newPage();
    await page.goto(`${server.url}/personal.html`);
    await signInOnAuthority(page, server, ADVISOR);
    await page.waitForURL(`${server.url}/personal.html`);
    await showsTheAdvisorTheirWork(page);
    expect(run.requests.some((url) => url.startsWith(`${server.authority}/oauth2/v2.0/token`))).toBe(true);
    await expectSignInRow(page, 'Sign-in: Pass', 'Microsoft sign-in in the browser');
  });

  it('renews an expired access token silently with its refresh token, with no sign-in page', async () => {
    const page = await run.context.newPage();
    // The page's clock runs on from now; later it jumps past the access token's lifetime.
    await page.clock.install();
    await page.goto(`${server.url}/personal.html`);
    await signInOnAuthority(page, server, ADVISOR);
    await page.waitForURL(`${server.url}/personal.html`);
    await showsTheAdvisorTheirWork(page);

    const grants: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${server.authority}/oauth2/v2.0/token`)) {
        grants.push(new URLSearchParams(request.postData() ?? '').get('grant_type') ?? '');
      }
    });
    await page.clock.setSystemTime(Date.now() + 2 * 3600 * 1000);
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame())
        navigations.push(new URL(frame.url()).origin + new URL(frame.url()).pathname);
    });
    await page.reload();
    await showsTheAdvisorTheirWork(page);
    // MSAL saw the cached token expired and swapped its refresh token for a new one, in the page.
    expect(grants).toEqual(['refresh_token']);
    expect(navigations).toEqual([`${server.url}/personal.html`]);
    expect(run.context.pages()).toHaveLength(1);
  });
});

describe('outlook.html in Outlook without nested app authentication', () => {
  it("signs in in Office's dialog, opens the prep card and saves a value-add note", async () => {
    const appointment = seededAppointment(SEED_NOW, SEED_SUBJECTS.clientOneToOne, DEMO_USER_UPN);
    await fakeOutlook(run.context, appointment);
    const pane = await run.context.newPage();
    const dialog = run.context.waitForEvent('page');
    await pane.goto(`${server.url}/outlook.html`);
    const signIn = await dialog;
    expect(new URL(signIn.url()).pathname).toBe('/auth-dialog.html');
    await signInOnAuthority(signIn, server, ADVISOR);
    await signIn.waitForEvent('close');

    const card = pane.getByRole('region', { name: 'Prep card' });
    await card.getByRole('heading', { level: 2, name: appointment.subject }).waitFor({ timeout: 20_000 });
    await card.getByRole('article', { name: /Priya/ }).waitFor();
    const stored = await writeNote(pane, NOTE);
    expect(stored.createdBy.user.email).toBe(MAYA_MAIL);
    expect(stored.fields['AuthorEmail']).toBe(MAYA_MAIL);
    expect(JSON.stringify(stored.fields)).toContain(NOTE);

    // Opened again, the pane signs in without asking (the authority remembers the advisor) and
    // the card reads the note back from the team store.
    const again = await run.context.newPage();
    const quiet = run.context.waitForEvent('page');
    await again.goto(`${server.url}/outlook.html`);
    await (await quiet).waitForEvent('close');
    const activity = again
      .getByRole('article', { name: /Priya/ })
      .getByRole('region', { name: 'Recent activity' });
    await activity.getByText(NOTE, { exact: false }).first().waitFor({ timeout: 20_000 });
  });
});

describe('the Teams tabs where Teams does not recommend nested app authentication', () => {
  it("channel.html signs in in Teams' sign-in window and adds an article to the team's library", async () => {
    const { teams, tab } = await openTab('channel.html');
    const signIn = await run.context.waitForEvent('page');
    expect(new URL(signIn.url()).pathname).toBe('/teams-auth.html');
    await signInOnAuthority(signIn, server, ADVISOR);
    await signIn.waitForEvent('close');

    await tab.getByRole('region', { name: 'Team view' }).getByRole('table', { name: 'Clients' }).waitFor();
    expect((await teamsNotices(teams)).map((n) => n.func)).toContain('appInitialization.success');
    await addArticle(tab, (window) => signInOnAuthority(window, server, ADVISOR));
  });

  it("personal.html signs in in Teams' sign-in window and shows the advisor's agenda", async () => {
    const { tab } = await openTab('personal.html');
    const signIn = await run.context.waitForEvent('page');
    expect(new URL(signIn.url()).pathname).toBe('/teams-auth.html');
    await signInOnAuthority(signIn, server, ADVISOR);
    await signIn.waitForEvent('close');
    await showsTheAdvisorTheirWork(tab);
    await expectSignInRow(tab, 'Sign-in: Warning', 'Teams’ sign-in window');
  });
});

describe('the Teams tabs where Teams recommends nested app authentication', () => {
  it('channel.html gets its tokens from Teams, which asks the advisor once to let it write', async () => {
    const broker = await signedInTeamsBroker(server, DEMO_USER_UPN);
    const { teams, tab } = await openTab('channel.html', broker);
    await tab.getByRole('region', { name: 'Team view' }).getByRole('table', { name: 'Clients' }).waitFor();
    expect((await teamsNotices(teams)).map((n) => n.func)).toContain('appInitialization.success');
    expect(broker.asked[0]).toBe('GetInitContext');
    expect(broker.asked.filter((m) => m.startsWith('GetTokenPopup'))).toEqual([]);

    await addArticle(tab);
    expect(broker.asked.filter((m) => m.startsWith('GetTokenPopup'))).toEqual([
      expect.stringContaining('Sites.ReadWrite.All'),
    ]);
    // Teams brokered every token: no sign-in window of the tab's own ever opened.
    expect(run.context.pages()).toHaveLength(1);
  });

  it('personal.html gets its tokens from Teams and shows the advisor their agenda', async () => {
    const broker = await signedInTeamsBroker(server, DEMO_USER_UPN);
    const { tab } = await openTab('personal.html', broker);
    await showsTheAdvisorTheirWork(tab);
    expect(broker.asked.some((m) => m.startsWith('GetToken '))).toBe(true);
    await expectSignInRow(tab, 'Sign-in: Pass', 'Nested app authentication');
    expect(run.context.pages()).toHaveLength(1);
  });
});

/** The tab in the Teams stand-in, with nested app authentication recommended when `broker` is given. */
async function openTab(
  file: 'channel.html' | 'personal.html',
  broker?: TeamsBroker,
): Promise<{ teams: Page; tab: FrameLocator }> {
  const teams = await openInFakeTeams(
    run.context,
    {
      tabUrl: `${server.url}/${file}`,
      context: seededTeamsContext(SEED_NOW, DEMO_USER_UPN, { channel: file === 'channel.html' }),
      naaRecommended: broker !== undefined,
    },
    broker?.answer,
  );
  return { teams, tab: teams.frameLocator('iframe[title="Home Turf tab"]') };
}

/** The personal tab, signed in: the advisor's name, their coming client meetings and follow-ups. */
async function showsTheAdvisorTheirWork(tab: Page | FrameLocator): Promise<void> {
  await tab.getByText(ADVISOR, { exact: true }).waitFor({ timeout: 20_000 });
  await tab
    .getByRole('region', { name: 'Agenda' })
    .getByRole('heading', { name: 'Coming client meetings' })
    .waitFor();
  await tab.getByRole('heading', { name: 'My open follow-ups' }).waitFor();
}

/** The tenant health check, run in the tab: its sign-in row names the path the host chose. */
async function expectSignInRow(tab: Page | FrameLocator, status: string, says: string): Promise<void> {
  await tab.getByRole('button', { name: 'Tenant health check' }).click();
  const results = tab.getByRole('list', { name: 'Health check results' });
  await results.waitFor({ timeout: 20_000 });
  const row = results.getByRole('listitem', { name: /^Sign-in: / });
  expect(await row.getAttribute('aria-label')).toBe(status);
  expect(await row.textContent()).toContain(says);
}

/**
 * Adds an article to the team's library from the channel tab. The first write needs the write
 * permission: where the tab signs in through a window, `consentIn` accepts it there.
 */
async function addArticle(tab: FrameLocator, consentIn?: (window: Page) => Promise<void>): Promise<void> {
  await tab.getByRole('button', { name: 'Article library' }).click();
  const drawer = tab.getByRole('dialog');
  await drawer.getByRole('button', { name: 'Add article' }).click();
  const article = drawer.getByRole('form', { name: 'Article' });
  await article.getByLabel('Link').fill('https://example.com/first-week-buddies');
  await article.getByLabel('Title').fill(ARTICLE);
  await article.getByLabel('Summary').fill('Why a first-week buddy keeps new starters.');
  await article.getByLabel('Tags').fill('onboarding');
  const consent = consentIn === undefined ? undefined : run.context.waitForEvent('page');
  await article.getByRole('button', { name: 'Save article' }).click();
  if (consent !== undefined && consentIn !== undefined) await consentIn(await consent);
  await drawer.getByText('Saved for the team').first().waitFor({ timeout: 20_000 });
  await drawer.getByRole('table', { name: 'Articles' }).getByText(ARTICLE).waitFor();
}

type StoredItem = {
  fields: Record<string, unknown>;
  createdBy: { user: { email?: string; displayName?: string } };
};

/**
 * Writes a value-add note on the card. The first write asks for the write permission, which the
 * advisor accepts in the sign-in window `consentIn` opens; resolves with the note as the team
 * store holds it.
 */
async function writeNote(pane: Page, value: string): Promise<StoredItem> {
  await pane.getByRole('button', { name: 'Add value-add note' }).click();
  const note = pane.getByRole('form', { name: 'Value-add note' });
  await note.getByRole('button', { name: 'Add value offered' }).click();
  await note.getByRole('textbox', { name: 'Value 1', exact: true }).fill(value);
  const consent = run.context.waitForEvent('page');
  const stored = pane.waitForResponse(
    (response) =>
      response.request().method() === 'POST' &&
      /\/lists\/[^/]+\/items$/.test(new URL(response.url()).pathname) &&
      response.status() === 201,
    { timeout: 40_000 },
  );
  await note.getByRole('button', { name: 'Save note' }).click();
  const window = await consent;
  await signInOnAuthority(window, server, ADVISOR);
  await pane.getByText('Saved for the team').waitFor({ timeout: 20_000 });
  return (await (await stored).json()) as StoredItem;
}
