import { createRoot } from 'react-dom/client';
import { describeGraphError } from '../../graph/graph-errors';
import { createBrowserHost } from '../../hosts/browser-host';
import type { Host } from '../../hosts/host';
import { registerTabConfigSave, setTabConfigValid } from '../../hosts/teams/tab-config';
import { createTeamsHost, notifyAppLoaded, notifyFailure, notifySuccess } from '../../hosts/teams/teams-host';
import { demoConfig } from '../shared/config';
import { ChannelConfigPage, ConfigShell, type ConfigPageState } from './channel-config-page';

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
      show(
        { kind: 'demo', storeSite: demoConfig(window.location.origin, window.location.search).storeSite },
        createBrowserHost(),
      );
      return;
    }
    try {
      registerTabConfigSave(window.location.origin);
      // The context is read: Teams may enable Save.
      setTabConfigValid(true);
    } catch (error: unknown) {
      fail(`Teams did not let this page set up the tab: ${describeGraphError(error)}`);
      return;
    }
    show({ kind: 'teams', team: host.team, storeSite: host.storeSite }, host);
    notifyAppLoaded();
    notifySuccess();
  },
  (error: unknown) => {
    fail(`Teams did not share this team's details: ${describeGraphError(error)}`);
  },
);

/** Said in the page, with Save left disabled, and to Teams. */
function fail(message: string): void {
  show({ kind: 'error', message });
  notifyAppLoaded();
  notifyFailure(message);
}
