import { NOTES_SITE } from './site-support';
import { SITE, sendJson, startHarness, testTenant, type Harness } from './support';

type Usage = {
  sharePoint: { singleReads: number; multiReads: number; writes: number; resourceUnits: number };
};

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ tenant: testTenant({ sites: [NOTES_SITE] }) });
});
afterAll(() => harness.server.close());

const usage = async (method = 'GET'): Promise<Usage> =>
  (await (await fetch(`${harness.server.url}/demo/usage`, { method })).json()) as Usage;

describe('/demo/usage', () => {
  it('counts the resource units of direct requests and of $batch members, and zeroes on DELETE', async () => {
    await usage('DELETE');
    expect((await harness.graph(SITE)).status).toBe(200);
    expect((await harness.graph('/me')).status).toBe(200);
    const batch = await sendJson(harness, 'POST', '/$batch', {
      requests: [
        { id: 'lists', method: 'GET', url: `${SITE}/lists` },
        { id: 'items', method: 'GET', url: `${SITE}/lists/Notes/items?$expand=fields` },
        { id: 'me', method: 'GET', url: '/me' },
      ],
    });
    expect(batch.status).toBe(200);
    expect(await usage()).toEqual({
      sharePoint: { singleReads: 1, multiReads: 2, writes: 0, resourceUnits: 5 },
    });
    expect(await usage('DELETE')).toEqual({
      sharePoint: { singleReads: 0, multiReads: 0, writes: 0, resourceUnits: 0 },
    });
  });

  it('refuses other methods', async () => {
    expect((await fetch(`${harness.server.url}/demo/usage`, { method: 'POST' })).status).toBe(405);
  });
});
