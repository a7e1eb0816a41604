import { OfficeMockObject } from 'office-addin-mock';
import type { HostMeeting, HostTheme } from '../../../src/hosts/host';
import {
  NotInOutlookError,
  createOutlookHost,
  supportsNestedAppAuth,
} from '../../../src/hosts/outlook/outlook-host';

/**
 * Outlook faked with office-addin-mock: attendee mode has plain properties, organizer mode has
 * `getAsync` getters that call back the way Office.js does. `onReady` and the enumerations are
 * plain data here; Office.js supplies them at runtime.
 */

const START = new Date('2026-11-24T10:00:00Z');
const END = new Date('2026-11-24T10:30:00Z');
const EWS_ID = 'AAMkAGI2/THVkAAA+xyz=';
const REST_ID = 'rest:AAMkAGI2/THVkAAA+xyz=';

type Details = { emailAddress: string; displayName: string; appointmentResponse?: string };
type Data = Record<string, unknown>;

const priya: Details = {
  emailAddress: 'Priya.Shah@Northwind.example',
  displayName: 'Priya Shah',
  appointmentResponse: 'accepted',
};
const tom: Details = { emailAddress: 'tom.reyes@northwind.example', displayName: 'Tom Reyes' };
const handwritten: Details = { emailAddress: '', displayName: 'Sam (agency contractor)' };
const maya: Details = { emailAddress: 'maya.chen@northwind.example', displayName: 'Maya Chen' };

type MockHost = ConstructorParameters<typeof OfficeMockObject>[1];
/** office-addin-mock needs the host, or every property reads "not loaded". */
function outlookMock(data: Data): OfficeMockObject {
  // reason: the mock types its host as office-addin-manifest's OfficeApp enum, a package we do not
  // depend on directly; 'outlook' is that enum's value.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
  return new OfficeMockObject(data, 'outlook' as MockHost);
}

function succeeded<T>(value: T) {
  return (callback: (result: { status: string; value: T }) => void) => {
    callback({ status: 'succeeded', value });
  };
}

function failed(name: string) {
  return (callback: (result: { status: string; error: { name: string; message: string } }) => void) => {
    callback({ status: 'failed', error: { name, message: `${name} (fake)` } });
  };
}

/** An appointment opened by an attendee: Mailbox 1.1 properties. */
function attendeeItem(overrides: Data = {}): Data {
  return {
    itemType: 'appointment',
    itemId: EWS_ID,
    subject: 'Intranet refresh check-in',
    start: START,
    end: END,
    organizer: { ...priya, appointmentResponse: 'organizer' },
    requiredAttendees: [
      { ...priya, appointmentResponse: 'organizer' },
      { ...maya, appointmentResponse: 'tentative' },
    ],
    optionalAttendees: [{ ...handwritten, appointmentResponse: 'none' }],
    ...overrides,
  };
}

/** An appointment being organized: every field behind `getAsync`. */
function organizerItem(overrides: Data = {}): Data {
  return {
    itemType: 'appointment',
    subject: { getAsync: succeeded('Campaign planning') },
    start: { getAsync: succeeded(START) },
    end: { getAsync: succeeded(END) },
    requiredAttendees: { getAsync: succeeded([priya, tom]) },
    optionalAttendees: { getAsync: succeeded([handwritten]) },
    organizer: { getAsync: succeeded(maya) },
    getItemIdAsync: succeeded(EWS_ID),
    ...overrides,
  };
}

type Fake = {
  office: typeof Office;
  convertToRestId: jest.Mock<string, [string]>;
  handlers: Map<string, (args?: unknown) => void>;
  /** Replaces the open item, as Outlook does before raising ItemChanged. */
  open(item: Data | undefined): void;
};

