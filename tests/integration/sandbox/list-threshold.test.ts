import { TEST_SITE, startHarness, testTenant, type GraphErrorBody, type Harness, type Page } from './support';
import { generatedList, pageIds, type ListItemJson } from './site-support';

const HONOR = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

/** A tenant whose list view threshold is 10 instead of SharePoint's 5,000, with lists either side of it. */
let harness: Harness;
let siteId: string;

beforeAll(async () => {
  const tenant = {
    ...testTenant({
      sites: [
        { ...TEST_SITE, displayName: 'Comms', lists: [generatedList('Over', 11), generatedList('At', 10)] },
      ],
    }),
    sharePoint: { listViewThreshold: 10 },
  };
  harness = await startHarness({ tenant });
  siteId = (await harness.graphJson<{ id: string }>(`/sites/${TEST_SITE.hostname}:${TEST_SITE.path}`)).body
    .id;
});
afterAll(() => harness.server.close());

const items = (list: string, query: string, headers: Record<string, string> = {}) =>
  harness.graphJson<Page<ListItemJson> & GraphErrorBody>(`/sites/${siteId}/lists/${list}/items?${query}`, {
    headers,
  });

describe("a list past the tenant file's list view threshold", () => {
  it('refuses a filter on a column without an index, as Graph does, whatever the list size', async () => {
    for (const list of ['Over', 'At']) {
      const refused = await items(list, "$filter=fields/Status eq 'Open'");
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('invalidRequest');
      expect(refused.body.error.message).toBe(
        "Field 'Status' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.",
      );
    }
  });

  it('with the Prefer header runs it at the threshold and refuses it past it (422)', async () => {
    expect((await items('At', "$filter=fields/Status eq 'Open'", HONOR)).status).toBe(200);
    const past = await items('Over', "$filter=fields/Status eq 'Open'", HONOR);
    expect(past.status).toBe(422);
    expect(past.body.error.code).toBe('notSupported');
  });

  it('always answers a filter on an indexed column', async () => {
    expect(pageIds((await items('Over', "$filter=fields/Code eq 'C00011'")).body)).toEqual(['11']);
  });
});
