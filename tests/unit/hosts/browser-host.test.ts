/**
 * @jest-environment jest-fixed-jsdom
 */
import { CLOSE_MEETING, OPEN_MEETING, createBrowserHost, toMessage } from '../../../src/hosts/browser-host';
import type { HostMeeting } from '../../../src/hosts/host';

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

function post(data: unknown, origin = window.location.origin): void {
  window.dispatchEvent(new MessageEvent('message', { data, origin }));
}

describe('the browser (demo) host', () => {
  it('opens the meeting the Outlook stand-in posts, dates and missing addresses intact', () => {
    const host = createBrowserHost();
    const seen: (HostMeeting | null)[] = [];
    host.onMeetingChange((m) => seen.push(m));
    expect(host.currentMeeting()).toBeNull();

    post({ type: OPEN_MEETING, meeting: toMessage(meeting) });

    expect(host.currentMeeting()).toEqual(meeting);
    expect(seen).toEqual([meeting]);
    expect(host.currentMeeting()?.attendees[1]).not.toHaveProperty('email');
  });

  it('closes the meeting on request', () => {
    const host = createBrowserHost();
    post({ type: OPEN_MEETING, meeting: toMessage(meeting) });
    post({ type: CLOSE_MEETING });
    expect(host.currentMeeting()).toBeNull();
  });

  it.each([
    ['another origin', { type: OPEN_MEETING, meeting: toMessage(meeting) }, 'https://evil.example'],
    ['a message of another shape', { type: OPEN_MEETING, meeting: { subject: 1 } }, undefined],
    ['an unknown type', { type: 'home-turf:delete-everything' }, undefined],
    ['a string', '<script>alert(1)</script>', undefined],
  ])('ignores %s', (_name, data, origin) => {
    const host = createBrowserHost();
    const listener = jest.fn();
    host.onMeetingChange(listener);
    post(data, origin);
    expect(host.currentMeeting()).toBeNull();
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops notifying after unsubscribe', () => {
    const host = createBrowserHost();
    const listener = jest.fn();
    const unsubscribe = host.onMeetingChange(listener);
    unsubscribe();
    post({ type: OPEN_MEETING, meeting: toMessage(meeting) });
    expect(listener).not.toHaveBeenCalled();
  });

  it('reports the browser locale and time zone', () => {
    const host = createBrowserHost();
    expect(host.kind).toBe('browser');
    expect(host.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(['light', 'dark']).toContain(host.theme);
  });
});
