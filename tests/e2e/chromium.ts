import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Page,
} from 'playwright-core';
import path from 'node:path';
import { startTenantServer, type TenantServer } from '../../src/sandbox/server';

/** Debian's Chromium; `npx playwright install` cannot download a browser here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...extraArgs, ...CHROMIUM_ARGS] });
}

/**
 * Chromium on the browser profile in `userDataDir`, as a person's own browser keeps it: what one
 * launch leaves there (IndexedDB, local storage) the next launch on the same folder finds.
 */
export function launchOnProfile(
  userDataDir: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    ...options,
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
}

/**
 * The production build the tests open: dist/, or the folder in HOME_TURF_DIST (the same variable
 * webpack.config.js writes to), so two builds can be tested side by side.
 */
export const DIST_DIR = path.resolve(__dirname, '../..', process.env.HOME_TURF_DIST ?? 'dist');

/** The demo as `npm start` serves it: the production build in dist/ and the demo tenant. */
export function startDemo(now?: Date): Promise<TenantServer> {
  return startTenantServer({
    port: 0,
    staticDir: DIST_DIR,
    dataDir: null,
    ...(now === undefined ? {} : { now: () => now }),
  });
}

/** Collects what would tell a user something broke: page errors and console errors. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/**
 * Page errors that count. Two are left out:
 * - teams-js asks the internet for Teams' valid origins when it loads, and there is no internet
 *   here, so that one request fails;
 * - the Content-Security-Policy refusing an inline event handler: the browser reports each one it
 *   meets while DOMPurify parses a hostile meeting body (`<img onerror=…>`), which is the policy
 *   doing its job. Every other policy violation stays an error.
 */
export function realErrors(errors: readonly string[]): string[] {
  return errors.filter(
    (line) =>
      !line.includes('net::ERR_NAME_NOT_RESOLVED') &&
      !line.startsWith(
        'console: Executing inline event handler violates the following Content Security Policy',
      ),
  );
}

/**
 * A function's source as an expression a page can run, for stand-ins served as a script of their
 * own (the function must be self-contained). Compilers that keep function names wrap them in a
 * `__name` helper; the page gets one that does nothing.
 */
export function pageScript(install: (options: never) => void): string {
  return `(() => { const __name = (f) => f; return (${install.toString()}); })()`;
}
