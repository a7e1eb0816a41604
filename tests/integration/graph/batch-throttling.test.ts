import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendBatch } from '../../../src/graph/batch';
import { createGraphClient, type GraphClient } from '../../../src/graph/create-graph-client';
import type { GetToken } from '../../../src/graph/middleware/bearer-token';
import { createEvent } from '../../../src/graph/create-event';

/**
 * A scripted Graph over real HTTP: each answer is taken from a queue, so a test says exactly what
 * Graph does (throttle a batch member, fail a write after applying it) and counts what was sent.
 */
type Scripted = (
  body: unknown,
  request: IncomingMessage,
) => { status: number; headers?: Record<string, string>; body: unknown };

let server: Server;
let script: Scripted[] = [];
let received: { method: string; url: string; body: unknown; authorization: string | undefined }[] = [];
let graph: GraphClient;
let waits: number[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      const body: unknown = text === '' ? null : JSON.parse(text);
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        body,
        authorization: req.headers.authorization,
      });
      const next = script.shift();
      const answer = next
        ? next(body, req)
        : { status: 500, body: { error: { code: 'NoScript', message: 'No answer scripted.' } } };
      res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  graph = clientWith(() => Promise.resolve('token-1'), `http://127.0.0.1:${port}/v1.0`);
});

/** A client of the scripted Graph whose waits are recorded, not slept. */
function clientWith(getToken: GetToken, baseUrl = graph.baseUrl): GraphClient {
  return createGraphClient({
    baseUrl,
    getToken,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
}

beforeEach(() => {
  script = [];
  received = [];
  waits = [];
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const ok = (id: string, body: unknown) => ({ id, status: 200, headers: {}, body });
const expired = (id: string) => ({
  id,
  status: 401,
  headers: {},
  body: {
    error: {
      code: 'InvalidAuthenticationToken',
      message: 'Lifetime validation failed, the token is expired.',
    },
  },
});
const throttled = (id: string, retryAfter: string) => ({
  id,
  status: 429,
  headers: { 'Retry-After': retryAfter },
  body: { error: { code: 'TooManyRequests', message: 'Please retry after' } },
});

describe('sendBatch', () => {
  it('sends only the throttled members again, after the longest Retry-After (decimals too)', async () => {
    script = [
      () => ({
        status: 200,
        body: { responses: [ok('a', { n: 1 }), throttled('b', '2.128'), throttled('c', '1')] },
      }),
      () => ({ status: 200, body: { responses: [ok('b', { n: 2 }), ok('c', { n: 3 })] } }),
    ];
    const results = await sendBatch(graph, [
      { id: 'a', method: 'GET', url: '/me' },
      { id: 'b', method: 'GET', url: '/me/events' },
      { id: 'c', method: 'GET', url: '/users' },
    ]);
    expect([...results].map(([id, r]) => [id, r.ok && r.body])).toEqual([
      ['a', { n: 1 }],
      ['b', { n: 2 }],
      ['c', { n: 3 }],
    ]);
    expect(waits).toEqual([2128]);
    expect(received).toHaveLength(2);
    expect(received[1]?.body).toEqual({
      requests: [
        { id: 'b', method: 'GET', url: '/me/events' },
        { id: 'c', method: 'GET', url: '/users' },
      ],
    });
    expect(received[0]?.authorization).toBe('Bearer token-1');
  });

  it('gives up on a member that stays throttled and says so for that member only', async () => {
    const always = () => ({ status: 200, body: { responses: [throttled('b', '0.5')] } });
    script = [
      () => ({ status: 200, body: { responses: [ok('a', {}), throttled('b', '0.5')] } }),
      always,
      always,
      always,
    ];
    const results = await sendBatch(graph, [
      { id: 'a', method: 'GET', url: '/me' },
      { id: 'b', method: 'GET', url: '/me/events' },
    ]);
    expect(results.get('a')?.ok).toBe(true);
    const b = results.get('b');
    expect(b?.ok === false && b.error.status).toBe(429);
    expect(waits).toEqual([500, 500, 500]);
  });

  it('retries a whole throttled batch of reads as Graph asks', async () => {
    script = [
      () => ({
        status: 429,
        headers: { 'Retry-After': '3' },
        body: { error: { code: 'TooManyRequests', message: 'Slow down' } },
      }),
      () => ({ status: 200, body: { responses: [ok('a', { n: 1 })] } }),
    ];
    const results = await sendBatch(graph, [{ id: 'a', method: 'GET', url: '/me' }]);
    expect(results.get('a')?.ok).toBe(true);
    expect(waits).toEqual([3000]);
  });

  it('sends members refused for an expired token (401) again once, on a fresh token, without waiting', async () => {
    const asked: (boolean | undefined)[] = [];
    const renewing = clientWith((_scopes, options) => {
      asked.push(options?.forceRefresh);
      return Promise.resolve(options?.forceRefresh === true ? 'new' : 'old');
    });
    script = [
      () => ({
        status: 200,
        body: { responses: [ok('a', { n: 1 }), expired('b'), expired('c')] },
      }),
      () => ({ status: 200, body: { responses: [ok('b', { n: 2 }), ok('c', { n: 3 })] } }),
    ];
    const results = await sendBatch(renewing, [
      { id: 'a', method: 'GET', url: '/me' },
      { id: 'b', method: 'GET', url: '/me/events' },
      { id: 'c', method: 'POST', url: '/me/events', body: { subject: 'Prep' } },
    ]);
    expect([...results].map(([id, r]) => [id, r.ok && r.body])).toEqual([
      ['a', { n: 1 }],
      ['b', { n: 2 }],
      ['c', { n: 3 }],
    ]);
    expect(asked).toEqual([undefined, true]);
    expect(received.map((r) => r.authorization)).toEqual(['Bearer old', 'Bearer new']);
    expect((received[1]?.body as { requests: { id: string }[] }).requests.map((r) => r.id)).toEqual([
      'b',
      'c',
    ]);
    expect(waits).toEqual([]);
  });

  it('keeps the 401 of a member refused again on a fresh token', async () => {
    script = [
      () => ({ status: 200, body: { responses: [expired('a')] } }),
      () => ({ status: 200, body: { responses: [expired('a')] } }),
    ];
    const results = await sendBatch(graph, [{ id: 'a', method: 'GET', url: '/me' }]);
    const a = results.get('a');
    expect(a?.ok === false && a.error.status).toBe(401);
    expect(received).toHaveLength(2);
  });

  it('renews the token of a whole batch of reads, and still sends it again after a 503', async () => {
    const tokens = ['old', 'new'];
    const renewing = clientWith(() => Promise.resolve(tokens.shift() ?? 'new'));
    script = [
      () => ({ status: 401, body: expired('batch').body }),
      () => ({
        status: 503,
        headers: { 'Retry-After': '0.25' },
        body: { error: { code: 'serviceNotAvailable', message: 'Try again' } },
      }),
      () => ({ status: 200, body: { responses: [ok('a', { n: 1 })] } }),
    ];
    const results = await sendBatch(renewing, [{ id: 'a', method: 'GET', url: '/me' }]);
    expect(results.get('a')?.ok).toBe(true);
    expect(received.map((r) => r.authorization)).toEqual(['Bearer old', 'Bearer new', 'Bearer new']);
    expect(waits).toEqual([250]);
  });

  it('refuses more than 20 requests', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({
      id: String(i),
      method: 'GET' as const,
      url: '/me',
    }));
    await expect(sendBatch(graph, requests)).rejects.toThrow(/at most 20/);
    expect(received).toHaveLength(0);
  });
});

describe('writes', () => {
  it('never replays a POST that timed out at the gateway: the write may have been applied', async () => {
    script = [
      () => ({ status: 504, body: { error: { code: 'GatewayTimeout', message: 'Gateway timeout' } } }),
    ];
    await expect(
      createEvent(graph, {
        subject: 'Prep',
        start: new Date('2026-11-24T09:00:00Z'),
        end: new Date('2026-11-24T09:15:00Z'),
      }),
    ).rejects.toMatchObject({ statusCode: 504 });
    expect(received).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('sends a throttled POST again after its Retry-After: Graph refused it without running it', async () => {
    script = [
      () => ({
        status: 429,
        headers: { 'Retry-After': '1.5' },
        body: { error: { code: 'TooManyRequests', message: 'Please retry again later.' } },
      }),
      () => ({ status: 201, body: { id: 'event-1', subject: 'Prep' } }),
    ];
    const created: unknown = await graph.client.api('/me/events').post({ subject: 'Prep' });
    expect(created).toEqual({ id: 'event-1', subject: 'Prep' });
    expect(received.map((r) => r.method)).toEqual(['POST', 'POST']);
    expect(waits).toEqual([1500]);
  });

  it('renews the token once on 401 and sends again', async () => {
    const tokens = ['old', 'new'];
    const renewing = createGraphClient({
      baseUrl: graph.baseUrl,
      getToken: () => Promise.resolve(tokens.shift() ?? 'none'),
    });
    script = [
      () => ({ status: 401, body: { error: { code: 'InvalidAuthenticationToken', message: 'Expired' } } }),
      () => ({
        status: 200,
        body: { id: '1', mail: 'maya.chen@northwind.example', displayName: 'Maya Chen' },
      }),
    ];
    const me: unknown = await renewing.client.api('/me').get();
    expect(me).toMatchObject({ displayName: 'Maya Chen' });
    expect(received.map((r) => r.authorization)).toEqual(['Bearer old', 'Bearer new']);
  });
});
