import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DEMO_CLIENT_ID, DEMO_TENANT_ID } from '../src/sandbox/seed';

const ROOT = path.resolve(__dirname, '..');

/**
 * A build made for a tenant, as an organisation makes it (README, "Run in Outlook and Teams"):
 * the demo tenant's app registration, in the demo tenant's cloud (its authority and Graph on the
 * pages' own origin), in `.dist-tenant/`. Built only when its sources or settings changed.
 * `npm run start:tenant` serves it; the e2e tests sign in to it.
 */
export const TENANT_DIST = path.join(ROOT, '.dist-tenant');

export const TENANT_SETTINGS = {
  HOME_TURF_CLIENT_ID: DEMO_CLIENT_ID,
  HOME_TURF_TENANT_ID: DEMO_TENANT_ID,
  HOME_TURF_CLOUD: 'demo',
};

/** Builds it if needed; `show` prints the build's progress instead of keeping it for a failure. */
export function buildForTenant(options: { show?: boolean } = {}): string {
  // Only the settings above: a stray HOME_TURF_ variable from the shell would change the build.
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('HOME_TURF_')),
  );
  Object.assign(env, TENANT_SETTINGS, { HOME_TURF_DIST: TENANT_DIST });
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/webpack/build-if-changed.js')], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    stdio: options.show === true ? 'inherit' : 'pipe',
  });
  if (result.status !== 0)
    throw new Error(
      options.show === true
        ? 'The tenant build failed (its output is above).'
        : `The tenant build failed:\n${result.stdout}${result.stderr}`,
    );
  return TENANT_DIST;
}
