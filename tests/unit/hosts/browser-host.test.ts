/**
 * @jest-environment jest-fixed-jsdom
 */
import {
  CLOSE_MEETING,
  OPEN_MEETING,
  PANE_READY,
  THEME_CHANGE,
  createBrowserHost,
  themeFromSearch,
} from '../../../src/hosts/browser-host';
import { toMessage } from '../../../src/hosts/browser-host-messages';
import type { HostMeeting, HostTheme } from '../../../src/hosts/host';

const meeting: HostMeeting = {
  itemId: 'AAMkAG-1',
  subject: 'Intranet refresh check-in',
  start: new Date('2026-11-24T10:00:00Z'),
  end: new Date('2026-11-24T10:30:00Z'),
  isAllDay: false,
  organizer: { name: 'Maya Chen', email: 'maya.chen@northwind.example' },
  attendees: [
    { name: 'Priya Shah', email: 'priya.shah@northwind.example', type: 'required', response: 'accepted' },
    { name: 'Sam (agency contractor)', type: 'optional', response: 'none' },
  ],
};

/** Posts as a framing page would, then lets the host parse it (its schemas load on first use). */
async function post(data: unknown, origin = window.location.origin): Promise<void> {
  window.dispatchEvent(new MessageEvent('message', { data, origin }));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('the browser (demo) host', () => {
  it('opens the meeting the Outlook stand-in posts, dates and missing addresses intact', async () => {
    const host = createBrowserHost();
    const seen: (HostMeeting | null)[] = [];
    host.onMeetingChange((m) => seen.push(m));
    expect(host.currentMeeting()).toBeNull();

    await post({ type: OPEN_MEETING, meeting: toMessage(meeting) });

    expect(host.currentMeeting()).toEqual(meeting);
    expect(seen).toEqual([meeting]);
    expect(host.currentMeeting()?.attendees[1]).not.toHaveProperty('email');
  });

  it('closes the meeting on request', async () => {
    const host = createBrowserHost();
    await post({ type: OPEN_MEETING, meeting: toMessage(meeting) });
    await post({ type: CLOSE_MEETING });
    expect(host.currentMeeting()).toBeNull();
  });

  it.each([
    ['another origin', { type: OPEN_MEETING, meeting: toMessage(meeting) }, 'https://evil.example'],
    ['a message of another shape', { type: OPEN_MEETING, meeting: { subject: 1 } }, undefined],
    ['an unknown type', { type: 'home-turf:delete-everything' }, undefined],
    ['a string', '<script>alert(1)</script>', undefined],
  ])('ignores %s', async (_name, data, origin) => {
    const host = createBrowserHost();
    const listener = jest.fn();
    host.onMeetingChange(listener);
    await post(data, origin);
    expect(host.currentMeeting()).toBeNull();
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops notifying after unsubscribe', async () => {
    const host = createBrowserHost();
    const listener = jest.fn();
    const unsubscribe = host.onMeetingChange(listener);
    unsubscribe();
    await post({ type: OPEN_MEETING, meeting: toMessage(meeting) });
    expect(listener).not.toHaveBeenCalled();
  });

  it('reports the browser locale and time zone', () => {
    const host = createBrowserHost();
    expect(host.kind).toBe('browser');
    expect(host.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(['light', 'dark']).toContain(host.theme);
  });
});

describe('the browser host theme (the Teams stand-in)', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it.each([
    ['?theme=light', 'light'],
    ['?theme=dark', 'dark'],
    ['?theme=contrast', 'contrast'],
    ['?storeSite=x:/sites/y&theme=dark', 'dark'],
    ['?theme=Dark', null],
    ['?theme=sepia', null],
    ['?theme=', null],
    ['', null],
  ])('reads "%s" as %s', (search, theme) => {
    expect(themeFromSearch(search)).toBe(theme);
  });

  it.each(['light', 'dark', 'contrast'] as const)('starts in the theme the URL names: %s', (theme) => {
    window.history.replaceState(null, '', `/channel.html?theme=${theme}`);
    expect(createBrowserHost().theme).toBe(theme);
  });

  it('falls back to the system preference for an unknown theme in the URL', () => {
    window.history.replaceState(null, '', '/channel.html?theme=sepia');
    expect(['light', 'dark']).toContain(createBrowserHost().theme);
  });

  it('changes theme when the parent says so, telling every listener once per change', async () => {
    window.history.replaceState(null, '', '/channel.html?theme=light');
    const host = createBrowserHost();
    const seen: HostTheme[] = [];
    const other = jest.fn();
    host.onThemeChange?.((theme) => seen.push(theme));
    host.onThemeChange?.(other);

    await post({ type: THEME_CHANGE, theme: 'dark' });
    await post({ type: THEME_CHANGE, theme: 'dark' });
    await post({ type: THEME_CHANGE, theme: 'contrast' });

    expect(host.theme).toBe('contrast');
    expect(seen).toEqual(['dark', 'contrast']);
    expect(other).toHaveBeenCalledTimes(2);
  });

  it('keeps the open meeting when the theme changes, and the theme when a meeting opens', async () => {
    window.history.replaceState(null, '', '/taskpane.html?theme=dark');
    const host = createBrowserHost();
    const meetings = jest.fn();
    host.onMeetingChange(meetings);
    await post({ type: OPEN_MEETING, meeting: toMessage(meeting) });
    await post({ type: THEME_CHANGE, theme: 'light' });
    expect(host.currentMeeting()).toEqual(meeting);
    expect(meetings).toHaveBeenCalledTimes(1);
    await post({ type: CLOSE_MEETING });
    expect(host.theme).toBe('light');
  });

  it.each([
    ['a theme from another origin', { type: THEME_CHANGE, theme: 'dark' }, 'https://evil.example'],
    ['an unknown theme', { type: THEME_CHANGE, theme: 'sepia' }, undefined],
    ['a theme message with no theme', { type: THEME_CHANGE }, undefined],
    ['a theme of the wrong type', { type: THEME_CHANGE, theme: ['dark'] }, undefined],
    ['Teams’ own theme name for light', { type: THEME_CHANGE, theme: 'default' }, undefined],
  ])('ignores %s', async (_name, data, origin) => {
    window.history.replaceState(null, '', '/channel.html?theme=light');
    const host = createBrowserHost();
    const listener = jest.fn();
    host.onThemeChange?.(listener);
    await post(data, origin);
    expect(host.theme).toBe('light');
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops telling a listener after it unsubscribes', async () => {
    window.history.replaceState(null, '', '/channel.html?theme=light');
    const host = createBrowserHost();
    const listener = jest.fn();
    const unsubscribe = host.onThemeChange?.(listener);
    unsubscribe?.();
    await post({ type: THEME_CHANGE, theme: 'dark' });
    expect(listener).not.toHaveBeenCalled();
    expect(host.theme).toBe('dark');
  });

  it('tells a framing parent it is ready, on its own origin only', async () => {
    const parent = { postMessage: jest.fn() };
    const listeners: Array<(event: MessageEvent<unknown>) => void> = [];
    const framed = {
      location: { origin: 'http://localhost:3000', search: '?theme=contrast' },
      parent,
      addEventListener: (_type: string, listener: (event: MessageEvent<unknown>) => void) => {
        listeners.push(listener);
      },
    } as unknown as Window;
    const host = createBrowserHost(framed);
    expect(parent.postMessage).toHaveBeenCalledWith({ type: PANE_READY }, 'http://localhost:3000');
    expect(host.theme).toBe('contrast');
    for (const listener of listeners)
      listener(
        new MessageEvent('message', {
          data: { type: THEME_CHANGE, theme: 'dark' },
          origin: 'http://localhost:3000',
        }),
      );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(host.theme).toBe('dark');
  });
});
