import type { BrowserContext, Page } from 'playwright-core';
import { pageScript } from './chromium';

/**
 * Teams on the web at the window edge: an outer page on Teams' own origin that frames the tab and
 * answers teams-js's postMessage protocol as the Teams client does (`initialize`, `getContext`,
 * `authentication.authenticate`, `nestedAppAuth.execute`, the start-up notices). The tab, its
 * teams-js and MSAL are the real build; only the window around them is Teams' stand-in.
 *
 * - Without nested app authentication recommended, `authentication.authenticate` opens the
 *   page in a window of its own, whose teams-js answers with `notifySuccess`/`notifyFailure`.
 * - With it recommended, the runtime offers `nestedAppAuth`: teams-js gives the tab the bridge
 *   MSAL's nested application talks through, and each `NestedAppAuthRequest` is answered by
 *   `broker`, Teams' own token broker (the test's, signing in to the demo authority).
 */

/** Teams' origin: in teams-js's own list of hosts it trusts. */
export const TEAMS_ORIGIN = 'https://teams.microsoft.com';
const HOST_PAGE = `${TEAMS_ORIGIN}/v2/home-turf-stand-in`;

/**
 * Chromium refuses a public origin's frame onto the local network (Local Network Access); the
 * stand-in is public Teams framing a tab served on localhost, which a browser would ask the user
 * to allow. Launch with these to let it through.
 */
export const TEAMS_ON_LOCALHOST_ARGS = [
  '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessRespectPreflightResults,BlockInsecurePrivateNetworkRequests',
];

/** The tab's context as the Teams client sends it (teams-js turns it into `app.Context`). */
export type LegacyTeamsContext = {
  locale: string;
  theme: string;
  loginHint: string;
  userPrincipalName: string;
  userObjectId: string;
  tid: string;
  entityId: string;
  teamId?: string;
  teamName?: string;
  channelId?: string;
  channelName?: string;
  teamSiteUrl?: string;
  teamSiteDomain?: string;
  teamSitePath?: string;
};

export type FakeTeamsOptions = {
  /** The tab's page, e.g. https://localhost:1234/channel.html */
  tabUrl: string;
  context: LegacyTeamsContext;
  naaRecommended: boolean;
};

/** Answers one `NestedAppAuthRequest` (JSON) with a `NestedAppAuthResponse` (JSON). */
export type NestedAppAuthBroker = (request: string) => Promise<string>;

/** What the tab told Teams, in order: `appInitialization.appLoaded`, `…success`, `…failure`. */
export type TeamsNotice = { func: string; args: unknown[] };

/** Runs in the Teams page; self-contained, so it is sent as its source text. */
function installTeams(options: FakeTeamsOptions): void {
  type Request = { id: number; uuidAsString?: string; func: string; args?: unknown[]; data?: string };
  const page = window as unknown as {
    teamsNotices: { func: string; args: unknown[] }[];
    nestedAppAuthBroker?: (request: string) => Promise<string>;
  };
  page.teamsNotices = [];
  const frame = document.createElement('iframe');
  frame.title = 'Home Turf tab';
  frame.src = options.tabUrl;
  frame.style.cssText = 'border:0;width:100%;height:100vh';
  document.body.style.margin = '0';
  document.body.append(frame);
  const tabOrigin = new URL(options.tabUrl).origin;
  const runtime = {
    apiVersion: 4,
    isLegacyTeams: false,
    isNAAChannelRecommended: options.naaRecommended,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    supports: {
      app: {},
      appEntity: {},
      authentication: {},
      pages: { appButton: {}, config: {}, tabs: {} },
      teamsCore: {},
      ...(options.naaRecommended ? { nestedAppAuth: {} } : {}),
    },
  };
  // Sign-in windows Teams opened, each with the answer its tab is waiting for.
  const signIns = new Map<Window, (args: unknown[]) => void>();

  window.addEventListener('message', (event: MessageEvent<Request>) => {
    const request = event.data;
    const source = event.source as Window | null;
    if (source === null || event.origin !== tabOrigin || typeof request.func !== 'string') return;
    const reply = (args: unknown[]) => {
      source.postMessage({ id: request.id, uuidAsString: request.uuidAsString, args }, event.origin);
    };
    const args = request.args ?? [];
    switch (request.func) {
      case 'initialize':
        reply([
          source === frame.contentWindow ? 'content' : 'authentication',
          'web',
          '2.58.0',
          JSON.stringify(runtime),
        ]);
        return;
      case 'getContext':
        reply([{ ...options.context, frameContext: 'content', hostClientType: 'web' }]);
        return;
      case 'authentication.authenticate': {
        const [url, width, height] = args as [string, number, number];
        const signIn = window.open(url, 'teams-sign-in', `popup,width=${width},height=${height}`);
        if (signIn === null) {
          reply([false, 'FailedToOpenWindow']);
          return;
        }
        signIns.set(signIn, reply);
        const watch = setInterval(() => {
          if (!signIn.closed) return;
          clearInterval(watch);
          if (signIns.delete(signIn)) reply([false, 'CancelledByUser']);
        }, 200);
        return;
      }
      case 'authentication.authenticate.success':
      case 'authentication.authenticate.failure': {
        const answer = signIns.get(source);
        signIns.delete(source);
        answer?.([request.func.endsWith('success'), args[0]]);
        return;
      }
      case 'nestedAppAuth.execute': {
        const broker = page.nestedAppAuthBroker;
        if (broker === undefined || typeof request.data !== 'string') return;
        void broker(request.data).then((response) => {
          source.postMessage(
            { id: request.id, uuidAsString: request.uuidAsString, args: [null, response] },
            event.origin,
          );
        });
        return;
      }
      default:
        page.teamsNotices.push({ func: request.func, args });
    }
  });
}

/**
 * Opens Teams with the tab in it: the Teams page (served on Teams' origin by the test) frames
 * `options.tabUrl`. With `broker`, nested app authentication requests reach it.
 */
export async function openInFakeTeams(
  context: BrowserContext,
  options: FakeTeamsOptions,
  broker?: NestedAppAuthBroker,
): Promise<Page> {
  await context.route(`${HOST_PAGE}*`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Microsoft Teams</title></head><body><script>${pageScript(installTeams)}(${JSON.stringify(options)});</script></body></html>`,
    }),
  );
  const teams = await context.newPage();
  if (broker !== undefined) {
    await teams.exposeFunction('nestedAppAuthBroker', broker);
  }
  await teams.goto(HOST_PAGE);
  return teams;
}

/** The start-up notices the tab has sent Teams so far. */
export function teamsNotices(teams: Page): Promise<TeamsNotice[]> {
  return teams.evaluate(() => (window as unknown as { teamsNotices: TeamsNotice[] }).teamsNotices);
}
