import type { ReactNode } from 'react';
import { createBrowserHost } from '../../hosts/browser-host';
import {
  createTeamsHost,
  notifyAppLoaded,
  notifyFailure,
  type TeamsHost,
  type TeamsTeam,
} from '../../hosts/teams/teams-host';
import { mountDemoSurface } from './mount-demo-surface';
import { mountSurface } from './mount-surface';

/**
 * Renders a Teams tab: in Teams, signed in with the Teams user and the organisation's
 * configuration, telling Teams when the app has started or why it could not; opened anywhere
 * else, on the browser host against the demo tenant, so the page works in the demo too.
 * `render` gets the team the tab belongs to (null in a personal tab and in the demo).
 */
export async function mountTeamsSurface(render: (team: TeamsTeam | null) => ReactNode): Promise<void> {
  if (framedByDemo()) {
    // The demo's Teams stand-in frames the tab from this same origin: no Teams to wait for.
    mountDemoSurface(render(null));
    return;
  }
  let host: TeamsHost | null;
  try {
    host = await createTeamsHost();
  } catch (error: unknown) {
    // Teams answered but kept the tab's context to itself: say so in the page, and to Teams.
    const reason = error instanceof Error ? error.message : String(error);
    const problem = new Error(`Teams did not share this tab's context: ${reason}`);
    mountSurface(render(null), createBrowserHost(), () => Promise.reject(problem));
    notifyFailure(problem.message);
    return;
  }
  if (host === null) {
    mountDemoSurface(render(null));
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
