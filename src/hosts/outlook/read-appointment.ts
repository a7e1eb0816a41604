import type { Attendee, Participant, ResponseKind } from '../../domain/meeting';
import type { HostMeeting } from '../host';
import { officeCall } from './office-async';

type AppointmentItem = Office.AppointmentRead | Office.AppointmentCompose;

/**
 * `isAllDayEvent` is in Outlook's preview API set only (a boolean when reading, a getter when
 * organizing), so it is not in the typings: read it where Outlook gives it, else not all-day.
 */
type AllDayRead = { isAllDayEvent?: unknown };
type AllDayCompose = {
  isAllDayEvent?: { getAsync?(callback: (result: Office.AsyncResult<boolean>) => void): void };
};

/** Rooms booked for the meeting: lower-cased address → display name. */
type Rooms = ReadonlyMap<string, string>;

/** Outlook on iOS and Android: `convertToRestId` is not supported there. */
const MOBILE_HOSTS = new Set(['OutlookIOS', 'OutlookAndroid']);

/**
 * The meeting open in Outlook, or null when the pane has no appointment (no item, or a message).
 * Attendee mode (read) has plain properties; organizer mode (compose) has asynchronous getters
 * and no `itemId` — a meeting being created has no id at all until it is saved, and then the
 * meeting comes back without one, so nothing ever asks Graph for a missing event.
 */
export async function readAppointment(office: typeof Office): Promise<HostMeeting | null> {
  const item: AppointmentItem | undefined = office.context.mailbox.item ?? undefined;
  if (item === undefined || item.itemType === 'message') return null;
  return isReadMode(item) ? readAttendeeMode(office, item) : readOrganizerMode(office, item);
}

/** Attendee mode gives the subject as a string; organizer mode gives an object with getters. */
function isReadMode(item: AppointmentItem): item is Office.AppointmentRead {
  return typeof item.subject === 'string';
}

async function readAttendeeMode(office: typeof Office, item: Office.AppointmentRead): Promise<HostMeeting> {
  const rooms = await roomAddresses(office, item);
  const allDay = (item as AllDayRead).isAllDayEvent;
  const meeting: HostMeeting = {
    subject: item.subject,
    start: new Date(item.start),
    end: new Date(item.end),
    isAllDay: allDay === true,
    organizer: participant(item.organizer),
    attendees: attendees(item.requiredAttendees, item.optionalAttendees, rooms),
  };
  if (item.itemId) meeting.itemId = toRestId(office, item.itemId);
  return meeting;
}

async function readOrganizerMode(
  office: typeof Office,
  item: Office.AppointmentCompose,
): Promise<HostMeeting> {
  const [subject, start, end, required, optional, organizer, isAllDay, itemId, rooms] = await Promise.all([
    officeCall<string>(office, (cb) => {
      item.subject.getAsync(cb);
    }),
    officeCall<Date>(office, (cb) => {
      item.start.getAsync(cb);
    }),
    officeCall<Date>(office, (cb) => {
      item.end.getAsync(cb);
    }),
    officeCall<Office.EmailAddressDetails[]>(office, (cb) => {
      item.requiredAttendees.getAsync(cb);
    }),
    officeCall<Office.EmailAddressDetails[]>(office, (cb) => {
      item.optionalAttendees.getAsync(cb);
    }),
    organizerOf(office, item),
    allDayOf(office, item),
    savedItemId(office, item),
    roomAddresses(office, item),
  ]);
  const meeting: HostMeeting = {
    subject,
    start: new Date(start),
    end: new Date(end),
    isAllDay,
    organizer,
    attendees: attendees(required, optional, rooms),
  };
  if (itemId !== undefined) meeting.itemId = toRestId(office, itemId);
  return meeting;
}

/**
 * The organizer (Mailbox 1.7). Before 1.7 — or when the call fails — the person organizing in
 * this window is the signed-in user, which is what Outlook's own form shows.
 */
function organizerOf(office: typeof Office, item: Office.AppointmentCompose): Promise<Participant> {
  const profile = office.context.mailbox.userProfile;
  const me = participant({ displayName: profile.displayName, emailAddress: profile.emailAddress });
  // The typings mark it always present; before Mailbox 1.7 it is not there at all.
  const organizer = item.organizer as Office.Organizer | undefined;
  if (organizer === undefined) return Promise.resolve(me);
  return officeCall<Office.EmailAddressDetails>(office, (cb) => {
    organizer.getAsync(cb);
  }).then(participant, () => me);
}

