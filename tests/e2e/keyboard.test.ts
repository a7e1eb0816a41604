import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TenantServer } from '../../src/sandbox/server';
import { SEED_SUBJECTS } from '../../src/sandbox/seed';
import { markdownTable, recordSection } from '../report/record';
import { launchChromium, startDemo } from './chromium';

/**
 * The advisor's path through the demo with the keyboard alone: open last week's HR comms sync with
 * Priya from the calendar, read its prep card, then write the meeting's value-add note and save it.
 * Only `page.keyboard` drives the page. After every key the focus must sit on an element with a
 * box and a visible indicator, and never fall back to the page's body.
 */

jest.setTimeout(180_000);

/** A Tuesday morning: last week's HR comms sync with Priya is over, so its note can be written. */
const NOW = new Date('2026-11-24T08:00:00Z');

/** The most Tab presses a step may take to reach its control before it counts as unreachable. */
const MAX_TABS = 120;

/** Where the focus is, read through the frames it sits in. */
type Focus = {
  /** The focused element is a document's body (or nothing): focus was lost. */
  lost: boolean;
  /** Fluent's focus guards hand focus on; they are never where it rests. */
  guard: boolean;
  frame: string;
  tag: string;
  role: string;
  name: string;
  /** The aria-labels of the named sections, regions, forms and articles around it, outermost first. */
  within: string[];
  box: { x: number; y: number; width: number; height: number };
};

let demo: TenantServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  demo = await startDemo(NOW);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, reducedMotion: 'reduce' });
  await context.clock.setFixedTime(NOW);
  page = await context.newPage();
});

afterAll(async () => {
  await context.close();
  await browser.close();
  await demo.close();
});

/** Reads the focused element, entering same-origin frames as the focus does. */
function readFocus(): Promise<Focus> {
  return page.evaluate(() => {
    let doc: Document = document;
    let element: Element | null = doc.activeElement;
    let frame = 'page';
    let dx = 0;
    let dy = 0;
    while (element !== null && element.tagName === 'IFRAME') {
      const iframe = element as HTMLIFrameElement;
      const inner = iframe.contentDocument;
      if (inner === null) break;
      const rect = iframe.getBoundingClientRect();
      dx += rect.x + iframe.clientLeft;
      dy += rect.y + iframe.clientTop;
      frame = iframe.title;
      doc = inner;
      element = inner.activeElement;
    }
    const box = element?.getBoundingClientRect();
    const within: string[] = [];
    for (let e = element?.parentElement ?? null; e !== null; e = e.parentElement) {
      const label = e.getAttribute('aria-label');
      if (label !== null && /^(SECTION|FORM|ARTICLE|ASIDE|NAV|MAIN)$/.test(e.tagName)) within.unshift(label);
    }
    const labelledBy = element?.getAttribute('aria-labelledby') ?? null;
    const labels =
      element !== null && 'labels' in element ? [...((element as HTMLInputElement).labels ?? [])] : [];
    const name =
      element?.getAttribute('aria-label') ??
      (labelledBy === null ? null : doc.getElementById(labelledBy)?.textContent) ??
      (labels.length > 0 ? labels.map((l) => l.textContent).join(' ') : null) ??
      element?.textContent ??
      '';
    return {
      lost: element === null || element === doc.body || element === doc.documentElement,
      guard: element?.hasAttribute('data-tabster-dummy') ?? false,
      frame,
      tag: element?.tagName.toLowerCase() ?? '',
      role: element?.getAttribute('role') ?? '',
      name: name.replace(/\s+/g, ' ').trim().slice(0, 90),
      within,
      box: { x: (box?.x ?? 0) + dx, y: (box?.y ?? 0) + dy, width: box?.width ?? 0, height: box?.height ?? 0 },
    };
  });
}

const describeFocus = (f: Focus) =>
  `${f.frame} › ${[...f.within, `${f.tag}${f.role ? `[role=${f.role}]` : ''} "${f.name}"`].join(' › ')}`;

/** Waits for the focus to come to rest (past Fluent's guards, past a pane loading) and reads it. */
async function settledFocus(): Promise<Focus> {
  let focus = await readFocus();
  for (let tries = 0; tries < 50 && (focus.lost || focus.guard); tries++) {
    await page.waitForTimeout(100);
    focus = await readFocus();
  }
  return focus;
}

/**
 * Whether the focus can be seen: the focused element drawn with and without the focus must differ
 * around its box (outline, ring, underline or border, whichever the component uses). Checked when
 * the focus arrives on an element; a key that moves within it (the parts of a date field) keeps
 * it there, and taking the focus away and back would reset the field to its first part.
 */
