import { toMeeting } from '../../../src/graph/map-event';

const graphEvent = {
  id: 'AAMkAGI5MWY',
  iCalUId: '0400000082',
  subject: 'Q1 recruitment campaign',
  start: { dateTime: '2026-11-24T10:00:00.0000000', timeZone: 'UTC' },
  end: { dateTime: '2026-11-24T10:30:00.0000000', timeZone: 'UTC' },
  isAllDay: false,
  isOrganizer: false,
  isCancelled: false,
  responseStatus: { response: 'accepted', time: '2026-11-20T09:00:00Z' },
  showAs: 'busy',
  sensitivity: 'normal',
  type: 'occurrence',
  seriesMasterId: 'AAMkAGI5MWY-master',
  organizer: { emailAddress: { name: 'Priya Shah', address: 'Priya.Shah@Northwind.example' } },
  attendees: [
    {
      type: 'required',
      status: { response: 'accepted' },
      emailAddress: { name: 'Maya Chen', address: 'maya.chen@northwind.example' },
    },
    { type: 'optional', status: { response: 'none' }, emailAddress: { name: 'Sam (agency contractor)' } },
    {
      type: 'resource',
      status: { response: 'accepted' },
      emailAddress: { name: 'Boardroom', address: 'boardroom@northwind.example' },
    },
  ],
  location: { displayName: 'Boardroom' },
};

describe('toMeeting', () => {
  it('maps a Graph event, addresses lower-cased, an attendee without address kept without one', () => {
    const meeting = toMeeting(graphEvent);
    expect(meeting).toMatchObject({
      id: 'AAMkAGI5MWY',
      subject: 'Q1 recruitment campaign',
      start: new Date('2026-11-24T10:00:00Z'),
      end: new Date('2026-11-24T10:30:00Z'),
      organizer: { name: 'Priya Shah', email: 'priya.shah@northwind.example' },
      myResponse: 'accepted',
      type: 'occurrence',
      seriesMasterId: 'AAMkAGI5MWY-master',
      location: 'Boardroom',
    });
    expect(meeting?.attendees[1]).toEqual({
      name: 'Sam (agency contractor)',
      type: 'optional',
      response: 'none',
    });
    expect(meeting?.attendees[2]?.type).toBe('resource');
  });

  it('reads times in the zone Graph names', () => {
    const meeting = toMeeting({
      ...graphEvent,
      start: { dateTime: '2026-11-24T10:00:00.0000000', timeZone: 'America/New_York' },
      end: { dateTime: '2026-11-24T11:00:00.0000000', timeZone: 'America/New_York' },
    });
    expect(meeting?.start.toISOString()).toBe('2026-11-24T15:00:00.000Z');
  });

  it('keeps an all-day event on its date whatever the zone', () => {
    const meeting = toMeeting({
      ...graphEvent,
      isAllDay: true,
      start: { dateTime: '2026-11-24T00:00:00.0000000', timeZone: 'Pacific/Auckland' },
      end: { dateTime: '2026-11-25T00:00:00.0000000', timeZone: 'Pacific/Auckland' },
    });
    expect(meeting?.start.toISOString()).toBe('2026-11-24T00:00:00.000Z');
    expect(meeting?.end.toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  it('marks the organizer as such whatever responseStatus says', () => {
    expect(toMeeting({ ...graphEvent, isOrganizer: true })?.myResponse).toBe('organizer');
  });

  it.each([
    [
      'wrong-typed optional fields',
      { subject: 42, showAs: 'dancing', attendees: 'everyone', isCancelled: 'yes' },
    ],
    ['null attendees and organizer', { attendees: [null, { emailAddress: null }], organizer: null }],
    ['missing optional fields', { subject: undefined, location: undefined, responseStatus: undefined }],
  ])('survives %s with defaults', (_name, patch) => {
    const meeting = toMeeting({ ...graphEvent, ...patch });
    expect(meeting).not.toBeNull();
    expect(meeting?.start.toISOString()).toBe('2026-11-24T10:00:00.000Z');
  });

  it('cuts an absurdly long subject', () => {
    expect(toMeeting({ ...graphEvent, subject: 'x'.repeat(1_000_000) })?.subject).toHaveLength(255);
  });

  it.each([
    ['no id', { id: undefined }],
    ['no start', { start: undefined }],
    ['an unparseable end', { end: { dateTime: 'soon', timeZone: 'UTC' } }],
    ['an unknown zone', { start: { dateTime: '2026-11-24T10:00:00', timeZone: 'Nowhere/Land' } }],
  ])('returns null for an event with %s', (_name, patch) => {
    expect(toMeeting({ ...graphEvent, ...patch })).toBeNull();
  });
});
