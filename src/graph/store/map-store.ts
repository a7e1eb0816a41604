import { z } from '../../zod';
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
 * identifies it is skipped and counted, never thrown.
 */

const text = z.string().trim();
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}/)
  .transform((s): IsoDate => s.slice(0, 10));

function str(fields: Record<string, unknown>, name: string): string | undefined {
  const parsed = text.safeParse(fields[name]);
  return parsed.success && parsed.data !== '' ? parsed.data : undefined;
}

function date(fields: Record<string, unknown>, name: string): IsoDate | null {
  const parsed = isoDate.safeParse(fields[name]);
  return parsed.success ? parsed.data : null;
}

/** A JSON column holding an array; each element is checked on its own so one bad entry costs only itself. */
function jsonArray<T>(fields: Record<string, unknown>, name: string, element: z.ZodType<T>): T[] {
  const raw = fields[name];
  if (typeof raw !== 'string' || raw.trim() === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) => {
    const parsed = element.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}

const strings = text.min(1);
const nullableDate = isoDate.nullable().catch(null);
const datedPriority: z.ZodType<DatedPriority> = z.object({ text: strings, due: nullableDate.default(null) });
const followUp: z.ZodType<FollowUp> = z.object({
  text: strings,
  due: nullableDate.default(null),
  owner: z.enum(['us', 'client']).catch('us'),
  done: z.boolean().catch(false),
});
const heard: z.ZodType<HeardPriority> = z.object({
  kind: z.enum(['pressure', 'priority', 'kpi']).catch('priority'),
  text: strings,
  due: nullableDate.default(null),
});
const valueKinds = ['idea', 'article', 'insight', 'best practice', 'introduction'] as const;
const valueOffered: z.ZodType<{ kind: ValueKind; text: string }> = z.object({
  kind: z.enum(valueKinds).catch('idea'),
  text: strings,
});

const lowerEmail = (value: string | undefined) => value?.toLowerCase();

export function toClientProfile(item: RawListItem): ClientProfile | null {
  const f = item.fields;
  const email = lowerEmail(str(f, 'ClientEmail'));
  if (email === undefined) return null;
  const profile: ClientProfile = {
    id: item.id,
    displayName: str(f, 'Title') ?? email,
    email,
    pressures: jsonArray(f, 'Pressures', strings),
    priorities: jsonArray(f, 'Priorities', datedPriority),
    evaluatedOn: jsonArray(f, 'EvaluatedOn', strings),
    sharedKpis: jsonArray(f, 'SharedKpis', strings),
  };
  if (item.etag !== undefined) profile.etag = item.etag;
  const department = str(f, 'Department');
  if (department !== undefined) profile.department = department;
  const owner = lowerEmail(str(f, 'OwnerEmail'));
  if (owner !== undefined) profile.ownerEmail = owner;
  const background = str(f, 'Background');
  if (background !== undefined) profile.background = background;
  return profile;
}

const FILE_STATUSES: readonly FileItemStatus[] = ['Not started', 'In progress', 'Waiting on client', 'Done'];

export function toFileItem(item: RawListItem): FileItem | null {
  const f = item.fields;
  const clientEmail = lowerEmail(str(f, 'ClientEmail'));
  const title = str(f, 'Title');
  if (clientEmail === undefined || title === undefined) return null;
  const status =
    FILE_STATUSES.find((s) => s.toLowerCase() === str(f, 'Status')?.toLowerCase()) ?? 'In progress';
  const result: FileItem = {
    id: item.id,
    title,
    clientEmail,
    status,
    lastUpdateSent: date(f, 'LastUpdateSent'),
    nextUpdateDue: date(f, 'NextUpdateDue'),
  };
  const owner = lowerEmail(str(f, 'OwnerEmail'));
  if (owner !== undefined) result.ownerEmail = owner;
  if (item.etag !== undefined) result.etag = item.etag;
  return result;
}

export function toNote(item: RawListItem): ValueAddNote | null {
  const f = item.fields;
  const clientEmail = lowerEmail(str(f, 'ClientEmail'));
  const when = str(f, 'MeetingDate');
  const meetingDate = when === undefined ? null : new Date(when);
  if (clientEmail === undefined || meetingDate === null || Number.isNaN(meetingDate.getTime())) return null;
  const note: ValueAddNote = {
    id: item.id,
    noteId: str(f, 'NoteId') ?? `item-${item.id}`,
    subject: str(f, 'Title') ?? '(no subject)',
    clientEmail,
    meetingDate,
    valueOffered: jsonArray(f, 'ValueOffered', valueOffered),
    articlesBrought: jsonArray(f, 'ArticlesBrought', z.union([strings, z.number().transform(String)])),
    followUps: jsonArray(f, 'FollowUps', followUp),
    prioritiesHeard: jsonArray(f, 'PrioritiesHeard', heard),
  };
  const uid = str(f, 'MeetingICalUId');
  if (uid !== undefined) note.meetingICalUId = uid;
  const author = lowerEmail(str(f, 'AuthorEmail'));
  if (author !== undefined) note.authorEmail = author;
  const lead = str(f, 'StoryLead');
  if (lead !== undefined) note.storyLead = lead;
  const pulse = z.number().int().min(1).max(5).safeParse(f['Pulse']);
  if (pulse.success) note.pulse = pulse.data;
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

export function toArticle(item: RawListItem): Article | null {
  const f = item.fields;
  const title = str(f, 'Title');
  const url = safeHttpsUrl(str(f, 'Url'));
  const published = date(f, 'Published');
  if (title === undefined || url === undefined || published === null) return null;
  const article: Article = {
    id: item.id,
    title,
    url,
    summary: str(f, 'Summary') ?? '',
    tags: jsonArray(f, 'Tags', strings).map((t) => t.toLowerCase()),
    published,
    retired: f['Retired'] === true,
  };
  const source = str(f, 'Source');
  if (source !== undefined) article.source = source;
  if (item.etag !== undefined) article.etag = item.etag;
  return article;
}

const CAMPAIGN_STATUSES: readonly CampaignStatus[] = ['Planned', 'In sign-off', 'Approved', 'Live', 'Done'];

export function toCampaign(item: RawListItem): Campaign | null {
  const f = item.fields;
  const name = str(f, 'Title');
  const goLive = date(f, 'GoLive');
  if (name === undefined || goLive === null) return null;
  const campaign: Campaign = {
    id: item.id,
    name,
    audiences: jsonArray(f, 'Audiences', strings),
    signOff: date(f, 'SignOff'),
    goLive,
    status: CAMPAIGN_STATUSES.find((s) => s.toLowerCase() === str(f, 'Status')?.toLowerCase()) ?? 'Planned',
  };
  const owner = str(f, 'OwnerDepartment');
  if (owner !== undefined) campaign.ownerDepartment = owner;
  if (item.etag !== undefined) campaign.etag = item.etag;
  return campaign;
}

/** Maps every item, keeping the readable ones and counting the rest. */
export function mapItems<T>(
  items: readonly RawListItem[],
  map: (item: RawListItem) => T | null,
): { records: T[]; unreadable: number } {
  const records: T[] = [];
  let unreadable = 0;
  for (const item of items) {
    const record = map(item);
    if (record === null) unreadable++;
    else records.push(record);
  }
  return { records, unreadable };
}
