import type { Grant } from '../grant';
import { holdsAny, MAIL_BODY_SCOPES } from '../permissions';
import { evaluateFilter, type PathValue } from '../filter-evaluate';
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
import { MESSAGE_PROPERTIES, renderMessage } from '../message-json';
import { matchesSearch, parseSearch, SearchSyntaxError } from '../message-search';
import { FilterSyntaxError, filterPaths, parseFilter, type FilterExpression } from '../odata-filter';
import type { DirectoryUser, MessageRecord, TenantState } from '../tenant-model';
import { contextProjection } from './event-rendering';

/**
 * GET /me/messages and /me/messages/{id}: the viewer's mail, newest first, with `$select`, `$top`
 * (default 10) and `$skip` paging, `$filter` on sender, dates and flags, `$orderby` under Exchange's
 * rule (ordered properties must lead the filter), and KQL `$search`, which allows neither.
 */

function badRequest(code: string, message: string): never {
  throw new GraphErrorSignal(400, code, message);
}

/** The signed-in user's mailbox holds every message; anyone else sees the ones they are on. */
function mailbox(state: TenantState, viewer: DirectoryUser): MessageRecord[] {
  if (viewer.userPrincipalName.toLowerCase() === state.signedInUpn.toLowerCase()) return state.messages;
  const me = viewer.mail.toLowerCase();
  return state.messages.filter((message) =>
    [message.from, ...message.to, ...message.cc].some((person) => person.address?.toLowerCase() === me),
  );
}

const DATE_PATHS: Record<string, (m: MessageRecord) => number> = {
  receiveddatetime: (m) => m.receivedMs,
  sentdatetime: (m) => m.sentMs,
  createddatetime: (m) => m.receivedMs,
  lastmodifieddatetime: (m) => m.receivedMs,
};

const STRING_PATHS: Record<string, (m: MessageRecord) => string | null> = {
  'from/emailaddress/address': (m) => m.from.address,
  'sender/emailaddress/address': (m) => m.from.address,
  'from/emailaddress/name': (m) => m.from.name,
  'sender/emailaddress/name': (m) => m.from.name,
  subject: (m) => m.subject,
  bodypreview: (m) => m.body,
  importance: (m) => m.importance,
  conversationid: (m) => m.conversationId,
  internetmessageid: (m) => m.internetMessageId,
  id: (m) => m.id,
};

function valueAt(message: MessageRecord, path: string, viewer: DirectoryUser): PathValue {
  const lower = path.toLowerCase();
  const date = DATE_PATHS[lower];
  if (date) return { kind: 'datetime', value: new Date(date(message)).toISOString() };
  const text = STRING_PATHS[lower];
  if (text) return { kind: 'string', value: text(message) };
  if (lower === 'isread')
    return { kind: 'boolean', value: renderMessage(message, viewer.mail).isRead ?? false };
  if (lower === 'isdraft' || lower === 'hasattachments') return { kind: 'boolean', value: false };
  return badRequest(
    'RequestBroker--ParseUri',
    `Could not find a property named '${path}' on type 'microsoft.graph.message'.`,
  );
}

const ORDERABLE = new Set([
  'receiveddatetime',
  'sentdatetime',
  'createddatetime',
  'lastmodifieddatetime',
  'subject',
]);

type Order = Array<{ property: string; descending: boolean }>;

function parseOrderBy(raw: string | null): Order | null {
  if (raw === null || raw.trim() === '') return null;
  return raw.split(',').map((part) => {
    const [property = '', direction = 'asc', ...rest] = part.trim().split(/\s+/);
    if (!ORDERABLE.has(property.toLowerCase()) || rest.length > 0 || !/^(asc|desc)$/i.test(direction))
      badRequest('BadRequest', `The $orderby expression '${raw}' is not supported.`);
    return { property: property.toLowerCase(), descending: direction.toLowerCase() === 'desc' };
  });
}

/** Exchange refuses a sort unless its properties lead the filter, in the same order. */
function checkSortAgainstFilter(order: Order, filter: FilterExpression): void {
  const paths = [...new Set(filterPaths(filter).map((path) => path.toLowerCase()))];
  if (order.some((o, index) => paths[index] !== o.property))
    badRequest('InefficientFilter', 'The restriction or sort order is too complex for this operation.');
}

function sorter(order: Order): (a: MessageRecord, b: MessageRecord) => number {
  return (a, b) => {
    for (const { property, descending } of order) {
      const date = DATE_PATHS[property];
      const result = date
        ? date(a) - date(b)
        : a.subject.toLowerCase().localeCompare(b.subject.toLowerCase());
      if (result !== 0) return descending ? -result : result;
    }
    return 0;
  };
}

