import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { THEME_CHANGE } from '../../src/hosts/browser-host';
import type { TenantServer } from '../../src/sandbox/server';
import { SEED_SUBJECTS } from '../../src/sandbox/seed';
import { launchChromium, startDemo } from './chromium';
import { inspectLayout } from './layout-inspect';

/**
 * Home Turf lives in narrow places: Outlook's task pane is 320 to 350 px wide, Teams on a phone
 * about 390. At each of those widths and in each theme, every surface state — the agenda, each card
 * of the demo week, the value-add note with every part open, the personal tab — is drawn without sideways scrolling, nothing off the edge, nothing clipped
 * and no control under another.
 */

jest.setTimeout(300_000);

/** A Tuesday morning: the demo week's client meetings are around it, last week's are over. */
const NOW = new Date('2026-11-24T08:00:00Z');
const WIDTHS = [320, 350, 390] as const;
const THEMES = ['light', 'dark', 'contrast'] as const;
type Theme = (typeof THEMES)[number];

let demo: TenantServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  demo = await startDemo(NOW);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1200, height: 800 }, reducedMotion: 'reduce' });
  await context.clock.setFixedTime(NOW);
  await context.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
});
afterAll(async () => {
  await context.close();
  await browser.close();
  await demo.close();
});

function frameOf(page: Page, file: string): Frame {
  const frame = page.frames().find((f) => new URL(f.url()).pathname.endsWith(`/${file}`));
  if (frame === undefined) throw new Error(`${page.url()} frames no ${file}`);
  return frame;
}

/** Tells a page's browser host the theme, as Outlook and Teams tell an add-in. */
async function tellTheme(frame: Frame, theme: Theme): Promise<void> {
  await frame.evaluate(
    ({ type, value }) => window.postMessage({ type, theme: value }, window.location.origin),
    { type: THEME_CHANGE, value: theme },
  );
}

/** Waits until nothing in the frame is still loading. */
async function settled(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, undefined, {
    timeout: 30_000,
  });
}

/** The layout findings of one state, in every theme, each prefixed with where it was seen. */
async function inEveryTheme(frames: () => Frame[], state: string): Promise<string[]> {
  const findings: string[] = [];
  for (const theme of THEMES) {
    for (const frame of frames()) await tellTheme(frame, theme);
    const inspected = frames().at(-1);
    if (inspected === undefined) throw new Error(`no frame for ${state}`);
    // The theme is applied on the next render; a frame later the layout is the theme's.
    await inspected.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    findings.push(...(await inspectLayout(inspected)).map((f) => `${state} (${theme}): ${f}`));
  }
  return findings;
}

describe('the layout check', () => {
  it('finds each fault it looks for in a page made to have them', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 600 });
    await page.setContent(`
      <main>
        <button style="width: 400px">Too wide</button>
        <div style="width: 100px; overflow: hidden"><button style="margin-left: 80px">Cut off</button></div>
        <div style="position: relative; height: 40px">
          <button>Under</button>
          <div style="position: absolute; inset: 0; background: white">A box over it</div>
        </div>
        <p style="width: 60px; overflow: hidden; white-space: nowrap">A label cut mid-word</p>
      </main>`);
    const findings = await inspectLayout(page.mainFrame());
    await page.close();
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^the page scrolls sideways: \d+px wide in 320px/),
        expect.stringMatching(/^<button> "Too wide" is drawn off the edge/),
        expect.stringMatching(/^<button> "Cut off" is clipped by its box <div/),
        expect.stringMatching(/^<button> "Under" is covered at its centre by <div> "A box over it"/),
        expect.stringMatching(/^<p> "A label cut mid-word" is cut off without an ellipsis/),
      ]),
    );
  });
});

