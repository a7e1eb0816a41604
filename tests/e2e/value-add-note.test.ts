import type { Browser, Page } from 'playwright-core';
import type { TenantServer } from '../../src/sandbox/server';
import { SEED_SUBJECTS } from '../../src/sandbox/seed';
import { launchChromium, startDemo, watchForErrors } from './chromium';

jest.setTimeout(90_000);

/** A Tuesday morning: last week's HR comms sync with Priya is over, Thursday's 1:1 with her is ahead. */
const NOW = new Date('2026-11-24T08:00:00Z');

let demo: TenantServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  demo = await startDemo(NOW);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.clock.setFixedTime(NOW);
  errors = watchForErrors(page);
  await page.goto(demo.url);
});

afterAll(async () => {
  await browser.close();
  await demo.close();
});

const pane = () => page.frameLocator('iframe[title="Home Turf task pane"]');
const calendar = () => page.getByRole('region', { name: 'Calendar' });

it('adds a note with an article and two follow-ups after a meeting, and the next card shows it', async () => {
  await calendar().getByRole('button', { name: 'Previous week' }).click();
  await calendar().locator('button[aria-label^="HR comms sync,"]').first().click();
  const priya = pane().getByRole('article', { name: /Priya/ });
  const articles = priya.getByRole('list', { name: 'Articles for Priya' });
  const first = articles.getByRole('listitem').first();
  const title = (await first.getByRole('link').innerText()).trim();
  await first.getByRole('button', { name: /^Bring "/ }).click();

  await pane().getByRole('button', { name: 'Add value-add note' }).click();
  const note = pane().getByRole('form', { name: 'Value-add note' });
  expect(await note.getByRole('textbox', { name: 'Value 1', exact: true }).inputValue()).toBe(title);
  await note.getByRole('button', { name: 'Add follow-up' }).click();
  await note
    .getByRole('textbox', { name: 'Follow-up 1', exact: true })
    .fill('Send Priya the week-one email draft');
  await note.getByLabel('Due date of follow-up 1').fill('2026-11-27');
  await note.getByRole('button', { name: 'Add follow-up' }).click();
  await note.getByRole('combobox', { name: 'Who owes follow-up 2' }).selectOption({ label: 'Priya owes' });
  await note
    .getByRole('textbox', { name: 'Follow-up 2', exact: true })
    .fill('Confirm the manager pack sign-off date');
  await note.getByRole('button', { name: 'Save note' }).click();
  await pane().getByText('Saved for the team').waitFor();

  await calendar().getByRole('button', { name: 'Next week' }).click();
  await calendar().locator(`button[aria-label^="${SEED_SUBJECTS.clientOneToOne},"]`).first().click();
  const next = pane().getByRole('article', { name: /Priya/ });
  const activity = next.getByRole('region', { name: 'Recent activity' });
  await activity
    .getByText(/Value-add: article: /)
    .first()
    .waitFor();
  await activity.getByText('Send Priya the week-one email draft').waitFor();
  await activity.getByText('Confirm the manager pack sign-off date').waitFor();
  const nextArticles = next.getByRole('list', { name: 'Articles for Priya' });
  await nextArticles.getByRole('listitem').first().waitFor();
  expect(await nextArticles.getByText(title, { exact: true }).count()).toBe(0);
  expect(errors).toEqual([]);
});
