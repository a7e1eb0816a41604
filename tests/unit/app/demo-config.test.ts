import { DEMO_STORE_SITE, demoConfig } from '../../../src/app/shared/config';

const ORIGIN = 'http://localhost:3000';

describe('demoConfig', () => {
  it('points at the demo tenant on the same origin, batching the prep card by default', () => {
    expect(demoConfig(ORIGIN)).toEqual({
      graphBaseUrl: `${ORIGIN}/graph/v1.0`,
      tenantOrigin: ORIGIN,
      storeSite: DEMO_STORE_SITE,
      loader: 'batch',
    });
  });

  it('fixes the demo to the team site ?storeSite= names, and to none without it', () => {
    expect(demoConfig(ORIGIN, '?storeSite=northwind.sharepoint.com:/sites/marketing-comms')).toMatchObject({
      storeSite: DEMO_STORE_SITE,
      pinnedStoreSite: 'northwind.sharepoint.com:/sites/marketing-comms',
    });
    expect(demoConfig(ORIGIN)).not.toHaveProperty('pinnedStoreSite');
  });

  it.each([
    ['?loader=sequential', 'sequential'],
    ['?loader=batch', 'batch'],
    ['?storeSite=northwind.sharepoint.com:/sites/marketing-comms', 'batch'],
  ])('reads %s', (search, loader) => {
    expect(demoConfig(ORIGIN, search).loader).toBe(loader);
  });

  it('says plainly when the loader is not one it knows', () => {
    expect(() => demoConfig(ORIGIN, '?loader=parallel')).toThrow('loader must be batch or sequential');
  });
});
