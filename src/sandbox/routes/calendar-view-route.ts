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

/**
 * GET /me/calendarView: every instance overlapping [startDateTime, endDateTime), series expanded,
 * with $select, $orderby=start/dateTime, $top/$skip paging and Prefer: outlook.timezone.
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
  const startMs = windowBound(request.query, 'startDateTime');
  const endMs = windowBound(request.query, 'endDateTime');
  const direction = sortDirection(request.query);
  const view = eventView(request, viewer);
  const top = integerOption(request.query, 'top', 10, 1, 1000, {
    code: 'ErrorInvalidParameter',
    message: (raw) => `The value '${raw}' of parameter '$top' is invalid. It must be between 1 and 1000.`,
  });
  const skip = integerOption(request.query, 'skip', 0, 0, Number.MAX_SAFE_INTEGER, {
    code: 'ErrorInvalidParameter',
    message: (raw) => `The value '${raw}' of parameter '$skip' is invalid.`,
  });
  const instances = instancesInWindow(mailboxOf(state.events, viewer), startMs, endMs);
  if (direction === 'desc') instances.reverse();
  const page = instances.slice(skip, skip + top);
  const body: Record<string, unknown> = {
    '@odata.context': `${request.baseUrl}/$metadata#users('${viewer.id}')/calendarView${contextProjection(view.select)}`,
  };
  if (skip + top < instances.length) {
    const next = [...request.query].filter(([key]) => key !== '$skip' && key !== 'skip');
    next.push(['$skip', String(skip + top)]);
    body['@odata.nextLink'] = `${request.baseUrl}/me/calendarView?${toQueryString(next)}`;
  }
  body['value'] = page.map((instance) => renderSelected(instance, view));
  return jsonResponse(200, body, viewHeaders(view));
}
