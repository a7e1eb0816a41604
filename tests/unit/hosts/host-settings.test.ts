/**
 * @jest-environment jest-fixed-jsdom
 */
import { localSettings } from '../../../src/hosts/local-settings';
import { roamingSettings } from '../../../src/hosts/outlook/outlook-host';

describe('localSettings', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('keeps JSON values under its own prefix and forgets them when set to undefined', async () => {
    const settings = localSettings();
    await settings?.set('storeChoice', { siteId: 'a', teams: 2 });
    expect(localStorage.getItem('home-turf:storeChoice')).toBe('{"siteId":"a","teams":2}');
    expect(localSettings()?.get('storeChoice')).toEqual({ siteId: 'a', teams: 2 });
    await settings?.set('storeChoice', undefined);
    expect(localStorage.getItem('home-turf:storeChoice')).toBeNull();
    expect(settings?.get('storeChoice')).toBeUndefined();
  });

  it('reads a damaged value as nothing', () => {
    localStorage.setItem('home-turf:storeChoice', '{not json');
    expect(localSettings()?.get('storeChoice')).toBeUndefined();
  });

  it('offers no settings where the browser blocks storage for the frame', () => {
    const blocked = {
      get localStorage(): Storage {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    expect(localSettings(blocked)).toBeUndefined();
  });
});

describe('roamingSettings', () => {
  /** Outlook's RoamingSettings as Office.js hands it out, with saveAsync answering as told. */
  function fakeRoaming(status: 'succeeded' | 'failed') {
    const values = new Map<string, unknown>();
    const saved: Record<string, unknown>[] = [];
    const roaming = {
      get: (name: string) => values.get(name),
      set: (name: string, value: unknown) => values.set(name, value),
      remove: (name: string) => values.delete(name),
      saveAsync(callback: (result: { status: string; error: { message: string } }) => void) {
        if (status === 'succeeded') saved.push(Object.fromEntries(values));
        setTimeout(() => {
          callback({ status, error: { message: 'The mailbox is over its quota.' } });
        }, 0);
      },
    };
    return { roaming: roaming as unknown as Office.RoamingSettings, saved };
  }

  it('sets the value and saves it to the mailbox before resolving', async () => {
    const { roaming, saved } = fakeRoaming('succeeded');
    const settings = roamingSettings(roaming);
    await settings.set('storeChoice', { siteId: 'a' });
    expect(saved).toEqual([{ storeChoice: { siteId: 'a' } }]);
    expect(settings.get('storeChoice')).toEqual({ siteId: 'a' });
    await settings.set('storeChoice', undefined);
    expect(settings.get('storeChoice')).toBeUndefined();
  });

  it("rejects with Outlook's reason when the save fails", async () => {
    const { roaming } = fakeRoaming('failed');
    await expect(roamingSettings(roaming).set('storeChoice', 1)).rejects.toThrow(
      'Outlook did not save the setting: The mailbox is over its quota.',
    );
  });
});
