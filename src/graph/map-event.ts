import { z } from 'zod/mini';
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

const responseKind = z.catch(
  z.enum(['none', 'organizer', 'tentativelyAccepted', 'accepted', 'declined', 'notResponded']),
  'none',
);

const emailAddress = z.catch(
  z.nullish(
    z.object({ name: z.catch(z.nullish(z.string()), null), address: z.catch(z.nullish(z.string()), null) }),
  ),
  null,
);

const dateTimeTimeZone = z.object({ dateTime: z.string(), timeZone: z.nullish(z.string()) });

const graphEvent = z.object({
  id: z.string(),
  iCalUId: z.catch(z.nullish(z.string()), null),
  subject: z.catch(z.nullish(z.string()), null),
  start: dateTimeTimeZone,
  end: dateTimeTimeZone,
  isAllDay: z.catch(z.nullish(z.boolean()), false),
  organizer: z.catch(z.nullish(z.object({ emailAddress })), null),
  attendees: z.catch(
    z.nullish(
      z.array(
        z.catch(
          z.nullable(
            z.object({
              type: z.catch(z.enum(['required', 'optional', 'resource']), 'required'),
              status: z.catch(z.nullish(z.object({ response: responseKind })), null),
              emailAddress,
            }),
          ),
          null,
        ),
      ),
    ),
    [],
  ),
  isOrganizer: z.catch(z.nullish(z.boolean()), false),
  isCancelled: z.catch(z.nullish(z.boolean()), false),
  responseStatus: z.catch(z.nullish(z.object({ response: responseKind })), null),
  showAs: z.catch(
    z.nullish(z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'])),
    'unknown',
  ),
  sensitivity: z.catch(z.nullish(z.enum(['normal', 'personal', 'private', 'confidential'])), 'normal'),
  type: z.catch(
    z.nullish(z.enum(['singleInstance', 'occurrence', 'exception', 'seriesMaster'])),
    'singleInstance',
  ),
  seriesMasterId: z.catch(z.nullish(z.string()), null),
  location: z.catch(z.nullish(z.object({ displayName: z.catch(z.nullish(z.string()), null) })), null),
  webLink: z.catch(z.nullish(z.string()), null),
  bodyPreview: z.catch(z.nullish(z.string()), null),
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
