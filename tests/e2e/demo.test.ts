import type { Browser, Page } from 'playwright-core';
import type { TenantServer } from '../../src/sandbox/server';
import { SEED_SUBJECTS } from '../../src/sandbox/seed';
import { launchChromium, realErrors, startDemo, watchForErrors } from './chromium';

jest.setTimeout(60_000);

let demo: TenantServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  demo = await startDemo();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await demo.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  errors = watchForErrors(page);
  await page.goto(demo.url);
});

afterEach(async () => {
  await page.close();
  expect(realErrors(errors)).toEqual([]);
});

const pane = () => page.frameLocator('iframe[title="Home Turf task pane"]');

describe('the demo, as an advisor uses it', () => {
  it('shows the week with client meetings marked and the agenda in the pane', async () => {
    const calendar = page.getByRole('region', { name: 'Calendar' });
    await calendar.locator('button[data-kind]').first().waitFor();
    expect(await calendar.locator('button[data-kind="client"]').count()).toBeGreaterThan(0);
    expect(await calendar.locator('button[data-kind="not-client"]').count()).toBeGreaterThan(0);

    const agenda = pane().getByRole('region', { name: 'Agenda' });
    await agenda.getByRole('heading', { name: 'Coming client meetings' }).waitFor();
    await agenda.getByRole('listitem').first().waitFor();
  });

  it('opens the pane on a client meeting and reads the prep card', async () => {
    const clientMeeting = page
      .getByRole('region', { name: 'Calendar' })
      .locator('button[data-kind="client"]')
      .first();
    await clientMeeting.waitFor();
    const label = (await clientMeeting.getAttribute('aria-label')) ?? '';
    await clientMeeting.click();

    const card = pane().getByRole('region', { name: 'Prep card' });
    const subject = label.slice(0, label.indexOf(','));
    await card.getByRole('heading', { level: 2, name: subject }).waitFor();
    await card.getByRole('article').first().waitFor();
    expect(await card.getByRole('article').count()).toBeGreaterThan(0);
    const reasons = await card.getByRole('list', { name: 'Reasons' }).innerText();
    expect(reasons).toMatch(/colleague outside the comms team|listed client/);
  });

  it('shows the full prep card for the 1:1 with Priya, and marks an article to bring', async () => {
    await page
      .getByRole('region', { name: 'Calendar' })
      .locator(`button[aria-label^="${SEED_SUBJECTS.clientOneToOne},"]`)
      .first()
      .click();
    const priya = pane().getByRole('article', { name: /Priya/ });
    for (const name of [
      'Talking points',
      'Their priorities',
      'Their file',
      'Campaign early warning',
      'Recent activity',
      'Articles to bring',
    ]) {
      await priya.getByRole('heading', { name }).waitFor();
    }
    await pane().getByRole('heading', { name: 'Agenda' }).waitFor();
    const articles = priya.getByRole('list', { name: 'Articles for Priya' });
    const bring = articles.getByRole('button', { name: /^Bring "/ }).first();
    await bring.click();
    expect(await bring.getAttribute('aria-pressed')).toBe('true');
  });

  it('says why a comms stand-up is not a client meeting', async () => {
    const standUp = page
      .getByRole('region', { name: 'Calendar' })
      .locator('button[data-kind="not-client"]', { hasText: 'Comms team only' })
      .first();
    await standUp.click();
    const card = pane().getByRole('region', { name: 'Prep card' });
    await card.getByText('Not a meeting with internal clients.').waitFor();
    expect(await card.getByRole('list', { name: 'Reasons' }).innerText()).toContain(
      'Only the comms team is invited.',
    );
  });
});

describe('hostile meeting bodies', () => {
  it('shows the agenda of a meeting with script in its body, and nothing in it runs', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page
      .getByRole('region', { name: 'Calendar' })
      .locator('button[data-kind]', { hasText: 'Phishing awareness week' })
      .first()
      .click();
    const agenda = pane().getByRole('region', { name: 'Meeting agenda' });
    await agenda.getByText('Open the draft messages').waitFor();
    await agenda.getByText('Hover here for the schedule.').hover();
    await agenda.getByText('Open the draft messages').click();

    const frame = page.frames().find((f) => f.url().endsWith('/taskpane.html'));
    expect(await frame?.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await agenda.locator('script, [onerror], [onmouseover], a[href^="javascript"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(frame?.url()).toMatch(/\/taskpane\.html$/);
  });
});