async function focusIsVisible(focus: Focus): Promise<boolean> {
  const margin = 6;
  const clip = {
    x: Math.max(0, focus.box.x - margin),
    y: Math.max(0, focus.box.y - margin),
    width: focus.box.width + 2 * margin,
    height: focus.box.height + 2 * margin,
  };
  const shot = () => page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  const focused = await shot();
  const probe = await page.evaluate(() => {
    let doc: Document = document;
    let element: Element | null = doc.activeElement;
    while (element?.tagName === 'IFRAME') {
      const inner = (element as HTMLIFrameElement).contentDocument;
      if (inner === null) break;
      doc = inner;
      element = inner.activeElement;
    }
    const memory = window as { focusProbe?: Element | null };
    if (element !== null && memory.focusProbe === element) return 'seen';
    memory.focusProbe = element;
    if (!(element instanceof (doc.defaultView ?? window).HTMLElement)) return 'not an element';
    element.blur();
    return 'blurred';
  });
  if (probe === 'seen') return true;
  if (probe !== 'blurred') return false;
  const unfocused = await shot();
  await page.evaluate(() => {
    const element = (window as { focusProbe?: Element | null }).focusProbe as HTMLElement | null | undefined;
    element?.focus({ preventScroll: true });
  });
  return !focused.equals(unfocused);
}

/** Whether the focus is on the last Tab stop of the named region (in the frame that has focus). */
function isLastStopIn(region: string): Promise<boolean> {
  return page.evaluate((label) => {
    let doc: Document = document;
    while (doc.activeElement?.tagName === 'IFRAME') {
      const inner = (doc.activeElement as HTMLIFrameElement).contentDocument;
      if (inner === null) break;
      doc = inner;
    }
    const container = doc.querySelector(`[aria-label="${label}"]`);
    if (container === null) return false;
    const stops = [
      ...container.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]'),
    ]
      .filter((e) => e.tabIndex >= 0 && !e.hasAttribute('disabled') && !e.hasAttribute('data-tabster-dummy'))
      .filter((e) => e.getClientRects().length > 0);
    return stops[stops.length - 1] === doc.activeElement;
  }, region);
}

type Step = { step: string; keys: number; typed: number; outcome: string };
const steps: Step[] = [];
let keysInStep = 0;
let typedInStep = 0;

/** One key, then the focus checks: at rest, not lost, with a box, visibly drawn. */
async function press(key: string, until?: () => Promise<void>): Promise<Focus> {
  await page.keyboard.press(key);
  keysInStep += 1;
  // What the key set going (a pane loading, a form opening) is waited for before the focus is read.
  await until?.();
  const focus = await settledFocus();
  expect({ key, lost: focus.lost, at: describeFocus(focus) }).toEqual({
    key,
    lost: false,
    at: describeFocus(focus),
  });
  expect({ at: describeFocus(focus), hasBox: focus.box.width > 0 && focus.box.height > 0 }).toEqual({
    at: describeFocus(focus),
    hasBox: true,
  });
  expect({ at: describeFocus(focus), visible: await focusIsVisible(focus) }).toEqual({
    at: describeFocus(focus),
    visible: true,
  });
  return focus;
}

/** Tab (or Shift+Tab) until `wanted` has the focus; fails, with the trail, if it is out of reach. */
async function tabTo(wanted: (f: Focus) => boolean, what: string, direction: 'Tab' | 'Shift+Tab' = 'Tab') {
  const trail: string[] = [];
  for (let i = 0; i < MAX_TABS; i++) {
    const focus = await press(direction);
    trail.push(describeFocus(focus));
    if (wanted(focus)) return focus;
  }
  throw new Error(
    `${what} is out of reach after ${MAX_TABS} × ${direction}; the focus went:\n${trail.join('\n')}`,
  );
}

async function type(text: string): Promise<void> {
  await page.keyboard.type(text);
  typedInStep += text.length;
}

async function step(name: string, walk: () => Promise<string>): Promise<void> {
  keysInStep = 0;
  typedInStep = 0;
  const outcome = await walk();
  steps.push({ step: name, keys: keysInStep, typed: typedInStep, outcome });
}

const pane = () => page.frameLocator('iframe[title="Home Turf task pane"]');
const calendar = () => page.getByRole('region', { name: 'Calendar' });
const named = (prefix: string) => (f: Focus) => f.name.startsWith(prefix);

