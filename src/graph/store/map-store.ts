import { z } from 'zod/mini';
import type {
  Article,
  Campaign,
  CampaignStatus,
  ClientProfile,
  DatedPriority,
  FileItem,
  FileItemStatus,
  FollowUp,
  HeardPriority,
  IsoDate,
  ValueAddNote,
  ValueKind,
} from '../../domain/team-store';
import type { RawListItem } from './store-lists';

/**
 * Store items to domain records. Lists are edited by people (in Home Turf and in SharePoint
 * itself), so reading is lenient: a malformed JSON column reads as empty, an item missing what
 * identifies it is skipped and counted, never thrown. A column that holds something but not what
 * it should is named to `report`, so the user can be told what was left out.
 */

/** Told the name of each column that held a value that could not be read. */
export type ReportColumn = (column: string) => void;

const ignore: ReportColumn = () => undefined;

const text = z.string().check(z.trim());
const isoDate = z.pipe(
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}/)),
  z.transform((s: string): IsoDate => s.slice(0, 10)),
);

/** SharePoint leaves an empty column out (or sends null); anything else is a value to read. */
const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

function str(fields: Record<string, unknown>, name: string, report: ReportColumn): string | undefined {
  const parsed = text.safeParse(fields[name]);
  if (!parsed.success && !isEmpty(fields[name])) report(name);
  return parsed.success && parsed.data !== '' ? parsed.data : undefined;
}

function date(fields: Record<string, unknown>, name: string, report: ReportColumn): IsoDate | null {
  const parsed = isoDate.safeParse(fields[name]);
  if (!parsed.success && !isEmpty(fields[name])) report(name);
  return parsed.success ? parsed.data : null;
}