function parse<T>(parser: () => T, code: string, message: string): T {
  try {
    return parser();
  } catch (error) {
    if (error instanceof FilterSyntaxError || error instanceof SearchSyntaxError) badRequest(code, message);
    throw error;
  }
}

function selection(request: GraphRequest): string[] | null {
  const select = selectedProperties(request.query);
  const unknown = select?.find((name) => !MESSAGE_PROPERTIES.has(name.toLowerCase()));
  if (unknown !== undefined)
    badRequest(
      'RequestBroker--ParseUri',
      `Could not find a property named '${unknown}' on type 'microsoft.graph.message'.`,
    );
  return select;
}

/** What Mail.ReadBasic does not read: "except body, bodyPreview, uniqueBody, attachments…". */
const BODY_PROPERTIES: ReadonlySet<string> = new Set(['body', 'bodyPreview', 'uniqueBody']);

function render(message: MessageRecord, grant: Grant, select: string[] | null): Record<string, unknown> {
  const rendered: Record<string, unknown> = { ...renderMessage(message, grant.user.mail) };
  const full = holdsAny(grant, MAIL_BODY_SCOPES)
    ? rendered
    : Object.fromEntries(Object.entries(rendered).filter(([key]) => !BODY_PROPERTIES.has(key)));
  return select ? project(full, ['@odata.etag', 'id', ...select]) : full;
}

/** GET /me/messages. */
export function listMessages(request: GraphRequest, state: TenantState, grant: Grant): GraphResponse {
  const viewer = grant.user;
  const select = selection(request);
  const search = queryOption(request.query, 'search');
  const filterText = queryOption(request.query, 'filter');
  const order = parseOrderBy(queryOption(request.query, 'orderby'));
  if (search !== null) {
    if (order) badRequest('BadRequest', "The query parameter '$orderBy' is not supported with '$search'.");
    if (filterText !== null)
      badRequest('BadRequest', "The query parameter '$filter' is not supported with '$search'.");
    if (queryOption(request.query, 'skip') !== null)
      badRequest('BadRequest', "The query parameter '$skip' is not supported with '$search'.");
  }
  const top = integerOption(request.query, 'top', 10, 1, 1000, {
    code: 'ErrorInvalidParameter',
    message: (raw) => `The value '${raw}' of parameter '$top' is invalid. It must be between 1 and 1000.`,
  });
  const skipName = search === null ? 'skip' : 'skiptoken';
  const skip = integerOption(request.query, skipName, 0, 0, Number.MAX_SAFE_INTEGER, {
    code: 'ErrorInvalidParameter',
    message: (raw) => `The value '${raw}' of parameter '$${skipName}' is invalid.`,
  });
  let messages = mailbox(state, viewer);
  if (filterText !== null) {
    const filter = parse(() => parseFilter(filterText), 'BadRequest', 'Invalid filter clause');
    if (order) checkSortAgainstFilter(order, filter);
    messages = messages.filter((message) =>
      parse(
        () => evaluateFilter(filter, (path) => valueAt(message, path, viewer)),
        'BadRequest',
        'Invalid filter clause',
      ),
    );
  }
  if (search !== null) {
    const expression = parse(
      () => parseSearch(search),
      'BadRequest',
      `Syntax error in the search query '${search}'.`,
    );
    messages = messages.filter((message) => matchesSearch(message, expression));
  }
  if (order) messages = [...messages].sort(sorter(order));
  const page = messages.slice(skip, skip + top);
  const body: Record<string, unknown> = {
    '@odata.context': `${request.baseUrl}/$metadata#users('${viewer.id}')/messages${contextProjection(select)}`,
  };
  if (skip + top < messages.length) {
    const next = [...request.query].filter(([key]) => key.replace(/^\$/, '').toLowerCase() !== skipName);
    next.push([`$${skipName}`, String(skip + top)]);
    body['@odata.nextLink'] = `${request.baseUrl}/me/messages?${toQueryString(next)}`;
  }
  body['value'] = page.map((message) => render(message, grant, select));
  return jsonResponse(200, body);
}

/** GET /me/messages/{id}. */
export function getMessage(
  request: GraphRequest,
  state: TenantState,
  grant: Grant,
  id: string,
): GraphResponse {
  const viewer = grant.user;
  const select = selection(request);
  const message = mailbox(state, viewer).find((candidate) => candidate.id === id);
  if (!message)
    throw new GraphErrorSignal(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  return jsonResponse(200, {
    '@odata.context': `${request.baseUrl}/$metadata#users('${viewer.id}')/messages${contextProjection(select)}/$entity`,
    ...render(message, grant, select),
  });
}
