import { execFile, spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { get as httpsGet } from 'node:https';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';
import { DEMO_TENANT_ID } from '../../../src/sandbox/seed';
import { parseTenantSpec } from '../../../src/sandbox/tenant-spec';
import { tempDirFixture } from './support';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'src/sandbox/cli.ts');

/** Runs the CLI expecting failure; resolves with its exit code and stderr. */
async function runFailing(args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await run(TSX, [CLI, ...args], { cwd: ROOT });
  } catch (error: unknown) {
    const failure = error as { code?: number; stderr?: string };
    return { code: failure.code ?? -1, stderr: failure.stderr ?? '' };
  }
  throw new Error('the CLI was expected to fail');
}

/** A raw GET, so '..' segments reach the server unnormalised (fetch would resolve them). */
function rawGet(url: string, rawPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static files', () => {
  const temp = tempDirFixture('static');
  let server: TenantServer;
  beforeAll(async () => {
    await writeFile(path.join(temp.path, 'index.html'), '<!doctype html><title>Home Turf</title>');
    await writeFile(path.join(temp.path, 'app.js'), 'console.log(1)');
    server = await startTenantServer({ port: 0, dataDir: null, staticDir: temp.path });
  });
  afterAll(() => server.close());

  it('serves index.html at / and files with their content type, uncached', async () => {
    const index = await fetch(`${server.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(await index.text()).toContain('<title>Home Turf</title>');
    const script = await fetch(`${server.url}/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('404s missing files and anything outside the folder', async () => {
    expect((await fetch(`${server.url}/missing.js`)).status).toBe(404);
    expect(await rawGet(server.url, '/../package.json')).toBe(404);
    expect(await rawGet(server.url, '/%2e%2e/%2e%2e/package.json')).toBe(404);
    expect(await rawGet(server.url, '/..%2f..%2fpackage.json')).toBe(404);
  });

  it('still serves the Graph API beside the app', async () => {
    expect((await fetch(`${server.graphBaseUrl}/me`)).status).toBe(401);
  });
});

describe('static files with the headers the build asks for', () => {
  const temp = tempDirFixture('static-headers');
  let server: TenantServer;
  beforeAll(async () => {
    await writeFile(path.join(temp.path, 'index.html'), '<!doctype html><title>Home Turf</title>');
    await writeFile(path.join(temp.path, 'app.1a2b3c4d.js'), 'console.log(1)');
    await mkdir(path.join(temp.path, 'assets'));
    await writeFile(path.join(temp.path, 'assets/icon.png'), 'png');
    await writeFile(path.join(temp.path, 'assets/icon.svg'), '<svg/>');
    const config = {
      routes: [
        { route: '/*.js', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
        { route: '/assets/*.{png,jpg}', headers: { 'Cache-Control': 'public, max-age=60' } },
      ],
      globalHeaders: { 'Cache-Control': 'no-cache', 'Referrer-Policy': 'strict-origin-when-cross-origin' },
    };
    await writeFile(path.join(temp.path, 'staticwebapp.config.json'), JSON.stringify(config));
    server = await startTenantServer({ port: 0, dataDir: null, staticDir: temp.path });
  });
  afterAll(() => server.close());

  it.each([
    ['/', 'no-cache'],
    ['/index.html', 'no-cache'],
    ['/app.1a2b3c4d.js', 'public, max-age=31536000, immutable'],
    ['/assets/icon.png', 'public, max-age=60'],
    ['/assets/icon.svg', 'no-cache'],
  ])('%s is served with Cache-Control: %s, and the global headers', async (file, cacheControl) => {
    const response = await fetch(`${server.url}${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(cacheControl);
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});

describe('cli', () => {
  const temp = tempDirFixture('cli');

  it('--export-seed writes a loadable TenantSpec', async () => {
    const out = path.join(temp.path, 'seed.json');
    const { stdout } = await run(TSX, [CLI, '--export-seed', out], { cwd: ROOT });
    expect(stdout).toContain(out);
    const spec = parseTenantSpec(JSON.parse(await readFile(out, 'utf8')));
    expect(spec.signedInUser).toBe('maya.chen@northwind.example');
  });

  it('explains an invalid tenant file in one line and exits 1', async () => {
    const file = path.join(temp.path, 'bad.json');
    await writeFile(
      file,
      JSON.stringify({
        organisation: { displayName: 'X', domains: ['x'] },
        timeZone: 'UTC',
        signedInUser: 'a@x.example',
        users: [],
        events: [{ subject: 'S', start: 'tuesday' }],
      }),
    );
    const failure = await runFailing(['--tenant', file, '--port', '0', '--data-dir', temp.path]);
    expect(failure.code).toBe(1);
    const stderr = failure.stderr.trim();
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toContain('$.users: ');
    expect(stderr).toContain('$.events[0].start: ');
  });

  it('says so when the port is in use and exits 1', async () => {
    const busy = await startTenantServer({ port: 0, dataDir: null });
    try {
      const port = new URL(busy.url).port;
      const failure = await runFailing(['--port', port, '--data-dir', temp.path]);
      expect(failure.code).toBe(1);
      expect(failure.stderr).toContain(`Port ${port} is already in use`);
    } finally {
      await busy.close();
    }
  });

  it('--https serves the production pages over https and says how to open them', async () => {
    const cli = spawn(TSX, [CLI, '--https', '--port', '0', '--data-dir', temp.path], { cwd: ROOT });
    try {
      let stdout = '';
      await new Promise<void>((resolve, reject) => {
        cli.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString('utf8');
          if (stdout.includes('/channel.html')) resolve();
        });
        cli.on('exit', (code) => {
          reject(new Error(`The CLI exited (${String(code)}) before it was listening: ${stdout}`));
        });
      });
      const personal = /(https:\/\/localhost:\d+)\/personal\.html/.exec(stdout)?.[1];
      expect(personal).toBeDefined();
      expect(stdout).toContain('sign in with MSAL');
      // The development certificate is not trusted here: the answer, not the certificate, is under test.
      const status = await new Promise<number>((resolve, reject) => {
        httpsGet(
          `${personal ?? ''}/${DEMO_TENANT_ID}/v2.0/.well-known/openid-configuration`,
          { rejectUnauthorized: false },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        ).on('error', reject);
      });
      expect(status).toBe(200);
    } finally {
      cli.kill();
    }
  }, 60_000);

  it('without --https points to the production pages started with npm run start:tenant', async () => {
    const cli = spawn(TSX, [CLI, '--port', '0', '--data-dir', temp.path], { cwd: ROOT });
    try {
      const stdout = await new Promise<string>((resolve, reject) => {
        let text = '';
        cli.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes('start:tenant')) resolve(text);
        });
        cli.on('exit', (code) => {
          reject(new Error(`The CLI exited (${String(code)}): ${text}`));
        });
      });
      expect(stdout).toMatch(/running at http:\/\/localhost:\d+\//);
      expect(stdout).toContain('npm run start:tenant');
    } finally {
      cli.kill();
    }
  }, 60_000);
});
