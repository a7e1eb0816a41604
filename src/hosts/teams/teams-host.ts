import { app, authentication, nestedAppAuth } from '@microsoft/teams-js';
import type { TeamsForSignIn } from '../../auth/teams-sign-in';
import type { Host, HostTheme } from '../host';
import { localSettings } from '../local-settings';

/** The team a channel tab belongs to, as the Teams context names it; null in a personal tab. */
export type TeamsTeam = {
  displayName: string | undefined;
  channelName: string | undefined;
  /** The team's SharePoint site, for a link; `storeSite` on the host is the Graph address. */
  siteUrl: string | undefined;
};

/** A Host built from the Teams context, with the team when the tab is a channel tab. */
export type TeamsHost = Host & {
  kind: 'teams';
  team: TeamsTeam | null;
  /** The signed-in Teams user, so sign-in can skip the account picker. */
  loginHint: string | undefined;
};

const THEMES: Readonly<Record<string, HostTheme>> = { default: 'light', dark: 'dark', contrast: 'contrast' };

/**
 * Teams' theme names to the host's. Anything else (Teams' newer "glass", or a name not known
 * yet) falls back to light, the theme every Teams client supports.
 */
export function hostThemeOf(teamsTheme: string | undefined): HostTheme {
  return (teamsTheme === undefined ? undefined : THEMES[teamsTheme]) ?? 'light';
}

/**
 * The Graph address of the team's SharePoint site (`host:/sites/path`), where the team store
 * lives: from the domain and path Teams gives, else read off the site's URL.
 */
export function storeSiteOf(site: app.Context['sharePointSite']): string | undefined {
  if (site === undefined) return undefined;
  const { teamSiteDomain: domain, teamSitePath: path, teamSiteUrl: url } = site;
  if (domain !== undefined && domain !== '' && path !== undefined && path !== '') {
    return `${domain}:${sitePath(path)}`;
  }
  if (url === undefined || url === '') return undefined;
  try {
    const parsed = new URL(url);
    return `${parsed.host}:${sitePath(parsed.pathname)}`;
  } catch {
    return undefined;
  }
}

/** One leading slash, no trailing one (the root site stays `/`). */
function sitePath(path: string): string {
  return `/${path.replace(/^\/+/, '')}`.replace(/(.)\/+$/, '$1');
}

/** What `connectToTeams` needs from the page and teams-js; tests hand in their own. */
export type TeamsConnection = {
  /** teams-js `app.initialize`; each call waits up to 60 s for Teams to answer. */
  initialize(): Promise<void>;
  /** Whether anything could be Teams: a parent frame, an opener, or Teams' mobile bridge. */
  hasHostWindow(): boolean;
};

const pageConnection: TeamsConnection = {
  initialize: () => app.initialize(),
  hasHostWindow: () =>
    window.parent !== window ||
    (window.opener !== null && window.opener !== undefined) ||
    'nativeInterface' in window,
};

/** Teams did not answer: the tab was framed, but nothing spoke the Teams protocol to it. */
export class TeamsDidNotAnswerError extends Error {
  override readonly name = 'TeamsDidNotAnswerError';

  constructor(attempts: number) {
    super(
      `Teams did not answer after ${String(attempts)} tries. Close the tab and open it again; if it keeps happening, sign out of Teams and back in.`,
    );
  }
}

export type ConnectOptions = {
  /**
   * How long Teams may take before the page says it is still connecting.
   * @default 3000
   */
  patienceMs?: number;
  /** Called once when Teams is slower than `patienceMs`: show "Still connecting to Teams…". */
  onSlow?: () => void;
  /**
   * How many times to ask teams-js (each waits up to 60 s) before giving up.
   * @default 3
   */
  attempts?: number;
  connection?: TeamsConnection;
};

