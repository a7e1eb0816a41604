import type { Browser, Page } from 'playwright-core';
import type { TenantServer } from '../../src/sandbox/server';
import { launchChromium, realErrors, startDemo, watchForErrors } from './chromium';

jest.setTimeout(60_000);

let demo: TenantServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  demo = await startDemo();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await demo.close();
});
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  // Office.js comes from Microsoft's CDN in production; here it is out of reach, as it would be offline.
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
});
afterEach(() => page.close());

describe('the production pages, opened outside their host', () => {
  it('outlook.html says it must be opened from Outlook instead of staying blank', async () => {
    await page.goto(`${demo.url}/outlook.html`);
    await page.getByText('Home Turf could not start').waitFor();
    expect(await page.getByText(/must be opened from Outlook/).count()).toBeGreaterThan(0);
  });

  it.each([
    ['personal.html', 'Agenda'],
    ['channel.html', 'Team view'],
  ])('%s falls back to the demo when it is not in Teams', async (file, region) => {
    const errors = watchForErrors(page);
    await page.goto(`${demo.url}/${file}`);
    await page.getByRole('region', { name: region }).waitFor({ timeout: 15_000 });
    expect(realErrors(errors)).toEqual([]);
  });

  it('config.html explains where the team store will live, and that it is not in Teams', async () => {
    const errors = watchForErrors(page);
    await page.goto(`${demo.url}/config.html`);
    await page
      .getByText(/outside Teams/)
      .first()
      .waitFor({ timeout: 15_000 });
    expect(realErrors(errors)).toEqual([]);
  });
});
