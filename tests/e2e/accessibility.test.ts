import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { THEME_CHANGE } from '../../src/hosts/browser-host';
import type { TenantServer } from '../../src/sandbox/server';
import { SEED_SUBJECTS } from '../../src/sandbox/seed';
import { markdownTable, recordSection } from '../report/record';
import { launchChromium, startDemo } from './chromium';

/**
 * axe-core on every page of the production build and every state worth seeing (the prep card, the
 * value-add note, the editors' panels), in every theme the page offers. A serious or critical
 * finding fails the surface; moderate and minor ones are counted in the report.
 */

jest.setTimeout(120_000);

/** A Tuesday morning: last week's HR comms sync is over (a note is due), Thursday's 1:1 with Priya is ahead. */
const NOW = new Date('2026-11-24T08:00:00Z');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA, and Deque's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

const THEMES = ['light', 'dark', 'contrast'] as const;
type Theme = (typeof THEMES)[number];

/** `--colorNeutralBackground1` of each theme: proof that the theme reached the page. */
const BACKGROUND: Record<Theme, string> = { light: '#ffffff', dark: '#292929', contrast: '#000000' };

/** The demo Teams page's theme switch. */
const THEME_BUTTON: Record<Theme, string> = { light: 'Light', dark: 'Dark', contrast: 'High contrast' };

/** One rule's finding, as @axe-core/playwright reports it. */
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

type Row = {
  surface: string;
  theme: string;
  run: number;
  passed: number;
  serious: number;
  critical: number;
  lesser: number;
  review: number;
};

const OUTLOOK_STATES = 3;
const TEAMS_STATES = 5;
const PAGES_ALONE = 4;
/** The tenant health check, opened from personal.html. */
const HEALTH_CHECK_STATES = 1;
const UNTHEMED_PAGES = 3;
/** Every scan this file makes; the figures are recorded only when all of them ran and passed. */
const PLANNED =
  THEMES.length * (OUTLOOK_STATES + TEAMS_STATES + PAGES_ALONE + HEALTH_CHECK_STATES) + UNTHEMED_PAGES;

let demo: TenantServer;
let browser: Browser;
let context: BrowserContext;
const rows: Row[] = [];
let axeVersion = '';

beforeAll(async () => {
  demo = await startDemo(NOW);
  browser = await launchChromium();
  // Reduced motion: panels are scanned where they come to rest, not halfway through sliding in.
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, reducedMotion: 'reduce' });
  await context.clock.setFixedTime(NOW);
  // Office.js comes from Microsoft's CDN in production; here it is out of reach, as it would be offline.
  await context.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
});

afterAll(async () => {
  await context.close();
  await browser.close();
  await demo.close();
  // A row is added only after its scan passed, so a full count means the whole file passed.
  if (rows.length === PLANNED) recordFigures();
});

/**
 * Scans the page and every frame in it, or only `within` (a frame path to an element); returns the
 * serious and critical findings, said in full.
 */
async function scan(page: Page, surface: string, theme: string, within?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  const results = await (within === undefined ? builder : builder.include(within)).analyze();
  axeVersion = results.testEngine.version;
  // A frame axe could not enter would pass unseen.
  expect(results.incomplete.filter((r) => r.id === 'frame-tested').flatMap((r) => r.nodes)).toEqual([]);
  const { violations } = results;
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length > 0) return blocking.flatMap((v) => describeFinding(v, surface, theme));
  const count = (impact: Violation['impact']) => violations.filter((v) => v.impact === impact).length;
  rows.push({
    surface,
    theme,
    run: results.passes.length + results.violations.length + results.incomplete.length,
    passed: results.passes.length,
    serious: count('serious'),
    critical: count('critical'),
    lesser: count('moderate') + count('minor'),
    review: results.incomplete.length,
  });
  return [];
}

