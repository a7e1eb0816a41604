/**
 * @jest-environment jest-fixed-jsdom
 */
import type * as TabConfig from '../../../src/hosts/teams/tab-config';
import type * as TeamsHost from '../../../src/hosts/teams/teams-host';
import { hostRoundTrip, installFakeTeamsParent, type FakeTeamsParent } from './teams-fake-parent';

let parent: FakeTeamsParent | undefined;

type Modules = { host: typeof TeamsHost; config: typeof TabConfig };

/** The configuration page in Teams: teams-js fresh behind a fake host in the settings frame. */
async function onConfigPage(setSettings: (args: unknown[]) => unknown[] = () => [true]): Promise<Modules> {
  jest.resetModules();
  parent = installFakeTeamsParent({
    frameContext: 'settings',
    replies: { 'settings.setSettings': setSettings },
  });
  const host = await import('../../../src/hosts/teams/teams-host');
  const config = await import('../../../src/hosts/teams/tab-config');
  await host.createTeamsHost();
  return { host, config };
}

afterEach(() => {
  parent?.dispose();
  parent = undefined;
});

describe('the channel tab configuration page', () => {
  it.each([true, false])('sets the Save button enabled: %s', async (valid) => {
    const { config } = await onConfigPage();

    config.setTabConfigValid(valid);

    expect(parent!.calls('settings.setValidityState').map((m) => m.args)).toEqual([[valid]]);
  });

  it('on Save pins the channel page under the app origin and tells Teams it worked', async () => {
    const { config } = await onConfigPage();
    config.registerTabConfigSave('https://hometurf.example');
    expect(parent!.calls('registerHandler').map((m) => m.args)).toContainEqual(['save']);

    parent!.push('settings.save', [{}]);
    await hostRoundTrip();
    await hostRoundTrip();

    expect(parent!.calls('settings.setSettings').map((m) => m.args)).toEqual([
      [
        {
          entityId: 'home-turf-team',
          contentUrl: 'https://hometurf.example/channel.html',
          websiteUrl: 'https://hometurf.example/channel.html',
          suggestedDisplayName: 'Home Turf',
        },
      ],
    ]);
    expect(parent!.calls('settings.save.success')).toHaveLength(1);
    expect(parent!.calls('settings.save.failure')).toEqual([]);
  });

  it('tells Teams plainly when the tab could not be saved', async () => {
    const { config } = await onConfigPage(() => [false, 'The channel is archived']);
    config.registerTabConfigSave('https://hometurf.example');

    parent!.push('settings.save', [{}]);
    await hostRoundTrip();
    await hostRoundTrip();

    expect(parent!.calls('settings.save.success')).toEqual([]);
    expect(parent!.calls('settings.save.failure').map((m) => m.args)).toEqual([
      ['Teams could not save the Home Turf tab (The channel is archived). Try again.'],
    ]);
  });
});