function allDayOf(office: typeof Office, item: Office.AppointmentCompose): Promise<boolean> {
  const getter = (item as AllDayCompose).isAllDayEvent;
  if (getter?.getAsync === undefined) return Promise.resolve(false);
  return officeCall<boolean>(office, (cb) => getter.getAsync?.(cb)).then(
    (value) => value,
    () => false,
  );
}

/**
 * The id of a meeting being organized (Mailbox 1.8). A new meeting fails with `ItemNotSaved`
 * until it is saved; that, an empty answer, or a client without 1.8 all mean "no id yet". The
 * pane never saves the item itself: saving an existing meeting sends updates to attendees.
 */
function savedItemId(office: typeof Office, item: Office.AppointmentCompose): Promise<string | undefined> {
  // The typings mark it always present; before Mailbox 1.8 it is not there at all.
  if (!('getItemIdAsync' in item)) return Promise.resolve(undefined);
  return officeCall<string>(office, (cb) => {
    item.getItemIdAsync(cb);
  }).then(
    (id) => id || undefined,
    () => undefined,
  );
}

/**
 * Outlook hands out EWS ids; Graph wants REST ids. `convertToRestId` (Mailbox 1.3) does it, but
 * not on iOS and Android. A REST id is the EWS id's base64 in the URL-safe alphabet, so there the
 * same change is made by hand; it leaves an id that is already in REST form untouched.
 */
export function toRestId(office: typeof Office, ewsId: string): string {
  const mailbox = office.context.mailbox;
  // The typings mark it always present; before Mailbox 1.3 it is not there at all.
  if (MOBILE_HOSTS.has(mailbox.diagnostics.hostName) || !('convertToRestId' in mailbox)) {
    return ewsId.replace(/\//g, '-').replace(/\+/g, '_');
  }
  return mailbox.convertToRestId(ewsId, office.MailboxEnums.RestVersion.v2_0);
}

/**
 * Rooms booked for the meeting (Mailbox 1.8 `enhancedLocation`), by address. A room invited as
 * an attendee is a resource, not a person to prepare for. Without 1.8 no room is known.
 */
function roomAddresses(office: typeof Office, item: AppointmentItem): Promise<Rooms> {
  // The typings mark it always present; before Mailbox 1.8 it is not there at all.
  const location = item.enhancedLocation as Office.EnhancedLocation | undefined;
  if (location === undefined) return Promise.resolve(new Map());
  return officeCall<Office.LocationDetails[]>(office, (cb) => {
    location.getAsync(cb);
  }).then(
    (details) =>
      new Map(
        details
          .filter((d) => d.locationIdentifier.type === 'room' && d.emailAddress)
          .map((d) => [d.emailAddress.trim().toLowerCase(), d.displayName || d.emailAddress]),
      ),
    () => new Map(),
  );
}

function attendees(
  required: readonly Office.EmailAddressDetails[],
  optional: readonly Office.EmailAddressDetails[],
  rooms: Rooms,
): Attendee[] {
  const listed = [
    ...required.map((d) => attendee(d, 'required', rooms)),
    ...optional.map((d) => attendee(d, 'optional', rooms)),
  ];
  const invited = new Set(listed.flatMap((a) => (a.email === undefined ? [] : [a.email])));
  const unlisted = [...rooms]
    .filter(([email]) => !invited.has(email))
    .map(([email, name]): Attendee => ({ name, email, type: 'resource', response: 'none' }));
  return [...listed, ...unlisted];
}

function attendee(
  details: Office.EmailAddressDetails,
  listedAs: 'required' | 'optional',
  rooms: Rooms,
): Attendee {
  const person = participant(details);
  const type = person.email !== undefined && rooms.has(person.email) ? 'resource' : listedAs;
  return { ...person, type, response: response(details.appointmentResponse) };
}

/** Outlook can hold a person with no address (typed in by hand): the participant then has none. */
function participant(details: Pick<Office.EmailAddressDetails, 'displayName' | 'emailAddress'>): Participant {
  const email = details.emailAddress ? details.emailAddress.trim().toLowerCase() : '';
  const name = details.displayName || email;
  return email === '' ? { name } : { name, email };
}

/** Outlook's `ResponseType` values, in Graph's words; absent in organizer mode. */
const RESPONSES: Record<string, ResponseKind> = {
  none: 'none',
  organizer: 'organizer',
  tentative: 'tentativelyAccepted',
  accepted: 'accepted',
  declined: 'declined',
};

function response(value: string | undefined): ResponseKind {
  return (value === undefined ? undefined : RESPONSES[value]) ?? 'none';
}
