import { Client, HTTPMessageHandler } from '@microsoft/microsoft-graph-client';
import { BearerTokenMiddleware, type GetToken } from './middleware/bearer-token';
import { RetryAfterMiddleware, realSleep, type Sleep } from './middleware/retry-after';
import { TimeLimitMiddleware } from './middleware/time-limit';

/** Microsoft Graph in production. */
export const MICROSOFT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';

export { READ_SCOPES } from './scopes';

export type GraphClientOptions = {
  /** Graph root including the version, e.g. `https://graph.microsoft.com/v1.0`. */
  baseUrl: string;
  getToken: GetToken;
  scopes?: readonly string[];
  sleep?: Sleep;
  /** How long each request to Graph may take before it is aborted. @default 30 000 ms */
  timeoutMs?: number;
};

/** The Graph client plus the base URL it talks to (needed to follow `@odata.nextLink`). */
export type GraphClient = { client: Client; baseUrl: string; sleep: Sleep };

/**
 * The real `@microsoft/microsoft-graph-client`, pointed at `baseUrl`, with our own middleware
 * chain: bearer token → Retry-After → time limit → fetch: each attempt gets its own limit. Graph code never sees a token.
 */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const versionAt = baseUrl.lastIndexOf('/');
  const sleep = options.sleep ?? realSleep;
  const auth = new BearerTokenMiddleware(baseUrl, options.getToken, options.scopes);
  const retry = new RetryAfterMiddleware(sleep);
  const timeLimit = new TimeLimitMiddleware(options.timeoutMs);
  auth.setNext(retry);
  retry.setNext(timeLimit);
  timeLimit.setNext(new HTTPMessageHandler());
  const client = Client.initWithMiddleware({
    middleware: auth,
    baseUrl: baseUrl.slice(0, versionAt),
    defaultVersion: baseUrl.slice(versionAt + 1),
  });
  return { client, baseUrl, sleep };
}

/**
 * A path relative to the version root, for the SDK: its own URL parser only understands https
 * absolute URLs, so `@odata.nextLink`s from the demo tenant (http) are cut down here.
 */
export function relativeToBase(graph: GraphClient, url: string): string {
  return url.startsWith(graph.baseUrl) ? url.slice(graph.baseUrl.length) : url;
}
