import { z } from 'zod/mini';
import type { GraphClient } from './create-graph-client';
import { GraphRequestError, toGraphRequestError } from './graph-errors';
import { permissionFor } from './permissions';
import { FRESH_TOKEN_HEADER } from './middleware/bearer-token';
import {
  IDEMPOTENT_HEADER,
  MAX_RETRY_AFTER_MS,
  parseRetryAfter,
  retryDelayMs,
} from './middleware/retry-after';

/** Graph takes at most 20 requests in one `$batch`. */
export const MAX_BATCH_REQUESTS = 20;

export type BatchRequest = {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the version root, e.g. `/me?$select=id`. */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
};

/** One member's outcome: its body on success, an error it can show otherwise. */
export type BatchResult =
  { ok: true; status: number; body: unknown } | { ok: false; error: GraphRequestError };

const batchResponse = z.object({
  responses: z.array(
    z.object({
      id: z.string(),
      status: z.number(),
      headers: z.nullish(z.record(z.string(), z.string())),
      body: z.unknown(),
    }),
  ),
});

export type BatchOptions = {
  /** How many times a throttled member (429 / 503 inside a 200 batch) is sent again. */
  maxMemberRetries?: number;
};

/**
 * Sends up to 20 requests in one `$batch` round trip. Members Graph throttled inside a successful
 * batch (429 with `Retry-After`) are sent again, after the longest wait asked for, in a smaller
 * batch (a wait over a minute is not waited for: the member fails at once, carrying it); members refused for an expired token (401) are sent again once, on a fresh token. The
 * SDK's retry and the token middleware never look inside a batch. Each member's result stands on
 * its own, so a failed member degrades only what depends on it.
 */
export async function sendBatch(
  graph: GraphClient,
  requests: readonly BatchRequest[],
  options: BatchOptions = {},
): Promise<Map<string, BatchResult>> {
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw new RangeError(`A batch holds at most ${MAX_BATCH_REQUESTS} requests; got ${requests.length}.`);
  }
  const results = new Map<string, BatchResult>();
  let pending = [...requests];
  const maxRetries = options.maxMemberRetries ?? 3;
  let renewToken = false;
  let tokenRenewed = false;
  for (let attempt = 0; pending.length > 0; attempt++) {
    const responses = await postBatch(graph, pending, renewToken);
    tokenRenewed ||= renewToken;
    renewToken = false;
    let waitMs = 0;
    const retry: BatchRequest[] = [];
    for (const request of pending) {
      const response = responses.get(request.id);
      if (response === undefined) {
        results.set(request.id, {
          ok: false,
          error: new GraphRequestError(
            502,
            'MissingBatchResponse',
            'Microsoft Graph gave no answer for this part.',
          ),
        });
        continue;
      }
      // Refused before it ran, so even a write can go again; a second 401 is the answer.
      if (response.status === 401 && !tokenRenewed) {
        retry.push(request);
        renewToken = true;
        continue;
      }
      const throttled = response.status === 429 || response.status === 503;
      const delay = retryDelayMs(headerValue(response.headers, 'retry-after'), attempt);
      // A wait past the ceiling is not waited for: the member fails now, carrying the wait.
      if (throttled && delay <= MAX_RETRY_AFTER_MS && attempt < maxRetries && isReplayable(request)) {
        retry.push(request);
        waitMs = Math.max(waitMs, delay);
        continue;
      }
      results.set(
        request.id,
        response.status < 400
          ? { ok: true, status: response.status, body: response.body }
          : {
              ok: false,
              error: memberError(response, permissionFor(request.method, request.url)),
            },
      );
    }
    if (waitMs > 0) await graph.sleep(waitMs);
    pending = retry;
  }
  return results;
}

function isReplayable(request: BatchRequest): boolean {
  return request.method === 'GET' || request.method === 'DELETE';
}

async function postBatch(
  graph: GraphClient,
  requests: readonly BatchRequest[],
  freshToken: boolean,
): Promise<Map<string, z.infer<typeof batchResponse>['responses'][number]>> {
  const allReads = requests.every((r) => r.method === 'GET');
  let request = graph.client.api('/$batch').header(IDEMPOTENT_HEADER, String(allReads));
  if (freshToken) request = request.header(FRESH_TOKEN_HEADER, 'true');
  const raw: unknown = await request.post({ requests: requests.map(toBatchMember) });
  const parsed = batchResponse.safeParse(raw);
  if (!parsed.success) {
    throw new GraphRequestError(
      502,
      'InvalidBatchResponse',
      'Microsoft Graph sent a batch answer that could not be read.',
    );
  }
  return new Map(parsed.data.responses.map((r) => [r.id, r]));
}

/**
 * A member as JSON batching defines it: id, method, url and, when set, headers, body and dependsOn.
 * Graph refuses the whole batch over any other property, so what a caller keeps beside a request
 * (which section it feeds) never goes on the wire. A body goes with its Content-Type, as Graph
 * requires.
 */
function toBatchMember(request: BatchRequest): BatchRequest {
  const member: BatchRequest = { id: request.id, method: request.method, url: request.url };
  if (request.body !== undefined) {
    member.body = request.body;
    member.headers = { 'Content-Type': 'application/json', ...request.headers };
  } else if (request.headers !== undefined) member.headers = request.headers;
  if (request.dependsOn !== undefined) member.dependsOn = request.dependsOn;
  return member;
}

/** A failed member's error; a throttled one carries the wait Graph asked for. */
function memberError(
  response: { status: number; headers?: Record<string, string> | null | undefined; body?: unknown },
  permission: ReturnType<typeof permissionFor>,
): GraphRequestError {
  const error = toGraphRequestError(response.status, response.body, permission);
  const wait = parseRetryAfter(headerValue(response.headers, 'retry-after'));
  if (wait === null) return error;
  return new GraphRequestError(error.status, error.code, error.message, error.permission, wait);
}

function headerValue(headers: Record<string, string> | null | undefined, name: string): string | null {
  if (!headers) return null;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? null : (headers[key] ?? null);
}

/** The body of a successful member, or its error thrown. */
export function bodyOf(results: ReadonlyMap<string, BatchResult>, id: string): unknown {
  const result = results.get(id);
  if (result === undefined) throw new Error(`No batch request "${id}" was sent.`);
  if (!result.ok) throw result.error;
  return result.body;
}
