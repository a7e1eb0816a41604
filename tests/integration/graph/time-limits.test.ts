import { createDemoSignIn } from '../../../src/auth/demo-sign-in';
import { sendBatch } from '../../../src/graph/batch';
import { createGraphClient, type GraphClient } from '../../../src/graph/create-graph-client';
import { getMe } from '../../../src/graph/get-me';
import { describeGraphError, errorStatus, retryAfterOf } from '../../../src/graph/graph-errors';
import { TIMED_OUT_MESSAGE } from '../../../src/graph/middleware/time-limit';
import { DEMO_USER_UPN } from '../../../src/sandbox/seed';
import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';

/**
 * Every request to Graph has a time limit, and a long Retry-After holds nothing open: against the
 * demo tenant, with its fault injector hanging a request or throttling one for an hour.
 */

let tenant: TenantServer;
let waits: number[] = [];

/** A client whose Retry-After waits are recorded, not slept. */
function client(timeoutMs?: number): GraphClient {
  return createGraphClient({
    baseUrl: tenant.graphBaseUrl,
    getToken: createDemoSignIn(tenant.url),
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
}

async function setFaults(settings: unknown): Promise<void> {
  const response = await fetch(`${tenant.url}/demo/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(settings),
  });
  expect(response.status).toBe(200);
}

beforeAll(async () => {
  tenant = await startTenantServer({ port: 0, dataDir: null });
});
beforeEach(() => {
  waits = [];
});
afterEach(() => fetch(`${tenant.url}/demo/faults`, { method: 'DELETE' }));
afterAll(() => tenant.close());

describe('time limits on Graph requests', () => {
  it('gives up on a request Microsoft 365 does not answer, and says the change is kept', async () => {
    const graph = client(200);
    // Signed in and answered while the tenant is quick.
    expect((await getMe(graph)).userPrincipalName).toBe(DEMO_USER_UPN);
    await setFaults({ latencyMs: 600_000 });
    const error: unknown = await getMe(graph).then(
      () => 'answered',
      (e: unknown) => e,
    );
    expect(describeGraphError(error)).toBe(TIMED_OUT_MESSAGE);
    expect(TIMED_OUT_MESSAGE).toMatch(/did not answer in time/);
    // No answer came: the outbox keeps a write and tries it again.
    expect(errorStatus(error)).toBe(0);
  });

  it('fails at once on Retry-After 3600, carrying the wait, instead of sleeping an hour', async () => {
    const graph = client();
    await setFaults({ rules: [{ method: 'GET', path: '/me', status: 429, retryAfter: 3600 }] });
    const error: unknown = await getMe(graph).then(
      () => 'answered',
      (e: unknown) => e,
    );
    expect(errorStatus(error)).toBe(429);
    expect(retryAfterOf(error)).toBe(3_600_000);
    expect(waits).toEqual([]);
  });

  it('still waits out a short Retry-After and gets the answer', async () => {
    const graph = client();
    await setFaults({ rules: [{ method: 'GET', path: '/me', status: 429, retryAfter: 2 }] });
    expect((await getMe(graph)).userPrincipalName).toBe(DEMO_USER_UPN);
    expect(waits).toEqual([2000]);
  });

  it('fails a batch member throttled for an hour at once, carrying the wait', async () => {
    const graph = client();
    await setFaults({ rules: [{ method: 'GET', path: '/me', status: 429, retryAfter: 3600 }] });
    const results = await sendBatch(graph, [{ id: 'me', method: 'GET', url: '/me' }]);
    const me = results.get('me');
    expect(me?.ok).toBe(false);
    const error = me?.ok === false ? me.error : undefined;
    expect(errorStatus(error)).toBe(429);
    expect(retryAfterOf(error)).toBe(3_600_000);
    expect(waits).toEqual([]);
  });
});
