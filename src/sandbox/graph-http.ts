import { randomUUID } from 'node:crypto';

/**
 * The in-process request/response pair every Graph route speaks. The HTTP server and `$batch` both
 * build a GraphRequest and hand it to the same router, so a batch member behaves exactly like a
 * direct call without a second HTTP hop.
 */

/** A Graph call after HTTP parsing. `path` is relative to the version, e.g. `/me/calendarView`. */
export type GraphRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Readonly<Record<string, string>>;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
  /** Absolute base of this API as the caller reached it, e.g. `http://localhost:3000/graph/v1.0`. */
  baseUrl: string;
  requestId: string;
  clientRequestId: string;
  /** True when this request is a `$batch` member (nested batches are refused). */
  inBatch: boolean;
};

/** A Graph answer before HTTP serialisation; `body` null means no body (204). */
export type GraphResponse = { status: number; headers: Record<string, string>; body: unknown };

/** Graph's JSON content type, exactly as the service sends it. */
export const GRAPH_JSON_CONTENT_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/** The message of a 412 when an `If-Match` etag is stale. */
export const PRECONDITION_FAILED_MESSAGE =
  "The eTag in the If-Match header does not match the resource's current eTag; it was changed since it was read.";

/** What Graph sends with a 401 in `WWW-Authenticate`: where to get a new token. */
export const WWW_AUTHENTICATE =
  'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';

/** A new request id (Graph uses GUIDs). */
export function newRequestId(): string {
  return randomUUID();
}

/** `2025-02-13T10:17:05`, the innerError date format (UTC, no zone designator). */
function innerErrorDate(): string {
  return new Date().toISOString().slice(0, 19);
}

/** A successful JSON response. */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): GraphResponse {
  return { status, headers: { 'Content-Type': GRAPH_JSON_CONTENT_TYPE, ...headers }, body };
}

/** A Graph error response in the service's exact body shape. */
export function graphError(
  request: Pick<GraphRequest, 'requestId' | 'clientRequestId'>,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): GraphResponse {
  return jsonResponse(
    status,
    {
      error: {
        code,
        message,
        innerError: {
          date: innerErrorDate(),
          'request-id': request.requestId,
          'client-request-id': request.clientRequestId,
        },
      },
    },
    headers,
  );
}

/** Thrown inside a route to answer with a Graph error; the router turns it into a response. */
export class GraphErrorSignal extends Error {
  override readonly name = 'GraphErrorSignal';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Graph's 405 for a method the path does not take. */
export function methodNotAllowed(): never {
  throw new GraphErrorSignal(
    405,
    'Request_BadRequest',
    'Specified HTTP method is not allowed for the request target.',
  );
}

/** Graph's 400 for a path segment it does not know. */
export function unknownSegment(segment: string): never {
  throw new GraphErrorSignal(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
}

/** Reads a query option with or without the `$` prefix, as Graph v1.0 accepts both. */
export function queryOption(query: URLSearchParams, name: string): string | null {
  return query.get(`$${name}`) ?? query.get(name);
}

/** Parses `$select` into property names, or null when absent. */
export function selectedProperties(query: URLSearchParams): string[] | null {
  const raw = queryOption(query, 'select');
  if (raw === null) return null;
  const names = raw
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  return names.length > 0 ? names : null;
}

/** Parses an integer query option within bounds, signalling a 400 with `message` otherwise. */
export function integerOption(
  query: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
  error: { code: string; message: (raw: string) => string },
): number {
  const raw = queryOption(query, name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new GraphErrorSignal(400, error.code, error.message(raw));
  }
  return value;
}

/** Parses a `Prefer` header into its preferences (`outlook.timezone` → `Pacific Standard Time`). */
export function parsePrefer(header: string | undefined): Map<string, string> {
  const preferences = new Map<string, string>();
  if (!header) return preferences;
  // Quoted values may contain commas in theory; Outlook's names do not, so a split suffices.
  for (const part of header.split(',')) {
    const [name, ...rest] = part.split('=');
    if (!name) continue;
    const value = rest
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1');
    preferences.set(name.trim().toLowerCase(), value);
  }
  return preferences;
}

/** Keeps the selected properties of `source` (case-insensitive names), in the resource's own order. */
export function project(
  source: Readonly<Record<string, unknown>>,
  names: ReadonlyArray<string>,
): Record<string, unknown> {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (wanted.has(key.toLowerCase())) result[key] = value;
  }
  return result;
}

/** A query string as Graph writes nextLinks: `$` kept literal, values percent-encoded (spaces as %20). */
export function toQueryString(params: Iterable<[string, string]>): string {
  return [...params]
    .map(([key, value]) => `${encodeURIComponent(key).replace(/%24/g, '$')}=${encodeURIComponent(value)}`)
    .join('&');
}
