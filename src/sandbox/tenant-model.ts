import type {
  AttendeeType,
  DayOfWeek,
  FreeBusyStatus,
  Importance,
  ResponseType,
  Sensitivity,
} from '@microsoft/microsoft-graph-types';

/**
 * The tenant as the server holds it: plain JSON-able records, so created events can be written to
 * state.json as they are. Times are epoch milliseconds; all-day events also keep their dates.
 */

/** A directory entry. */
export type DirectoryUser = {
  id: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  mail: string;
  userPrincipalName: string;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  businessPhones: string[];
  mobilePhone: string | null;
};

/** A person named on an event; Outlook allows a name with no address. */
export type EventPerson = { name: string; address: string | null };

/** An attendee as stored; `response` is that attendee's own answer. */
export type EventAttendee = EventPerson & { type: AttendeeType; response: ResponseType };

/** A changed or deleted occurrence of a series, keyed by its 0-based position. */
export type OccurrenceException = {
  occurrence: number;
  startMs?: number;
  endMs?: number;
  subject?: string;
  deleted?: boolean;
};

/** Recurrence of a series master, resolved to concrete values. */
export type EventRecurrence = {
  pattern: 'weekly' | 'daily';
  daysOfWeek: DayOfWeek[];
  count: number;
  exceptions: OccurrenceException[];
};

/** One calendar item: a single event or a series master. */
export type EventRecord = {
  id: string;
  /** Stable key the ids derive from; occurrence ids derive from it too. */
  key: string;
  iCalUId: string;
  changeKey: string;
  createdMs: number;
  modifiedMs: number;
  subject: string;
  bodyHtml: string;
  startMs: number;
  endMs: number;
  isAllDay: boolean;
  /** IANA zone whose wall clock the event (and its recurrence) follows. */
  zone: string;
  originalStartTimeZone: string;
  originalEndTimeZone: string;
  organizer: EventPerson;
  attendees: EventAttendee[];
  isCancelled: boolean;
  showAs: FreeBusyStatus;
  sensitivity: Sensitivity;
  importance: Importance;
  location: string | null;
  categories: string[];
  isOnlineMeeting: boolean;
  recurrence: EventRecurrence | null;
  /** Seeded from the tenant spec, or written by the user (and persisted). */
  origin: 'seed' | 'user';
  /** Client-supplied idempotency key of a POST /me/events, null for seeded items. */
  transactionId: string | null;
};

/** Everything the Graph routes read. Mutated only by POST /me/events. */
export type TenantState = {
  organisation: { displayName: string; domains: string[] };
  timeZone: string;
  signedInUpn: string;
  users: DirectoryUser[];
  events: EventRecord[];
};
