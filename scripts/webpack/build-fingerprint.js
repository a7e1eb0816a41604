// @ts-check
/**
 * What a build is made from, as one hash: the content of every file webpack reads from the project
 * (src/, assets/, public/, the webpack config and its helpers, and package-lock.json,
 * which pins all of node_modules), the mode and the HOME_TURF_ settings the config reads. The build
 * records it next to the cache when it succeeds (BuildFingerprintPlugin); `npm start` builds again
 * only when it differs (build-if-changed.js). Contents, not times: a checkout or a copy that
 * changes nothing rebuilds nothing.
 */
const { createHash } = require('node:crypto');
const { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const INPUTS = ['src', 'assets', 'public', 'webpack.config.js', 'scripts/webpack', 'package-lock.json'];
/** Where fingerprints are kept: beside webpack's own cache, never in the output that ships. */
const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'home-turf');

/** The HOME_TURF_ settings the build reads; HOME_TURF_DIST only says where the output goes. */
function buildSettings() {
  return Object.fromEntries(
    Object.entries(process.env)
      .filter(([key]) => key.startsWith('HOME_TURF_') && key !== 'HOME_TURF_DIST')
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/**
 * @param {import('node:crypto').Hash} hash
 * @param {string} root
 * @param {string} file relative to root
 */
function addFile(hash, root, file) {
  const full = path.join(root, file);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort()) addFile(hash, root, path.posix.join(file, name));
    return;
  }
  hash.update(`${file}\0`);
  hash.update(readFileSync(full));
  hash.update('\0');
}

/**
 * @param {string} mode
 * @param {string} [root] the project folder
 */
function buildFingerprint(mode, root = ROOT) {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ mode, settings: buildSettings() }));
  for (const input of INPUTS) addFile(hash, root, input);
  return hash.digest('hex');
}

/** @param {string} outputPath */
function fingerprintFile(outputPath) {
  const key = createHash('sha256').update(path.resolve(outputPath)).digest('hex').slice(0, 12);
  return path.join(CACHE_DIR, `build-${key}.json`);
}

/** The fingerprint of the last successful build into `outputPath`, if any. */
function recordedFingerprint(/** @type {string} */ outputPath) {
  const file = fingerprintFile(outputPath);
  if (!existsSync(file)) return undefined;
  try {
    const recorded = JSON.parse(readFileSync(file, 'utf8'));
    return typeof recorded.fingerprint === 'string' ? recorded.fingerprint : undefined;
  } catch {
    return undefined;
  }
}

/** Records the fingerprint of a successful build, taken when it started. */
class BuildFingerprintPlugin {
  /** @param {{ mode: string }} options */
  constructor(options) {
    this.mode = options.mode;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    /** @type {string | undefined} */
    let atStart;
    const take = () => {
      atStart = buildFingerprint(this.mode);
    };
    compiler.hooks.run.tap('BuildFingerprintPlugin', take);
    compiler.hooks.watchRun.tap('BuildFingerprintPlugin', take);
    compiler.hooks.done.tap('BuildFingerprintPlugin', (stats) => {
      const outputPath = compiler.options.output.path;
      if (atStart === undefined || outputPath === undefined) return;
      const file = fingerprintFile(outputPath);
      mkdirSync(path.dirname(file), { recursive: true });
      const fingerprint = stats.hasErrors() ? 'failed' : atStart;
      writeFileSync(file, `${JSON.stringify({ outputPath, fingerprint }, null, 2)}\n`);
    });
  }
}

module.exports = { BuildFingerprintPlugin, buildFingerprint, buildSettings, recordedFingerprint };