function fakeOutlook(
  item: Data | undefined,
  {
    host = 'Outlook',
    hostName = 'OutlookWebApp',
    sets = ['1.1', '1.3', '1.5', '1.7', '1.8', '1.14'],
    nestedAppAuth = true,
    officeTheme = { bodyBackgroundColor: '#ffffff' },
    onReady,
  }: {
    host?: string | null;
    hostName?: string;
    sets?: string[];
    nestedAppAuth?: boolean;
    officeTheme?: Data;
    onReady?: () => Promise<unknown>;
  } = {},
): Fake {
  const convertToRestId = jest.fn((id: string) => `rest:${id}`);
  const handlers = new Map<string, (args?: unknown) => void>();
  const mock = outlookMock({
    onReady: onReady ?? (() => Promise.resolve({ host, platform: 'OfficeOnline' })),
    HostType: { Outlook: 'Outlook', Word: 'Word' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { ItemChanged: 'olkItemSelectedChanged', OfficeThemeChanged: 'officeThemeChanged' },
    MailboxEnums: { RestVersion: { v2_0: 'v2.0' } },
    context: {
      displayLanguage: 'en-GB',
      officeTheme,
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === 'Mailbox' ? sets.includes(version) : name === 'NestedAppAuth' && nestedAppAuth,
      },
      mailbox: {
        diagnostics: { hostName },
        userProfile: { displayName: maya.displayName, emailAddress: maya.emailAddress },
        convertToRestId,
        addHandlerAsync: (type: string, handler: (args?: unknown) => void) => {
          handlers.set(type, handler);
        },
        ...(item === undefined ? {} : { item }),
      },
    },
  });
  const office = mock as unknown as typeof Office;
  return {
    office,
    convertToRestId,
    handlers,
    open(next) {
      (office.context.mailbox as { item?: unknown }).item =
        next === undefined ? undefined : outlookMock(next);
    },
  };
}

async function meetingOf(item: Data | undefined, options?: Parameters<typeof fakeOutlook>[1]) {
  const fake = fakeOutlook(item, options);
  const host = await createOutlookHost(fake.office);
  return { ...fake, host, meeting: host.currentMeeting() };
}

