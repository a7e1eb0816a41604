import type { Browser, Page } from 'playwright-core';
import type { TenantServer } from '../../src/sandbox/server';
import { SEED_SUBJECTS } from '../../src/sandbox/seed';
import { launchChromium, realErrors, startDemo, watchForErrors } from './chromium';

jest.setTimeout(120_000);

/** A Tuesday morning: Thursday's 1:1 with Priya is ahead. */
const NOW = new Date('2026-11-24T08:00:00Z');
const ARTICLE = 'Onboarding buddies: how a first-week buddy keeps new starters';

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
});
afterAll(async () => {
  await browser.close();
  await demo.close();
});

const drawer = () => page.getByRole('dialog');

it('adds a client, an article and a campaign through the editors, and the article reaches the next prep card', async () => {
  await page.goto(`${demo.url}/channel.html`);
  const view = page.getByRole('region', { name: 'Team view' });
  await view.getByRole('table', { name: 'Clients' }).waitFor({ timeout: 20_000 });

  // A client from the directory.
  await page.getByRole('button', { name: 'Add client' }).click();
  const profile = drawer().getByRole('form', { name: 'Client profile' });
  await profile.getByPlaceholder('Search the directory').pressSequentially('Owen', { delay: 30 });
  await page.getByRole('option', { name: /Owen Price/ }).click();
  await profile.getByLabel('Relationship owner').selectOption({ index: 1 });
  await profile.getByRole('button', { name: 'Add pressure' }).click();
  await profile
    .getByRole('textbox', { name: 'Pressure 1', exact: true })
    .fill('Halve the service desk backlog by March');
  await profile.getByRole('button', { name: 'Save client' }).click();
  await drawer().getByText('Saved for the team').waitFor();
  await drawer().getByRole('button', { name: 'Close the panel' }).click();
  await view.getByRole('textbox', { name: 'Filter clients' }).fill('Owen');
  await view.getByRole('table', { name: 'Clients' }).getByRole('cell', { name: 'Owen Price' }).waitFor();

  // An article for the library.
  await page.getByRole('button', { name: 'Article library' }).click();
  await drawer().getByRole('button', { name: 'Add article' }).click();
  const article = drawer().getByRole('form', { name: 'Article' });
  await article.getByLabel('Link').fill('https://example.com/onboarding-buddies');
  await article.getByLabel('Title').fill(ARTICLE);
  await article
    .getByLabel('Summary')
    .fill('A buddy in week one: onboarding that new starters remember, and fewer early leavers.');
  await article.getByLabel('Tags').fill('onboarding, new starters, retention');
  await article.getByRole('button', { name: 'Save article' }).click();
  await drawer().getByText('Saved for the team').first().waitFor();
  await drawer().getByRole('table', { name: 'Articles' }).getByText(ARTICLE).waitFor();
  await drawer().getByRole('button', { name: 'Close the panel' }).click();

  // A campaign.
  await page.getByRole('button', { name: 'Campaigns' }).click();
  await drawer().getByRole('button', { name: 'Add campaign' }).click();
  const campaign = drawer().getByRole('form', { name: 'Campaign' });
  await campaign.getByLabel('Name').fill('Wellbeing week');
  await campaign.getByLabel('Owner department').selectOption({ index: 1 });
  await campaign.getByRole('checkbox', { name: 'Everyone' }).check();
  await campaign.getByLabel('Go-live').fill('2026-12-10');
  await campaign.getByRole('button', { name: 'Save campaign' }).click();
  await drawer().getByText('Saved for the team').first().waitFor();
  await drawer().getByRole('table', { name: 'Campaigns by go-live' }).getByText('Wellbeing week').waitFor();
  await drawer().getByRole('button', { name: 'Close the panel' }).click();
  await view
    .getByRole('region', { name: 'Campaigns' })
    .getByText('Wellbeing week', { exact: true })
    .waitFor();

  // The new article is suggested on Priya's next card.
  await page.goto(demo.url);
  await page
    .getByRole('region', { name: 'Calendar' })
    .locator(`button[aria-label^="${SEED_SUBJECTS.clientOneToOne},"]`)
    .first()
    .click();
  const pane = page.frameLocator('iframe[title="Home Turf task pane"]');
  await pane
    .getByRole('list', { name: 'Articles for Priya' })
    .getByText(ARTICLE)
    .waitFor({ timeout: 20_000 });
  expect(realErrors(errors)).toEqual([]);
});
