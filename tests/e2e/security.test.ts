import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { TenantServer } from '../../src/sandbox/server';
import { SEED_SUBJECTS } from '../../src/sandbox/seed';
import { DIST_DIR, launchChromium, startDemo } from './chromium';

jest.setTimeout(60_000);

const DIST = DIST_DIR;

let demo: TenantServer;
let browser: Browser;

beforeAll(async () => {
  demo = await startDemo();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await demo.close();
});

describe('security gates', () => {
  it('keeps no token in localStorage after signing in and opening a prep card', async () => {
    const page = await browser.newPage();
    await page.goto(demo.url);
    await page
      .getByRole('region', { name: 'Calendar' })
      .locator(`button[aria-label^="${SEED_SUBJECTS.clientOneToOne},"]`)
      .first()
      .click();
    const pane = page.frameLocator('iframe[title="Home Turf task pane"]');
    await pane.getByRole('article', { name: /Priya/ }).waitFor({ timeout: 20_000 });
    const dumpStorage = () =>
      JSON.stringify(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]));
    const stored = await page.evaluate(dumpStorage);
    const framed = await page.frames()[1]?.evaluate(dumpStorage);
    for (const dump of [stored, framed ?? '{}']) {
      expect(dump).not.toMatch(/bearer|access_token|accessToken|refresh_token|demo-token|eyJ/i);
    }
    await page.close();
  });

  it('ships no token or private key in the bundle', () => {
    const scripts = readdirSync(DIST).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const text = readFileSync(path.join(DIST, file), 'utf8');
      // A token (a JWT) or a private key baked into a script would be readable by anyone.
      expect(text).not.toMatch(
        /eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}|-----BEGIN (RSA |EC )?PRIVATE KEY-----/,
      );
    }
  });
});
