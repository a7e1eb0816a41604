import '../../zod-without-eval';
import { createRoot } from 'react-dom/client';
import { createBrowserHost } from '../../hosts/browser-host';
import type { Host } from '../../hosts/host';
import { registerTabConfigSave, setTabConfigValid } from '../../hosts/teams/tab-config';
import { createTeamsHost, notifyAppLoaded, notifyFailure, notifySuccess } from '../../hosts/teams/teams-host';
import { lazySurface } from '../shared/lazy-surface';
import type { ConfigPageState } from './channel-config-page';
import { ConfigShell } from './config-shell';

// The page itself (and the demo's settings, checked with zod) arrive after the shell has painted.
const ChannelConfigPage = lazySurface(() => import('./channel-config-page').then((m) => m.ChannelConfigPage));

const container = document.getElementById('root');
if (container === null) throw new Error('The page has no #root element.');
const root = createRoot(container);

function show(state: ConfigPageState, host?: Host): void {
  root.render(
    <ConfigShell theme={host?.theme ?? 'light'} onThemeChange={host?.onThemeChange?.bind(host)}>
      <ChannelConfigPage state={state} />
    </ConfigShell>,
  );
}

show({ kind: 'reading' });
createTeamsHost().then(
  (host) => {
    if (host === null) {
      const browser = createBrowserHost();
      void import('../shared/config').then(({ demoConfig }) =>
        show(
          { kind: 'demo', storeSite: demoConfig(window.location.origin, window.location.search).storeSite },
          browser,
        ),
      );
      return;
    }
    try {
      registerTabConfigSave(window.location.origin);
      // The context is read: Teams may enable Save.
      setTabConfigValid(true);
    } catch (error: unknown) {
      fail(`Teams did not let this page set up the tab: ${reasonOf(error)}`);
      return;
    }
    show({ kind: 'teams', team: host.team, storeSite: host.storeSite }, host);
    notifyAppLoaded();
    notifySuccess();
  },
  (error: unknown) => {
    fail(`Teams did not share this team's details: ${reasonOf(error)}`);
  },
);

/** Said in the page, with Save left disabled, and to Teams. */
function fail(message: string): void {
  show({ kind: 'error', message });
  notifyAppLoaded();
  notifyFailure(message);
}

/** Teams' errors are plain ones (teams-js rejects with an Error or a string), not Graph's. */
function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
