import { readFileSync } from 'node:fs';
import { READ_SCOPES } from '../../../src/graph/scopes';
import {
  ASSETS_DIR,
  TEMPLATE_CLIENT_ID,
  TEMPLATE_ORIGIN,
  decodePng,
  domainCovered,
  formatProblems,
  readPngHeader,
  validateManifest,
} from '../../../scripts/validate-manifest';
import { at, edited, readTemplate } from './manifest-helpers';

const options = { assetsDir: ASSETS_DIR, origin: TEMPLATE_ORIGIN, clientId: TEMPLATE_CLIENT_ID };

describe('the repository manifest', () => {
  it('is valid against the bundled v1.24 schema and the checks beyond it, without the network', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch').mockImplementation(() => {
      throw new Error('validation must not use the network');
    });
    try {
      const result = await validateManifest(readTemplate(), options);
      expect(result.problems).toEqual([]);
      expect(result.schemaVersion).toBe('v1.24');
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('declares the Outlook add-in on both meeting surfaces, the personal tab and the channel tab', () => {
    const manifest = readTemplate();
    expect(at(manifest, '/extensions/0/requirements')).toEqual({
      scopes: ['mail'],
      capabilities: [{ name: 'Mailbox', minVersion: '1.5' }],
    });
    expect(at(manifest, '/extensions/0/ribbons/0/contexts')).toEqual([
      'meetingDetailsAttendee',
      'meetingDetailsOrganizer',
    ]);
    expect(at(manifest, '/extensions/0/runtimes/0/code/page')).toBe(`${TEMPLATE_ORIGIN}/outlook.html`);
    expect(at(manifest, '/extensions/0/runtimes/0/actions/0')).toMatchObject({
      type: 'openPage',
      view: 'homeTurfPane',
    });
    expect(at(manifest, '/staticTabs/0')).toMatchObject({
      entityId: 'agenda',
      contentUrl: `${TEMPLATE_ORIGIN}/personal.html`,
      scopes: ['personal'],
      context: ['personalTab'],
    });
    expect(at(manifest, '/configurableTabs/0')).toMatchObject({
      configurationUrl: `${TEMPLATE_ORIGIN}/config.html`,
      canUpdateConfiguration: true,
      scopes: ['team'],
      context: ['channelTab'],
    });
    expect(at(manifest, '/authorization/permissions/resourceSpecific')).toEqual([
      { name: 'MailboxItem.Read.User', type: 'Delegated' },
    ]);
  });

  it("prefetches the token the app asks for first: the read scopes, in the app's order", () => {
    expect(at(readTemplate(), '/webApplicationInfo/nestedAppAuthInfo/0/scopes')).toEqual([...READ_SCOPES]);
  });
});

