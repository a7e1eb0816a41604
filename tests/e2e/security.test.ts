import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SCOPE_REASONS } from '../../src/graph/scopes';
import type { TenantServer } from '../../src/sandbox/server';
import { SEED_SUBJECTS } from '../../src/sandbox/seed';
import { markdownTable, recordSection } from '../report/record';
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

/** What each gate checked, for docs/reliability.md; recorded once every gate has passed. */
const figures = new Map<string, string>();
const GATES = 7;
afterAll(() => {
  if (figures.size !== GATES) return;
  const policy = String(figures.get('policy'));
  recordSection({
    id: 'security',
    title: 'Security gates',
    body: [
      'The production build served by the demo tenant, checked in headless Chromium.',
      '',
      markdownTable(
        ['gate', 'checked', 'found'],
        [...figures.entries()]
          .filter(([key]) => key !== 'policy')
          .map(([gate, line]) => [gate, ...line.split(' → ')]),
      ),
      '',
      'The Content-Security-Policy header every page is served with (the build writes it to `staticwebapp.config.json`; each page also carries it, without `frame-ancestors`, in a `<meta>` tag):',
      '',
      '```',
      policy.split('; ').join(';\n'),
      '```',
      '',
      'Delegated Microsoft Graph permissions, least privilege, each asked for when first needed (`src/graph/scopes.ts`; the README carries the same table, checked by a test):',
      '',
      markdownTable(
        ['permission', 'why'],
        Object.entries(SCOPE_REASONS).map(([scope, why]) => [`\`${scope}\``, why]),
      ),
    ].join('\n'),
  });
});

/** Every page the build serves. */
function builtPages(): string[] {
  return readdirSync(DIST)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** Records every Content-Security-Policy violation in every frame of the page, for reading later. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { __violations?: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`.trim());
    });
  });
}

async function violationsIn(page: Page): Promise<string[]> {
  const all: string[] = [];
  for (const frame of page.frames()) {
    const seen = await frame.evaluate(() => (window as { __violations?: string[] }).__violations ?? []);
    all.push(...seen.map((v) => `${frame.url()}: ${v}`));
  }
  return all;
}

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
    figures.set(
      'No token in localStorage',
      'localStorage of the demo page and the pane after sign-in and a prep card → none',
    );
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
    figures.set(
      'No secret in the bundle',
      `${scripts.length} scripts searched for tokens and private keys → none`,
    );
  });

  it('serves every page with the Content-Security-Policy, framed only by Office and Teams', async () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThanOrEqual(10);
    let policy = '';
    for (const file of pages) {
      const response = await fetch(`${demo.url}/${file}`);
      expect(response.status).toBe(200);
      const header = response.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        header.split(';').map((d) => {
          const [name = '', ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect({ file, script: directives.get('script-src') }).toEqual({
        file,
        script: ["'self'", 'https://appsforoffice.microsoft.com'],
      });
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('base-uri')).toEqual(["'none'"]);
      // Office (Outlook on the web, the Microsoft 365 app) and Teams, and nobody else.
      expect(directives.get('frame-ancestors')).toEqual(
        expect.arrayContaining([
          "'self'",
          'https://*.cloud.microsoft',
          'https://teams.microsoft.com',
          'https://*.teams.microsoft.com',
          'https://outlook.office.com',
          'https://outlook.office365.com',
          'https://*.office.com',
        ]),
      );
      expect(directives.get('frame-ancestors')?.some((v) => v === '*' || v === 'https:')).toBe(false);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      policy = header;
    }
    figures.set('policy', policy);
    figures.set(
      'Content-Security-Policy on every page',
      `${pages.length} pages: the header, script only from this origin (and Office.js from Microsoft's CDN), frame-ancestors Office and Teams → all ${pages.length}`,
    );
  });

  it('has no inline script or inline event handler in any page, and a policy in each built one', () => {
    const pages = builtPages();
    let withMeta = 0;
    for (const file of pages) {
      const html = readFileSync(path.join(DIST, file), 'utf8');
      expect({ file, inline: html.match(/<script(?![^>]*\ssrc=)[^>]*>/gi) }).toEqual({ file, inline: null });
      expect({ file, handlers: html.match(/\son[a-z]+\s*=/gi) }).toEqual({ file, handlers: null });
      if (
        /<meta http-equiv="?Content-Security-Policy"? content="default-src 'self'; script-src 'self'/i.test(
          html,
        )
      )
        withMeta++;
    }
    // privacy.html and terms.html are plain copies; every page the build generates carries the meta.
    expect(withMeta).toBe(pages.length - 2);
    figures.set(
      'No inline script',
      `${pages.length} pages searched for inline <script> and on…= handlers → none; ${withMeta} carry the policy in <meta> as well`,
    );
  });

  it('breaks no rule of the policy while an advisor works: card, note, Teams view, an editor', async () => {
    const page = await browser.newPage();
    await recordViolations(page);
    await page.goto(demo.url);
    const calendar = page.getByRole('region', { name: 'Calendar' });
    await calendar.getByRole('button', { name: 'Previous week' }).click();
    await calendar.locator('button[aria-label^="HR comms sync,"]').first().click();
    const pane = page.frameLocator('iframe[title="Home Turf task pane"]');
    await pane
      .getByRole('article', { name: /Priya/ })
      .getByRole('heading', { name: 'Articles to bring' })
      .waitFor();
    await pane.getByRole('button', { name: 'Add value-add note' }).click();
    await pane.getByRole('form', { name: 'Value-add note' }).waitFor();
    const outlook = await violationsIn(page);

    await page.goto(`${demo.url}/channel.html`);
    await page.getByRole('table', { name: 'Clients' }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Article library' }).click();
    await page.getByRole('dialog').waitFor();
    const teams = await violationsIn(page);
    await page.close();
    expect([...outlook, ...teams]).toEqual([]);
    figures.set(
      'No policy violation in use',
      'the calendar, a prep card, the value-add note, the Teams team view and the article library, every frame listening for violations → none',
    );
  });

  it('refuses to be framed by any other site', async () => {
    const framing: Server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end(`<!doctype html><iframe title="framed" src="${demo.url}/taskpane.html"></iframe>`);
    });
    await new Promise<void>((resolve) => framing.listen(0, '127.0.0.1', resolve));
    const page = await browser.newPage();
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('frame-ancestors')) refusals.push(message.text());
    });
    try {
      await page.goto(`http://127.0.0.1:${(framing.address() as AddressInfo).port}/`);
      await page.waitForTimeout(1_000);
      const framed = page.frames().find((f) => f !== page.mainFrame());
      expect(framed?.url()).not.toMatch(/taskpane\.html$/);
      expect(refusals.length).toBeGreaterThan(0);
    } finally {
      await page.close();
      await new Promise((resolve) => framing.close(resolve));
    }
    figures.set(
      'Framing by another site',
      'the task pane framed by a page on another origin → refused by frame-ancestors',
    );
  });
});
