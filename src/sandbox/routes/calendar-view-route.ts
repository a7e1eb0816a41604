import { instancesInWindow, type EventInstance } from '../event-instances';
import {
  GraphErrorSignal,
  integerOption,
  jsonResponse,
  queryOption,
  toQueryString,
  type GraphRequest,
  type GraphResponse,
} from '../graph-http';
import type { Grant } from '../grant';
import type { CalendarSharingLevel, DirectoryUser, TenantState } from '../tenant-model';
import { instantOfIso } from '../zoned-time';
import { contextProjection, eventView, mailboxOf, renderSelected, viewHeaders } from './event-rendering';
import { findUser } from './users-routes';

/**
 * GET /me/calendarView and GET /users/{id | userPrincipalName}/calendarView: every instance
 * overlapping [startDateTime, endDateTime), series expanded, with $select, $orderby=start/dateTime,
 * $top/$skip paging and Prefer: outlook.timezone.
 */

const WINDOW_REQUIRED =
  'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.';

/** Query parameter lookup ignoring case: Graph accepts `StartDateTime` and `startdatetime` alike. */
function parameter(query: URLSearchParams, name: string): string | null {
  for (const [key, value] of query) if (key.toLowerCase() === name.toLowerCase()) return value;
  return null;
}

function windowBound(query: URLSearchParams, name: string): number {
  const raw = parameter(query, name);
  if (raw === null || raw.trim() === '')
    throw new GraphErrorSignal(400, 'ErrorInvalidParameter', WINDOW_REQUIRED);
  // Without an offset Graph reads the time as UTC.
  const instant = instantOfIso(raw, 'UTC');
  if (instant === null) {
    throw new GraphErrorSignal(
      400,
      'ErrorInvalidParameter',
      `The value '${raw}' of parameter '${name.charAt(0).toUpperCase()}${name.slice(1)}' is invalid.`,
    );
  }
  return instant;
}

function sortDirection(query: URLSearchParams): 'asc' | 'desc' {
  const raw = queryOption(query, 'orderby');
  if (raw === null) return 'asc';
  const [property, direction = 'asc', ...rest] = raw.trim().split(/\s+/);
  if (
    property?.toLowerCase() !== 'start/datetime' ||
    rest.length > 0 ||
    !['asc', 'desc'].includes(direction.toLowerCase())
  ) {
    throw new GraphErrorSignal(
      400,
      'ErrorInvalidProperty',
      `The $orderby expression '${raw}' is not supported.`,
    );
  }
  return direction.toLowerCase() === 'desc' ? 'desc' : 'asc';
}

/** GET /me/calendarView for `viewer`. */
export function calendarView(
  request: GraphRequest,
  state: TenantState,
  viewer: DirectoryUser,
): GraphResponse {
  return windowOf(request, state, viewer, { context: `users('${viewer.id}')`, path: '/me' });
}

const ACCESS_DENIED = 'Access is denied. Check credentials and try again.';

/**
 * How much of `owner`'s calendar `viewer` sees: all of their own; of a colleague's, the level the
 * colleague shared with them by name, else what they share with the whole organisation
 * (Exchange's default: free/busy only).
 */
export function sharingLevel(viewer: DirectoryUser, owner: DirectoryUser): CalendarSharingLevel | 'owner' {
  if (viewer.id === owner.id) return 'owner';
  const { people, organisation } = owner.calendarSharing;
  return (
    people.get(viewer.mail.toLowerCase()) ??
    people.get(viewer.userPrincipalName.toLowerCase()) ??
    organisation
  );
}

/** What each level shows of an event ("Can view when I'm busy", "Can view titles and locations"). */
const LEVEL_PROPERTIES: Record<'freeBusy' | 'limited', readonly string[]> = {
  freeBusy: ['start', 'end', 'showAs'],
  limited: ['start', 'end', 'showAs', 'subject', 'location'],
};

/** An event as the sharing level shows it; a private event shows only its time even at "read". */
function atLevel(
  event: Record<string, unknown>,
  instance: EventInstance,
  level: CalendarSharingLevel | 'owner',
): Record<string, unknown> {
  if (level === 'owner') return event;
  const reach = level === 'read' ? (instance.record.sensitivity === 'private' ? 'freeBusy' : null) : level;
  if (reach === null || reach === 'none') return event;
  return Object.fromEntries(LEVEL_PROPERTIES[reach].filter((k) => k in event).map((k) => [k, event[k]]));
}

/** An OData key literal as Graph echoes it in `@odata.context`: quotes doubled, `@` escaped. */
function keyLiteral(asked: string): string {
  return encodeURIComponent(asked.replace(/'/g, "''")).replace(/%27/g, "'");
}

/**
 * GET /users/{id | userPrincipalName}/calendarView: the same view of a colleague's calendar, as
 * far as they share it with the caller. An unknown user is 404 ErrorInvalidUser; a calendar not
 * shared at all is 403 ErrorAccessDenied; shared at free/busy, each event has only its times and
 * free/busy status; at "limited", its subject and location too. Responses and times are the
 * owner's, as in their own calendar.
 */
export function userCalendarView(
  request: GraphRequest,
  state: TenantState,
  grant: Grant,
  asked: string,
): GraphResponse {
  const owner = findUser(state, asked);
  if (!owner)
    throw new GraphErrorSignal(404, 'ErrorInvalidUser', `The requested user '${asked}' is invalid.`);
  const level = sharingLevel(grant.user, owner);
  if (level === 'none') throw new GraphErrorSignal(403, 'ErrorAccessDenied', ACCESS_DENIED);
  return windowOf(
    request,
    state,
    owner,
    { context: `users('${keyLiteral(asked)}')`, path: `/users/${encodeURIComponent(asked)}` },
    level,
  );
}

/** The calendar view of `owner`'s mailbox; `at` names the resource as the request did. */
function windowOf(
  request: GraphRequest,
  state: TenantState,
  owner: DirectoryUser,
  at: { context: string; path: string },
  level: CalendarSharingLevel | 'owner' = 'owner',
): GraphResponse {
  const startMs = windowBound(request.query, 'startDateTime');
  const endMs = windowBound(request.query, 'endDateTime');
  const direction = sortDirection(request.query);
  const view = eventView(request, owner);
  const top = integerOption(request.query, 'top', 10, 1, 1000, {
    code: 'ErrorInvalidParameter',
    message: (raw) => `The value '${raw}' of parameter '$top' is invalid. It must be between 1 and 1000.`,
  });
  const skip = integerOption(request.query, 'skip', 0, 0, Number.MAX_SAFE_INTEGER, {
    code: 'ErrorInvalidParameter',
    message: (raw) => `The value '${raw}' of parameter '$skip' is invalid.`,
  });
  const instances = instancesInWindow(mailboxOf(state.events, owner), startMs, endMs);
  if (direction === 'desc') instances.reverse();
  const page = instances.slice(skip, skip + top);
  const body: Record<string, unknown> = {
    '@odata.context': `${request.baseUrl}/$metadata#${at.context}/calendarView${contextProjection(view.select)}`,
  };
  if (skip + top < instances.length) {
    const next = [...request.query].filter(([key]) => key !== '$skip' && key !== 'skip');
    next.push(['$skip', String(skip + top)]);
    body['@odata.nextLink'] = `${request.baseUrl}${at.path}/calendarView?${toQueryString(next)}`;
  }
  body['value'] = page.map((instance) => atLevel(renderSelected(instance, view), instance, level));
  return jsonResponse(200, body, viewHeaders(view));
}
