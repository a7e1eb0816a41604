/**
 * The browser benchmarks measure the production build in DIST_DIR (dist/, or HOME_TURF_DIST to
 * build beside): built first when its sources or settings changed since it was last built.
 */
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { DIST_DIR } from '../../tests/e2e/chromium';

const ROOT = join(__dirname, '..', '..');

export function ensureBuild(): void {
  const result = spawnSync('node', ['scripts/webpack/build-if-changed.js'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, HOME_TURF_DIST: relative(ROOT, DIST_DIR) },
  });
  if (result.status !== 0) throw new Error(`The build failed (exit ${result.status ?? 'signal'}).`);
}