describe('the Outlook host', () => {
  describe('attendee mode (read)', () => {
    it('reads the appointment and converts its EWS id for Graph', async () => {
      const { meeting, convertToRestId } = await meetingOf(attendeeItem());
      expect(meeting).toEqual<HostMeeting>({
        itemId: REST_ID,
        subject: 'Intranet refresh check-in',
        start: START,
        end: END,
        isAllDay: false,
        organizer: { name: 'Priya Shah', email: 'priya.shah@northwind.example' },
        attendees: [
          {
            name: 'Priya Shah',
            email: 'priya.shah@northwind.example',
            type: 'required',
            response: 'organizer',
          },
          {
            name: 'Maya Chen',
            email: 'maya.chen@northwind.example',
            type: 'required',
            response: 'tentativelyAccepted',
          },
          { name: 'Sam (agency contractor)', type: 'optional', response: 'none' },
        ],
      });
      expect(convertToRestId).toHaveBeenCalledWith(EWS_ID, 'v2.0');
    });

    it.each([
      ['Outlook on iOS', 'OutlookIOS'],
      ['Outlook on Android', 'OutlookAndroid'],
    ])(
      'on %s, where convertToRestId is unsupported, makes the id URL-safe itself',
      async (_name, hostName) => {
        const { meeting, convertToRestId } = await meetingOf(attendeeItem(), { hostName });
        expect(meeting?.itemId).toBe('AAMkAGI2-THVkAAA_xyz=');
        expect(convertToRestId).not.toHaveBeenCalled();
      },
    );

    it.each([
      ['says all day', true, true],
      ['says not all day', false, false],
      ['does not say (no preview API)', undefined, false],
    ])('is all-day when Outlook %s', async (_name, isAllDayEvent, expected) => {
      const item = attendeeItem(isAllDayEvent === undefined ? {} : { isAllDayEvent });
      const { meeting } = await meetingOf(item);
      expect(meeting?.isAllDay).toBe(expected);
    });
  });

  describe('organizer mode (compose)', () => {
    it('reads a saved meeting through the getters and converts the id getItemIdAsync gives', async () => {
      const { meeting, convertToRestId } = await meetingOf(organizerItem());
      expect(meeting).toEqual<HostMeeting>({
        itemId: REST_ID,
        subject: 'Campaign planning',
        start: START,
        end: END,
        isAllDay: false,
        organizer: { name: 'Maya Chen', email: 'maya.chen@northwind.example' },
        attendees: [
          {
            name: 'Priya Shah',
            email: 'priya.shah@northwind.example',
            type: 'required',
            response: 'accepted',
          },
          { name: 'Tom Reyes', email: 'tom.reyes@northwind.example', type: 'required', response: 'none' },
          { name: 'Sam (agency contractor)', type: 'optional', response: 'none' },
        ],
      });
      expect(convertToRestId).toHaveBeenCalledWith(EWS_ID, 'v2.0');
    });

    it.each([
      ['fails with ItemNotSaved', { getItemIdAsync: failed('ItemNotSaved') }],
      ['answers with an empty id', { getItemIdAsync: succeeded('') }],
      ['is not there (before Mailbox 1.8)', { getItemIdAsync: undefined }],
    ])(
      'gives an unsaved meeting no id when getItemIdAsync %s, and keeps its attendees',
      async (_n, overrides) => {
        const item = organizerItem(overrides);
        if (overrides.getItemIdAsync === undefined) delete item['getItemIdAsync'];
        const { meeting, convertToRestId } = await meetingOf(item);
        expect(meeting).not.toBeNull();
        expect(meeting).not.toHaveProperty('itemId');
        expect(convertToRestId).not.toHaveBeenCalled();
        expect(meeting?.attendees.map((a) => a.name)).toEqual([
          'Priya Shah',
          'Tom Reyes',
          'Sam (agency contractor)',
        ]);
      },
    );

    it.each([
      ['fails', { organizer: { getAsync: failed('GenericResponseError') } }],
      ['is not there (before Mailbox 1.7)', {}],
    ])('takes the signed-in user as organizer when organizer.getAsync %s', async (_n, overrides) => {
      const item = { ...organizerItem(), ...overrides };
      if (!('organizer' in overrides)) delete item['organizer'];
      const { meeting } = await meetingOf(item);
      expect(meeting?.organizer).toEqual({ name: 'Maya Chen', email: 'maya.chen@northwind.example' });
    });

    it.each([
      ['true', succeeded(true), true],
      ['false', succeeded(false), false],
      ['a failure', failed('GenericResponseError'), false],
    ])('reads the preview isAllDayEvent getter answering %s', async (_n, getAsync, expected) => {
      const { meeting } = await meetingOf(organizerItem({ isAllDayEvent: { getAsync } }));
      expect(meeting?.isAllDay).toBe(expected);
    });

    it('fails plainly when Outlook will not give the subject', async () => {
      const fake = fakeOutlook(organizerItem({ subject: { getAsync: failed('GenericResponseError') } }));
      await expect(createOutlookHost(fake.office)).rejects.toThrow(
        /could not read this meeting from Outlook: GenericResponseError/,
      );
    });
  });

  describe('rooms (Mailbox 1.8 enhancedLocation)', () => {
    const room = { emailAddress: 'Room.Harbour@Northwind.example', displayName: 'Harbour room' };
    const locations = [
      { locationIdentifier: { id: 'r1', type: 'room' }, ...room },
      { locationIdentifier: { id: 'c1', type: 'custom' }, displayName: 'Teams', emailAddress: '' },
    ];

    it('marks a room invited as an attendee as a resource, not a person', async () => {
      const item = attendeeItem({
        requiredAttendees: [priya, { ...room, appointmentResponse: 'accepted' }],
        optionalAttendees: [],
        enhancedLocation: { getAsync: succeeded(locations) },
      });
      const { meeting } = await meetingOf(item);
      expect(meeting?.attendees.map((a) => [a.name, a.type])).toEqual([
        ['Priya Shah', 'required'],
        ['Harbour room', 'resource'],
      ]);
    });

    it('adds a booked room that is not on the invitation as a resource', async () => {
      const item = organizerItem({ enhancedLocation: { getAsync: succeeded(locations) } });
      const { meeting } = await meetingOf(item);
      expect(meeting?.attendees.at(-1)).toEqual({
        name: 'Harbour room',
        email: 'room.harbour@northwind.example',
        type: 'resource',
        response: 'none',
      });
      expect(meeting?.attendees).toHaveLength(4);
    });
  });

  it.each([
    ['no item', undefined],
    ['a message', { itemType: 'message', subject: 'Re: launch', itemId: EWS_ID }],
  ])('has no meeting when Outlook opens the pane on %s', async (_n, item) => {
    const { meeting } = await meetingOf(item);
    expect(meeting).toBeNull();
  });

  describe('outside Outlook', () => {
    it.each<[string, Parameters<typeof fakeOutlook>[1], RegExp]>([
      [
        'Office never answers',
        { onReady: () => new Promise(() => undefined) },
        /did not answer within 0.05 seconds/,
      ],
      ['Office is not in an Office application', { host: null }, /opened outside Office/],
      ['another Office application opened the page', { host: 'Word' }, /opened in Word/],
      [
        'Office.js fails to start',
        { onReady: () => Promise.reject(new Error('boom')) },
        /could not start \(boom\)/,
      ],
    ])('fails with a clear error when %s', async (_n, options, reason) => {
      const fake = fakeOutlook(attendeeItem(), options);
      const started = createOutlookHost(fake.office, { readyTimeoutMs: 50 });
      await expect(started).rejects.toBeInstanceOf(NotInOutlookError);
      await expect(started).rejects.toThrow(/^Home Turf must be opened from Outlook: /);
      await expect(started).rejects.toThrow(reason);
    });

    it('fails with a clear error when Office.js did not load', async () => {
      await expect(createOutlookHost(undefined)).rejects.toThrow(
        'Home Turf must be opened from Outlook: Office.js did not load on this page.',
      );
    });
  });

  describe('theme', () => {
    it.each<[string, string, HostTheme]>([
      ['white', '#ffffff', 'light'],
      ['light grey', '#f3f2f1', 'light'],
      ['dark grey', '#292929', 'dark'],
      ['black', '#000', 'dark'],
      ['unreadable', 'transparent', 'light'],
    ])('maps a %s body background (%s) to %s', async (_n, bodyBackgroundColor, expected) => {
      const { host } = await meetingOf(attendeeItem(), { officeTheme: { bodyBackgroundColor } });
      expect(host.theme).toBe(expected);
    });

    it('follows OfficeThemeChanged where Mailbox 1.14 has it', async () => {
      const { host, handlers } = await meetingOf(attendeeItem());
      const seen: HostTheme[] = [];
      const unsubscribe = host.onThemeChange?.((theme) => seen.push(theme));
      handlers.get('officeThemeChanged')?.({ officeTheme: { bodyBackgroundColor: '#1f1f1f' } });
      unsubscribe?.();
      handlers.get('officeThemeChanged')?.({ officeTheme: { bodyBackgroundColor: '#ffffff' } });
      expect(seen).toEqual(['dark']);
      expect(host.theme).toBe('light');
    });

    it('registers no theme handler before Mailbox 1.14', async () => {
      const { handlers } = await meetingOf(attendeeItem(), { sets: ['1.1', '1.3', '1.5', '1.8'] });
      expect(handlers.has('officeThemeChanged')).toBe(false);
    });
  });

  describe('ItemChanged (never sent for appointments, which cannot be pinned)', () => {
    it('re-reads the item if a client sends it anyway', async () => {
      const fake = await meetingOf(attendeeItem());
      const seen: (HostMeeting | null)[] = [];
      fake.host.onMeetingChange((m) => seen.push(m));
      fake.open(attendeeItem({ subject: 'Budget review', itemId: 'OTHER' }));
      fake.handlers.get('olkItemSelectedChanged')?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(seen.map((m) => m?.subject)).toEqual(['Budget review']);
      expect(fake.host.currentMeeting()?.itemId).toBe('rest:OTHER');

      fake.open(undefined);
      fake.handlers.get('olkItemSelectedChanged')?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(seen.at(-1)).toBeNull();
    });

    it('registers no handler before Mailbox 1.5', async () => {
      const { handlers } = await meetingOf(attendeeItem(), { sets: ['1.1', '1.3'] });
      expect(handlers.size).toBe(0);
    });
  });

  it('reports Outlook, its display language and the browser time zone', async () => {
    const { host } = await meetingOf(attendeeItem());
    expect(host.kind).toBe('outlook');
    expect(host.locale).toBe('en-GB');
    expect(host.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it.each([true, false])('says whether nested app authentication is supported (%s)', (nestedAppAuth) => {
    expect(supportsNestedAppAuth(fakeOutlook(undefined, { nestedAppAuth }).office)).toBe(nestedAppAuth);
  });
});
