// @ts-check
/**
 * `node scripts/webpack/build-if-changed.js`: the production build into dist/ (or HOME_TURF_DIST),
 * only when what it is made from changed since its last successful build (build-fingerprint.js)
 * or its output is gone. `npm start`, `npm run start:outlook|teams` and `npm run bench` run it;
 * `npm run build` always builds. Plain Node, so a start with nothing to build costs well under a
 * second; a build that does run is quicker for webpack's persistent cache (webpack.config.js).
 */
const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');
const { buildFingerprint, recordedFingerprint } = require('./build-fingerprint');

const ROOT = path.resolve(__dirname, '../..');
const MODE = 'production';

/** Whether every page and script the last build listed in bundle-manifest.json is still there. */
function outputComplete(/** @type {string} */ dist) {
  try {
    /** @type {{ pages: Record<string, { initial: string[]; open: string[]; onDemand: string[] }> }} */
    const manifest = JSON.parse(readFileSync(path.join(dist, 'bundle-manifest.json'), 'utf8'));
    return Object.entries(manifest.pages).every(([page, files]) =>
      [page, ...files.initial, ...files.open, ...files.onDemand].every((f) => existsSync(path.join(dist, f))),
    );
  } catch {
    return false;
  }
}

const dist = path.resolve(ROOT, process.env.HOME_TURF_DIST ?? 'dist');
const shown = path.relative(ROOT, dist) || '.';
if (outputComplete(dist) && recordedFingerprint(dist) === buildFingerprint(MODE)) {
  console.log(`${shown}/ is the build of today's sources and settings: not building.`);
} else {
  console.log(`Building the app into ${shown}/ (its sources or settings changed, or it is missing)…`);
  const started = Date.now();
  // Quiet unless something is wrong: errors and warnings only.
  const result = spawnSync('npx', ['webpack', '--mode', MODE, '--stats', 'errors-warnings'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    console.error(`The build failed (exit ${result.status ?? 'signal'}).`);
    process.exit(1);
  }
  console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
}
