import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** `npm start` skips the build when this fingerprint matches the last one (build-if-changed.js). */
const MODULE = path.resolve(__dirname, '../../../scripts/webpack/build-fingerprint.js');

let root: string;

/** The fingerprint of the project in `root`, computed by plain Node as `npm start` does. */
function fingerprint(env: Record<string, string> = {}, mode = 'production'): string {
  const settings = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('HOME_TURF_')),
  );
  return execFileSync(
    'node',
    [
      '-e',
      `process.stdout.write(require(${JSON.stringify(MODULE)}).buildFingerprint(process.argv[1], process.argv[2]))`,
      mode,
      root,
    ],
    { env: { ...settings, ...env }, encoding: 'utf8' },
  );
}

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'build-fingerprint-'));
  write('src/app/page.tsx', 'export const page = 1;\n');
  write('webpack.config.js', 'module.exports = {};\n');
  write('package-lock.json', '{}\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the build fingerprint', () => {
  it('stays the same when nothing the build reads changed, even when files are written again', () => {
    const before = fingerprint();
    write('src/app/page.tsx', 'export const page = 1;\n');
    write('README.md', 'Not read by the build.\n');
    expect(fingerprint({ HOME_TURF_DIST: '.dist-other' })).toBe(before);
  });

  it.each([
    ['a source changes', () => write('src/app/page.tsx', 'export const page = 2;\n')],
    ['a source is added', () => write('src/app/other.ts', 'export {};\n')],
    ['the webpack config changes', () => write('webpack.config.js', 'module.exports = { a: 1 };\n')],
    ['a dependency changes', () => write('package-lock.json', '{ "lockfileVersion": 3 }\n')],
    ['a public page changes', () => write('public/privacy.html', '<p>Privacy</p>\n')],
  ])('changes when %s', (_what, change) => {
    const before = fingerprint();
    change();
    expect(fingerprint()).not.toBe(before);
  });

  it('changes with the deployment settings and the mode', () => {
    const before = fingerprint();
    expect(fingerprint({ HOME_TURF_CLIENT_ID: '00000000-0000-0000-0000-000000000001' })).not.toBe(before);
    expect(fingerprint({}, 'development')).not.toBe(before);
  });
});
