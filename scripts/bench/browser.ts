/**
 * What the browser benchmarks share: a fresh Chromium context per measurement with the in-page
 * probe (page-probe.js) in every frame, a log of what the pages sent over the network, and the
 * demo tenant's own counters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Frame, Page, Request } from 'playwright-core';
import { launchChromium, startDemo } from '../../tests/e2e/chromium';
import { graphRequestsIn } from './stats';

/** An element the probe watches for: `selector`, with an accessible name containing `name`. */
export type Target = { key: string; selector: string; name?: string };

/** When each watched element appeared and became visible, every time it did, per target key. */
export type Marks = Record<string, { appeared: number[]; visible: number[] } | undefined>;

/** What the probe offers in each frame (see page-probe.js). */
export type Probe = {
  marks(): Marks;
  choose(selector: string, prefix: string): number;
  firstContentfulPaint(): number | null;
  scripts(): { url: string; end: number }[];
  now(): number;
  timeOrigin(): number;
};

const PROBE = readFileSync(join(__dirname, 'page-probe.js'), 'utf8');

/**
 * The production build served by a fresh demo tenant, and headless Chromium, for the time
 * `measure` takes; both closed after. Call ensureBuild() first.
 */
export async function withDemoInChromium<T>(
  measure: (browser: Browser, demoUrl: string) => Promise<T>,
): Promise<T> {
  const demo = await startDemo();
  try {
    const browser = await launchChromium();
    try {
      return await measure(browser, demo.url);
    } finally {
      await browser.close();
    }
  } finally {
    await demo.close();
  }
}

/**
 * A browser context as a first visit has it: no HTTP cache, no IndexedDB (so no cached prep
 * card), no session. Every frame gets the probe before its own scripts run.
 */
export async function freshContext(browser: Browser, targets: readonly Target[]): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript({ content: `${PROBE}\nhomeTurfProbe(${JSON.stringify(targets)});` });
  return context;
}

/** Calls a method of the probe in one frame; undefined when the frame has none (a blank frame). */
function askProbe(frame: Frame, method: keyof Probe, args: readonly unknown[]): Promise<unknown> {
  return frame.evaluate(
    ([name, values]) => {
      const probe = (window as unknown as { homeTurfBench?: Record<string, (...a: unknown[]) => unknown> })
        .homeTurfBench;
      return probe?.[name]?.(...values);
    },
    [method, args] as const,
  );
}

/** Calls the probe in one frame; undefined when the frame has none (a blank frame). */
export async function callProbe<K extends keyof Probe>(
  frame: Frame,
  method: K,
  ...args: Parameters<Probe[K]>
): Promise<ReturnType<Probe[K]> | undefined> {
  // reason: the probe's answer crosses into Node as JSON of the shape Probe declares.
  return (await askProbe(frame, method, args)) as ReturnType<Probe[K]> | undefined;
}

/** The probe's answer from every frame of a page that has one and is still there. */
export async function fromEveryFrame<K extends 'marks' | 'scripts'>(
  page: Page,
  method: K,
): Promise<ReturnType<Probe[K]>[]> {
  const answers = await Promise.all(
    // A frame navigating or gone meanwhile has nothing to say.
    page.frames().map((frame) => askProbe(frame, method, []).catch(() => undefined)),
  );
  // reason: as in callProbe, the shape Probe declares.
  return answers.filter((answer) => answer !== undefined) as ReturnType<Probe[K]>[];
}

/** The probe's marks from every frame of a page, merged. */
export async function marksOf(page: Page): Promise<Marks> {
  const merged: Marks = {};
  for (const marks of await fromEveryFrame(page, 'marks')) {
    for (const [key, mark] of Object.entries(marks)) {
      if (mark === undefined) continue;
      const seen = merged[key] ?? { appeared: [], visible: [] };
      merged[key] = {
        appeared: [...seen.appeared, ...mark.appeared].sort((a, b) => a - b),
        visible: [...seen.visible, ...mark.visible].sort((a, b) => a - b),
      };
    }
  }
  return merged;
}

/** Waits until `key` has become visible in some frame of the page after `after`; returns when. */
export async function visibleAfter(page: Page, key: string, after = 0, timeoutMs = 30_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const time = (await marksOf(page))[key]?.visible.find((t) => t > after);
    if (time !== undefined) return time;
    await sleep(50);
  }
  throw new Error(`"${key}" did not become visible within ${timeoutMs} ms.`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** One finished HTTP request, on the browser's clock. */
export type Logged = {
  url: string;
  method: string;
  /** When it was sent, and when its answer began to arrive. */
  start: number;
  answered: number;
  /** Graph requests it carried: a `$batch`'s members, else 1; 0 for anything not Graph. */
  graphRequests: number;
  /** Gzip size of a script's body (what a server compressing with zlib would send), if readable. */
  scriptGzipBytes?: Promise<number | undefined>;
};

/**
 * Everything the context's pages (and their workers) sent, once answered, with Graph requests and
 * scripts told apart; and whether the network has gone quiet.
 */
export class NetworkLog {
  readonly finished: Logged[] = [];
  private inFlight = 0;
  private lastActivity = performance.now();

  constructor(
    context: BrowserContext,
    private readonly graphBaseUrl: string,
  ) {
    context.on('request', () => {
      this.inFlight += 1;
      this.lastActivity = performance.now();
    });
    context.on('requestfinished', (request) => {
      this.settle();
      this.record(request);
    });
    context.on('requestfailed', () => {
      this.settle();
    });
  }

  private settle(): void {
    this.inFlight -= 1;
    this.lastActivity = performance.now();
  }

  private record(request: Request): void {
    const timing = request.timing();
    const url = request.url();
    const graph = url.startsWith(`${this.graphBaseUrl}/`);
    const logged: Logged = {
      url,
      method: request.method(),
      start: timing.startTime,
      // The first byte, not the last: the browser notes the end of a body late when it is busy,
      // after the page may already have sent its next request.
      answered: timing.startTime + Math.max(timing.responseStart, 0),
      graphRequests: graph ? graphRequestsIn(request.method(), url, request.postData()) : 0,
    };
    if (new URL(url).pathname.endsWith('.js')) {
      logged.scriptGzipBytes = request
        .response()
        .then(async (response) => (response === null ? undefined : gzipSync(await response.body()).length))
        .catch(() => undefined);
    }
    this.finished.push(logged);
  }

  /** Graph requests answered that started at or after `from` (browser clock). */
  graphSince(from: number): Logged[] {
    return this.finished.filter((r) => r.graphRequests > 0 && r.start >= from);
  }

  /** Resolves once nothing has been in flight for `quietMs`. */
  async quiet(quietMs = 250, timeoutMs = 30_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (this.inFlight > 0 || performance.now() - this.lastActivity < quietMs) {
      if (performance.now() > deadline) throw new Error('The page never went quiet.');
      await sleep(25);
    }
  }
}

/** The demo tenant's controls: latency and its counters. */
export function tenantControls(origin: string) {
  const call = async (path: string, method: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
    return response.json();
  };
  return {
    latency: async (latencyMs: number) => {
      await call('/demo/faults', 'POST', { latencyMs });
    },
    resetUsage: async () => {
      await call('/demo/usage', 'DELETE');
    },
    resourceUnits: async () => {
      const usage = (await call('/demo/usage', 'GET')) as { sharePoint: { resourceUnits: number } };
      return usage.sharePoint.resourceUnits;
    },
  };
}
