import type { Attendee, Event, PatternedRecurrence, ResponseType } from '@microsoft/microsoft-graph-types';
import type { EventInstance } from './event-instances';
import { bodyPreviewOf, htmlToText } from './html-to-text';
import type { DirectoryUser, EventRecord } from './tenant-model';
import { formatDate, formatGraphDateTime, formatUtcTimestamp, wallClockAt } from './zoned-time';

/**
 * Renders an event instance as Graph's event resource, from the point of view of the mailbox owner
 * (`viewer`): responseStatus and isOrganizer are theirs, as in their own calendar.
 */

/** How times and bodies are rendered: `zone` converts, `label` is what `timeZone` says. */
export type RenderOptions = {
  viewer: DirectoryUser;
  zone: string;
  zoneLabel: string;
  bodyType: 'html' | 'text';
};

/** A Graph event with the OData annotation Outlook items always carry. */
export type GraphEvent = Event & { '@odata.etag': string };

const NEVER = '0001-01-01T00:00:00Z';

function same(a: string | null, b: string): boolean {
  return a !== null && a.toLowerCase() === b.toLowerCase();
}

function dateTimeOf(
  instant: number,
  isAllDay: boolean,
  recordZone: string,
  options: RenderOptions,
): { dateTime: string; timeZone: string } {
  // All-day items are floating dates: midnight of the same date whatever zone is asked for.
  if (isAllDay) {
    return {
      dateTime: `${formatDate(wallClockAt(instant, recordZone))}T00:00:00.0000000`,
      timeZone: options.zoneLabel,
    };
  }
  return { dateTime: formatGraphDateTime(wallClockAt(instant, options.zone)), timeZone: options.zoneLabel };
}

function htmlDocument(fragment: string): string {
  return `<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head><body>${fragment}</body></html>`;
}

function recurrenceOf(record: EventRecord): PatternedRecurrence | null {
  if (!record.recurrence) return null;
  return {
    pattern: {
      type: record.recurrence.pattern,
      interval: 1,
      month: 0,
      dayOfMonth: 0,
      daysOfWeek: record.recurrence.pattern === 'weekly' ? record.recurrence.daysOfWeek : [],
      firstDayOfWeek: 'sunday',
      index: 'first',
    },
    range: {
      type: 'numbered',
      startDate: formatDate(wallClockAt(record.startMs, record.zone)),
      endDate: '0001-01-01',
      recurrenceTimeZone: record.originalStartTimeZone,
      numberOfOccurrences: record.recurrence.count,
    },
  };
}

function myResponse(record: EventRecord, viewer: DirectoryUser): { response: ResponseType; time: string } {
  if (same(record.organizer.address, viewer.mail)) return { response: 'organizer', time: NEVER };
  const mine = record.attendees.find((a) => same(a.address, viewer.mail));
  const response = mine?.response ?? 'none';
  return {
    response,
    time: response === 'none' || response === 'notResponded' ? NEVER : formatUtcTimestamp(record.modifiedMs),
  };
}

/** Renders the full event resource, properties in Graph's order. */
export function renderEvent(instance: EventInstance, options: RenderOptions): GraphEvent {
  const { record } = instance;
  const joinUrl = record.isOnlineMeeting
    ? `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${encodeURIComponent(record.id.slice(6, 22))}%40thread.v2/0`
    : null;
  const body =
    options.bodyType === 'text'
      ? { contentType: 'text' as const, content: htmlToText(record.bodyHtml) }
      : { contentType: 'html' as const, content: htmlDocument(record.bodyHtml) };
  const location = record.location
    ? {
        displayName: record.location,
        locationType: 'default' as const,
        uniqueId: record.location,
        uniqueIdType: 'private' as const,
      }
    : {
        displayName: '',
        locationType: 'default' as const,
        uniqueIdType: 'unknown' as const,
        address: {},
        coordinates: {},
      };
  const attendees: Attendee[] = record.attendees.map((a) => ({
    type: a.type,
    status: {
      response: a.response,
      time: a.response === 'none' ? NEVER : formatUtcTimestamp(record.modifiedMs),
    },
    emailAddress: a.address === null ? { name: a.name } : { name: a.name, address: a.address },
  }));
  return {
    '@odata.etag': `W/"${record.changeKey}"`,
    id: instance.id,
    createdDateTime: formatUtcTimestamp(record.createdMs),
    lastModifiedDateTime: formatUtcTimestamp(record.modifiedMs),
    changeKey: record.changeKey,
    categories: record.categories,
    transactionId: record.transactionId,
    originalStartTimeZone: record.originalStartTimeZone,
    originalEndTimeZone: record.originalEndTimeZone,
    iCalUId: instance.iCalUId,
    reminderMinutesBeforeStart: record.isAllDay ? 1080 : 15,
    isReminderOn: !record.isAllDay,
    hasAttachments: false,
    subject: instance.subject,
    bodyPreview: bodyPreviewOf(record.bodyHtml),
    importance: record.importance,
    sensitivity: record.sensitivity,
    isAllDay: record.isAllDay,
    isCancelled: record.isCancelled,
    isOrganizer: same(record.organizer.address, options.viewer.mail),
    responseRequested: true,
    seriesMasterId: instance.seriesMasterId,
    showAs: record.showAs,
    type: instance.type,
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(instance.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: record.isOnlineMeeting,
    onlineMeetingProvider: record.isOnlineMeeting ? 'teamsForBusiness' : 'unknown',
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    onlineMeeting: joinUrl ? { joinUrl } : null,
    responseStatus: myResponse(record, options.viewer),
    body,
    start: dateTimeOf(instance.startMs, record.isAllDay, record.zone, options),
    end: dateTimeOf(instance.endMs, record.isAllDay, record.zone, options),
    location,
    locations: record.location
      ? [
          {
            displayName: record.location,
            locationType: 'default',
            uniqueId: record.location,
            uniqueIdType: 'private',
          },
        ]
      : [],
    recurrence: instance.type === 'seriesMaster' ? recurrenceOf(record) : null,
    attendees,
    organizer: {
      emailAddress:
        record.organizer.address === null
          ? { name: record.organizer.name }
          : { name: record.organizer.name, address: record.organizer.address },
    },
  };
}

/** Event property names a $select may name (the full resource's keys). */
export const EVENT_PROPERTIES: ReadonlySet<string> = new Set(
  [
    'id',
    'createdDateTime',
    'lastModifiedDateTime',
    'changeKey',
    'categories',
    'transactionId',
    'originalStartTimeZone',
    'originalEndTimeZone',
    'iCalUId',
    'reminderMinutesBeforeStart',
    'isReminderOn',
    'hasAttachments',
    'subject',
    'bodyPreview',
    'importance',
    'sensitivity',
    'isAllDay',
    'isCancelled',
    'isOrganizer',
    'responseRequested',
    'seriesMasterId',
    'showAs',
    'type',
    'webLink',
    'onlineMeetingUrl',
    'isOnlineMeeting',
    'onlineMeetingProvider',
    'allowNewTimeProposals',
    'isDraft',
    'hideAttendees',
    'onlineMeeting',
    'responseStatus',
    'body',
    'start',
    'end',
    'location',
    'locations',
    'recurrence',
    'attendees',
    'organizer',
  ].map((name) => name.toLowerCase()),
);
