import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The scripts as npm runs them: `npm run validate` and `npm run package`, in their own process. */
const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function run(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const { HOME_TURF_URL: _url, HOME_TURF_CLIENT_ID: _id, ...cleanEnv } = process.env;

describe('npm run validate', () => {
  it('prints one OK line and exits 0 for the repository manifest', () => {
    const { status, stdout, stderr } = run('validate-manifest.ts', [], cleanEnv);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^OK manifest\/manifest\.json: .*v1\.24/) as unknown,
    ]);
  });

  it('prints each problem with its JSON path and exits 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'home-turf-validate-'));
    try {
      const manifest = JSON.parse(readFileSync(path.join(ROOT, 'manifest', 'manifest.json'), 'utf8')) as {
        name: { short: string };
        validDomains: string[];
      };
      manifest.name.short = 'Home Turf for communications advisors';
      manifest.validDomains = Array.from({ length: 17 }, (_, i) =>
        i === 0 ? 'localhost:3000' : `d${i}.example.com`,
      );
      const file = path.join(dir, 'manifest.json');
      writeFileSync(file, JSON.stringify(manifest));
      const { status, stdout, stderr } = run('validate-manifest.ts', [file], cleanEnv);
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain('2 problems');
      expect(stderr).toContain('  /name/short: must NOT have more than 30 characters');
      expect(stderr).toContain('  /validDomains: must NOT have more than 16 items');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run package', () => {
  it('without configuration, says which variables are missing and exits 1', () => {
    const { status, stderr } = run('package-app.ts', [], cleanEnv);
    expect(status).toBe(1);
    expect(stderr).toContain('HOME_TURF_URL is required');
    expect(stderr).toContain('HOME_TURF_CLIENT_ID is required');
  });

  it('with an http URL and a malformed id, says what is wrong with each and exits 1', () => {
    const { status, stderr } = run('package-app.ts', [], {
      ...cleanEnv,
      HOME_TURF_URL: 'http://hometurf.contoso.com',
      HOME_TURF_CLIENT_ID: 'not-a-guid',
    });
    expect(status).toBe(1);
    expect(stderr).toContain('HOME_TURF_URL must be an https origin with no path');
    expect(stderr).toContain('HOME_TURF_CLIENT_ID must be a GUID');
  });
});
