/**
 * Time to prep card in headless Chromium: the production build's demo page, the flagship client
 * meeting chosen on its calendar, until Priya's card is visible in the task pane. Cold (a fresh
 * browser context: no cached card), with the loader's one `$batch` and, in the same run, with the
 * same requests sent one at a time (`?loader=sequential`); warm from the card cache. Run on its own
 * with `npx tsx scripts/bench/browser-card.ts`.
 */
import type { Browser, Page } from 'playwright-core';
import { SEED_SUBJECTS } from '../../src/sandbox/seed';
import {
  NetworkLog,
  callProbe,
  freshContext,
  marksOf,
  tenantControls,
  visibleAfter,
  withDemoInChromium,
  type Target,
} from './browser';
import { ensureBuild } from './build';
import { compareMedians, median, sequentialRoundTrips } from './stats';

export type BrowserCardBench = {
  latencyMs: number;
  runs: number;
  /** Medians, from choosing the meeting to Priya's card visible. */
  batchedMs: number;
  sequentialMs: number;
  ratio: number;
  /** The same meeting chosen again in the same page: the card from this device's cache. */
  warmMs: number;
  /** Graph round trips one after another before the card appeared. */
  batchedRoundTrips: number;
  sequentialRoundTrips: number;
  /** Graph requests (batch members one by one) from choosing the meeting until the page is idle. */
  requests: number;
  /** SharePoint resource units the demo tenant counted for those. */
  resourceUnits: number;
};

const RUNS = 3;

const CALENDAR_MEETING = 'section[aria-label="Calendar"] button[data-kind]';
const TARGETS: Target[] = [
  { key: 'calendar', selector: CALENDAR_MEETING },
  { key: 'agenda', selector: 'section[aria-label="Agenda"] li' },
  { key: 'card', selector: 'article', name: 'Priya' },
];

type Open = {
  ms: number;
  roundTrips: number;
  requests: number;
  resourceUnits: number;
  warmMs?: number;
};

type Controls = ReturnType<typeof tenantControls>;

/** Chooses the flagship meeting in a loaded demo page and waits for the card and for quiet. */
async function chooseMeeting(page: Page, log: NetworkLog, controls: Controls) {
  await controls.resetUsage();
  const chosenAt = await callProbe(
    page.mainFrame(),
    'choose',
    CALENDAR_MEETING,
    `${SEED_SUBJECTS.clientOneToOne},`,
  );
  if (chosenAt === undefined) throw new Error('The demo page has no probe.');
  const visible = await visibleAfter(page, 'card', chosenAt);
  await log.quiet();
  const appeared = (await marksOf(page))['card']?.appeared.find((t) => t > chosenAt) ?? visible;
  const sent = log.graphSince(chosenAt);
  return {
    ms: visible - chosenAt,
    // The card's own requests: those sent before it appeared; what its render sends comes after.
    roundTrips: sequentialRoundTrips(
      sent.filter((r) => r.start < appeared).map((r) => ({ start: r.start, end: r.answered })),
    ),
    requests: sent.reduce((n, r) => n + r.graphRequests, 0),
    resourceUnits: await controls.resourceUnits(),
  };
}

/** One cold card open in a fresh context, the page loaded without latency, the card with it. */
async function openCard(
  browser: Browser,
  demoUrl: string,
  loader: 'batch' | 'sequential',
  latencyMs: number,
  warm: boolean,
): Promise<Open> {
  const controls = tenantControls(demoUrl);
  const context = await freshContext(browser, TARGETS);
  try {
    const log = new NetworkLog(context, `${demoUrl}/graph/v1.0`);
    const page = await context.newPage();
    await controls.latency(0);
    await page.goto(loader === 'batch' ? demoUrl : `${demoUrl}/?loader=sequential`);
    await visibleAfter(page, 'calendar');
    await visibleAfter(page, 'agenda');
    await log.quiet();
    await controls.latency(latencyMs);
    const cold: Open = await chooseMeeting(page, log, controls);
    if (warm) {
      const closedAt = (await callProbe(page.mainFrame(), 'now')) ?? 0;
      await page.getByRole('button', { name: 'Close the meeting' }).click();
      await visibleAfter(page, 'agenda', closedAt);
      await log.quiet();
      cold.warmMs = (await chooseMeeting(page, log, controls)).ms;
    }
    return cold;
  } finally {
    await controls.latency(0);
    await context.close();
  }
}

/** One card open, unmeasured, so the server and browser have answered once before the runs. */
export async function warmUpBrowserCard(browser: Browser, demoUrl: string): Promise<void> {
  await openCard(browser, demoUrl, 'batch', 0, false);
}

/** Both ways of loading the card, `RUNS` times each, at one injected latency. */
export async function benchBrowserCard(
  browser: Browser,
  demoUrl: string,
  latencyMs: number,
): Promise<BrowserCardBench> {
  const batched: Open[] = [];
  const sequential: Open[] = [];
  for (let i = 0; i < RUNS; i++) {
    batched.push(await openCard(browser, demoUrl, 'batch', latencyMs, true));
    sequential.push(await openCard(browser, demoUrl, 'sequential', latencyMs, false));
  }
  return {
    latencyMs,
    runs: RUNS,
    ...compareMedians(
      batched.map((o) => o.ms),
      sequential.map((o) => o.ms),
    ),
    warmMs: median(batched.map((o) => o.warmMs ?? Number.NaN)),
    batchedRoundTrips: median(batched.map((o) => o.roundTrips)),
    sequentialRoundTrips: median(sequential.map((o) => o.roundTrips)),
    requests: median(batched.map((o) => o.requests)),
    resourceUnits: median(batched.map((o) => o.resourceUnits)),
  };
}

/** One line per latency, as a table. */
export function formatBrowserCardBench(rows: readonly BrowserCardBench[]): string {
  return [
    '| injected latency | cold, one $batch (Home Turf) | cold, one request at a time | faster by | warm (cached card) | round trips (batch / one at a time) | requests per open | SharePoint RU per open |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.latencyMs} ms | ${r.batchedMs.toFixed(0)} ms | ${r.sequentialMs.toFixed(0)} ms | ${r.ratio.toFixed(1)}× | ${r.warmMs.toFixed(0)} ms | ${r.batchedRoundTrips} / ${r.sequentialRoundTrips} | ${r.requests} | ${r.resourceUnits} |`,
    ),
  ].join('\n');
}

if (require.main === module) {
  ensureBuild();
  void withDemoInChromium(async (browser, demoUrl) => {
    const rows: BrowserCardBench[] = [];
    for (const latency of [0, 150]) rows.push(await benchBrowserCard(browser, demoUrl, latency));
    console.log(formatBrowserCardBench(rows));
  });
}
