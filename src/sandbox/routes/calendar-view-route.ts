import { instancesInWindow } from '../event-instances';
import {
  GraphErrorSignal,
  integerOption,
  jsonResponse,
  queryOption,
  toQueryString,
  type GraphRequest,
  type GraphResponse,
} from '../graph-http';
import type { DirectoryUser, TenantState } from '../tenant-model';
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
 * Whether `viewer` may read `owner`'s calendar: their own, or a colleague's in the same department
 * (in the demo every team shares its calendars within the team, Calendars.Read.Shared).
 */
export function sharesCalendarWith(viewer: DirectoryUser, owner: DirectoryUser): boolean {
  if (viewer.id === owner.id) return true;
  return (
    viewer.department !== null &&
    owner.department !== null &&
    viewer.department.toLowerCase() === owner.department.toLowerCase()
  );
}

/** An OData key literal as Graph echoes it in `@odata.context`: quotes doubled, `@` escaped. */
function keyLiteral(asked: string): string {
  return encodeURIComponent(asked.replace(/'/g, "''")).replace(/%27/g, "'");
}

/**
 * GET /users/{id | userPrincipalName}/calendarView: the same view of a calendar shared with the
 * viewer. An unknown user is 404 ErrorInvalidUser; one who has not shared their calendar with the
 * viewer (anyone outside the viewer's team) is 403 ErrorAccessDenied. Responses and times are the
 * owner's, as in their own calendar.
 */
export function userCalendarView(
  request: GraphRequest,
  state: TenantState,
  viewer: DirectoryUser,
  asked: string,
): GraphResponse {
  const owner = findUser(state, asked);
  if (!owner)
    throw new GraphErrorSignal(404, 'ErrorInvalidUser', `The requested user '${asked}' is invalid.`);
  if (!sharesCalendarWith(viewer, owner)) throw new GraphErrorSignal(403, 'ErrorAccessDenied', ACCESS_DENIED);
  return windowOf(request, state, owner, {
    context: `users('${keyLiteral(asked)}')`,
    path: `/users/${encodeURIComponent(asked)}`,
  });
}

/** The calendar view of `owner`'s mailbox; `at` names the resource as the request did. */
function windowOf(
  request: GraphRequest,
  state: TenantState,
  owner: DirectoryUser,
  at: { context: string; path: string },
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
  body['value'] = page.map((instance) => renderSelected(instance, view));
  return jsonResponse(200, body, viewHeaders(view));
}
