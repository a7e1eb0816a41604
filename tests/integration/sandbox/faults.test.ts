import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { NOTES_SITE, type ListItemJson } from './site-support';
import {
  PEOPLE,
  sendJson,
  signIn,
  SITE,
  startHarness,
  testTenant,
  type GraphErrorBody,
  type Harness,
  type Page,
} from './support';

type FaultState = {
  latencyMs: number;
  rules: Array<Record<string, unknown> & { remaining: number; fired: number }>;
  counters: { requests: number; batchMembers: number; faultsFired: number };
};
type BatchBody = {
  responses: Array<{ id: string; status: number; headers: Record<string, string>; body: unknown }>;
};

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ tenant: testTenant({ sites: [NOTES_SITE] }) });
});
afterAll(() => harness.server.close());
afterEach(() => fetch(`${harness.server.url}/demo/faults`, { method: 'DELETE' }));

const faults = async (
  method: string,
  body?: unknown,
): Promise<{ status: number; body: FaultState & GraphErrorBody }> => {
  const response = await fetch(`${harness.server.url}/demo/faults`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as FaultState & GraphErrorBody };
};

const batch = async (requests: unknown[]): Promise<{ status: number; body: BatchBody }> => {
  const response = await sendJson(harness, 'POST', '/$batch', { requests });
  return { status: response.status, body: (await response.json()) as BatchBody };
};

const timed = async (run: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await run();
  return performance.now() - start;
};

