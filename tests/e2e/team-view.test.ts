import type { Browser, Page } from 'playwright-core';
import type { TenantServer } from '../../src/sandbox/server';
import { launchChromium, realErrors, startDemo, watchForErrors } from './chromium';

jest.setTimeout(90_000);

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
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  errors = watchForErrors(page);
});
afterEach(async () => {
  await page.close();
  expect(realErrors(errors)).toEqual([]);
});

const PARTS = ['Clients', 'Coverage', 'This week', 'Campaigns', 'Story leads', 'Value delivered'];

describe('the channel tab (demo, outside Teams)', () => {
  it.each([
    ['light', '#ffffff'],
    ['dark', '#292929'],
    ['contrast', '#000000'],
  ])('shows all six parts of the team view in the %s theme', async (theme, background) => {
    await page.goto(`${demo.url}/channel.html?theme=${theme}`);
    await page.locator('.fui-FluentProvider').first().waitFor();
    const applied = await page.evaluate(() =>
      getComputedStyle(document.querySelector('.fui-FluentProvider') ?? document.body)
        .getPropertyValue('--colorNeutralBackground1')
        .trim()
        .toLowerCase(),
    );
    expect(applied).toBe(background);
    const view = page.getByRole('region', { name: 'Team view' });
    for (const name of PARTS) await view.getByRole('region', { name }).waitFor({ timeout: 20_000 });
    expect(await view.getByRole('table', { name: 'Clients' }).getByRole('row').count()).toBeGreaterThan(20);
  });

  it('sorts the clients by any column and filters them', async () => {
    await page.goto(`${demo.url}/channel.html`);
    const table = page.getByRole('table', { name: 'Clients' });
    await table.getByRole('row').nth(5).waitFor({ timeout: 20_000 });
    await table.getByRole('columnheader', { name: 'Client' }).click();
    const first = await table.getByRole('row').nth(1).getByRole('cell').first().innerText();
    await table.getByRole('columnheader', { name: 'Client' }).click();
    const last = await table.getByRole('row').nth(1).getByRole('cell').first().innerText();
    expect(first.localeCompare(last)).toBeLessThan(0);
    await page.getByRole('textbox', { name: 'Filter clients' }).fill('Priya');
    await expect_rows(table, 1);
  });

  it('warns when two advisors meet the same client this week', async () => {
    await page.goto(`${demo.url}/channel.html`);
    await page
      .getByRole('region', { name: 'This week' })
      .getByText(/meets .* and .* this week/)
      .first()
      .waitFor({ timeout: 20_000 });
  });
});

describe('the personal tab (demo, outside Teams)', () => {
  it('shows my coming meetings with their prep state, my follow-ups and my clients waiting for an update', async () => {
    await page.goto(`${demo.url}/personal.html`);
    await page
      .getByRole('region', { name: 'Agenda' })
      .getByText(/Prep time booked|No prep time yet/)
      .first()
      .waitFor({ timeout: 20_000 });
    await page.getByRole('region', { name: 'My open follow-ups' }).waitFor();
    await page.getByRole('region', { name: 'My clients waiting for an update' }).waitFor();
  });
});

async function expect_rows(table: ReturnType<Page['getByRole']>, rows: number): Promise<void> {
  await page.waitForFunction(
    ({ count }) => document.querySelectorAll('table[aria-label="Clients"] tbody tr').length === count,
    { count: rows },
  );
  expect(await table.locator('tbody tr').count()).toBe(rows);
}
