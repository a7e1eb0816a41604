import type {
  AttendeeType,
  DayOfWeek,
  FreeBusyStatus,
  Importance,
  ResponseType,
  Sensitivity,
} from '@microsoft/microsoft-graph-types';
import type { RawOverride } from './raw-overrides';
import type { SpecApplication } from './tenant-spec';

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
  /** Who sees this user's calendar, and how much of it. */
  calendarSharing: CalendarSharing;
};

/** A calendar-sharing level, as Exchange names them: nothing, free/busy, titles and locations, all details. */
export type CalendarSharingLevel = 'none' | 'freeBusy' | 'limited' | 'read';

export type CalendarSharing = {
  /** What everyone else in the organisation sees (Exchange's default: free/busy). */
  organisation: CalendarSharingLevel;
  /** Colleagues shared with by name, lower-cased address → level. */
  people: ReadonlyMap<string, CalendarSharingLevel>;
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

/** The column types a list can hold (SharePoint's text, multi-line text, date, number, yes/no). */
export type ColumnType = 'text' | 'note' | 'dateTime' | 'number' | 'boolean';

/** A list column. `Title` is one too, on every list. */
export type ColumnRecord = {
  id: string;
  /** Internal name, as `fields` and `$filter` use it. */
  name: string;
  displayName: string;
  type: ColumnType;
  indexed: boolean;
  unique: boolean;
};

/** A stored field value; dateTime values are ISO strings `2026-12-12T00:00:00Z`. */
export type FieldValue = string | number | boolean | null;

/** One list item. `version` counts saves and goes into the etag. */
export type ListItemRecord = {
  id: string;
  guid: string;
  version: number;
  createdMs: number;
  modifiedMs: number;
  /** Addresses of the author and the last editor. */
  createdBy: string;
  modifiedBy: string;
  fields: Record<string, FieldValue>;
  /** Seeded items are regenerated each start; user-written ones are persisted. */
  origin: 'seed' | 'user';
};

/** A SharePoint list. */
export type ListRecord = {
  id: string;
  name: string;
  displayName: string;
  description: string;
  createdMs: number;
  modifiedMs: number;
  createdBy: string;
  columns: ColumnRecord[];
  items: ListItemRecord[];
  nextItemId: number;
  /** Created through the API (and then persisted whole) or seeded from the tenant spec. */
  origin: 'seed' | 'user';
  /** Ids of items the user deleted, so a restart does not bring seeded ones back. */
  deletedIds: string[];
};

/** A SharePoint site: `{hostname},{siteCollectionId},{webId}` and its lists. */
export type SiteRecord = {
  id: string;
  hostname: string;
  /** Server-relative path, `/sites/comms`. */
  path: string;
  displayName: string;
  description: string;
  createdMs: number;
  modifiedMs: number;
  lists: ListRecord[];
};

/** A team in Microsoft Teams: its Microsoft 365 group's id, its site and its members' user ids. */
export type TeamRecord = {
  id: string;
  displayName: string;
  description: string;
  /** The group's root SharePoint site (`GET /groups/{id}/sites/root`). */
  siteId: string;
  memberIds: string[];
};

/** A mail message in the tenant; each participant's mailbox shows it. */
export type MessageRecord = {
  id: string;
  changeKey: string;
  internetMessageId: string;
  conversationId: string;
  subject: string;
  body: string;
  importance: Importance;
  isRead: boolean;
  sentMs: number;
  receivedMs: number;
  from: EventPerson;
  to: EventPerson[];
  cc: EventPerson[];
};

/** Microsoft To Do's task states. */
export type TodoTaskStatus = 'notStarted' | 'inProgress' | 'completed' | 'waitingOnOthers' | 'deferred';

/** A link from a task back to where it came from (a meeting, a note in the app). */
export type TodoLinkedResource = {
  id: string;
  webUrl: string | null;
  applicationName: string | null;
  displayName: string | null;
  externalId: string | null;
};

/** One To Do task. `version` counts saves and goes into the etag. */
export type TodoTaskRecord = {
  id: string;
  version: number;
  createdMs: number;
  modifiedMs: number;
  bodyModifiedMs: number;
  title: string;
  body: { content: string; contentType: 'text' | 'html' };
  importance: Importance;
  status: TodoTaskStatus;
  isReminderOn: boolean;
  categories: string[];
  /** Due and completion instants; rendered as dateTimeTimeZone in UTC. */
  dueMs: number | null;
  completedMs: number | null;
  linkedResources: TodoLinkedResource[];
};

/** A To Do task list, owned by one user; every user has a default list, "Tasks". */
export type TodoListRecord = {
  id: string;
  ownerId: string;
  displayName: string;
  wellknownListName: 'defaultList' | 'none';
  tasks: TodoTaskRecord[];
};

/** Everything the Graph routes read. Mutated by POST /me/events and the list and task write routes. */
export type TenantState = {
  organisation: { displayName: string; domains: string[] };
  /** The directory id (`tid` in tokens). */
  tenantId: string;
  /** App registrations the authority signs users in to; `{origin}` is left for the server to fill. */
  applications: SpecApplication[];
  timeZone: string;
  signedInUpn: string;
  users: DirectoryUser[];
  events: EventRecord[];
  sites: SiteRecord[];
  /** Teams in Microsoft Teams (Microsoft 365 groups), each with its team site. */
  teams: TeamRecord[];
  /** Newest first. */
  messages: MessageRecord[];
  todoLists: TodoListRecord[];
  /** Written over matching answers (tests only; see raw-overrides.ts). */
  rawOverrides?: RawOverride[];
  /** SharePoint's settings: the list view threshold, and what list creation keeps of inline columns. */
  sharePoint: SharePointSettings;
};

/** See the tenant file's `sharePoint`. */
export type SharePointSettings = {
  listViewThreshold: number;
  inlineColumnIndexes: 'kept' | 'dropped';
};
