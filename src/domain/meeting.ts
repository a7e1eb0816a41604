/**
 * The meeting as Home Turf sees it, whatever host or Graph query produced it. Times are instants
 * (`Date`); the host or the Graph mapper has already resolved time zones.
 */

export type ResponseKind =
  'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';

export type ShowAs = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

export type EventType = 'singleInstance' | 'occurrence' | 'exception' | 'seriesMaster';

/** A person as a meeting names them. Outlook can hold an attendee with no email address at all. */
export type Participant = {
  name: string;
  /** Lower-cased SMTP address, absent when the meeting does not carry one. */
  email?: string;
};

export type Attendee = Participant & {
  type: 'required' | 'optional' | 'resource';
  response: ResponseKind;
};

export type Meeting = {
  /** Graph event id (REST format). Absent for a new meeting the organizer has not saved yet. */
  id?: string;
  iCalUId?: string;
  subject: string;
  start: Date;
  end: Date;
  isAllDay: boolean;
  organizer: Participant;
  attendees: readonly Attendee[];
  /** True when the signed-in user organises the meeting. */
  isOrganizer: boolean;
  isCancelled: boolean;
  /** The signed-in user's own response. */
  myResponse: ResponseKind;
  showAs: ShowAs;
  sensitivity: 'normal' | 'personal' | 'private' | 'confidential';
  type: EventType;
  seriesMasterId?: string;
  location?: string;
  webLink?: string;
  /** Plain-text preview of the body, as Graph gives it. Never HTML. */
  bodyPreview?: string;
};

/** A directory entry (`/users`), reduced to what the product shows. */
export type Person = {
  id: string;
  displayName: string;
  /** Lower-cased primary SMTP address. */
  email: string;
  userPrincipalName: string;
  jobTitle?: string;
  department?: string;
  officeLocation?: string;
};

/** A client listed in the team store's Clients list (issue-independent subset). */
export type ListedClient = {
  email: string;
  department?: string;
};

/**
 * What the classifier knows of the organisation. Built by the caller from Graph and the team
 * store; the classifier itself does no I/O.
 */
export type OrgContext = {
  /** The signed-in advisor. */
  me: Person;
  /** The organisation's own mail domains, lower-cased (e.g. `contoso.com`). */
  domains: readonly string[];
  /** Lower-cased addresses of the comms team, the signed-in advisor included. */
  commsTeam: ReadonlySet<string>;
  /** Directory entries found for the meeting's participants, keyed by lower-cased address. */
  directory: ReadonlyMap<string, Person>;
  /** Clients listed in the team store, keyed by lower-cased address. */
  listedClients: ReadonlyMap<string, ListedClient>;
};
