import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';

/** The prep card in the pane, and a client's part of it. */
export const CARD = 'section[aria-label="Prep card"]';
export const ARTICLE = `${CARD} article`;

/** How the hostile-input run drives the demo: the Outlook stand-in's calendar and the pane it frames. */
export type DemoDriver = {
  calendar(): Locator;
  pane(): FrameLocator;
  paneFrame(): Frame;
  openMeeting(subject: string): Promise<void>;
  showWeekOf(subject: string, weeksAhead: number): Promise<void>;
  cardShows(subject: string, text: string | RegExp): Promise<void>;
  cardSays(pattern: RegExp): Promise<string>;
};

export function demoDriver(page: Page): DemoDriver {
  const calendar = () => page.getByRole('region', { name: 'Calendar' });
  const pane = () => page.frameLocator('iframe[title="Home Turf task pane"]');
  const paneFrame = (): Frame => {
    const frame = page.frames().find((f) => f.url().includes('/taskpane.html'));
    if (frame === undefined) throw new Error('The task pane is not open');
    return frame;
  };
  return {
    calendar,
    pane,
    paneFrame,
    /** Opens the calendar entry whose label starts with the subject, as the advisor would. */
    async openMeeting(subject) {
      const entries = calendar().locator('button[data-kind]');
      const index = await entries.evaluateAll(
        (buttons, s) => buttons.findIndex((b) => (b.getAttribute('aria-label') ?? '').startsWith(`${s},`)),
        subject,
      );
      if (index < 0) throw new Error(`No calendar entry for ${JSON.stringify(subject.slice(0, 60))}`);
      // From the keyboard: the tooltip of the entry opened before may lie over this one.
      await entries.nth(index).press('Enter');
    },
    /** Shows the week `weeksAhead` of today's, where `subject` is, from whichever week is shown. */
    async showWeekOf(subject, weeksAhead) {
      const entry = calendar().locator(`button[aria-label^="${subject},"]`);
      if ((await entry.count()) > 0) return;
      const today = calendar().getByRole('button', { name: 'Today' });
      if (await today.isEnabled()) await today.click();
      for (let week = 0; week < weeksAhead; week++) {
        await calendar().getByRole('button', { name: 'Next week' }).click();
      }
      await entry.waitFor();
    },
    /** Waits until the card is on this meeting and shows `text`. */
    async cardShows(subject, text) {
      const pattern = typeof text === 'string' ? null : { source: text.source, flags: text.flags };
      await paneFrame().waitForFunction(
        ({ card, subject, text, pattern }) => {
          const root = document.querySelector(card);
          if (root?.querySelector('h2')?.textContent !== subject) return false;
          const shown = root.textContent;
          return pattern === null
            ? shown.includes(text)
            : new RegExp(pattern.source, pattern.flags).test(shown);
        },
        { card: CARD, subject, text: typeof text === 'string' ? text : '', pattern },
        { timeout: 20_000 },
      );
    },
    /** The first piece of the card's text that matches, as the user reads it. */
    async cardSays(pattern) {
      return pattern.exec((await pane().locator(CARD).textContent()) ?? '')?.[0] ?? '';
    },
  };
}
