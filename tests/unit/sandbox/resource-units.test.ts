import { UsageMeter, sharePointUse } from '../../../src/sandbox/resource-units';

const SITE_ID =
  'northwind.sharepoint.com,6f1d5a4e-1111-4b5c-9d2e-000000000001,6f1d5a4e-2222-4b5c-9d2e-000000000002';
const BY_PATH = '/sites/northwind.sharepoint.com:/sites/comms:';

describe('sharePointUse', () => {
  it.each([
    ['GET', '/sites/northwind.sharepoint.com:/sites/comms', 'single-read'],
    ['GET', `/sites/${encodeURIComponent(SITE_ID)}`, 'single-read'],
    ['GET', `${BY_PATH}/lists/HomeTurfClients`, 'single-read'],
    ['GET', `/sites/${SITE_ID}/lists/HomeTurfClients/items/7`, 'single-read'],
    ['GET', `/sites/${SITE_ID}/lists/HomeTurfClients/items/7/fields`, 'single-read'],
    // A site whose path ends like a collection is still one site.
    ['GET', '/sites/northwind.sharepoint.com:/sites/lists', 'single-read'],
    ['GET', `/sites/${SITE_ID}/lists/HomeTurfClients/items?$expand=fields&$filter=x`, 'multi-read'],
    ['GET', `${BY_PATH}/lists/HomeTurfNotes/items`, 'multi-read'],
    ['GET', `/sites/${SITE_ID}/lists`, 'multi-read'],
    ['get', `/sites/${SITE_ID}/lists/HomeTurfClients/columns`, 'multi-read'],
    ['GET', '/sites', 'multi-read'],
    ['POST', `/sites/${SITE_ID}/lists/HomeTurfNotes/items`, 'write'],
    ['PATCH', `/sites/${SITE_ID}/lists/HomeTurfNotes/items/3/fields`, 'write'],
    ['DELETE', `/sites/${SITE_ID}/lists/HomeTurfNotes/items/3`, 'write'],
    ['POST', `/sites/${SITE_ID}/lists`, 'write'],
  ])('%s %s is a %s', (method, path, use) => {
    expect(sharePointUse(method, path)).toBe(use);
  });

  it.each([
    ['GET', '/me'],
    ['GET', '/me/calendarView'],
    ['POST', '/$batch'],
    ['GET', '/users/priya@northwind.example'],
    ['POST', '/me/todo/lists/x/tasks'],
  ])('%s %s is not a SharePoint request', (method, path) => {
    expect(sharePointUse(method, path)).toBeNull();
  });
});

describe('UsageMeter', () => {
  it('adds 1 unit per single read and 2 per query or write, and zeroes on reset', () => {
    const meter = new UsageMeter();
    for (const [method, path] of [
      ['GET', BY_PATH],
      ['GET', `${BY_PATH}/lists/HomeTurfClients/items`],
      ['GET', `${BY_PATH}/lists/HomeTurfArticles/items`],
      ['POST', `${BY_PATH}/lists/HomeTurfNotes/items`],
      ['GET', '/me'],
    ] as const) {
      meter.count({ method, path });
    }
    expect(meter.snapshot()).toEqual({
      sharePoint: { singleReads: 1, multiReads: 2, writes: 1, resourceUnits: 7 },
    });
    meter.reset();
    expect(meter.snapshot().sharePoint.resourceUnits).toBe(0);
  });
});
