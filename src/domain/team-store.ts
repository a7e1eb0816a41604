/**
 * The team store's records as the product sees them (docs/team-store.md has the lists behind
 * them). Dates without a time are `YYYY-MM-DD` strings: a priority due "12 Dec" is due that day
 * wherever the reader is, so it is never turned into an instant.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export type DatedPriority = { text: string; due: IsoDate | null };

export type ClientProfile = {
  /** SharePoint item id. */
  id: string;
  /** Optimistic-concurrency tag of the item (`@odata.etag`). */
  etag?: string;
  displayName: string;
  /** Lower-cased address. */
  email: string;
  department?: string;
  /** Lower-cased address of the advisor who owns the relationship. */
  ownerEmail?: string;
  pressures: string[];
  priorities: DatedPriority[];
  evaluatedOn: string[];
  sharedKpis: string[];
  background?: string;
};

export type FileItemStatus = 'Not started' | 'In progress' | 'Waiting on client' | 'Done';

export type FileItem = {
  id: string;
  /** Optimistic-concurrency tag of the item (`@odata.etag`). */
  etag?: string;
  title: string;
  clientEmail: string;
  status: FileItemStatus;
  ownerEmail?: string;
  /** When the client was last updated on this work; null when never. */
  lastUpdateSent: IsoDate | null;
  nextUpdateDue: IsoDate | null;
};

export type ValueKind = 'idea' | 'article' | 'insight' | 'best practice' | 'introduction';

export type FollowUp = { text: string; due: IsoDate | null; owner: 'us' | 'client'; done: boolean };

export type HeardPriority = { kind: 'pressure' | 'priority' | 'kpi'; text: string; due: IsoDate | null };

export type ValueAddNote = {
  id: string;
  /** Client-generated, unique: the key that makes a retried save idempotent. */
  noteId: string;
  subject: string;
  clientEmail: string;
  meetingICalUId?: string;
  meetingDate: Date;
  authorEmail?: string;
  valueOffered: { kind: ValueKind; text: string }[];
  /** Ids of articles shared with the client in this meeting. */
  articlesBrought: string[];
  followUps: FollowUp[];
  prioritiesHeard: HeardPriority[];
  storyLead?: string;
  /** How the client seemed, 1 to 5. */
  pulse?: number;
};

export type Article = {
  id: string;
  /** Optimistic-concurrency tag of the item (`@odata.etag`). */
  etag?: string;
  title: string;
  /** Always https (checked when read). */
  url: string;
  summary: string;
  tags: string[];
  source?: string;
  published: IsoDate;
  retired: boolean;
};

export type CampaignStatus = 'Planned' | 'In sign-off' | 'Approved' | 'Live' | 'Done';

export type Campaign = {
  id: string;
  /** Optimistic-concurrency tag of the item (`@odata.etag`). */
  etag?: string;
  name: string;
  ownerDepartment?: string;
  /** Departments affected; `*` means every department. */
  audiences: string[];
  signOff: IsoDate | null;
  goLive: IsoDate;
  status: CampaignStatus;
};

/** Mail metadata only: Home Turf never reads message bodies. */
export type MailSummary = {
  id: string;
  subject: string;
  /** When it was sent (ours) or received (theirs). */
  at: Date;
  direction: 'sent' | 'received';
  /** The other party's lower-cased addresses. */
  with: string[];
};