describe.each(WIDTHS)('at %i px', (width) => {
  describe('the Outlook task pane', () => {
    let page: Page;
    const pane = (): FrameLocator => page.frameLocator('iframe[title="Home Turf task pane"]');
    const calendar = () => page.getByRole('region', { name: 'Calendar' });
    const frames = () => [page.mainFrame(), frameOf(page, 'taskpane.html')];

    beforeAll(async () => {
      page = await context.newPage();
      await page.goto(`${demo.url}/index.html?pane=${width}`);
      await calendar().locator('button[data-kind="client"]').first().waitFor({ timeout: 30_000 });
    });
    afterAll(() => page.close());

    it('draws the agenda in the pane', async () => {
      await pane().getByRole('region', { name: 'Agenda' }).getByRole('listitem').first().waitFor();
      await settled(frameOf(page, 'taskpane.html'));
      expect(await inEveryTheme(frames, 'agenda')).toEqual([]);
    });

    it('draws the card of each client meeting of the week', async () => {
      const subjects = await calendar()
        .locator('button[data-kind="client"]')
        .evaluateAll((buttons) =>
          buttons.map((b) => (b.getAttribute('aria-label') ?? '').split(',')[0] ?? ''),
        );
      expect(subjects.length).toBeGreaterThan(3);
      const findings: string[] = [];
      for (const subject of new Set(subjects)) {
        await calendar().locator(`button[aria-label^="${subject},"]`).first().press('Enter');
        await pane()
          .getByRole('region', { name: 'Prep card' })
          .getByRole('heading', { level: 2, name: subject, exact: true })
          .waitFor({ timeout: 30_000 });
        await settled(frameOf(page, 'taskpane.html'));
        findings.push(...(await inEveryTheme(frames, `card "${subject}"`)));
      }
      expect(findings).toEqual([]);
    });

    it('draws the value-add note with every part open', async () => {
      await calendar().getByRole('button', { name: 'Previous week' }).click();
      await calendar().locator(`button[aria-label^="${SEED_SUBJECTS.hrSeries},"]`).first().press('Enter');
      await pane().getByRole('button', { name: 'Add value-add note' }).click();
      const form = pane().getByRole('form', { name: 'Value-add note' });
      await form.waitFor();
      for (const add of await form.getByRole('button', { name: /^Add / }).all()) await add.click();
      for (const toggle of await form.getByRole('switch').all()) await toggle.check();
      expect(await inEveryTheme(frames, 'value-add note')).toEqual([]);
    });
  });

  describe('the Teams tabs, full width as Teams on a phone shows them', () => {
    let page: Page;
    const frames = () => [page.mainFrame()];

    beforeAll(async () => {
      page = await context.newPage();
      await page.setViewportSize({ width, height: 800 });
    });
    afterAll(() => page.close());

    it('draws the personal tab', async () => {
      await page.goto(`${demo.url}/personal.html`);
      await page.getByRole('region', { name: 'My open follow-ups' }).waitFor({ timeout: 30_000 });
      await settled(page.mainFrame());
      expect(await inEveryTheme(frames, 'personal tab')).toEqual([]);
    });

    it("shows the channel tab's clients as cards, each with its health and why", async () => {
      await page.goto(`${demo.url}/channel.html`);
      const clients = page.getByRole('list', { name: 'Clients' });
      await clients.getByRole('listitem').first().waitFor({ timeout: 30_000 });
      expect(await page.getByRole('table', { name: 'Clients' }).count()).toBe(0);
      const slipping = clients
        .getByRole('listitem')
        .filter({ hasText: /Slipping|At risk/ })
        .first();
      // The reasons are on the card, not only in a hover title.
      expect(await slipping.textContent()).toMatch(/(Slipping|At risk).*(no |overdue|days)/i);
      const findings: string[] = [];
      for (const theme of THEMES) {
        await tellTheme(page.mainFrame(), theme);
        findings.push(
          ...(await inspectLayout(page.mainFrame(), 'section[aria-label="Clients"]')).map(
            (f) => `clients (${theme}): ${f}`,
          ),
        );
      }
      expect(findings).toEqual([]);
    });
  });
});
