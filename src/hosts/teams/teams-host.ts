import { app, nestedAppAuth } from '@microsoft/teams-js';
import type { Host, HostTheme } from '../host';

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

/**
 * Resolves false when Teams has not answered within `timeoutMs`, or at once when the page is
 * not framed at all. teams-js itself waits 60 s before giving up on a silent parent, too long for
 * a page that also runs outside Teams.
 */
function initializeWithin(timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve(false);
    }, timeoutMs);
    app.initialize().then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}

/**
 * The Teams host, or null when the page is not running in Teams (opened in a browser, or framed
 * by something that does not speak the Teams protocol), so the caller can fall back to another
 * host. Rejects only when Teams answered but would not share the tab's context.
 *
 * Tabs open on no meeting, so `currentMeeting()` is always null. The time zone is the
 * browser's: the Teams context carries no IANA zone, and the Teams client runs in the
 * operating system's zone, which is the one the browser reports.
 */
export async function createTeamsHost({
  timeoutMs = 3000,
}: { timeoutMs?: number } = {}): Promise<TeamsHost | null> {
  if (!(await initializeWithin(timeoutMs))) return null;
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
 * Whether Teams recommends nested app authentication for sign-in. Only meaningful once
 * `createTeamsHost` has returned a host: teams-js throws before initialisation.
 */
export function isTeamsNaaSupported(): boolean {
  return nestedAppAuth.isNAAChannelRecommended();
}
