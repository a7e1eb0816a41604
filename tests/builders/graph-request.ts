import type { GraphRequest } from '../../src/sandbox/graph-http';

/** A Graph request as the demo tenant's HTTP layer hands it to a route: `path?query`, no body. */
export function buildGraphRequest(method: string, pathAndQuery: string): GraphRequest {
  const [path = '', query = ''] = pathAndQuery.split('?');
  return {
    method,
    path,
    query: new URLSearchParams(query),
    headers: {},
    body: undefined,
    baseUrl: 'http://localhost/graph/v1.0',
    requestId: 'r',
    clientRequestId: 'c',
    inBatch: false,
  };
}