describe('a broken manifest fails with the JSON path of the problem', () => {
  const cases: [name: string, edit: [pointer: string, value: unknown][], path: string, message: RegExp][] = [
    ['a required field missing', [['/developer/privacyUrl', undefined]], '/developer/privacyUrl', /required/],
    ['the whole developer missing', [['/developer', undefined]], '/developer', /required/],
    [
      'a misspelt ribbon context',
      [['/extensions/0/ribbons/0/contexts/1', 'meetingDetailsOrganiser']],
      '/extensions/0/ribbons/0/contexts/1',
      /allowed values: .*"meetingDetailsOrganizer"/,
    ],
    [
      'more than 16 valid domains',
      [['/validDomains', ['localhost:3000', ...Array.from({ length: 16 }, (_, i) => `d${i}.example.com`)]]],
      '/validDomains',
      /more than 16 items/,
    ],
    [
      'a short name over 30 characters',
      [['/name/short', 'Home Turf for communications advisors']],
      '/name/short',
      /more than 30 characters/,
    ],
    [
      'an http URL',
      [['/staticTabs/0/contentUrl', 'http://localhost:3000/personal.html']],
      '/staticTabs/0/contentUrl',
      /must be https/,
    ],
    [
      'a URL on another origin',
      [['/configurableTabs/0/configurationUrl', 'https://elsewhere.example.com/config.html']],
      '/configurableTabs/0/configurationUrl',
      /app's origin https:\/\/localhost:3000/,
    ],
    [
      'a valid domain that no longer covers the app',
      [['/validDomains', ['hometurf.contoso.com']]],
      '/validDomains',
      /must include the app's host localhost:3000/,
    ],
    [
      'an outline icon of the wrong size',
      [['/icons/outline', 'icon-16.png']],
      '/icons/outline',
      /16×16 px; it must be 32×32/,
    ],
    [
      'an outline icon in colour',
      [['/icons/outline', 'icon-32.png']],
      '/icons/outline',
      /white on transparent/,
    ],
    [
      'an icon file that does not exist',
      [['/icons/color', 'missing.png']],
      '/icons/color',
      /not in assets\//,
    ],
    [
      'a ribbon icon of the wrong size',
      [
        [
          '/extensions/0/ribbons/0/tabs/0/groups/0/controls/0/icons/2/url',
          `${TEMPLATE_ORIGIN}/assets/icon-64.png`,
        ],
      ],
      '/extensions/0/ribbons/0/tabs/0/groups/0/controls/0/icons/2/url',
      /64×64 px; it must be 80×80/,
    ],
    [
      'a ribbon button without its 80 px icon',
      [['/extensions/0/ribbons/0/tabs/0/groups/0/controls/0/icons/2', undefined]],
      '/extensions/0/ribbons/0/tabs/0/groups/0/controls/0/icons',
      /missing 80/,
    ],
    [
      'a high-resolution alternate icon that is not 128 px',
      [
        [
          '/extensions/0/alternates/0/alternateIcons/highResolutionIcon/url',
          `${TEMPLATE_ORIGIN}/assets/icon-64.png`,
        ],
      ],
      '/extensions/0/alternates/0/alternateIcons/highResolutionIcon/url',
      /must be 128×128/,
    ],
    [
      'a button pointing at no action',
      [['/extensions/0/ribbons/0/tabs/0/groups/0/controls/0/actionId', 'openSomethingElse']],
      '/extensions/0/ribbons/0/tabs/0/groups/0/controls/0/actionId',
      /names no runtime action/,
    ],
    [
      'a redirect URI with a path',
      [['/webApplicationInfo/nestedAppAuthInfo/0/redirectUri', 'brk-multihub://localhost:3000/auth']],
      '/webApplicationInfo/nestedAppAuthInfo/0/redirectUri',
      /brk-multihub:\/\/localhost:3000/,
    ],
    [
      'an Entra app id that is not the template placeholder',
      [['/webApplicationInfo/id', '11111111-2222-3333-4444-555555555555']],
      '/webApplicationInfo/id',
      /00000000-0000-0000-0000-000000000000/,
    ],
    ['a template placeholder left in', [['/name/full', '{{APP_NAME}}']], '/name/full', /placeholder/],
    [
      'a schema version the package does not bundle',
      [
        ['/$schema', 'https://developer.microsoft.com/json-schemas/teams/v1.99/MicrosoftTeams.schema.json'],
        ['/manifestVersion', '1.99'],
      ],
      '/$schema',
      /v1\.99 is not bundled with @microsoft\/app-manifest .*v1\.24/,
    ],
    [
      'a $schema that is not the canonical URL',
      [['/$schema', 'https://raw.githubusercontent.com/OfficeDev/schema/MicrosoftTeams.schema.json']],
      '/$schema',
      /canonical schema URL https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/v1\.24\//,
    ],
    [
      'a manifestVersion that disagrees with $schema',
      [['/manifestVersion', '1.23']],
      '/manifestVersion',
      /\$schema names v1\.24/,
    ],
  ];

  it.each(cases)('%s', async (_name, edits, path, message) => {
    const { problems } = await validateManifest(edited(readTemplate(), edits), options);
    expect(problems).toContainEqual({ path, message: expect.stringMatching(message) as unknown });
    expect(formatProblems('manifest.json', problems)).toContain(`  ${path}: `);
  });

  it('reports a manifest that is not an object', async () => {
    const { problems } = await validateManifest([], options);
    expect(problems).toEqual([{ path: '/', message: 'must be a JSON object' }]);
  });
});

describe('icons', () => {
  it.each([
    ['icon-16.png', 16],
    ['icon-20.png', 20],
    ['icon-24.png', 24],
    ['icon-32.png', 32],
    ['icon-40.png', 40],
    ['icon-48.png', 48],
    ['icon-64.png', 64],
    ['icon-80.png', 80],
    ['icon-128.png', 128],
    ['color-192.png', 192],
    ['outline-32.png', 32],
  ])('assets/%s is a %i px square PNG', (file, size) => {
    const header = readPngHeader(readFileSync(`${ASSETS_DIR}/${file}`));
    expect(header).toMatchObject({ width: size, height: size, bitDepth: 8 });
  });

  it('the outline icon is white on transparent, the colour icon a full opaque square', () => {
    const outline = decodePng(readFileSync(`${ASSETS_DIR}/outline-32.png`));
    const pixels = (rgba: Uint8Array): number[][] =>
      Array.from({ length: rgba.length / 4 }, (_, i) => Array.from(rgba.subarray(i * 4, i * 4 + 4)));
    const drawn = pixels(outline.rgba).filter(([, , , a]) => (a ?? 0) > 0);
    expect(drawn.length).toBeGreaterThan(200);
    expect(drawn.every(([r, g, b]) => Math.min(r ?? 0, g ?? 0, b ?? 0) >= 240)).toBe(true);
    expect(pixels(outline.rgba)[0]).toEqual([0, 0, 0, 0]);
    const color = decodePng(readFileSync(`${ASSETS_DIR}/color-192.png`));
    expect(pixels(color.rgba).every(([, , , a]) => a === 255)).toBe(true);
  });

  it('readPngHeader refuses what is not a PNG', () => {
    expect(readPngHeader(Buffer.from('<svg/>'))).toBeUndefined();
  });
});

describe('domainCovered', () => {
  it.each([
    ['hometurf.contoso.com', ['hometurf.contoso.com'], true],
    ['hometurf.contoso.com', ['*.contoso.com'], true],
    ['contoso.com', ['*.contoso.com'], false],
    ['localhost:3000', ['localhost'], false],
    ['evilcontoso.com', ['*.contoso.com'], false],
  ])('%s in %j: %s', (host, domains, covered) => {
    expect(domainCovered(host, domains)).toBe(covered);
  });
});
