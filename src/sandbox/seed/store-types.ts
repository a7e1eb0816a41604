/**
 * Shapes of the team store's seed tables. Day counts are relative to the seed's today, so the
 * store always looks freshly kept whatever day the demo runs.
 */

/** Status of a piece of work on a client's file. */
export type FileStatus = 'Not started' | 'In progress' | 'Waiting on client' | 'Done';

/**
 * One piece of work on a client's file: title, status, days since the last update was sent (null:
 * never), days until the next promised update (null: none), and the advisor doing it when that is not
 * the relationship owner (display name).
 */
export type FileItemSeed = readonly [
  title: string,
  status: FileStatus,
  lastUpdateDaysAgo: number | null,
  nextUpdateInDays: number | null,
  owner?: string,
];

/** A client's profile as the owner wrote it, plus the open work on their file. */
export type ClientProfile = {
  /** Display name, as in the directory. */
  readonly name: string;
  /** The comms advisor who owns the relationship (display name). */
  readonly owner: string;
  readonly pressures: ReadonlyArray<string>;
  /** Timeline priorities: text and days from today until due (null: undated). */
  readonly priorities: ReadonlyArray<readonly [text: string, dueInDays: number | null]>;
  /** KPIs the client is evaluated on. */
  readonly kpis: ReadonlyArray<string>;
  /** Those of `kpis` the comms team shares with them. */
  readonly shared: ReadonlyArray<string>;
  readonly background: string;
  readonly file: ReadonlyArray<FileItemSeed>;
};

/** An article in the team's library. */
export type ArticleSeed = {
  /** Stable handle the notes refer to; the list item id is the article's position. */
  readonly key: string;
  readonly title: string;
  readonly url: string;
  readonly summary: string;
  readonly tags: ReadonlyArray<string>;
  readonly source: string;
  /** Days before today it was published. */
  readonly daysAgo: number;
  readonly retired?: boolean;
};

/** A marketing or change campaign; sign-off and go-live in days from today. */
export type CampaignSeed = {
  readonly title: string;
  readonly ownerDepartment: string;
  /** Departments affected; `*` for everyone. */
  readonly audiences: ReadonlyArray<string>;
  readonly signOffInDays: number;
  readonly goLiveInDays: number;
};

/** What kind of value an advisor offered in a meeting. */
export type ValueKind = 'idea' | 'article' | 'insight' | 'best practice' | 'introduction';

/**
 * A value-add note written after a meeting that is no longer in the calendar window. Days are
 * relative to today: `daysAgo` for the meeting, signed offsets for due dates (negative: past).
 */
export type NoteSeed = {
  readonly key: string;
  readonly subject: string;
  /** Client and author by display name. */
  readonly client: string;
  readonly author: string;
  readonly daysAgo: number;
  readonly time: string;
  readonly value: ReadonlyArray<readonly [kind: ValueKind, text: string]>;
  /** Keys of the articles shared. */
  readonly articles: ReadonlyArray<string>;
  readonly followUps: ReadonlyArray<
    readonly [text: string, dueInDays: number | null, owner: 'us' | 'client', done: boolean]
  >;
  readonly heard: ReadonlyArray<
    readonly [kind: 'pressure' | 'priority' | 'kpi', text: string, dueInDays: number | null]
  >;
  readonly storyLead?: string;
  /** 1–5, or null when not recorded. */
  readonly pulse: number | null;
};