/**
 * Connects to Teams. Resolves false at once when the page has no window Teams could be in (opened
 * in a browser tab of its own); otherwise waits for Teams however slow it is, saying so after
 * `patienceMs`, and asks again when teams-js gives up, so a slow start never turns into another
 * sign-in. Rejects with TeamsDidNotAnswerError when every attempt timed out.
 */
export async function connectToTeams(options: ConnectOptions = {}): Promise<boolean> {
  const connection = options.connection ?? pageConnection;
  if (!connection.hasHostWindow()) return false;
  const attempts = options.attempts ?? 3;
  let connected = false;
  const timer = setTimeout(() => {
    if (!connected) options.onSlow?.();
  }, options.patienceMs ?? 3000);
  try {
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      try {
        await connection.initialize();
        connected = true;
        return true;
      } catch {
        // teams-js keeps its first handshake open: asking again goes on waiting for the same answer.
      }
    }
    throw new TeamsDidNotAnswerError(attempts);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The Teams host, or null when the page is not in Teams at all (opened in a browser tab of its
 * own). A slow Teams is waited for (`connectToTeams`); rejects with TeamsDidNotAnswerError when
 * the frame around the page never answers, and when Teams answered but would not share the tab's
 * context.
 *
 * Tabs open on no meeting, so `currentMeeting()` is always null. The time zone is the
 * browser's: the Teams context carries no IANA zone, and the Teams client runs in the
 * operating system's zone, which is the one the browser reports.
 */
export async function createTeamsHost(options: ConnectOptions = {}): Promise<TeamsHost | null> {
  if (!(await connectToTeams(options))) return null;
  const context = await app.getContext();
  let theme = hostThemeOf(context.app.theme);
  const themeListeners = new Set<(theme: HostTheme) => void>();
  // teams-js keeps a single theme handler, so it is registered once and fans out from here.
  app.registerOnThemeChangeHandler((teamsTheme) => {
    theme = hostThemeOf(teamsTheme);
    for (const listener of themeListeners) listener(theme);
  });
  const host: TeamsHost = {
    kind: 'teams',
    currentMeeting: () => null,
    onMeetingChange: () => () => undefined,
    get theme() {
      return theme;
    },
    onThemeChange(listener) {
      themeListeners.add(listener);
      return () => {
        themeListeners.delete(listener);
      };
    },
    locale: context.app.locale,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    loginHint: context.user?.loginHint,
    team:
      context.team === undefined
        ? null
        : {
            displayName: context.team.displayName,
            channelName: context.channel?.displayName,
            siteUrl: context.sharePointSite?.teamSiteUrl,
          },
  };
  const storeSite = storeSiteOf(context.sharePointSite);
  if (storeSite !== undefined) host.storeSite = storeSite;
  const settings = localSettings();
  if (settings !== undefined) host.settings = settings;
  return host;
}

/** Tells Teams the page has rendered, so it hides its own loading indicator. No-op outside Teams. */
export function notifyAppLoaded(): void {
  if (app.isInitialized()) app.notifyAppLoaded();
}

/** Tells Teams the app started. No-op outside Teams. */
export function notifySuccess(): void {
  if (!app.isInitialized()) return;
  app.notifySuccess().catch((error: unknown) => {
    console.warn('Teams did not take the start-up notice', error);
  });
}

export type FailureReason = 'AuthFailed' | 'Timeout' | 'Other';

/** Tells Teams the app could not start and why, in words a person can read. No-op outside Teams. */
export function notifyFailure(message: string, reason: FailureReason = 'Other'): void {
  if (!app.isInitialized()) return;
  app.notifyFailure({ reason: app.FailedReason[reason], message });
}

/**
 * What sign-in needs from Teams, once connected (teams-js throws before): whether Teams
 * recommends nested app authentication, and its own sign-in window for when it does not.
 */
export function teamsForSignIn(): TeamsForSignIn {
  return {
    naaRecommended: nestedAppAuth.isNAAChannelRecommended(),
    authenticate: (url) => authentication.authenticate({ url, width: 600, height: 600 }),
  };
}
