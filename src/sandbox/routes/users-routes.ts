import type { User } from '@microsoft/microsoft-graph-types';
import {
  GraphErrorSignal,
  integerOption,
  jsonResponse,
  project,
  queryOption,
  selectedProperties,
  toQueryString,
  type GraphRequest,
  type GraphResponse,
} from '../graph-http';
import type { Grant } from '../grant';
import { FULL_PROFILE_SCOPES, holdsAny } from '../permissions';
import type { DirectoryUser, TenantState } from '../tenant-model';
import {
  filterProperties,
  matchesFilter,
  MAX_OR_CLAUSES,
  orClauses,
  parseUserFilter,
  UnsupportedFilterError,
} from '../user-filter';

/** GET /me, GET /users/{id | userPrincipalName} and GET /users with the directory's query options. */

/** Every property the demo directory knows, in Graph's order; unknown $select names are a 400. */
function fullUser(user: DirectoryUser, organisation: string): User {
  return {
    businessPhones: user.businessPhones,
    displayName: user.displayName,
    givenName: user.givenName,
    jobTitle: user.jobTitle,
    mail: user.mail,
    mobilePhone: user.mobilePhone,
    officeLocation: user.officeLocation,
    preferredLanguage: 'en-GB',
    surname: user.surname,
    userPrincipalName: user.userPrincipalName,
    id: user.id,
    accountEnabled: true,
    city: null,
    companyName: organisation,
    country: null,
    department: user.department,
    employeeId: null,
    usageLocation: 'GB',
    userType: 'Member',
  };
}

/** Graph's default user property set: department and the rest only via $select. */
const DEFAULT_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
];

/**
 * The basic profile, all that User.ReadBasic.All reads of other users (permissions reference, "User
 * permissions": displayName, givenName, mail, photo, surname, userPrincipalName; and the id).
 */
export const BASIC_PROFILE: ReadonlySet<string> = new Set(
  ['id', 'displayName', 'givenName', 'surname', 'mail', 'userPrincipalName'].map((p) => p.toLowerCase()),
);

/** How much of a profile the caller may read: all of it, or the basic profile only. */
export type ProfileReach = 'full' | 'basic';

/** What `grant` reads of `user`: their own profile in full (User.Read), others' as the scopes allow. */
export function profileReach(grant: Grant, user: DirectoryUser | null): ProfileReach {
  if (user !== null && user.id === grant.user.id) return 'full';
  return holdsAny(grant, FULL_PROFILE_SCOPES) ? 'full' : 'basic';
}

/** Outside the basic profile, properties read as null (an empty list for businessPhones). */
function basicOnly(full: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(full).map(([key, value]) => [
      key,
      BASIC_PROFILE.has(key.toLowerCase()) ? value : Array.isArray(value) ? [] : null,
    ]),
  );
}

function renderUser(
  user: DirectoryUser,
  state: TenantState,
  select: string[] | null,
  reach: ProfileReach,
): Record<string, unknown> {
  const everything: Record<string, unknown> = Object.fromEntries(
    Object.entries(fullUser(user, state.organisation.displayName)),
  );
  const full = reach === 'full' ? everything : basicOnly(everything);
  if (select) {
    const known = new Set(Object.keys(full).map((k) => k.toLowerCase()));
    const unknown = select.find((name) => !known.has(name.toLowerCase()));
    if (unknown !== undefined) {
      throw new GraphErrorSignal(
        400,
        'Request_BadRequest',
        `Could not find a property named '${unknown}' on type 'microsoft.graph.user'.`,
      );
    }
  }
  return project(full, select ?? DEFAULT_PROPERTIES);
}

function context(request: GraphRequest, select: string[] | null, entity: boolean): string {
  const projection = select ? `(${select.join(',')})` : '';
  return `${request.baseUrl}/$metadata#users${projection}${entity ? '/$entity' : ''}`;
}

/** The user a token or a path segment names, by id, UPN or mail (case-insensitive). */
/**
 * A user as Graph's `/users/{id | userPrincipalName}` finds one: by id or UPN, never by mail. Where a
 * user's mail differs from their UPN, `/users/{mail}` is 404 (user-get.md addresses only those two).
 */
export function findUser(state: TenantState, idOrUpn: string): DirectoryUser | undefined {
  const key = idOrUpn.toLowerCase();
  return state.users.find((u) => u.id.toLowerCase() === key || u.userPrincipalName.toLowerCase() === key);
}