/** A JSON column holding an array; each element is checked on its own so one bad entry costs only itself. */
function jsonArray<T>(
  fields: Record<string, unknown>,
  name: string,
  element: z.ZodMiniType<T>,
  report: ReportColumn,
): T[] {
  const raw = fields[name];
  if (isEmpty(raw) || (typeof raw === 'string' && raw.trim() === '')) return [];
  if (typeof raw !== 'string') {
    report(name);
    return [];
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    report(name);
    return [];
  }
  if (!Array.isArray(value)) {
    report(name);
    return [];
  }
  const read = value.flatMap((v: unknown) => {
    const parsed = element.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
  if (read.length < value.length) report(name);
  return read;
}

const strings = text.check(z.minLength(1));
const nullableDate = z.catch(z.nullable(isoDate), null);
const datedPriority: z.ZodMiniType<DatedPriority> = z.object({
  text: strings,
  due: z._default(nullableDate, null),
});
const followUp: z.ZodMiniType<FollowUp> = z.object({
  text: strings,
  due: z._default(nullableDate, null),
  owner: z.catch(z.enum(['us', 'client']), 'us'),
  done: z.catch(z.boolean(), false),
});
const heard: z.ZodMiniType<HeardPriority> = z.object({
  kind: z.catch(z.enum(['pressure', 'priority', 'kpi']), 'priority'),
  text: strings,
  due: z._default(nullableDate, null),
});
const valueKinds = ['idea', 'article', 'insight', 'best practice', 'introduction'] as const;
const valueOffered: z.ZodMiniType<{ kind: ValueKind; text: string }> = z.object({
  kind: z.catch(z.enum(valueKinds), 'idea'),
  text: strings,
});

const lowerEmail = (value: string | undefined) => value?.toLowerCase();

export function toClientProfile(item: RawListItem, report: ReportColumn = ignore): ClientProfile | null {
  const f = item.fields;
  const email = lowerEmail(str(f, 'ClientEmail', report));
  if (email === undefined) return null;
  const profile: ClientProfile = {
    id: item.id,
    displayName: str(f, 'Title', report) ?? email,
    email,
    pressures: jsonArray(f, 'Pressures', strings, report),
    priorities: jsonArray(f, 'Priorities', datedPriority, report),
    evaluatedOn: jsonArray(f, 'EvaluatedOn', strings, report),
    sharedKpis: jsonArray(f, 'SharedKpis', strings, report),
  };
  if (item.etag !== undefined) profile.etag = item.etag;
  const department = str(f, 'Department', report);
  if (department !== undefined) profile.department = department;
  const owner = lowerEmail(str(f, 'OwnerEmail', report));
  if (owner !== undefined) profile.ownerEmail = owner;
  const background = str(f, 'Background', report);
  if (background !== undefined) profile.background = background;
  return profile;
}

const FILE_STATUSES: readonly FileItemStatus[] = ['Not started', 'In progress', 'Waiting on client', 'Done'];

export function toFileItem(item: RawListItem, report: ReportColumn = ignore): FileItem | null {
  const f = item.fields;
  const clientEmail = lowerEmail(str(f, 'ClientEmail', report));
  const title = str(f, 'Title', report);
  if (clientEmail === undefined || title === undefined) return null;
  const written = str(f, 'Status', report)?.toLowerCase();
  const status = FILE_STATUSES.find((s) => s.toLowerCase() === written) ?? 'In progress';
  const result: FileItem = {
    id: item.id,
    title,
    clientEmail,
    status,
    lastUpdateSent: date(f, 'LastUpdateSent', report),
    nextUpdateDue: date(f, 'NextUpdateDue', report),
  };
  const owner = lowerEmail(str(f, 'OwnerEmail', report));
  if (owner !== undefined) result.ownerEmail = owner;
  if (item.etag !== undefined) result.etag = item.etag;
  return result;
}

export function toNote(item: RawListItem, report: ReportColumn = ignore): ValueAddNote | null {
  const f = item.fields;
  const clientEmail = lowerEmail(str(f, 'ClientEmail', report));
  const when = str(f, 'MeetingDate', report);
  const meetingDate = when === undefined ? null : new Date(when);
  if (clientEmail === undefined || meetingDate === null || Number.isNaN(meetingDate.getTime())) return null;
  const note: ValueAddNote = {
    id: item.id,
    noteId: str(f, 'NoteId', report) ?? `item-${item.id}`,
    subject: str(f, 'Title', report) ?? '(no subject)',
    clientEmail,
    meetingDate,
    valueOffered: jsonArray(f, 'ValueOffered', valueOffered, report),
    articlesBrought: jsonArray(
      f,
      'ArticlesBrought',
      z.union([strings, z.pipe(z.number(), z.transform(String))]),
      report,
    ),
    followUps: jsonArray(f, 'FollowUps', followUp, report),
    prioritiesHeard: jsonArray(f, 'PrioritiesHeard', heard, report),
  };
  const uid = str(f, 'MeetingICalUId', report);
  if (uid !== undefined) note.meetingICalUId = uid;
  const author = lowerEmail(str(f, 'AuthorEmail', report));
  if (author !== undefined) note.authorEmail = author;
  const lead = str(f, 'StoryLead', report);
  if (lead !== undefined) note.storyLead = lead;
  const pulse = z.int().check(z.gte(1), z.lte(5)).safeParse(f['Pulse']);
  if (pulse.success) note.pulse = pulse.data;
  else if (!isEmpty(f['Pulse'])) report('Pulse');
  return note;
}

/** Only https links are ever shown: a `javascript:` or `data:` URL in the library is dropped. */
export function safeHttpsUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function toArticle(item: RawListItem, report: ReportColumn = ignore): Article | null {
  const f = item.fields;
  const title = str(f, 'Title', report);
  const url = safeHttpsUrl(str(f, 'Url', report));
  const published = date(f, 'Published', report);
  if (title === undefined || url === undefined || published === null) return null;
  const article: Article = {
    id: item.id,
    title,
    url,
    summary: str(f, 'Summary', report) ?? '',
    tags: jsonArray(f, 'Tags', strings, report).map((t) => t.toLowerCase()),
    published,
    retired: f['Retired'] === true,
  };
  const source = str(f, 'Source', report);
  if (source !== undefined) article.source = source;
  if (item.etag !== undefined) article.etag = item.etag;
  return article;
}

const CAMPAIGN_STATUSES: readonly CampaignStatus[] = ['Planned', 'In sign-off', 'Approved', 'Live', 'Done'];

export function toCampaign(item: RawListItem, report: ReportColumn = ignore): Campaign | null {
  const f = item.fields;
  const name = str(f, 'Title', report);
  const goLive = date(f, 'GoLive', report);
  const status = str(f, 'Status', report)?.toLowerCase();
  if (name === undefined || goLive === null) return null;
  const campaign: Campaign = {
    id: item.id,
    name,
    audiences: jsonArray(f, 'Audiences', strings, report),
    signOff: date(f, 'SignOff', report),
    goLive,
    status: CAMPAIGN_STATUSES.find((s) => s.toLowerCase() === status) ?? 'Planned',
  };
  const owner = str(f, 'OwnerDepartment', report);
  if (owner !== undefined) campaign.ownerDepartment = owner;
  if (item.etag !== undefined) campaign.etag = item.etag;
  return campaign;
}

/** What reading a list gave: the records, how many items could not be read, and which columns. */
export type MappedItems<T> = {
  records: T[];
  /** Items left out: they lack what identifies them (a title, an address, an https link…). */
  unreadable: number;
  /** Columns that held something unreadable in items that were kept, each named once. */
  unreadableColumns: string[];
};

/** Maps every item, keeping the readable ones and counting the rest. */
export function mapItems<T>(
  items: readonly RawListItem[],
  map: (item: RawListItem, report: ReportColumn) => T | null,
): MappedItems<T> {
  const records: T[] = [];
  let unreadable = 0;
  const columns = new Set<string>();
  for (const item of items) {
    const reported: string[] = [];
    const record = map(item, (column) => reported.push(column));
    if (record === null) unreadable++;
    else {
      records.push(record);
      for (const column of reported) columns.add(column);
    }
  }
  return { records, unreadable, unreadableColumns: [...columns] };
}
