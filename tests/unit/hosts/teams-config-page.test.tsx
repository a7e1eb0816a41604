/**
 * @jest-environment jest-fixed-jsdom
 */
import { screen, waitFor } from '@testing-library/react';
import { hostRoundTrip, installFakeTeamsParent, type FakeTeamsParentOptions } from './teams-fake-parent';
import type { FakeTeamsParent } from './teams-fake-parent';

let parent: FakeTeamsParent | undefined;

/** Opens config.html: its entry runs against a fresh teams-js behind the fake parent. */
async function openConfigPage(options: FakeTeamsParentOptions): Promise<void> {
  jest.resetModules();
  document.body.innerHTML = '<div id="root"></div>';
  parent = installFakeTeamsParent(options);
  await import('../../../src/app/channel-config/index');
}

beforeEach(() => {
  // The entry renders into its own root whenever Teams answers, as in the browser; the tests wait
  // for what the user would see rather than wrapping each render in act().
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

afterEach(() => {
  parent?.dispose();
  parent = undefined;
});

describe('config.html, the channel tab configuration page', () => {
  it("shows the team's site for the store, enables Save once the context is read, and saves the channel tab", async () => {
    await openConfigPage({ frameContext: 'settings' });

    expect(await screen.findByRole('heading', { name: 'Add Home Turf for Comms team' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'northwind.sharepoint.com:/sites/comms' })).toHaveAttribute(
      'href',
      'https://northwind.sharepoint.com/sites/comms',
    );
    expect(parent!.calls('settings.setValidityState').map((m) => m.args)).toEqual([[true]]);
    expect(parent!.calls('appInitialization.success')).toHaveLength(1);

    parent!.push('settings.save', [{}]);
    await hostRoundTrip();
    await hostRoundTrip();

    expect(parent!.calls('settings.setSettings').map((m) => m.args[0])).toEqual([
      expect.objectContaining({ contentUrl: `${window.location.origin}/channel.html` }),
    ]);
    expect(parent!.calls('settings.save.success')).toHaveLength(1);
  });

  it('says plainly when Teams gives no team site, and still lets the tab be added', async () => {
    await openConfigPage({
      frameContext: 'settings',
      context: { locale: 'en-gb', theme: 'dark', teamId: 't', teamName: 'Comms team' },
    });

    expect(await screen.findByText(/Teams did not say which SharePoint site/)).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(parent!.calls('settings.setValidityState').map((m) => m.args)).toEqual([[true]]);
  });

  it('keeps Save disabled and says why when the page is opened outside the configuration frame', async () => {
    await openConfigPage({ frameContext: 'content' });

    expect(await screen.findByText(/Teams did not let this page set up the tab/)).toBeInTheDocument();
    expect(parent!.calls('settings.setValidityState')).toEqual([]);
    expect(parent!.calls('appInitialization.failure')).toHaveLength(1);
  });

  it("works outside Teams, on the demo's store site", async () => {
    await openConfigPage({ parent: 'none' });

    expect(await screen.findByText('Opened outside Teams')).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByText('northwind.sharepoint.com:/sites/comms')).toBeInTheDocument();
    });
    expect(parent!.sent).toEqual([]);
  });
});
