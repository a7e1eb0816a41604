/**
 * @jest-environment jest-fixed-jsdom
 */
import type { HostTheme } from '../../../src/hosts/host';
import type * as TeamsHostModule from '../../../src/hosts/teams/teams-host';
import {
  CHANNEL_CONTEXT,
  hostRoundTrip,
  installFakeTeamsParent,
  type FakeTeamsParent,
  type FakeTeamsParentOptions,
} from './teams-fake-parent';

let parent: FakeTeamsParent | undefined;

/** teams-js keeps its state in module scope: each test starts it afresh behind a new fake parent. */
async function inTeams(options: FakeTeamsParentOptions = {}): Promise<typeof TeamsHostModule> {
  jest.resetModules();
  parent = installFakeTeamsParent(options);
  return import('../../../src/hosts/teams/teams-host');
}

afterEach(() => {
  parent?.dispose();
  parent = undefined;
});

describe.each(['content', 'settings'] as const)('the Teams host, %s frame', (frameContext) => {
  it('is built from the tab context: kind, locale, no meeting, the team and its store site', async () => {
    const { createTeamsHost } = await inTeams({ frameContext });

    const host = await createTeamsHost();

    expect(parent!.calls('initialize')).toHaveLength(1);
    expect(parent!.calls('getContext')).toHaveLength(1);
    expect(host).not.toBeNull();
    expect(host!.kind).toBe('teams');
    expect(host!.locale).toBe('en-gb');
    expect(host!.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(host!.currentMeeting()).toBeNull();
    expect(host!.storeSite).toBe('northwind.sharepoint.com:/sites/comms');
    expect(host!.team).toEqual({
      displayName: 'Comms team',
      channelName: 'General',
      siteUrl: 'https://northwind.sharepoint.com/sites/comms',
    });
  });

  it.each([
    ['default', 'light'],
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    ['glass', 'light'],
  ] as const)('maps the Teams theme %s to %s', async (teamsTheme, expected) => {
    const { createTeamsHost } = await inTeams({
      frameContext,
      context: { ...CHANNEL_CONTEXT, theme: teamsTheme },
    });

    const host = await createTeamsHost();

    expect(host!.theme).toBe(expected);
  });

  it('passes theme changes to its listeners until they unsubscribe', async () => {
    const { createTeamsHost } = await inTeams({ frameContext });
    const host = await createTeamsHost();
    const seen: HostTheme[] = [];
    const unsubscribe = host!.onThemeChange!((theme) => seen.push(theme));

    parent!.push('themeChange', ['dark']);
    parent!.push('themeChange', ['contrast']);
    await hostRoundTrip();
    unsubscribe();
    parent!.push('themeChange', ['default']);
    await hostRoundTrip();

    expect(seen).toEqual(['dark', 'contrast']);
    expect(host!.theme).toBe('light');
  });
});

describe('the Teams host', () => {
  it('has no team and no store site in a personal tab', async () => {
    const personal = Object.fromEntries(
      Object.entries(CHANNEL_CONTEXT).filter(([key]) => !/^(team|channel|groupId)/.test(key)),
    );
    const { createTeamsHost } = await inTeams({ context: personal });

    const host = await createTeamsHost();

    expect(host!.team).toBeNull();
    expect(host!.storeSite).toBeUndefined();
  });

  it('reads the store site off the site URL when Teams gives no domain and path', async () => {
    const { createTeamsHost } = await inTeams({
      context: { ...CHANNEL_CONTEXT, teamSiteDomain: undefined, teamSitePath: undefined },
    });

    const host = await createTeamsHost();

    expect(host!.storeSite).toBe('northwind.sharepoint.com:/sites/comms');
  });

  it('waits for a slow Teams, saying so, and never gives up on it while teams-js waits', async () => {
    const { createTeamsHost } = await inTeams({ parent: 'late' });
    let slow = 0;
    const pending = createTeamsHost({
      patienceMs: 0,
      onSlow: () => {
        slow += 1;
        // Teams answers only once the page has said it is still connecting.
        parent!.answerLate();
      },
    });

    const host = await pending;

    expect(slow).toBe(1);
    expect(host?.kind).toBe('teams');
    expect(parent!.calls('initialize')).toHaveLength(1);
  });

  it('asks again when teams-js gives up, and says plainly when Teams never answers', async () => {
    const { createTeamsHost, TeamsDidNotAnswerError } = await inTeams({ parent: 'silent' });
    const asked: number[] = [];
    const connection = {
      hasHostWindow: () => true,
      initialize: () => {
        asked.push(asked.length + 1);
        return Promise.reject(new Error('SDK initialization timed out.'));
      },
    };

    const attempt = createTeamsHost({ connection, attempts: 3 });

    await expect(attempt).rejects.toBeInstanceOf(TeamsDidNotAnswerError);
    await expect(attempt).rejects.toThrow(/Teams did not answer after 3 tries/);
    expect(asked).toEqual([1, 2, 3]);
  });

  it('connects on a later try when Teams answers it', async () => {
    const { connectToTeams } = await inTeams({ parent: 'silent' });
    let tries = 0;
    const connection = {
      hasHostWindow: () => true,
      initialize: () => {
        tries += 1;
        return tries < 2 ? Promise.reject(new Error('SDK initialization timed out.')) : Promise.resolve();
      },
    };

    expect(await connectToTeams({ connection })).toBe(true);
    expect(tries).toBe(2);
  });

  it('is null at once when the page is not framed', async () => {
    const { createTeamsHost } = await inTeams({ parent: 'none' });

    const host = await createTeamsHost();

    expect(host).toBeNull();
    expect(parent!.sent).toEqual([]);
  });

  it('tells Teams the app loaded and started', async () => {
    const { createTeamsHost, notifyAppLoaded, notifySuccess } = await inTeams();
    await createTeamsHost();

    notifyAppLoaded();
    notifySuccess();
    await hostRoundTrip();

    expect(parent!.calls('appInitialization.appLoaded')).toHaveLength(1);
    expect(parent!.calls('appInitialization.success')).toHaveLength(1);
    expect(parent!.calls('appInitialization.failure')).toEqual([]);
  });

  it('tells Teams why the app could not start', async () => {
    const { createTeamsHost, notifyFailure } = await inTeams();
    await createTeamsHost();

    notifyFailure('Sign-in was cancelled.', 'AuthFailed');

    expect(parent!.calls('appInitialization.failure').map((m) => m.args.slice(0, 2))).toEqual([
      ['AuthFailed', 'Sign-in was cancelled.'],
    ]);
  });

  it('sends no notice when Teams has not answered', async () => {
    const { createTeamsHost, notifyAppLoaded, notifySuccess, notifyFailure } = await inTeams({
      parent: 'late',
    });
    const pending = createTeamsHost();

    notifyAppLoaded();
    notifySuccess();
    notifyFailure('Nothing to say');

    expect(parent!.sent.map((m) => m.func)).toEqual(['initialize']);
    parent!.answerLate();
    await pending;
  });

  it('takes notices before Teams was asked without failing', async () => {
    const { notifyAppLoaded, notifySuccess, notifyFailure } = await inTeams();

    expect(() => {
      notifyAppLoaded();
      notifySuccess();
      notifyFailure('Nothing to say');
    }).not.toThrow();
    expect(parent!.sent).toEqual([]);
  });

  it.each([true, false])(
    'says whether Teams recommends nested app authentication (%s)',
    async (recommended) => {
      const runtime = JSON.stringify({
        apiVersion: 4,
        isNAAChannelRecommended: recommended,
        supports: { app: {} },
      });
      const { createTeamsHost, teamsForSignIn } = await inTeams({
        replies: { initialize: () => ['content', 'web', runtime, '2.58.0'] },
      });
      await createTeamsHost();

      expect(teamsForSignIn().naaRecommended).toBe(recommended);
    },
  );
});

describe("the team store's address from the Teams site", () => {
  it.each([
    [
      { teamSiteDomain: 'northwind.sharepoint.com', teamSitePath: '/sites/comms' },
      'northwind.sharepoint.com:/sites/comms',
    ],
    [
      { teamSiteDomain: 'northwind.sharepoint.com', teamSitePath: 'sites/comms/' },
      'northwind.sharepoint.com:/sites/comms',
    ],
    [{ teamSiteDomain: 'northwind.sharepoint.com', teamSitePath: '/' }, 'northwind.sharepoint.com:/'],
    [
      { teamSiteUrl: 'https://northwind.sharepoint.com/teams/brand-team/' },
      'northwind.sharepoint.com:/teams/brand-team',
    ],
    [{ teamSiteDomain: 'northwind.sharepoint.com' }, undefined],
    [{ teamSiteUrl: 'not a url' }, undefined],
    [undefined, undefined],
  ])('%j → %s', async (site, expected) => {
    const { storeSiteOf } = await inTeams({ parent: 'none' });

    expect(storeSiteOf(site)).toBe(expected);
  });
});