/** A user by id, UPN or mail: for the demo's own sign-in, never for Graph paths. */
export function findUserByAnyName(state: TenantState, name: string): DirectoryUser | undefined {
  const key = name.toLowerCase();
  return findUser(state, name) ?? state.users.find((u) => u.mail.toLowerCase() === key);
}

/** GET /me or GET /users/{id}. */
export function getUser(
  request: GraphRequest,
  state: TenantState,
  user: DirectoryUser | undefined,
  asked: string,
  grant: Grant,
): GraphResponse {
  if (!user) {
    throw new GraphErrorSignal(
      404,
      'Request_ResourceNotFound',
      `Resource '${asked}' does not exist or one of its queried reference-property objects are not present.`,
    );
  }
  const select = selectedProperties(request.query);
  return jsonResponse(200, {
    '@odata.context': context(request, select, true),
    ...renderUser(user, state, select, profileReach(grant, user)),
  });
}

type SkipToken = { offset: number };

function encodeSkipToken(token: SkipToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeSkipToken(raw: string): SkipToken {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'offset' in parsed &&
      typeof parsed.offset === 'number'
    ) {
      return { offset: parsed.offset };
    }
  } catch {
    // fall through to the error below
  }
  throw new GraphErrorSignal(400, 'Request_BadRequest', "Invalid value for '$skiptoken'.");
}

const INSUFFICIENT = 'Insufficient privileges to complete the operation.';

function filterUsers(
  users: ReadonlyArray<DirectoryUser>,
  filter: string | null,
  reach: ProfileReach,
): DirectoryUser[] {
  if (filter === null) return [...users];
  try {
    const tree = parseUserFilter(filter);
    // Filtering on what the caller may not read would reveal it: Entra ID refuses the query.
    if (reach === 'basic' && filterProperties(tree).some((p) => !BASIC_PROFILE.has(p.toLowerCase())))
      throw new GraphErrorSignal(403, 'Authorization_RequestDenied', INSUFFICIENT);
    const clauses = orClauses(tree);
    if (clauses > MAX_OR_CLAUSES) {
      throw new GraphErrorSignal(
        400,
        'Request_UnsupportedQuery',
        `Too many child clauses specified in search filter expression containing 'OR' operators: ${clauses}. Max allowed: ${MAX_OR_CLAUSES}.`,
      );
    }
    return users.filter((user) => matchesFilter(user, tree));
  } catch (error) {
    if (error instanceof UnsupportedFilterError)
      throw new GraphErrorSignal(400, 'Request_UnsupportedQuery', 'Unsupported Query.');
    throw error;
  }
}

/** GET /users: $filter, $select, $top (1..999), $count with ConsistencyLevel, $skiptoken paging. */
export function listUsers(request: GraphRequest, state: TenantState, grant: Grant): GraphResponse {
  const select = selectedProperties(request.query);
  const reach = profileReach(grant, null);
  const top = integerOption(request.query, 'top', 100, 1, 999, {
    code: 'Request_UnsupportedQuery',
    message: (raw) => `Invalid page size specified: '${raw}'. Must be between 1 and 999 inclusive.`,
  });
  const count = queryOption(request.query, 'count');
  const wantsCount = count !== null && count.toLowerCase() === 'true';
  if (wantsCount && (request.headers['consistencylevel'] ?? '').toLowerCase() !== 'eventual') {
    throw new GraphErrorSignal(
      400,
      'Request_BadRequest',
      '$count is only supported with the ConsistencyLevel:eventual header. Add the header and try again.',
    );
  }
  const matching = filterUsers(state.users, queryOption(request.query, 'filter'), reach);
  const skiptoken = queryOption(request.query, 'skiptoken');
  const offset = skiptoken === null ? 0 : decodeSkipToken(skiptoken).offset;
  const page = matching.slice(offset, offset + top);
  const body: Record<string, unknown> = { '@odata.context': context(request, select, false) };
  if (wantsCount) body['@odata.count'] = matching.length;
  if (offset + top < matching.length) {
    const next = [...request.query].filter(([key]) => key !== '$skiptoken' && key !== 'skiptoken');
    next.push(['$skiptoken', encodeSkipToken({ offset: offset + top })]);
    body['@odata.nextLink'] = `${request.baseUrl}/users?${toQueryString(next)}`;
  }
  body['value'] = page.map((user) => renderUser(user, state, select, reach));
  return jsonResponse(200, body);
}
