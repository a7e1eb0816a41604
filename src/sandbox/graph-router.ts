import { DroppedConnection, type FaultInjector } from './faults';
import {
  GraphErrorSignal,
  graphError,
  methodNotAllowed,
  unknownSegment,
  WWW_AUTHENTICATE,
  type GraphRequest,
  type GraphResponse,
} from './graph-http';
import { withRawOverrides } from './raw-overrides';
import { runBatch } from './routes/batch-route';
import { calendarView, userCalendarView } from './routes/calendar-view-route';
import { createEvent, getEvent, type PersistState } from './routes/events-routes';
import { getMessage, listMessages } from './routes/messages-route';
import { routeSites } from './routes/sites-routes';
import type { SiteStore } from './routes/site-store';
import { joinedTeams, routeGroups } from './routes/teams-routes';
import { routeTodo } from './routes/todo-routes';
import { findUser, getUser, listUsers } from './routes/users-routes';
import type { Grant } from './grant';
import { checkPermission } from './permissions';
import type { TenantState } from './tenant-model';
import type { TokenService } from './authority/token-service';

/**
 * Dispatches a Graph request (direct or a $batch member) to its route: authentication first, then
 * path matching with Graph's own errors for unknown segments (400) and wrong methods (405).
 */

/** What the routes need from the server. */
export type GraphContext = {
  state: TenantState;
  tokens: TokenService;
  now: () => Date;
  /** Writes the user's changes to disk (a no-op without a data dir); awaited before answering. */
  persist: PersistState;
  faults: FaultInjector;
  log: (line: string) => void;
};

/**
 * The token's user and delegated scopes, after the checks Graph makes: a JWT signed by the
 * tenant's authority, for Graph's audience, from its issuer, within its lifetime.
 */
function authenticate(request: GraphRequest, ctx: GraphContext): Grant {
  const header = request.headers['authorization']?.trim() ?? '';
  const match = /^Bearer\s+(.*)$/i.exec(header);
  const token = match ? (match[1] ?? '').trim() : header;
  if (token === '') throw new GraphErrorSignal(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  if (!match)
    throw new GraphErrorSignal(
      401,
      'InvalidAuthenticationToken',
      'CompactToken parsing failed with error code: 80049217',
    );
  const verified = ctx.tokens.verify(token);
  if (!verified.ok) throw new GraphErrorSignal(401, 'InvalidAuthenticationToken', verified.message);
  const user = ctx.state.users.find((u) => u.id === verified.token.oid);
  if (!user) {
    throw new GraphErrorSignal(
      401,
      'InvalidAuthenticationToken',
      'Access token validation failure. The user in the token is not in this tenant.',
    );
  }
  return { user, scopes: verified.token.scopes };
}

function only(request: GraphRequest, method: string): void {
  if (request.method !== method) methodNotAllowed();
}

async function route(request: GraphRequest, ctx: GraphContext): Promise<GraphResponse> {
  const segments = request.path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return unknownSegment(segment);
      }
    });
  const [first, second, third, fourth] = segments;
  if (first === undefined) unknownSegment('');
  const grant = authenticate(request, ctx);
  const viewer = grant.user;
  if (first === '$batch') {
    if (segments.length > 1) unknownSegment(second ?? '');
    only(request, 'POST');
    return runBatch(request, (member) => ctx.faults.apply(member, () => dispatchGraph(member, ctx)));
  }
  // Each route's documented permissions, for a direct request and a batch member alike. A team's
  // site is looked for first: an unknown group is 404 whatever the token holds.
  if (first.toLowerCase() !== 'groups') checkPermission(request, segments, grant);
  const lower = first.toLowerCase();
  const store: SiteStore = {
    state: ctx.state,
    viewer,
    now: () => ctx.now().getTime(),
    save: ctx.persist,
  };
  if (lower === 'me') {
    if (second === undefined) {
      only(request, 'GET');
      return getUser(request, ctx.state, viewer, 'me', grant);
    }
    const child = second.toLowerCase();
    if (child === 'calendarview') {
      if (third !== undefined) unknownSegment(third);
      only(request, 'GET');
      return calendarView(request, ctx.state, viewer);
    }
    if (child === 'events') {
      if (third === undefined) {
        only(request, 'POST');
        return createEvent(request, ctx.state, viewer, ctx.now().getTime(), ctx.persist);
      }
      if (fourth !== undefined) unknownSegment(fourth);
      only(request, 'GET');
      return getEvent(request, ctx.state, viewer, third);
    }
    if (child === 'messages') {
      if (fourth !== undefined) unknownSegment(fourth);
      only(request, 'GET');
      if (third === undefined) return listMessages(request, ctx.state, grant);
      return getMessage(request, ctx.state, grant, third);
    }
    if (child === 'todo') return routeTodo(request, segments.slice(2), store);
    if (child === 'joinedteams') {
      if (third !== undefined) unknownSegment(third);
      return joinedTeams(request, store, grant);
    }
    unknownSegment(second);
  }
  if (lower === 'sites') return routeSites(request, segments.slice(1), store);
  if (lower === 'groups') return routeGroups(request, segments, store, grant);
  if (lower === 'users') {
    if (second === undefined) {
      only(request, 'GET');
      return listUsers(request, ctx.state, grant);
    }
    if (third !== undefined) {
      // A colleague's calendar, shared with the caller (Calendars.Read.Shared).
      if (third.toLowerCase() !== 'calendarview') unknownSegment(third);
      if (fourth !== undefined) unknownSegment(fourth);
      only(request, 'GET');
      return userCalendarView(request, ctx.state, grant, second);
    }
    only(request, 'GET');
    return getUser(request, ctx.state, findUser(ctx.state, second), second, grant);
  }
  unknownSegment(first);
}

/** Runs one Graph request to completion; errors become Graph error responses, except a dropped connection. */
export async function dispatchGraph(request: GraphRequest, ctx: GraphContext): Promise<GraphResponse> {
  try {
    return withRawOverrides(ctx.state.rawOverrides, request, await route(request, ctx));
  } catch (error) {
    // A dropped connection is no answer at all: it travels up to the server, through any batch.
    if (error instanceof DroppedConnection) throw error;
    if (error instanceof GraphErrorSignal) {
      const headers: Record<string, string> =
        error.status === 401 ? { 'WWW-Authenticate': WWW_AUTHENTICATE } : {};
      return graphError(request, error.status, error.code, error.message, headers);
    }
    ctx.log(
      `Graph ${request.method} ${request.path} failed: ${error instanceof Error ? error.stack : String(error)}`,
    );
    return graphError(request, 500, 'InternalServerError', 'An internal server error occurred.');
  }
}
