import type { BatchRequest, BatchResult } from './batch';
import type { GraphClient } from './create-graph-client';
import { permissionFor } from './permissions';
import { GraphRequestError, describeGraphError, errorStatus } from './graph-errors';

/**
 * The same requests a `$batch` would carry, each sent on its own and each waiting for the one
 * before it, with the results keyed by request id as `sendBatch` gives them. Nothing in production
 * sends this way: it exists so the benchmark can measure, in the browser, what one batch saves.
 * Reads only.
 */
export async function sendOneAtATime(
  graph: GraphClient,
  requests: readonly BatchRequest[],
): Promise<Map<string, BatchResult>> {
  const results = new Map<string, BatchResult>();
  for (const request of requests) {
    if (request.method !== 'GET') throw new RangeError(`Only reads are sent one at a time: ${request.id}.`);
    try {
      const body: unknown = await graph.client
        .api(request.url)
        .headers(request.headers ?? {})
        .get();
      results.set(request.id, { ok: true, status: 200, body });
    } catch (error: unknown) {
      results.set(request.id, {
        ok: false,
        error:
          error instanceof GraphRequestError
            ? error
            : new GraphRequestError(
                errorStatus(error),
                'RequestFailed',
                describeGraphError(error, permissionFor(request.method, request.url)),
                permissionFor(request.method, request.url),
              ),
      });
    }
  }
  return results;
}
