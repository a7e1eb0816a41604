import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR } from './chromium';
import { buildForTenant } from '../../scripts/tenant-build';

/**
 * A page built for a tenant never calls the demo tenant's `/demo/` routes: the demo sign-in is
 * compiled out of it (`__HOME_TURF_DEMO__`), not merely skipped. Read from the JavaScript each
 * page can load (bundle-manifest.json: before first paint, to open, and on demand).
 */
const PRODUCTION_PAGES = [
  'outlook.html',
  'auth-dialog.html',
  'auth-redirect.html',
  'teams-auth.html',
  'channel.html',
  'personal.html',
  'config.html',
];

type Manifest = { pages: Record<string, { initial: string[]; open: string[]; onDemand: string[] }> };

function scriptsOf(dist: string, page: string): { file: string; text: string }[] {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'bundle-manifest.json'), 'utf8')) as Manifest;
  const files = manifest.pages[page];
  if (files === undefined) throw new Error(`${page} is not in ${dist}/bundle-manifest.json`);
  return [...files.initial, ...files.open, ...files.onDemand].map((file) => ({
    file,
    text: readFileSync(path.join(dist, file), 'utf8'),
  }));
}

const demoReferences = (dist: string, page: string) =>
  scriptsOf(dist, page)
    .filter(({ text }) => text.includes('/demo/'))
    .map(({ file }) => file);

let tenantDist: string;
beforeAll(() => {
  tenantDist = buildForTenant();
}, 600_000);

describe('a build made for a tenant', () => {
  it.each(PRODUCTION_PAGES)('%s can load no script that mentions /demo/', (page) => {
    expect(scriptsOf(tenantDist, page).length).toBeGreaterThan(0);
    expect(demoReferences(tenantDist, page)).toEqual([]);
  });

  it('has no demo pages at all', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(tenantDist, 'bundle-manifest.json'), 'utf8'),
    ) as Manifest;
    expect(
      Object.keys(manifest.pages).filter((page) =>
        ['index.html', 'teams.html', 'taskpane.html'].includes(page),
      ),
    ).toEqual([]);
  });

  it("carries the settings' cloud in its security policy", () => {
    const page = readFileSync(path.join(tenantDist, 'personal.html'), 'utf8');
    expect(page).toMatch(/connect-src 'self' https:\/\/res\.cdn\.office\.net/);
    expect(page).not.toContain('login.microsoftonline.com');
  });
});

describe("the demo's build, for comparison", () => {
  // The check above can fail: the demo's own tabs do reach the demo sign-in when opened on their own.
  it('personal.html there can load the demo sign-in', () => {
    expect(demoReferences(DIST_DIR, 'personal.html').length).toBeGreaterThan(0);
  });
});
