import { z } from 'zod';
import {
  GraphErrorSignal,
  graphError,
  jsonResponse,
  newRequestId,
  type GraphRequest,
  type GraphResponse,
} from '../graph-http';

/**
 * POST /$batch: JSON batching as Graph does it. Members run through the same router in-process,
 * with the batch's Authorization and their own headers; independent members run concurrently,
 * `dependsOn` orders the rest, and a member whose dependency failed answers 424.
 */

/** Graph's limit on members per batch. */
export const MAX_BATCH_REQUESTS = 20;

/**
 * The properties a member may carry (learn.microsoft.com/graph/json-batching). OData's JSON batch
 * reader refuses any other, naming it in upper case; Graph does not document its own answer.
 */
const MEMBER_PROPERTIES = new Set(['id', 'method', 'url', 'headers', 'body', 'dependsOn']);

const batchSchema = z.object({
  requests: z.array(
    z.object({
      id: z.string().min(1),
      method: z.string().min(1),
      url: z.string().min(1),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.unknown().optional(),
      dependsOn: z.array(z.string()).optional(),
    }),
  ),
});

type BatchMember = z.infer<typeof batchSchema>['requests'][number];

/** One member's answer in the batch response. */
export type BatchMemberResponse = {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
};

/** Runs a member through the router; supplied by the router to avoid an import cycle. */
export type Dispatch = (request: GraphRequest) => Promise<GraphResponse>;

function validate(body: unknown): BatchMember[] {
  refuseUnknownProperties(body);
  const parsed = batchSchema.safeParse(body);
  if (!parsed.success) throw new GraphErrorSignal(400, 'BadRequest', 'Invalid batch payload format.');
  const members = parsed.data.requests;
  if (members.length > MAX_BATCH_REQUESTS) {
    throw new GraphErrorSignal(
      400,
      'BadRequest',
      `Maximum number of requests in a batch is ${MAX_BATCH_REQUESTS}.`,
    );
  }
  // Ids are compared without regard to case, as the batching page says.
  const ids = new Set<string>();
  for (const member of members) {
    if (ids.has(member.id.toLowerCase()))
      throw new GraphErrorSignal(400, 'BadRequest', `Request Id '${member.id}' is duplicated.`);
    ids.add(member.id.toLowerCase());
    if (member.body !== undefined && !hasContentType(member.headers)) {
      throw new GraphErrorSignal(
        400,
        'BadRequest',
        `Write request id : ${member.id} does not contain Content-Type header or body.`,
      );
    }
  }
  for (const member of members) {
    const missing = (member.dependsOn ?? []).find(
      (id) => !ids.has(id.toLowerCase()) || id.toLowerCase() === member.id.toLowerCase(),
    );
    if (missing !== undefined) {
      throw new GraphErrorSignal(
        400,
        'BadRequest',
        `Request '${member.id}' depends on unknown request '${missing}'.`,
      );
    }
  }
  // A dependency cycle would deadlock the scheduler below, so refuse it up front.
  const byId = new Map(members.map((m) => [m.id.toLowerCase(), m]));
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (id: string): void => {
    if (done.has(id)) return;
    if (visiting.has(id))
      throw new GraphErrorSignal(400, 'BadRequest', `Request '${id}' has a circular dependsOn.`);
    visiting.add(id);
    for (const dependency of byId.get(id.toLowerCase())?.dependsOn ?? []) visit(dependency.toLowerCase());
    visiting.delete(id);
    done.add(id);
  };
  members.forEach((m) => visit(m.id.toLowerCase()));
  return members;
}

function refuseUnknownProperties(body: unknown): void {
  if (typeof body !== 'object' || body === null) return;
  const requests: unknown = (body as { requests?: unknown }).requests;
  if (!Array.isArray(requests)) return;
  for (const member of requests as unknown[]) {
    if (typeof member !== 'object' || member === null) continue;
    const unknown = Object.keys(member).find((key) => !MEMBER_PROPERTIES.has(key));
    if (unknown !== undefined) {
      throw new GraphErrorSignal(
        400,
        'BadRequest',
        `Unknown property name '${unknown.toUpperCase()}' for message in batch.`,
      );
    }
  }
}

function hasContentType(headers: Record<string, string> | undefined): boolean {
  return Object.keys(headers ?? {}).some((name) => name.toLowerCase() === 'content-type');
}

function memberRequest(batch: GraphRequest, member: BatchMember): GraphRequest | GraphResponse {
  const requestId = newRequestId();
  const ids = { requestId, clientRequestId: batch.clientRequestId };
  if (/^[a-z][a-z0-9+.-]*:/i.test(member.url)) {
    return graphError(
      ids,
      400,
      'BadRequest',
      'Invalid request URL: batch member URLs must be relative to the version.',
    );
  }
  const url = new URL(member.url.startsWith('/') ? member.url : `/${member.url}`, 'http://batch.invalid');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(member.headers ?? {})) headers[name.toLowerCase()] = value;
  // Members always run as the batch's caller; a member cannot bring its own token.
  if (batch.headers['authorization'] !== undefined) headers['authorization'] = batch.headers['authorization'];
  else delete headers['authorization'];
  return {
    method: member.method.toUpperCase(),
    path: url.pathname,
    query: url.searchParams,
    headers,
    body: member.body,
    baseUrl: batch.baseUrl,
    requestId,
    clientRequestId: batch.clientRequestId,
    inBatch: true,
  };
}

/** POST /$batch. */
export async function runBatch(request: GraphRequest, dispatch: Dispatch): Promise<GraphResponse> {
  if (request.inBatch)
    throw new GraphErrorSignal(400, 'BadRequest', 'Nested batch requests are not supported.');
  const members = validate(request.body);
  const responses: BatchMemberResponse[] = [];
  const byId = new Map(members.map((member) => [member.id.toLowerCase(), member]));
  const run = async (member: BatchMember, dependencies: Array<Promise<number>>): Promise<number> => {
    const statuses = await Promise.all(dependencies);
    const failedIndex = statuses.findIndex((status) => status >= 400);
    let response: GraphResponse;
    if (failedIndex !== -1) {
      const failed = member.dependsOn?.[failedIndex] ?? '';
      response = graphError(
        { requestId: newRequestId(), clientRequestId: request.clientRequestId },
        424,
        'FailedDependency',
        `The request depends on request '${failed}', which failed.`,
      );
    } else {
      const built = memberRequest(request, member);
      response = 'status' in built ? built : await dispatch(built);
    }
    // Pushed on completion, so the response order follows execution, as Graph's may.
    responses.push({
      id: member.id,
      status: response.status,
      headers: response.headers,
      body: response.body,
    });
    return response.status;
  };
  // Each member starts once, as soon as its dependencies settle; independent members run together.
  const started = new Map<string, Promise<number>>();
  const start = (member: BatchMember): Promise<number> => {
    const existing = started.get(member.id.toLowerCase());
    if (existing) return existing;
    const dependencies = (member.dependsOn ?? []).map((id) => {
      const dependency = byId.get(id.toLowerCase());
      return dependency ? start(dependency) : Promise.resolve(200);
    });
    const promise = run(member, dependencies);
    started.set(member.id.toLowerCase(), promise);
    return promise;
  };
  await Promise.all(members.map(start));
  return jsonResponse(200, { responses });
}
