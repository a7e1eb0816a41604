import type { ReactNode } from 'react';
import type { Root } from 'react-dom/client';
import { createBrowserHost } from '../../hosts/browser-host';
import {
  createTeamsHost,
  notifyAppLoaded,
  notifyFailure,
  TeamsDidNotAnswerError,
  type TeamsHost,
  type TeamsTeam,
} from '../../hosts/teams/teams-host';
import { mountSurface } from './mount-surface';
import { showStillConnecting } from './still-connecting';

/**
 * Renders a Teams tab: in Teams, signed in with the Teams user and the organisation's
 * configuration, telling Teams when the app has started or why it could not. A slow Teams is
 * waited for, with "Still connecting to Teams…" on the page. Opened in a browser tab of its own,
 * the tab signs in with MSAL in the browser. Only the demo's build (`__HOME_TURF_DEMO__`) signs in
 * to the demo tenant instead, in its Teams stand-in or opened on its own; a build made for a
 * tenant has no such path. `render` gets the team the tab belongs to (null in a personal tab,
 * outside Teams and in the demo).
 */
export async function mountTeamsSurface(render: (team: TeamsTeam | null) => ReactNode): Promise<void> {
  if (__HOME_TURF_DEMO__ && framedByDemo()) {
    // The demo's Teams stand-in frames the tab from this same origin: no Teams to wait for.
    const { mountDemoSurface } = await import('./mount-demo-surface');
    mountDemoSurface(render(null));
    return;
  }
  const container = document.getElementById('root');
  let connecting: Root | undefined;
  let host: TeamsHost | null;
  try {
    host = await createTeamsHost({
      onSlow: () => {
        if (container !== null) connecting = showStillConnecting(container);
      },
    });
  } catch (error: unknown) {
    connecting?.unmount();
    // Teams never answered, or answered but kept the tab's context to itself: say so in the page.
    const reason = error instanceof Error ? error.message : String(error);
    const problem =
      error instanceof TeamsDidNotAnswerError
        ? error
        : new Error(`Teams did not share this tab's context: ${reason}`);
    mountSurface(render(null), createBrowserHost(), () => Promise.reject(problem));
    notifyFailure(problem.message);
    return;
  }
  connecting?.unmount();
  if (host === null) {
    if (__HOME_TURF_DEMO__) {
      const { mountDemoSurface } = await import('./mount-demo-surface');
      mountDemoSurface(render(null));
      return;
    }
    // Opened in a browser tab of its own: the same app, signed in with MSAL in the browser.
    const browser = createBrowserHost();
    mountSurface(render(null), browser, () =>
      import('./start-in-browser').then((m) => m.startInBrowser(browser)),
    );
    return;
  }
  const teams = host;
  // Sign-in (MSAL) and the Graph layer load after the shell has painted.
  mountSurface(render(teams.team), teams, () =>
    import('./start-in-teams').then((m) => m.startInTeams(teams)),
  );
  notifyAppLoaded();
}

/**
 * True when the parent frame is this site's own page (the demo's `teams.html`). Teams frames a
 * tab from its own, other origin, whose location a tab cannot read.
 */
function framedByDemo(): boolean {
  if (window.parent === window) return false;
  try {
    return window.parent.location.origin === window.location.origin;
  } catch {
    return false;
  }
}
