import { z } from 'zod';
import type { Attendee, Meeting, ResponseKind } from '../domain/meeting';
import { wallClockToInstant } from '../domain/time';

/** The event properties the product reads; every event query selects exactly these. */
export const EVENT_SELECT = [
  'id',
  'iCalUId',
  'subject',
  'start',
  'end',
  'isAllDay',
  'organizer',
  'attendees',
  'isOrganizer',
  'isCancelled',
  'responseStatus',
  'showAs',
  'sensitivity',
  'type',
  'seriesMasterId',
  'location',
  'webLink',
  'bodyPreview',
];

const responseKind = z
  .enum(['none', 'organizer', 'tentativelyAccepted', 'accepted', 'declined', 'notResponded'])
  .catch('none');

const emailAddress = z
  .object({ name: z.string().nullish().catch(null), address: z.string().nullish().catch(null) })
  .nullish()
  .catch(null);

const dateTimeTimeZone = z.object({ dateTime: z.string(), timeZone: z.string().nullish() });

const graphEvent = z.object({
  id: z.string(),
  iCalUId: z.string().nullish().catch(null),
  subject: z.string().nullish().catch(null),
  start: dateTimeTimeZone,
  end: dateTimeTimeZone,
  isAllDay: z.boolean().nullish().catch(false),
  organizer: z.object({ emailAddress }).nullish().catch(null),
  attendees: z
    .array(
      z
        .object({
          type: z.enum(['required', 'optional', 'resource']).catch('required'),
          status: z.object({ response: responseKind }).nullish().catch(null),
          emailAddress,
        })
        .nullable()
        .catch(null),
    )
    .nullish()
    .catch([]),
  isOrganizer: z.boolean().nullish().catch(false),
  isCancelled: z.boolean().nullish().catch(false),
  responseStatus: z.object({ response: responseKind }).nullish().catch(null),
  showAs: z
    .enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'])
    .nullish()
    .catch('unknown'),
  sensitivity: z.enum(['normal', 'personal', 'private', 'confidential']).nullish().catch('normal'),
  type: z
    .enum(['singleInstance', 'occurrence', 'exception', 'seriesMaster'])
    .nullish()
    .catch('singleInstance'),
  seriesMasterId: z.string().nullish().catch(null),
  location: z
    .object({ displayName: z.string().nullish().catch(null) })
    .nullish()
    .catch(null),
  webLink: z.string().nullish().catch(null),
  bodyPreview: z.string().nullish().catch(null),
});

/** Subjects longer than this are cut: a subject is a line, not a document. */
const MAX_SUBJECT = 255;

/**
 * Maps a Graph event to a Meeting. Returns null when the event lacks what a meeting needs (an id,
 * a start and an end that parse); any other missing or malformed field falls back to a default.
 */
export function toMeeting(raw: unknown): Meeting | null {
  const parsed = graphEvent.safeParse(raw);
  if (!parsed.success) return null;
  const e = parsed.data;
  const isAllDay = e.isAllDay ?? false;
  const start = parseTime(e.start, isAllDay);
  const end = parseTime(e.end, isAllDay);
  if (start === null || end === null) return null;
  const meeting: Meeting = {
    id: e.id,
    subject: (e.subject ?? '').slice(0, MAX_SUBJECT),
    start,
    end,
    isAllDay,
    organizer: participant(e.organizer?.emailAddress),
    attendees: (e.attendees ?? []).flatMap((a): Attendee[] =>
      a === null
        ? []
        : [{ ...participant(a.emailAddress), type: a.type, response: a.status?.response ?? 'none' }],
    ),
    isOrganizer: e.isOrganizer ?? false,
    isCancelled: e.isCancelled ?? false,
    myResponse: myResponse(e.responseStatus?.response, e.isOrganizer ?? false),
    showAs: e.showAs ?? 'unknown',
    sensitivity: e.sensitivity ?? 'normal',
    type: e.type ?? 'singleInstance',
  };
  if (e.iCalUId) meeting.iCalUId = e.iCalUId;
  if (e.seriesMasterId) meeting.seriesMasterId = e.seriesMasterId;
  if (e.location?.displayName) meeting.location = e.location.displayName;
  if (e.webLink) meeting.webLink = e.webLink;
  if (e.bodyPreview) meeting.bodyPreview = e.bodyPreview;
  return meeting;
}

function myResponse(response: ResponseKind | undefined, isOrganizer: boolean): ResponseKind {
  if (isOrganizer) return 'organizer';
  return response ?? 'none';
}

function participant(address: z.infer<typeof emailAddress>): { name: string; email?: string } {
  const email = address?.address?.trim().toLowerCase();
  const name = address?.name?.trim() || email || 'Unknown';
  return email ? { name, email } : { name };
}

/**
 * All-day events are floating dates: their midnight is read as UTC midnight so the date never
 * shifts with the viewer's zone. Other times are resolved in the zone Graph names.
 */
function parseTime(value: z.infer<typeof dateTimeTimeZone>, isAllDay: boolean): Date | null {
  try {
    const dateTime = value.dateTime.replace(/Z$/, '');
    if (isAllDay) return wallClockToInstant(`${dateTime.slice(0, 10)}T00:00:00`, 'UTC');
    return wallClockToInstant(dateTime, value.timeZone ?? 'UTC');
  } catch {
    return null;
  }
}
