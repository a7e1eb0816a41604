import type { RawOverride } from '../../src/sandbox/raw-overrides';
import { STORE_LIST_IDS } from '../../src/sandbox/seed';

/**
 * The malformed half of the hostile tenant: meetings whose own Graph answer, directory entry or
 * store records come back in shapes Graph and SharePoint never send, through the tenant's raw
 * overrides, each with the words the pane should say instead.
 */

export const address = (local: string) => `${local}@northwind.example`;

/** A client whose store records are malformed. */
export const QUINN = { name: 'Quinn Malformed', email: address('quinn.malformed'), firstName: 'Quinn' };
/** A plain client, for meetings whose own Graph answer is malformed. */
export const MARA = { name: 'Mara Plain', email: address('mara.plain'), firstName: 'Mara' };
/** A client whose directory entry comes back with wrong types. */
export const DORA = { name: 'Dora Directory', email: address('dora.directory') };

/** A meeting whose Graph answer is malformed, what is wrong with it and what the user should read. */
export type MalformedMeeting = {
  subject: string;
  what: string;
  /** Text the pane shows instead (a regular expression over the prep card's text). */
  message: RegExp;
  /** True when the card still has an article for a client. */
  client: boolean;
  overrides: (subject: string) => RawOverride[];
};

const EVENT_PATH = '/me/events/';

const MEETING_UNREADABLE =
  /The meeting's own details \(cancelled, your response\) could not be loaded, so they are assumed: Microsoft 365 sent this meeting's details in a form Home Turf cannot read\./;
const MARA_IS_CLIENT = /Mara Plain, Operations — colleague outside the comms team/;

export const MALFORMED_MEETINGS: readonly MalformedMeeting[] = [
  {
    subject: 'Malformed: start is a number',
    what: '`start: 42` in the meeting',
    message: MEETING_UNREADABLE,
    client: true,
    overrides: (subject) => [{ path: EVENT_PATH, match: { subject }, set: { start: 42 } }],
  },
  {
    subject: 'Malformed: no id and no end',
    what: 'meeting without `id` and `end`',
    message: MEETING_UNREADABLE,
    client: true,
    overrides: (subject) => [{ path: EVENT_PATH, match: { subject }, remove: ['id', 'end'] }],
  },
  {
    subject: 'Malformed: attendees is text',
    what: '`attendees: "x"` in the meeting',
    message: MARA_IS_CLIENT,
    client: true,
    overrides: (subject) => [{ path: EVENT_PATH, match: { subject }, set: { attendees: 'x' } }],
  },
  {
    subject: 'Malformed: people without addresses',
    what: '`emailAddress: null`, `5` and `null` as attendees',
    message: /No internal client could be identified: some people have no email address\./,
    client: false,
    overrides: (subject) => [
      {
        match: { subject },
        set: {
          organizer: { emailAddress: null },
          attendees: [{ emailAddress: null }, 5, null, { type: 7, status: 'x' }],
        },
      },
    ],
  },
  {
    subject: 'Malformed: wrong types in optional fields',
    what: 'object subject, `isCancelled: "yes"`, `showAs: 5`, `location: "Room"`…',
    message: MARA_IS_CLIENT,
    client: true,
    overrides: (subject) => [
      {
        path: EVENT_PATH,
        match: { subject },
        set: {
          subject: { text: subject },
          isCancelled: 'yes',
          isAllDay: 'no',
          responseStatus: 'accepted',
          showAs: 5,
          sensitivity: [],
          type: null,
          location: 'Room 2',
          webLink: 7,
          bodyPreview: { text: 'x' },
          seriesMasterId: false,
        },
      },
    ],
  },
  {
    subject: 'Malformed: agenda is a number',
    what: '`body: 42`',
    message: /The agenda could not be read: Microsoft 365 sent it in a form Home Turf cannot show\./,
    client: true,
    overrides: (subject) => [{ path: EVENT_PATH, match: { subject }, set: { body: 42 } }],
  },
  {
    subject: 'Malformed: agenda content is an object',
    what: '`body: { contentType: 7, content: {…} }`',
    message: /The agenda could not be read: Microsoft 365 sent it in a form Home Turf cannot show\./,
    client: true,
    overrides: (subject) => [
      { path: EVENT_PATH, match: { subject }, set: { body: { contentType: 7, content: { html: '<b>' } } } },
    ],
  },
  {
    subject: 'Malformed: directory entry with wrong types',
    what: '`/users` answer with `displayName: 42`, `department: []`',
    message: /Dora Directory — colleague outside the comms team/,
    client: true,
    overrides: () => [
      {
        path: '/users',
        match: { mail: DORA.email },
        set: { displayName: 42, department: ['HR'], jobTitle: {}, id: 5 },
      },
    ],
  },
];

/** A calendar entry so broken that the calendar itself cannot show it. */
export const UNREADABLE_IN_CALENDAR = 'Malformed: start is a number in the calendar';

/** Every override the hostile tenant serves. */
export function malformedOverrides(): RawOverride[] {
  return [
    ...MALFORMED_MEETINGS.flatMap((m) => m.overrides(m.subject)),
    { path: '/calendarView', match: { subject: UNREADABLE_IN_CALENDAR }, set: { start: 42 } },
    // Numbers and objects where SharePoint sends text, in Quinn's records.
    {
      method: 'GET',
      path: `/lists/${STORE_LIST_IDS.clients}/items`,
      match: { ClientEmail: QUINN.email },
      set: { Title: 12, Department: 7, Pressures: 42, OwnerEmail: { a: 1 } },
    },
    {
      method: 'GET',
      path: `/lists/${STORE_LIST_IDS.fileItems}/items`,
      match: { ItemKey: 'quinn-1' },
      set: { Title: 42, Status: 9, LastUpdateSent: 'yesterday', NextUpdateDue: true },
    },
    {
      method: 'GET',
      path: `/lists/${STORE_LIST_IDS.notes}/items`,
      match: { NoteId: 'quinn-note-1' },
      set: { Pulse: 'five', ArticlesBrought: 3, StoryLead: ['x'] },
    },
    // A whole answer that is not a list at all: the mail the card reads.
    { method: 'GET', path: '/me/messages', set: { value: 'x' } },
  ];
}
