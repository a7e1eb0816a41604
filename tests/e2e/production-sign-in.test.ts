import type { Browser, Page } from 'playwright-core';
import { DEMO_USER_UPN, SEED_SUBJECTS } from '../../src/sandbox/seed';
import type { TenantServer } from '../../src/sandbox/server';
import { launchChromium } from './chromium';
import { fakeOutlook } from './fake-office';
import {
  demoRequests,
  openProductionContext,
  seededAppointment,
  signInOnAuthority,
  startProductionTenant,
  type ProductionRun,
} from './production-harness';

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

let server: TenantServer;
let browser: Browser;
let run: ProductionRun;

beforeAll(async () => {
  server = await startProductionTenant(SEED_NOW);
  browser = await launchChromium();
}, 600_000);
afterAll(async () => {
  await browser.close();
  await server.close();
});
beforeEach(async () => {
  run = await openProductionContext(browser, server);
});
afterEach(async () => {
  await run.context.close();
  expect(demoRequests(run)).toEqual([]);
  expect(run.errors()).toEqual([]);
});

describe('personal.html opened in a browser tab of its own', () => {
  it('goes to the sign-in and back, then shows the advisor their agenda and follow-ups', async () => {
    const page = await run.context.newPage();
    await page.goto(`${server.url}/personal.html`);
    await signInOnAuthority(page, server, ADVISOR);
    await page.waitForURL(`${server.url}/personal.html`);
    await page.getByText(ADVISOR, { exact: true }).waitFor({ timeout: 20_000 });
    const agenda = page.getByRole('region', { name: 'Agenda' });
    await agenda.getByRole('heading', { name: 'Coming client meetings' }).waitFor();
    await page.getByRole('heading', { name: 'My open follow-ups' }).waitFor();
    expect(run.requests.some((url) => url.startsWith(`${server.authority}/oauth2/v2.0/token`))).toBe(true);
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
