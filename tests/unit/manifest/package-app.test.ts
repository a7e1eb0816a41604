import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import {
  PackageConfigError,
  packageApp,
  readPackageConfig,
  type PackageConfig,
} from '../../../scripts/package-app';
import { ASSETS_DIR, TEMPLATE_CLIENT_ID } from '../../../scripts/validate-manifest';
import { at, edited, readTemplate } from './manifest-helpers';

const CLIENT_ID = '3f2b8c1e-7d4a-4e9b-a1c2-5d6e7f8a9b0c';

describe('readPackageConfig', () => {
  it('takes the origin and the Entra app id from HOME_TURF_URL and HOME_TURF_CLIENT_ID', () => {
    expect(
      readPackageConfig({
        HOME_TURF_URL: 'https://hometurf.contoso.com/',
        HOME_TURF_CLIENT_ID: CLIENT_ID.toUpperCase(),
      }),
    ).toEqual({ origin: 'https://hometurf.contoso.com', host: 'hometurf.contoso.com', clientId: CLIENT_ID });
  });

  it('keeps a port in the host', () => {
    expect(
      readPackageConfig({ HOME_TURF_URL: 'https://apps.contoso.com:8443', HOME_TURF_CLIENT_ID: CLIENT_ID }),
    ).toMatchObject({
      origin: 'https://apps.contoso.com:8443',
      host: 'apps.contoso.com:8443',
    });
  });

  const refused: [name: string, env: Record<string, string | undefined>, message: RegExp][] = [
    ['nothing set', {}, /HOME_TURF_URL is required[\s\S]*HOME_TURF_CLIENT_ID is required/],
    ['an empty URL', { HOME_TURF_URL: ' ', HOME_TURF_CLIENT_ID: CLIENT_ID }, /HOME_TURF_URL is empty/],
    [
      'an http URL',
      { HOME_TURF_URL: 'http://hometurf.contoso.com', HOME_TURF_CLIENT_ID: CLIENT_ID },
      /https origin/,
    ],
    [
      'a URL with a path',
      { HOME_TURF_URL: 'https://contoso.com/hometurf', HOME_TURF_CLIENT_ID: CLIENT_ID },
      /no path/,
    ],
    [
      'not a URL',
      { HOME_TURF_URL: 'hometurf.contoso.com', HOME_TURF_CLIENT_ID: CLIENT_ID },
      /got "hometurf\.contoso\.com"/,
    ],
    [
      'a client id that is not a GUID',
      { HOME_TURF_URL: 'https://a.com', HOME_TURF_CLIENT_ID: 'home-turf' },
      /must be a GUID/,
    ],
    ['the nil GUID', { HOME_TURF_URL: 'https://a.com', HOME_TURF_CLIENT_ID: TEMPLATE_CLIENT_ID }, /nil GUID/],
    ...['1.2', '1.2.0.0', 'v1.2.0', '1.02.0', '1.2.0-beta', '123456.0.0'].map(
      (version): [string, Record<string, string>, RegExp] => [
        `the version "${version}"`,
        { HOME_TURF_URL: 'https://a.com', HOME_TURF_CLIENT_ID: CLIENT_ID, HOME_TURF_VERSION: version },
        /HOME_TURF_VERSION must be major\.minor\.patch/,
      ],
    ),
  ];
  it('takes the version of an update from HOME_TURF_VERSION, and none when it is not set', () => {
    const base = { HOME_TURF_URL: 'https://a.com', HOME_TURF_CLIENT_ID: CLIENT_ID };
    expect(readPackageConfig({ ...base, HOME_TURF_VERSION: ' 1.4.12 ' }).version).toBe('1.4.12');
    expect(readPackageConfig({ ...base, HOME_TURF_VERSION: '' })).not.toHaveProperty('version');
    expect(readPackageConfig(base)).not.toHaveProperty('version');
  });

  it.each(refused)('refuses %s with a clear message', (_name, env, message) => {
    expect(() => readPackageConfig(env)).toThrow(PackageConfigError);
    expect(() => readPackageConfig(env)).toThrow(message);
  });
});