it('opens a client meeting, reads its prep card and saves its value-add note with the keyboard alone', async () => {
  await page.goto(demo.url);
  await page
    .getByRole('region', { name: 'Calendar' })
    .locator('button[data-kind="client"]')
    .first()
    .waitFor();
  await pane().getByRole('region', { name: 'Needs a value-add note' }).waitFor();

  await step('Go to last week (Tab to "Previous week", Enter)', async () => {
    await tabTo(named('Previous week'), '"Previous week"');
    await press('Enter', () =>
      calendar().locator(`button[aria-label^="${SEED_SUBJECTS.hrSeries},"]`).first().waitFor(),
    );
    expect((await settledFocus()).name).toBe('Previous week');
    return 'the calendar shows last week; focus stays on the button';
  });

  await step("Open last week's HR comms sync with Priya (Tab to it, Escape, Enter)", async () => {
    await tabTo(named(`${SEED_SUBJECTS.hrSeries},`), 'The HR comms sync');
    // The meeting's reasons show on focus, and Escape puts them away without moving the focus.
    const reasons = page.getByRole('tooltip');
    await reasons.waitFor();
    await press('Escape', () => reasons.waitFor({ state: 'hidden' }));
    expect((await settledFocus()).name.startsWith(`${SEED_SUBJECTS.hrSeries},`)).toBe(true);
    await press('Enter', () =>
      pane().getByRole('region', { name: 'Prep card' }).getByRole('heading', { level: 2 }).waitFor(),
    );
    expect((await settledFocus()).name.startsWith(`${SEED_SUBJECTS.hrSeries},`)).toBe(true);
    return 'its reasons show on focus and Escape hides them; the pane opens on the meeting, focus stays on it';
  });

  await step('Reach the prep card in the pane (Tab)', async () => {
    const priya = pane().getByRole('article', { name: /Priya/ });
    await priya.getByRole('list', { name: 'Articles for Priya' }).getByRole('listitem').first().waitFor();
    const focus = await tabTo((f) => f.within.includes('Prep card'), 'The prep card');
    expect(focus.frame).toBe('Home Turf task pane');
    return `focus enters the card at ${describeFocus(focus)}`;
  });

  await step("Read Priya's card to its last control (Tab, Space)", async () => {
    const visited = new Set<string>();
    let focus = await settledFocus();
    let ticked = false;
    for (;;) {
      expect(focus.within).toContain('Prep card');
      for (const label of focus.within) visited.add(label);
      if (!ticked && focus.within.includes('Talking points')) {
        // A talking point is ticked off with Space, as a checkbox is.
        await press(' ');
        expect(
          await pane()
            .getByRole('list', { name: /^Talking points with/ })
            .getByRole('checkbox', { checked: true })
            .count(),
        ).toBe(1);
        ticked = true;
      }
      if (await isLastStopIn('Prep card')) break;
      if (keysInStep > MAX_TABS) throw new Error('The prep card never ends');
      focus = await press('Tab');
    }
    // Every part with a control was passed through on the way.
    expect([...visited]).toEqual(expect.arrayContaining(['Talking points', 'Articles to bring']));
    // The parts without a control are there for a screen reader's heading navigation.
    const headings = (
      await pane().getByRole('article', { name: /Priya/ }).getByRole('heading').allInnerTexts()
    ).map((h) => h.trim());
    expect(headings).toEqual(
      expect.arrayContaining([
        'Talking points',
        'Their priorities',
        'Their file',
        'Campaign early warning',
        'Recent activity',
        'Articles to bring',
      ]),
    );
    const parts = [...visited].filter((v) => v !== 'Prep card' && !v.startsWith('Priya'));
    return (
      `focus passes through ${parts.join(', ')} (a talking point ticked with Space); ` +
      `the card's ${headings.length} headings are in its outline`
    );
  });

  await step('Open the note (Shift+Tab to "Add value-add note", Enter)', async () => {
    await tabTo(named('Add value-add note'), '"Add value-add note"', 'Shift+Tab');
    await press('Enter', () => pane().getByRole('form', { name: 'Value-add note' }).waitFor());
    const focus = await settledFocus();
    expect(focus.within).toContain('Value-add note');
    return `the note opens in place with focus on its heading`;
  });

  for (const [button, field, text] of [
    ['Add value offered', 'Value 1', 'Shared the onboarding survey benchmark'],
    ['Add follow-up', 'Follow-up 1', 'Send Priya the week-one email draft'],
  ] as const) {
    await step(`${button} (Tab to it, Enter, type)`, async () => {
      await tabTo(named(button), `"${button}"`);
      await press('Enter', () => pane().getByRole('textbox', { name: field, exact: true }).waitFor());
      expect((await settledFocus()).name).toBe(field);
      await type(text);
      expect(await pane().getByRole('textbox', { name: field, exact: true }).inputValue()).toBe(text);
      return `the new row takes the focus in its text field, "${field}"`;
    });
  }

  await step('Save the note (Tab to "Save note", Enter)', async () => {
    await tabTo(named('Save note'), '"Save note"');
    await press('Enter', () => pane().getByText('Saved for the team').waitFor({ timeout: 20_000 }));
    const focus = await settledFocus();
    expect(focus.lost).toBe(false);
    expect(focus.frame).toBe('Home Turf task pane');
    return `"Saved for the team"; focus on ${describeFocus(focus)}`;
  });

  recordFigures();
});

function recordFigures(): void {
  const keys = steps.reduce((sum, s) => sum + s.keys, 0);
  const typed = steps.reduce((sum, s) => sum + s.typed, 0);
  recordSection({
    id: 'keyboard',
    title: 'Keyboard only',
    body: [
      'The demo driven by keyboard alone in headless Chromium (Tab, Shift+Tab, Enter, Space, Escape and ' +
        "typing; no pointer): last week's HR comms sync with Priya opened from the calendar, its prep card read to " +
        "its last control, the meeting's value-add note written and saved. After every key the focus was " +
        'at rest on an element with a box, drawn visibly differently from the same element unfocused, ' +
        "and never on a page's body.",
      '',
      markdownTable(
        ['step', 'key presses', 'characters typed', 'outcome'],
        steps.map((s) => [s.step, s.keys, s.typed, s.outcome]),
      ),
      '',
      `${keys} key presses and ${typed} typed characters in all.`,
    ].join('\n'),
  });
}
