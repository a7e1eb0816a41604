/**
 * `npm run start:tenant`: the production pages, signed in with MSAL as in a real tenant. Builds
 * the app for the demo tenant (scripts/tenant-build.ts: its app registration, its authority and
 * Graph on the pages' own origin) into `.dist-tenant/`, then serves it with the demo tenant over
 * https (MSAL refuses an authority that is not https), on https://localhost:3443 by default.
 * Arguments go on to the demo tenant (`--port`, `--tenant`, `--fresh`, …; see src/sandbox/cli.ts).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildForTenant } from './tenant-build';

const dist = buildForTenant({ show: true });
const result = spawnSync(
  process.execPath,
  [
    require.resolve('tsx/cli'),
    path.join(__dirname, '../src/sandbox/cli.ts'),
    '--serve',
    dist,
    '--https',
    // Its own writes: `npm start` may run beside it.
    '--data-dir',
    '.demo-data-tenant',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
process.exitCode = result.status ?? 1;