describe('packageApp', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'home-turf-package-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const config: PackageConfig = readPackageConfig({
    HOME_TURF_URL: 'https://hometurf.contoso.com',
    HOME_TURF_CLIENT_ID: CLIENT_ID,
  });

  /** Every string in a JSON tree. */
  const strings = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : typeof value === 'object' && value !== null
        ? Object.values(value).flatMap(strings)
        : [];

  it('zips the manifest with the production URL and Entra app id everywhere, and every icon it names', async () => {
    const outFile = path.join(dir, 'home-turf-app.zip');
    await packageApp(config, { outFile });
    const zip = unzipSync(new Uint8Array(readFileSync(outFile)));

    const manifest: unknown = JSON.parse(strFromU8(zip['manifest.json'] ?? new Uint8Array()));
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('localhost');
    expect(text).not.toContain(TEMPLATE_CLIENT_ID);
    const urls = strings(manifest).filter(
      (s) => /^[a-z-]+:\/\//.test(s) && !s.startsWith('https://developer.microsoft.com/'),
    );
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(new URL(url).host).toBe('hometurf.contoso.com');
    expect(at(manifest, '/validDomains')).toEqual(['hometurf.contoso.com']);
    expect(at(manifest, '/webApplicationInfo/id')).toBe(CLIENT_ID);
    expect(at(manifest, '/webApplicationInfo/resource')).toBe(`api://hometurf.contoso.com/${CLIENT_ID}`);
    expect(at(manifest, '/webApplicationInfo/nestedAppAuthInfo/0/redirectUri')).toBe(
      'brk-multihub://hometurf.contoso.com',
    );
    expect(at(manifest, '/extensions/0/runtimes/0/code/page')).toBe(
      'https://hometurf.contoso.com/outlook.html',
    );
    expect(at(manifest, '/id')).toBe(at(readTemplate(), '/id'));

    // The Teams package layout: manifest.json and the icons it names, side by side at the root.
    const named = Object.values(at(manifest, '/icons') as Record<string, string>);
    expect(Object.keys(zip).sort()).toEqual(['manifest.json', ...named].sort());
    for (const file of named) {
      expect(Buffer.from(zip[file] ?? [])).toEqual(readFileSync(path.join(ASSETS_DIR, file)));
    }
  });

  it("writes an update's version into the manifest and keeps the template's otherwise", async () => {
    const update = await packageApp({ ...config, version: '1.3.0' }, { outFile: path.join(dir, 'u.zip') });
    expect(update.manifest.version).toBe('1.3.0');
    const unzipped = unzipSync(new Uint8Array(readFileSync(path.join(dir, 'u.zip'))));
    expect(at(JSON.parse(strFromU8(unzipped['manifest.json'] ?? new Uint8Array())), '/version')).toBe(
      '1.3.0',
    );
    const same = await packageApp(config, { outFile: path.join(dir, 't.zip') });
    expect(same.manifest.version).toBe(at(readTemplate(), '/version'));
  });

  it('gives the same bytes for the same inputs', async () => {
    await packageApp(config, { outFile: path.join(dir, 'a.zip') });
    await packageApp(config, { outFile: path.join(dir, 'b.zip') });
    expect(readFileSync(path.join(dir, 'a.zip')).equals(readFileSync(path.join(dir, 'b.zip')))).toBe(true);
  });

  it('writes nothing when the substituted manifest is not valid, and says where', async () => {
    const manifestPath = path.join(dir, 'manifest.json');
    writeFileSync(manifestPath, JSON.stringify(edited(readTemplate(), [['/icons/color', 'icon-80.png']])));
    const outFile = path.join(dir, 'out.zip');
    await expect(packageApp(config, { manifestPath, outFile })).rejects.toThrow(
      /\/icons\/color: icon-80\.png is 80×80 px; it must be 192×192/,
    );
    expect(() => readFileSync(outFile)).toThrow(/ENOENT/);
  });

  it('refuses a template URL the substitution cannot reach', async () => {
    const manifestPath = path.join(dir, 'manifest.json');
    writeFileSync(
      manifestPath,
      JSON.stringify(
        edited(readTemplate(), [['/developer/privacyUrl', 'https://localhost:3001/privacy.html']]),
      ),
    );
    await expect(packageApp(config, { manifestPath, outFile: path.join(dir, 'out.zip') })).rejects.toThrow(
      /\/developer\/privacyUrl: must be on the app's origin https:\/\/hometurf\.contoso\.com/,
    );
  });
});
