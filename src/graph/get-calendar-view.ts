import { z } from 'zod/mini';
import type { Meeting } from '../domain/meeting';
import type { BatchRequest } from './batch';
import { relativeToBase, type GraphClient } from './create-graph-client';
import { EVENT_SELECT, toMeeting } from './map-event';

const page = z.object({ value: z.array(z.unknown()), '@odata.nextLink': z.optional(z.string()) });

export type CalendarViewResult = { meetings: Meeting[]; unreadable: number; roundTrips: number };

/** Safety stop: 20 pages of 100 are more meetings than any advisor's fortnight holds. */
const MAX_PAGES = 20;

/**
 * The signed-in user's meetings overlapping [start, end), recurring series expanded, in start
 * order, following `@odata.nextLink` to the end. Times come back in UTC (`Prefer:
 * outlook.timezone`) and are mapped to instants. Events that cannot be read are counted, not thrown.
 */
export async function getCalendarView(
  graph: GraphClient,
  start: Date,
  end: Date,
): Promise<CalendarViewResult> {
  const meetings: Meeting[] = [];
  let unreadable = 0;
  let roundTrips = 0;
  let request = graph.client
    .api('/me/calendarView')
    .query({ startDateTime: start.toISOString(), endDateTime: end.toISOString() })
    .select(EVENT_SELECT)
    .orderby('start/dateTime')
    .top(100);
  for (;;) {
    const raw: unknown = await request.header('Prefer', 'outlook.timezone="UTC"').get();
    roundTrips++;
    const parsed = page.parse(raw);
    for (const item of parsed.value) {
      const meeting = toMeeting(item);
      if (meeting === null) unreadable++;
      else meetings.push(meeting);
    }
    const next = parsed['@odata.nextLink'];
    if (next === undefined || roundTrips >= MAX_PAGES) break;
    request = graph.client.api(relativeToBase(graph, next));
  }
  return { meetings, unreadable, roundTrips };
}

/**
 * One page of the calendar view as a batch member (times in UTC), for a plan that must fit one
 * round trip; `readCalendarPage` maps its answer.
 */
export function calendarViewRequest(
  id: string,
  start: Date,
  end: Date,
  top = 100,
  /** A colleague's calendar (shared with the advisor: `Calendars.Read.Shared`); the advisor's own when absent. */
  owner?: string,
  /** Newest first, so a page (and a cap on pages) keeps the most recent meetings, not the oldest. */
  newestFirst = false,
): BatchRequest {
  const query = [
    `startDateTime=${encodeURIComponent(start.toISOString())}`,
    `endDateTime=${encodeURIComponent(end.toISOString())}`,
    `$select=${EVENT_SELECT.join(',')}`,
    newestFirst ? '$orderby=start/dateTime%20desc' : '$orderby=start/dateTime',
    `$top=${top}`,
  ];
  return {
    id,
    method: 'GET',
    url: `${owner === undefined ? '/me' : `/users/${encodeURIComponent(owner)}`}/calendarView?${query.join('&')}`,
    headers: { Prefer: 'outlook.timezone="UTC"' },
  };
}

/**
 * The meetings of a calendar view page and of the pages after it (`@odata.nextLink`; Graph may send
 * fewer events a page than `$top` asks), until `cap` events are read: with the view newest first,
 * the newest `cap`. Unreadable events are counted.
 */
export async function readCalendarPages(
  graph: GraphClient,
  body: unknown,
  cap: number,
): Promise<{ meetings: Meeting[]; unreadable: number }> {
  const meetings: Meeting[] = [];
  let unreadable = 0;
  let raw = body;
  for (let round = 0; round < MAX_PAGES; round++) {
    const parsed = page.parse(raw);
    const read = readCalendarPage(parsed);
    meetings.push(...read.meetings);
    unreadable += read.unreadable;
    const next = parsed['@odata.nextLink'];
    if (next === undefined || meetings.length + unreadable >= cap) break;
    raw = await graph.client
      .api(relativeToBase(graph, next))
      .header('Prefer', 'outlook.timezone="UTC"')
      .get();
  }
  return { meetings: meetings.slice(0, cap), unreadable };
}

/** The meetings of one calendar view page; unreadable events are counted. */
export function readCalendarPage(body: unknown): { meetings: Meeting[]; unreadable: number } {
  const meetings: Meeting[] = [];
  let unreadable = 0;
  for (const item of page.parse(body).value) {
    const meeting = toMeeting(item);
    if (meeting === null) unreadable++;
    else meetings.push(meeting);
  }
  return { meetings, unreadable };
}

/**
 * True when a colleague's calendar page holds events but none with a subject or attendees: the
 * calendar is shared at free/busy only, so it shows when they are busy, not with whom.
 */
export function isFreeBusyOnly(body: unknown): boolean {
  const parsed = page.safeParse(body);
  if (!parsed.success || parsed.data.value.length === 0) return false;
  return parsed.data.value.every(
    (item) =>
      typeof item === 'object' &&
      item !== null &&
      !('subject' in item && typeof item.subject === 'string') &&
      !('attendees' in item && Array.isArray(item.attendees)),
  );
}
