/**
 * Takes the README's screenshots: the demo with a client meeting open, in headless Chromium.
 * Run after `npm run build`: `npm run screenshot`.
 */
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
      .locator('button[data-kind="client"]', { hasText: process.argv[2] ?? '' })
      .first();
    await meeting.click();
    await pane.getByRole('list', { name: 'Reasons' }).waitFor();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: 'docs/demo.png' });
    console.log('Wrote docs/demo.png and docs/demo-agenda.png');
  } finally {
    await browser.close();
    await demo.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