describe('/demo/faults', () => {
  it('shows, sets and resets the configuration, without a token', async () => {
    const empty = await faults('GET');
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({
      latencyMs: 0,
      rules: [],
      counters: { requests: 0, batchMembers: 0, faultsFired: 0 },
    });
    const set = await faults('POST', { latencyMs: 5, rules: [{ path: '/me', status: 503, retryAfter: 1 }] });
    expect(set.body.latencyMs).toBe(5);
    expect(set.body.rules).toEqual([
      { path: '/me', status: 503, retryAfter: 1, times: 1, afterWrite: false, remaining: 1, fired: 0 },
    ]);
    expect((await faults('DELETE')).body).toMatchObject({ latencyMs: 0, rules: [] });
  });

  it('refuses an invalid configuration with 400 naming the field', async () => {
    for (const body of [
      { rules: [{ status: 500 }] },
      { latencyMs: -1 },
      { rules: [{ status: 429, path: '/(/' }] },
      { nope: 1 },
    ]) {
      const answer = await faults('POST', body);
      expect([JSON.stringify(body), answer.status]).toEqual([JSON.stringify(body), 400]);
    }
    const invalid = await faults('POST', { rules: [{ status: 429, times: 0 }] });
    expect(invalid.body.error.message).toContain('$.rules[0].times');
  });

  it('adds latency once per HTTP request, a whole batch counting once', async () => {
    await faults('POST', { latencyMs: 300 });
    expect(await timed(() => harness.graph('/me'))).toBeGreaterThanOrEqual(280);
    // Eight members: latency per member would take 2.4 s; once per request leaves ample slack on a busy machine.
    const members = Array.from({ length: 8 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    const elapsed = await timed(() => batch(members));
    expect(elapsed).toBeGreaterThanOrEqual(280);
    expect(elapsed).toBeLessThan(2000);
    const state = await faults('GET');
    expect(state.body.counters).toEqual({ requests: 2, batchMembers: 8, faultsFired: 0 });
  });

  it('throttles a batch member with its own 429 and verbatim Retry-After inside a 200 batch', async () => {
    await faults('POST', { rules: [{ path: '/sites/', status: 429, retryAfter: 2.128 }] });
    const first = await batch([
      { id: 'me', method: 'GET', url: '/me' },
      { id: 'items', method: 'GET', url: `${SITE}/lists/Notes/items` },
    ]);
    expect(first.status).toBe(200);
    const byId = new Map(first.body.responses.map((r) => [r.id, r]));
    expect(byId.get('me')?.status).toBe(200);
    const throttled = byId.get('items');
    expect(throttled?.status).toBe(429);
    expect(throttled?.headers['Retry-After']).toBe('2.128');
    expect((throttled?.body as GraphErrorBody).error.code).toBe('TooManyRequests');
    const again = await batch([{ id: 'items', method: 'GET', url: `${SITE}/lists/Notes/items` }]);
    expect(again.body.responses[0]?.status).toBe(200);
    expect((await faults('GET')).body.rules[0]).toMatchObject({ remaining: 0, fired: 1 });
  });

  it('fails a direct request as many times as asked, then lets it through', async () => {
    await faults('POST', {
      rules: [{ method: 'get', path: '/^\\/me$/i', status: 503, retryAfter: 0.5, times: 2 }],
    });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await harness.graph('/me');
      if (response.status === 503) expect(response.headers.get('retry-after')).toBe('0.5');
      statuses.push(response.status);
    }
    expect(statuses).toEqual([503, 503, 200]);
    expect((await harness.graph('/me/messages')).status).toBe(200);
    const state = await faults('GET');
    expect(state.body.counters.faultsFired).toBe(2);
    expect(state.body.rules[0]).toMatchObject({ times: 2, remaining: 0, fired: 2 });
  });

  it('reads a slash-wrapped path without regex operators as a substring, slashes included', async () => {
    await faults('POST', { rules: [{ path: '/me/', status: 503, times: 5 }] });
    expect((await harness.graph('/me')).status).toBe(200);
    expect((await harness.graph('/me/messages')).status).toBe(503);
    await faults('POST', { rules: [{ path: '/^\\/users\\//', status: 503 }] });
    expect((await harness.graph('/me')).status).toBe(200);
    expect((await harness.graph(`/users/${PEOPLE.ben}`)).status).toBe(503);
  });

  it('matches the method: a POST rule leaves GETs alone', async () => {
    await faults('POST', { rules: [{ method: 'POST', path: '/items', status: 412 }] });
    const before = await harness.graphJson<Page<ListItemJson>>(`${SITE}/lists/Notes/items`);
    expect(before.status).toBe(200);
    const post = await sendJson(harness, 'POST', `${SITE}/lists/Notes/items`, { fields: { Title: 'No' } });
    expect(post.status).toBe(412);
    expect(((await post.json()) as GraphErrorBody).error.code).toBe('preconditionFailed');
    const after = await harness.graphJson<Page<ListItemJson>>(`${SITE}/lists/Notes/items`);
    expect(after.body.value).toHaveLength(before.body.value.length);
  });

  it('applies the write before a 504 when afterWrite is set', async () => {
    await faults('POST', {
      rules: [{ method: 'POST', path: '/lists/Notes/items', status: 504, afterWrite: true }],
    });
    const response = await sendJson(harness, 'POST', `${SITE}/lists/Notes/items`, {
      fields: { Title: 'Timed out', NoteId: 'n-504' },
    });
    expect(response.status).toBe(504);
    const items = await harness.graphJson<Page<ListItemJson>>(
      `${SITE}/lists/Notes/items?$filter=fields/NoteId eq 'n-504'&$expand=fields`,
    );
    expect(items.body.value.map((item) => item.fields?.['Title'])).toEqual(['Timed out']);
    const retry = await sendJson(harness, 'POST', `${SITE}/lists/Notes/items`, {
      fields: { Title: 'Timed out', NoteId: 'n-504' },
    });
    expect(retry.status).toBe(409);
  });

  it('drops the connection without an answer, and a whole batch when a member drops', async () => {
    await faults('POST', { rules: [{ path: '/me', status: 'drop' }] });
    await expect(harness.graph('/me')).rejects.toThrow();
    expect((await harness.graph('/me')).status).toBe(200);
    await faults('POST', { rules: [{ path: '/users/', status: 'drop' }] });
    await expect(
      batch([
        { id: 'me', method: 'GET', url: '/me' },
        { id: 'user', method: 'GET', url: `/users/${PEOPLE.ben}` },
      ]),
    ).rejects.toThrow();
    expect((await faults('GET')).body.counters.faultsFired).toBe(2);
  });
});

describe('an expired access token (status 401)', () => {
  const as = (token: string, path: string, init: RequestInit = {}) =>
    fetch(`${harness.server.graphBaseUrl}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string> | undefined) },
    });
  const batchAs = async (token: string, requests: unknown[]) => {
    const response = await as(token, '/$batch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ requests }),
    });
    return { status: response.status, body: (await response.json()) as BatchBody & GraphErrorBody };
  };

  it("answers Graph's 401 with WWW-Authenticate, and the token stays expired until a new sign-in", async () => {
    const token = await signIn(harness.server);
    await faults('POST', { rules: [{ path: '/me', status: 401 }] });
    const expired = await as(token, '/me');
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toMatch(/^Bearer .*authorization_uri=/);
    const body = (await expired.json()) as GraphErrorBody;
    expect(body.error).toMatchObject({
      code: 'InvalidAuthenticationToken',
      message: 'Lifetime validation failed, the token is expired.',
    });
    // The rule is spent, but the token it expired does not come back: any path, and a whole batch.
    expect((await as(token, '/me/messages')).status).toBe(401);
    const batched = await batchAs(token, [{ id: 'me', method: 'GET', url: '/me' }]);
    expect(batched.status).toBe(401);
    expect(batched.body.error.code).toBe('InvalidAuthenticationToken');
    const renewed = await signIn(harness.server);
    expect((await as(renewed, '/me')).status).toBe(200);
    const state = await faults('GET');
    expect(state.body.counters).toMatchObject({ requests: 4, faultsFired: 1 });
    expect(state.body.rules[0]).toMatchObject({ status: 401, remaining: 0, fired: 1 });
  });

  it("expires the token inside a batch: that member answers 401, the batch's next request too", async () => {
    const token = await signIn(harness.server);
    await faults('POST', { rules: [{ path: '/sites/', status: 401 }] });
    const first = await batchAs(token, [{ id: 'items', method: 'GET', url: `${SITE}/lists/Notes/items` }]);
    expect(first.status).toBe(200);
    const member = first.body.responses[0];
    expect(member?.status).toBe(401);
    expect(member?.headers['WWW-Authenticate']).toMatch(/^Bearer /);
    expect((await batchAs(token, [{ id: 'me', method: 'GET', url: '/me' }])).status).toBe(401);
    const renewed = await signIn(harness.server);
    const again = await batchAs(renewed, [{ id: 'items', method: 'GET', url: `${SITE}/lists/Notes/items` }]);
    expect(again.body.responses[0]?.status).toBe(200);
  });

  it('leaves other tokens alone, and forgets expired ones when the faults are reset', async () => {
    const [token, colleague] = await Promise.all([
      signIn(harness.server),
      signIn(harness.server, PEOPLE.ben),
    ]);
    await faults('POST', { rules: [{ method: 'GET', path: '/me', status: 401 }] });
    expect((await as(token, '/me')).status).toBe(401);
    expect((await as(colleague, '/me')).status).toBe(200);
    expect((await as(token, '/me')).status).toBe(401);
    await faults('DELETE');
    expect((await as(token, '/me')).status).toBe(200);
  });
});

describe('starting with faults', () => {
  it('takes latency and rules as a server option, and DELETE returns to them', async () => {
    const slow = await startHarness({
      tenant: testTenant(),
      faults: { latencyMs: 150, rules: [{ path: '/me', status: 429, retryAfter: 3 }] },
    });
    try {
      const throttled = await slow.graph('/me');
      expect(throttled.status).toBe(429);
      expect(throttled.headers.get('retry-after')).toBe('3');
      expect(await timed(() => slow.graph('/me'))).toBeGreaterThanOrEqual(130);
      await fetch(`${slow.server.url}/demo/faults`, {
        method: 'POST',
        body: JSON.stringify({ latencyMs: 0 }),
      });
      const reset = await fetch(`${slow.server.url}/demo/faults`, { method: 'DELETE' });
      expect(await reset.json()).toMatchObject({ latencyMs: 150, rules: [{ remaining: 1, fired: 0 }] });
    } finally {
      await slow.server.close();
    }
  });

  it('takes --latency on the command line, and refuses a bad value', async () => {
    const root = path.resolve(__dirname, '../../..');
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    const cli = path.join(root, 'src/sandbox/cli.ts');
    const dir = await mkdtemp(path.join(tmpdir(), 'home-turf-latency-'));
    try {
      const failure = await promisify(execFile)(tsx, [cli, '--latency', 'slow', '--data-dir', dir], {
        cwd: root,
      }).then(
        () => null,
        (error: unknown) => error as { code?: number; stderr?: string },
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stderr).toContain('Invalid latency slow');
      const child = spawn(tsx, [cli, '--port', '0', '--latency', '120', '--data-dir', dir], { cwd: root });
      try {
        const url = await new Promise<string>((resolve, reject) => {
          let output = '';
          child.stdout.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            const match = /running at (http:\/\/localhost:\d+)\//.exec(output);
            if (match?.[1]) resolve(match[1]);
          });
          child.once('exit', () => reject(new Error(`CLI exited: ${output}`)));
        });
        const state = (await (await fetch(`${url}/demo/faults`)).json()) as FaultState;
        expect(state.latencyMs).toBe(120);
      } finally {
        child.kill('SIGTERM');
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
