/**
 * Takes the README's screenshots: the demo with a client meeting open, in headless Chromium.
 * Run after `npm run build`: `npm run screenshot`.
 */
import { SEED_SUBJECTS } from '../src/sandbox/seed';
import { launchChromium, startDemo } from '../tests/e2e/chromium';

async function main(): Promise<void> {
  const demo = await startDemo();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(demo.url);
    const calendar = page.getByRole('region', { name: 'Calendar' });
    const pane = page.frameLocator('iframe[title="Home Turf task pane"]');
    await pane.getByRole('region', { name: 'Agenda' }).getByRole('listitem').first().waitFor();
    await page.screenshot({ path: 'docs/demo-agenda.png' });
    const meeting = calendar
      .locator('button[data-kind="client"]', { hasText: process.argv[2] ?? SEED_SUBJECTS.clientOneToOne })
      .first();
    await meeting.click();
    await pane
      .getByRole('list', { name: /^Articles for / })
      .first()
      .waitFor();
    // The meeting keeps focus after the click, and a focused meeting shows its tooltip over the pane.
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: 'docs/demo.png' });
    // The whole card, as tall as it is: the pane's own page, scrolled through by a tall viewport.
    await page.setViewportSize({ width: 1440, height: 2600 });
    await pane
      .getByRole('list', { name: /^Articles for / })
      .first()
      .waitFor();
    await page.locator('iframe[title="Home Turf task pane"]').screenshot({ path: 'docs/demo-card.png' });
    // The Teams stand-in with the channel tab's team view.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${demo.url}/teams.html`);
    await page
      .frameLocator('iframe[title="Home Turf channel tab"]')
      .getByRole('table', { name: 'Clients' })
      .waitFor({ timeout: 20_000 });
    await page.screenshot({ path: 'docs/demo-teams.png' });
    console.log('Wrote docs/demo.png, docs/demo-card.png, docs/demo-agenda.png and docs/demo-teams.png');
  } finally {
    await browser.close();
    await demo.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
