/**
 * Cold load of each page to its first meaningful paint in headless Chromium: a fresh browser
 * context per load (nothing cached), from navigation start until the surface's main content is
 * visible, with the browser's First Contentful Paint and the JavaScript it downloaded (gzip bytes)
 * before that moment and in all once the page is idle. Run on its own with
 * `npx tsx scripts/bench/surfaces.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { DIST_DIR } from '../../tests/e2e/chromium';
import {
  NetworkLog,
  callProbe,
  freshContext,
  fromEveryFrame,
  visibleAfter,
  withDemoInChromium,
  type Target,
} from './browser';
import { ensureBuild } from './build';
import { median } from './stats';

type Surface = {
  file: string;
  /** What the page is, in the table. */
  label: string;
  /** Its main content, in words for the table. */
  content: string;
  target: Omit<Target, 'key'>;
};

const AGENDA_MEETING = { selector: 'section[aria-label="Agenda"] li' };
const CLIENTS_TABLE = { selector: 'section[aria-label="Team view"] table[aria-label="Clients"]' };

export const SURFACES: readonly Surface[] = [
  {
    file: 'index.html',
    label: 'demo Outlook',
    content: 'a meeting in the calendar',
    target: { selector: 'section[aria-label="Calendar"] button[data-kind]' },
  },
  { file: 'taskpane.html', label: 'task pane', content: 'a meeting in the agenda', target: AGENDA_MEETING },
  {
    file: 'teams.html',
    label: 'demo Teams',
    content: 'the team view’s clients table',
    target: CLIENTS_TABLE,
  },
  {
    file: 'personal.html',
    label: 'personal tab',
    content: 'a meeting in the agenda',
    target: AGENDA_MEETING,
  },
  {
    file: 'channel.html',
    label: 'channel tab',
    content: 'the team view’s clients table',
    target: CLIENTS_TABLE,
  },
  {
    file: 'config.html',
    label: 'channel configuration',
    content: 'its heading',
    target: { selector: 'main h1', name: 'Add Home Turf' },
  },
];

export type SurfaceBench = {
  file: string;
  label: string;
  content: string;
  runs: number;
  /** Medians, from navigation start. */
  firstContentfulPaintMs: number;
  mainContentMs: number;
  /** Gzip bytes of the scripts fully downloaded before the main content was visible. */
  scriptBytesBefore: number;
  /** Gzip bytes of every script the page downloaded, workers included, once it was idle. */
  scriptBytesTotal: number;
};

const RUNS = 3;

/** Gzip size of a script the log did not see the body of: the same file, from the build. */
function gzipOfBuilt(url: string): number {
  const file = join(DIST_DIR, new URL(url).pathname);
  return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
}

type Load = Omit<SurfaceBench, 'file' | 'label' | 'content' | 'runs'>;

async function loadOnce(browser: Browser, demoUrl: string, surface: Surface): Promise<Load> {
  const context = await freshContext(browser, [{ key: 'main', ...surface.target }]);
  try {
    const log = new NetworkLog(context, `${demoUrl}/graph/v1.0`);
    const page = await context.newPage();
    await page.goto(`${demoUrl}/${surface.file}`);
    const visible = await visibleAfter(page, 'main');
    await log.quiet(500);
    const main = page.mainFrame();
    const origin = (await callProbe(main, 'timeOrigin')) ?? Number.NaN;
    const paint = (await callProbe(main, 'firstContentfulPaint')) ?? Number.NaN;

    const gzip = new Map<string, number>();
    for (const request of log.finished) {
      if (request.scriptGzipBytes === undefined) continue;
      gzip.set(request.url, (await request.scriptGzipBytes) ?? gzipOfBuilt(request.url));
    }
    const bytesOf = (urls: Iterable<string>) =>
      [...new Set(urls)].reduce((sum, url) => sum + (gzip.get(url) ?? gzipOfBuilt(url)), 0);
    const loaded = (await fromEveryFrame(page, 'scripts')).flat();
    return {
      firstContentfulPaintMs: paint - origin,
      mainContentMs: visible - origin,
      scriptBytesBefore: bytesOf(loaded.filter((s) => s.end <= visible).map((s) => s.url)),
      scriptBytesTotal: bytesOf(gzip.keys()),
    };
  } finally {
    await context.close();
  }
}

/** Every surface, `RUNS` cold loads each. */
export async function benchSurfaces(browser: Browser, demoUrl: string): Promise<SurfaceBench[]> {
  const [first] = SURFACES;
  if (first !== undefined) await loadOnce(browser, demoUrl, first); // warm-up: the server's first answers
  const results: SurfaceBench[] = [];
  for (const surface of SURFACES) {
    const loads: Load[] = [];
    for (let i = 0; i < RUNS; i++) loads.push(await loadOnce(browser, demoUrl, surface));
    const mid = (figure: keyof Load) => median(loads.map((l) => l[figure]));
    results.push({
      file: surface.file,
      label: surface.label,
      content: surface.content,
      runs: RUNS,
      firstContentfulPaintMs: mid('firstContentfulPaintMs'),
      mainContentMs: mid('mainContentMs'),
      scriptBytesBefore: mid('scriptBytesBefore'),
      scriptBytesTotal: mid('scriptBytesTotal'),
    });
  }
  return results;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

/** One line per surface, as a table. */
export function formatSurfaces(rows: readonly SurfaceBench[]): string {
  return [
    '| page | main content | first contentful paint | main content visible | JS before it (gzip) | JS in all, idle (gzip) |',
    '|---|---|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| \`${r.file}\` ${r.label} | ${r.content} | ${r.firstContentfulPaintMs.toFixed(0)} ms | ${r.mainContentMs.toFixed(0)} ms | ${kB(r.scriptBytesBefore)} | ${kB(r.scriptBytesTotal)} |`,
    ),
  ].join('\n');
}

if (require.main === module) {
  ensureBuild();
  void withDemoInChromium(async (browser, demoUrl) => {
    console.log(formatSurfaces(await benchSurfaces(browser, demoUrl)));
  });
}