function describeFinding(violation: Violation, surface: string, theme: string): string[] {
  return violation.nodes.map(
    (node) =>
      `${surface} (${theme}): ${violation.id} [${violation.impact ?? 'unknown'}] at ` +
      `${JSON.stringify(node.target)}: ${violation.help} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
  );
}

/** Waits until the Fluent theme is applied in a frame (the page itself, or a pane or tab it frames). */
async function expectTheme(frame: Frame, theme: Theme): Promise<void> {
  const background = () =>
    frame.evaluate(() =>
      // The innermost provider of the page's own tree (the Teams stand-in nests its own themed one).
      getComputedStyle([...document.querySelectorAll('#root .fui-FluentProvider')].pop() ?? document.body)
        .getPropertyValue('--colorNeutralBackground1')
        .trim()
        .toLowerCase(),
    );
  for (let tries = 0; tries < 50 && (await background()) !== BACKGROUND[theme]; tries++) {
    await frame.page().waitForTimeout(100);
  }
  expect(`${frame.url()}: ${await background()}`).toBe(`${frame.url()}: ${BACKGROUND[theme]}`);
}

/** Tells a page's browser host the theme, as the demo's Teams page tells the tabs it frames. */
async function tellTheme(frame: Frame, theme: Theme): Promise<void> {
  await frame.evaluate(
    ({ type, value }) => window.postMessage({ type, theme: value }, window.location.origin),
    { type: THEME_CHANGE, value: theme },
  );
}

/**
 * Scans one surface in each theme: `apply` switches it, the frames listed must show the theme, and
 * the scan follows. Every theme is scanned before the test fails, so one run says all that is wrong.
 */
async function scanInEveryTheme(
  page: Page,
  surface: string,
  apply: (theme: Theme) => Promise<Frame[]>,
): Promise<void> {
  const findings: string[] = [];
  for (const theme of THEMES) {
    for (const frame of await apply(theme)) await expectTheme(frame, theme);
    findings.push(...(await scan(page, surface, theme)));
  }
  expect(findings).toEqual([]);
}

function frameOf(page: Page, file: string): Frame {
  const frame = page.frames().find((f) => new URL(f.url()).pathname.endsWith(`/${file}`));
  if (frame === undefined) throw new Error(`${page.url()} frames no ${file}`);
  return frame;
}

describe('the demo Outlook page with the task pane', () => {
  let page: Page;
  const pane = (): FrameLocator => page.frameLocator('iframe[title="Home Turf task pane"]');
  const calendar = () => page.getByRole('region', { name: 'Calendar' });
  /** The Outlook stand-in and its pane each hear the theme, as Outlook tells an add-in. */
  const everyTheme = (surface: string) =>
    scanInEveryTheme(page, surface, async (theme) => {
      const frames = [page.mainFrame(), frameOf(page, 'taskpane.html')];
      for (const frame of frames) await tellTheme(frame, theme);
      return frames;
    });

  beforeAll(async () => {
    page = await context.newPage();
    await page.goto(`${demo.url}/index.html`);
    await calendar().locator('button[data-kind="client"]').first().waitFor();
  });
  afterAll(() => page.close());

  it('has no serious finding in the week and the agenda', async () => {
    await pane().getByRole('region', { name: 'Agenda' }).getByRole('listitem').first().waitFor();
    await everyTheme('Outlook demo: week and agenda');
  });

  it("has no serious finding in Priya's prep card", async () => {
    await calendar().locator(`button[aria-label^="${SEED_SUBJECTS.clientOneToOne},"]`).first().click();
    const priya = pane().getByRole('article', { name: /Priya/ });
    await priya.getByRole('list', { name: 'Articles for Priya' }).getByRole('listitem').first().waitFor();
    await pane().getByRole('region', { name: 'Meeting agenda' }).waitFor();
    await everyTheme("Outlook demo: Priya's prep card");
  });

  it('has no serious finding in the value-add note', async () => {
    await calendar().getByRole('button', { name: 'Previous week' }).click();
    await calendar().locator(`button[aria-label^="${SEED_SUBJECTS.hrSeries},"]`).first().click();
    await pane().getByRole('button', { name: 'Add value-add note' }).click();
    await pane().getByRole('form', { name: 'Value-add note' }).waitFor();
    await everyTheme('Outlook demo: value-add note');
  });
});

describe('the demo Teams page', () => {
  let page: Page;
  const channelTab = (): FrameLocator => page.frameLocator('iframe[title="Home Turf channel tab"]');
  /** The demo's own theme switch, which tells the tabs. */
  const switchTheme = async (theme: Theme, tab: string): Promise<Frame[]> => {
    await page
      .getByRole('group', { name: 'Theme' })
      .getByRole('button', { name: THEME_BUTTON[theme] })
      .click();
    return [page.mainFrame(), frameOf(page, tab)];
  };

  beforeAll(async () => {
    page = await context.newPage();
    await page.goto(`${demo.url}/teams.html?theme=light`);
    await channelTab()
      .getByRole('table', { name: 'Clients' })
      .getByRole('row')
      .nth(3)
      .waitFor({ timeout: 30_000 });
  });
  afterAll(() => page.close());

  it('has no serious finding in the channel tab with the team view', async () => {
    await scanInEveryTheme(page, 'Teams demo: channel tab, team view', (theme) =>
      switchTheme(theme, 'channel.html'),
    );
  });

  it.each([
    ['Add client', (t: FrameLocator) => t.getByRole('form', { name: 'Client profile' })],
    ['Article library', (t: FrameLocator) => t.getByRole('table', { name: 'Articles' })],
    [
      'Campaigns',
      (t: FrameLocator) => t.getByRole('dialog').getByRole('table', { name: 'Campaigns by go-live' }),
    ],
  ])('has no serious finding in the %s panel', async (button, content) => {
    const findings: string[] = [];
    for (const theme of THEMES) {
      for (const frame of await switchTheme(theme, 'channel.html')) await expectTheme(frame, theme);
      await channelTab().getByRole('button', { name: button }).click();
      await content(channelTab()).waitFor();
      // The panel is modal: the view behind it is the one the channel tab's scan covers.
      const panel = ['iframe[title="Home Turf channel tab"]', '[role="dialog"]'];
      findings.push(...(await scan(page, `Teams demo: ${button} panel`, theme, panel)));
      await channelTab().getByRole('button', { name: 'Close the panel' }).click();
      await channelTab().getByRole('dialog').waitFor({ state: 'detached' });
    }
    expect(findings).toEqual([]);
  });

  it('has no serious finding in the personal tab', async () => {
    await page.getByRole('tab', { name: 'My Home Turf' }).click();
    await page
      .frameLocator('iframe[title="Home Turf personal tab"]')
      .getByRole('region', { name: 'My open follow-ups' })
      .waitFor({ timeout: 20_000 });
    await scanInEveryTheme(page, 'Teams demo: personal tab', (theme) => switchTheme(theme, 'personal.html'));
  });
});

describe('the pages of the build, opened on their own', () => {
  let page: Page;
  beforeEach(async () => {
    page = await context.newPage();
  });
  afterEach(() => page.close());

  it.each([
    ['taskpane.html', (p: Page) => p.getByRole('region', { name: 'Agenda' }).getByRole('listitem').first()],
    ['personal.html', (p: Page) => p.getByRole('region', { name: 'My open follow-ups' })],
    ['channel.html', (p: Page) => p.getByRole('table', { name: 'Clients' }).getByRole('row').nth(3)],
    ['config.html', (p: Page) => p.getByText(/outside Teams/).first()],
  ])('%s has no serious finding in any theme', async (file, ready) => {
    await page.goto(`${demo.url}/${file}?theme=light`);
    await ready(page).waitFor({ timeout: 30_000 });
    await scanInEveryTheme(page, `${file} on its own`, async (theme) => {
      await tellTheme(page.mainFrame(), theme);
      return [page.mainFrame()];
    });
  });

  it("personal.html's tenant health check has no serious finding in any theme", async () => {
    await page.goto(`${demo.url}/personal.html?theme=light`);
    await page.getByRole('button', { name: 'Tenant health check' }).click({ timeout: 30_000 });
    await page.getByRole('list', { name: 'Health check results' }).waitFor({ timeout: 30_000 });
    await scanInEveryTheme(page, 'personal.html: tenant health check', async (theme) => {
      await tellTheme(page.mainFrame(), theme);
      return [page.mainFrame()];
    });
  });

  // outlook.html takes its theme from Outlook; outside Outlook it can only say so, in the light theme.
  it.each([
    ['outlook.html', 'light (outside Outlook)', (p: Page) => p.getByText('Home Turf could not start')],
    ['privacy.html', 'static page', (p: Page) => p.getByRole('heading', { level: 1 })],
    ['terms.html', 'static page', (p: Page) => p.getByRole('heading', { level: 1 })],
  ])('%s has no serious finding', async (file, theme, ready) => {
    await page.goto(`${demo.url}/${file}`);
    await ready(page).waitFor();
    expect(await scan(page, `${file} on its own`, theme)).toEqual([]);
  });
});

function recordFigures(): void {
  const table = markdownTable(
    [
      'surface',
      'theme',
      'axe rules run',
      'passed',
      'serious',
      'critical',
      'moderate / minor',
      'needs review',
    ],
    rows.map((r) => [r.surface, r.theme, r.run, r.passed, r.serious, r.critical, r.lesser, r.review]),
  );
  recordSection({
    id: 'accessibility',
    title: 'Accessibility',
    body: [
      `axe-core ${axeVersion} (WCAG 2.0, 2.1 and 2.2 at A and AA, and best practices) scanned ` +
        `${rows.length} surface states of the production build in headless Chromium against the demo ` +
        'tenant, framed panes and tabs included, in every theme a surface offers; a serious or critical ' +
        "finding fails `npm test`. An editor's panel is scanned by itself: it is modal, and the view " +
        'behind it is the channel tab\'s row. "Needs review" counts checks axe could not decide alone ' +
        '(mostly contrast over layered backgrounds); "moderate / minor" are best-practice findings such as ' +
        'a tooltip outside a landmark.',
      '',
      table,
      '',
      'Rule exclusions: none. Every rule of those tags runs on every element; nothing is left out.',
    ].join('\n'),
  });
}
