/**
 * The browser benchmarks measure the production build. It is built first when it is missing or
 * older than anything it is built from, into DIST_DIR (dist/, or HOME_TURF_DIST to build beside).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST_DIR } from '../../tests/e2e/chromium';

const ROOT = join(__dirname, '..', '..');
const SOURCES = ['src', 'assets', 'public', 'webpack.config.js', 'package-lock.json'];

/** The newest modification time under `path`, in milliseconds. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

export function ensureBuild(): void {
  const built = join(DIST_DIR, 'index.html');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((source) => newest(join(ROOT, source))));
  if (builtAt > changedAt) return;
  console.log(`building the app into ${relative(ROOT, DIST_DIR)}/ (it is missing or older than its sources)`);
  const result = spawnSync('npx', ['webpack', '--mode', 'production'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, HOME_TURF_DIST: relative(ROOT, DIST_DIR) },
  });
  if (result.status !== 0) throw new Error(`The build failed (exit ${result.status ?? 'signal'}).`);
}
