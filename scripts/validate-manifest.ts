/**
 * Validates the app manifest (manifest/manifest.json, or the file given) fully offline:
 * `npm run validate`.
 *
 * 1. Against the official JSON schema the manifest names: `$schema` must be the canonical
 *    https://developer.microsoft.com/json-schemas/teams/v<manifestVersion>/MicrosoftTeams.schema.json,
 *    which is read from the copy bundled in @microsoft/app-manifest and checked with that package's
 *    own validator. A version the package does not bundle is an error, never a download.
 * 2. What the schema cannot see: every icon file exists at the pixel size its host needs (the Teams
 *    outline icon white on transparent); every URL is https, on the app's one origin, and covered by
 *    validDomains; the sign-in settings name that origin and the Entra app; ribbon buttons point at
 *    declared actions; no template placeholder is left.
 *
 * Prints each problem with its JSON pointer and exits 1, or prints one line and exits 0.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';

/** The template's origin and Entra app id; `npm run package` puts the production ones in their place. */
export const TEMPLATE_ORIGIN = 'https://localhost:3000';
export const TEMPLATE_CLIENT_ID = '00000000-0000-0000-0000-000000000000';

export const ROOT = path.resolve(__dirname, '..');
export const MANIFEST_PATH = path.join(ROOT, 'manifest', 'manifest.json');
export const ASSETS_DIR = path.join(ROOT, 'assets');

const PACKAGE_DIR = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
const SCHEMAS_DIR = path.join(PACKAGE_DIR, 'build', 'json-schemas', 'teams');
const CANONICAL_SCHEMA =
  /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/(v\d+\.\d+|vDevPreview)\/MicrosoftTeams\.schema\.json$/i;

export type Problem = { path: string; message: string };

export type ValidationResult = {
  /** The bundled schema the manifest was checked against, e.g. "v1.24"; undefined when none was found. */
  schemaVersion: string | undefined;
  problems: Problem[];
};

export type ValidateOptions = {
  /** Where the icon files are: relative icon paths name files here; add-in icon URLs end in /assets/<file>. */
  assetsDir: string;
  /** The origin every URL must be on, e.g. https://hometurf.contoso.com. */
  origin: string;
  /** The Entra app (client) id webApplicationInfo must name. */
  clientId: string;
};

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pointer(base: string, key: string | number): string {
  return `${base}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** Visits every value in a JSON tree with its JSON pointer ("" is the root). */
function walk(value: unknown, at: string, visit: (value: unknown, at: string) => void): void {
  visit(value, at);
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, pointer(at, i), visit));
  else if (isRecord(value))
    for (const [key, child] of Object.entries(value)) walk(child, pointer(at, key), visit);
}

export function packageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8'));
  return isRecord(pkg) && typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

export function bundledSchemaVersions(): string[] {
  return readdirSync(SCHEMAS_DIR)
    .filter((dir) => existsSync(path.join(SCHEMAS_DIR, dir, 'MicrosoftTeams.schema.json')))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** The bundled schema file for the manifest's `$schema`, or the problem that stops us finding it. */
function resolveSchema(manifest: Json): { version: string; file: string } | Problem {
  const url = manifest.$schema;
  const manifestVersion = manifest.manifestVersion;
  const expected =
    typeof manifestVersion === 'string'
      ? `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`
      : 'https://developer.microsoft.com/json-schemas/teams/v<manifestVersion>/MicrosoftTeams.schema.json';
  const match = typeof url === 'string' ? CANONICAL_SCHEMA.exec(url) : null;
  const version = match?.[1];
  if (version === undefined) {
    return { path: '/$schema', message: `must be the canonical schema URL ${expected}` };
  }
  const named = version === 'vDevPreview' ? 'devPreview' : version.slice(1);
  if (manifestVersion !== named) {
    return {
      path: '/manifestVersion',
      message: `is ${JSON.stringify(manifestVersion)} but $schema names ${version}; they must agree`,
    };
  }
  const file = path.join(SCHEMAS_DIR, version, 'MicrosoftTeams.schema.json');
  if (!existsSync(file)) {
    return {
      path: '/$schema',
      message:
        `schema ${version} is not bundled with @microsoft/app-manifest ${packageVersion()} ` +
        `(bundled: ${bundledSchemaVersions().join(', ')}); pick one of those or update the package`,
    };
  }
  return { version, file };
}

/** The package's messages read "<instancePath> <message>. Details: <params JSON>". */
export function parseSchemaError(text: string): Problem {
  const space = text.indexOf(' ');
  const at = space < 0 ? text : text.slice(0, space);
  const rest = space < 0 ? '' : text.slice(space + 1);
  const detailsAt = rest.indexOf('. Details: ');
  const message = detailsAt < 0 ? rest : rest.slice(0, detailsAt);
  let params: unknown = undefined;
  if (detailsAt >= 0) {
    try {
      params = JSON.parse(rest.slice(detailsAt + '. Details: '.length));
    } catch {
      params = undefined;
    }
  }
  if (isRecord(params) && typeof params.missingProperty === 'string') {
    return { path: pointer(at, params.missingProperty), message: 'is required' };
  }
  if (isRecord(params) && typeof params.additionalProperty === 'string') {
    return { path: pointer(at, params.additionalProperty), message: 'is not allowed here' };
  }
  if (isRecord(params) && Array.isArray(params.allowedValues)) {
    return {
      path: at === '' ? '/' : at,
      message: `${message}: ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`,
    };
  }
  return { path: at === '' ? '/' : at, message };
}

// ---------------------------------------------------------------------------------------------
// PNG: the header for the size; the pixels (8-bit, not interlaced) for the outline icon's colours.

export type PngHeader = {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function readPngHeader(bytes: Buffer): PngHeader | undefined {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    bitDepth: bytes.readUInt8(24),
    colorType: bytes.readUInt8(25),
    interlace: bytes.readUInt8(28),
  };
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** RGBA pixels of an 8-bit, non-interlaced greyscale or truecolour PNG (with or without alpha). */
export function decodePng(bytes: Buffer): { width: number; height: number; rgba: Uint8Array } {
  const header = readPngHeader(bytes);
  const channels = header === undefined ? undefined : CHANNELS[header.colorType];
  if (header === undefined || channels === undefined || header.bitDepth !== 8 || header.interlace !== 0) {
    throw new Error('only 8-bit, non-interlaced greyscale or RGB(A) PNGs can be read');
  }
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const { width, height } = header;
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= channels && y > 0 ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      pixels[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = pixels.subarray(i * channels, i * channels + channels);
    const grey = channels <= 2;
    rgba[i * 4] = p[0] ?? 0;
    rgba[i * 4 + 1] = (grey ? p[0] : p[1]) ?? 0;
    rgba[i * 4 + 2] = (grey ? p[0] : p[2]) ?? 0;
    rgba[i * 4 + 3] = channels === 4 ? (p[3] ?? 0) : channels === 2 ? (p[1] ?? 0) : 255;
  }
  return { width, height, rgba };
}

/** Teams' outline icon: white where it is drawn, fully transparent around it. */
function outlineProblem(bytes: Buffer): string | undefined {
  let image: ReturnType<typeof decodePng>;
  try {
    image = decodePng(bytes);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  let transparent = 0;
  let coloured = 0;
  for (let i = 0; i < image.rgba.length; i += 4) {
    const [r = 0, g = 0, b = 0, a = 0] = image.rgba.subarray(i, i + 4);
    if (a === 0) transparent++;
    else if (Math.min(r, g, b) < 240) coloured++;
  }
  if (transparent === 0) return 'must have a transparent background';
  if (coloured > 0) return `must be white on transparent (${coloured} pixels are not white)`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------

/** `*.example.com` covers sub.example.com; a plain entry covers exactly that host (with port). */
export function domainCovered(host: string, validDomains: readonly string[]): boolean {
  return validDomains.some((domain) => {
    const d = domain.toLowerCase();
    if (d.startsWith('*.')) return host.endsWith(d.slice(1)) && host.length > d.length - 1;
    return host === d;
  });
}

type IconCheck = { at: string; file: string; expected: number; outline: boolean };

/** Whether the add-in targets Outlook: `mail` in its scopes, or no scopes at all. */
function isMailAddIn(manifest: Json): boolean {
  const extension: unknown = Array.isArray(manifest.extensions) ? manifest.extensions[0] : undefined;
  const requirements = isRecord(extension) ? extension.requirements : undefined;
  const scopes = isRecord(requirements) ? requirements.scopes : undefined;
  return !Array.isArray(scopes) || scopes.includes('mail');
}

/** The icon files the manifest names, with the pixel size each host needs. */
function iconChecks(manifest: Json, options: ValidateOptions, problems: Problem[]): IconCheck[] {
  const checks: IconCheck[] = [];
  const teamsSizes: Record<string, number> = { color: 192, outline: 32, color32x32: 32 };
  if (isRecord(manifest.icons)) {
    for (const [key, file] of Object.entries(manifest.icons)) {
      const expected = teamsSizes[key];
      if (typeof file !== 'string' || expected === undefined) continue;
      const at = pointer('/icons', key);
      if (/[/\\]/.test(file)) {
        problems.push({ path: at, message: 'must name a file at the root of the app package, no folders' });
      } else {
        checks.push({ at, file, expected, outline: key === 'outline' });
      }
    }
  }

  const mail = isMailAddIn(manifest);
  const prefix = `${options.origin}/assets/`;
  walk(manifest.extensions, '/extensions', (value, at) => {
    if (!isRecord(value) || typeof value.url !== 'string' || typeof value.size !== 'number') return;
    // Alternate icons are measured, not declared: 64 and 128 px for a mail add-in, else 32 and 64.
    let expected = value.size;
    if (at.endsWith('/alternateIcons/icon')) expected = mail ? 64 : 32;
    if (at.endsWith('/alternateIcons/highResolutionIcon')) expected = mail ? 128 : 64;
    const file = value.url.startsWith(prefix) ? value.url.slice(prefix.length) : '';
    if (file === '' || /[/\\?#]/.test(file)) {
      problems.push({ path: pointer(at, 'url'), message: `must be a file directly under ${prefix}` });
    } else {
      checks.push({ at: pointer(at, 'url'), file, expected, outline: false });
    }
  });

  // "Three image sizes are required (16, 32, and 80 pixels)" for ribbon groups and buttons.
  walk(manifest.extensions, '/extensions', (value, at) => {
    if (!isRecord(value) || !Array.isArray(value.icons) || !/\/(groups|controls|items)\/\d+$/.test(at))
      return;
    const sizes = new Set(value.icons.map((icon) => (isRecord(icon) ? icon.size : undefined)));
    const missing = [16, 32, 80].filter((size) => !sizes.has(size));
    if (missing.length > 0) {
      problems.push({
        path: pointer(at, 'icons'),
        message: `needs icons of 16, 32 and 80 px (missing ${missing.join(', ')})`,
      });
    }
  });
  return checks;
}

function checkIconFiles(checks: IconCheck[], assetsDir: string, problems: Problem[]): void {
  const shownDir = `${path.relative(ROOT, assetsDir) || '.'}/`;
  for (const check of checks) {
    const file = path.join(assetsDir, check.file);
    if (!existsSync(file)) {
      problems.push({ path: check.at, message: `names ${check.file}, which is not in ${shownDir}` });
      continue;
    }
    const bytes = readFileSync(file);
    const header = readPngHeader(bytes);
    if (header === undefined) {
      problems.push({ path: check.at, message: `${check.file} is not a PNG` });
    } else if (header.width !== check.expected || header.height !== check.expected) {
      problems.push({
        path: check.at,
        message: `${check.file} is ${header.width}×${header.height} px; it must be ${check.expected}×${check.expected}`,
      });
    } else if (check.outline) {
      const problem = outlineProblem(bytes);
      if (problem !== undefined) problems.push({ path: check.at, message: `${check.file} ${problem}` });
    }
  }
}

/** Every URL is https on the app's origin and covered by validDomains; no placeholder is left. */
function checkUrls(manifest: Json, options: ValidateOptions, problems: Problem[]): void {
  const validDomains = Array.isArray(manifest.validDomains)
    ? manifest.validDomains.filter((d): d is string => typeof d === 'string')
    : [];
  const host = new URL(options.origin).host;
  if (!domainCovered(host, validDomains)) {
    problems.push({ path: '/validDomains', message: `must include the app's host ${host}` });
  }
  walk(manifest, '', (value, at) => {
    if (typeof value !== 'string' || at === '/$schema') return;
    if (/\{\{|\$\{\{|%[A-Z_]+%/.test(value)) {
      problems.push({ path: at, message: `still holds a placeholder: ${value}` });
      return;
    }
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase();
    if (scheme === undefined) return;
    if (scheme === 'http') {
      problems.push({ path: at, message: `must be https: ${value}` });
      return;
    }
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      problems.push({ path: at, message: `is not a valid URL: ${value}` });
      return;
    }
    if (scheme === 'https' && url.origin !== options.origin) {
      problems.push({ path: at, message: `must be on the app's origin ${options.origin}: ${value}` });
    } else if (!domainCovered(url.host, validDomains)) {
      problems.push({ path: at, message: `host ${url.host} is not covered by validDomains` });
    }
  });
}

/** webApplicationInfo names the Entra app, its api:// URI on the app's host, and NAA's redirect. */
function checkSignIn(manifest: Json, options: ValidateOptions, problems: Problem[]): void {
  const info = manifest.webApplicationInfo;
  if (!isRecord(info)) {
    problems.push({ path: '/webApplicationInfo', message: 'is required: sign-in needs the Entra app id' });
    return;
  }
  const host = new URL(options.origin).host;
  if (info.id !== options.clientId) {
    problems.push({
      path: '/webApplicationInfo/id',
      message: `must be the Entra app id ${options.clientId}`,
    });
  }
  const resource = `api://${host}/${options.clientId}`;
  if (info.resource !== undefined && info.resource !== resource) {
    problems.push({ path: '/webApplicationInfo/resource', message: `must be ${resource}` });
  }
  const nested = Array.isArray(info.nestedAppAuthInfo) ? info.nestedAppAuthInfo : [];
  if (nested.length === 0) {
    problems.push({
      path: '/webApplicationInfo/nestedAppAuthInfo',
      message: 'is required for nested app authentication',
    });
  }
  nested.forEach((entry, i) => {
    const redirect = `brk-multihub://${host}`;
    if (isRecord(entry) && entry.redirectUri !== redirect) {
      problems.push({
        path: `/webApplicationInfo/nestedAppAuthInfo/${i}/redirectUri`,
        message: `must be ${redirect} (the app's origin, no path)`,
      });
    }
  });
}

/** Every ribbon control's actionId names an action one of the runtimes declares. */
function checkActions(manifest: Json, problems: Problem[]): void {
  const declared = new Set<string>();
  walk(manifest.extensions, '/extensions', (value, at) => {
    if (isRecord(value) && typeof value.id === 'string' && /\/runtimes\/\d+\/actions\/\d+$/.test(at)) {
      declared.add(value.id);
    }
  });
  walk(manifest.extensions, '/extensions', (value, at) => {
    if (isRecord(value) && typeof value.actionId === 'string' && !declared.has(value.actionId)) {
      problems.push({ path: pointer(at, 'actionId'), message: `names no runtime action: ${value.actionId}` });
    }
  });
}

/** Schema first (the package's own validator, the bundled schema), then the checks it cannot make. */
export async function validateManifest(
  manifest: unknown,
  options: ValidateOptions,
): Promise<ValidationResult> {
  if (!isRecord(manifest)) {
    return { schemaVersion: undefined, problems: [{ path: '/', message: 'must be a JSON object' }] };
  }
  const problems: Problem[] = [];
  const schema = resolveSchema(manifest);
  let schemaVersion: string | undefined;
  if ('file' in schema) {
    schemaVersion = schema.version;
    const parsed: unknown = JSON.parse(readFileSync(schema.file, 'utf8'));
    type Schema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;
    const errors = await AppManifestUtils.validateAgainstSchema(manifest as AppManifest, parsed as Schema);
    problems.push(...errors.map(parseSchemaError));
  } else {
    problems.push(schema);
  }
  checkIconFiles(iconChecks(manifest, options, problems), options.assetsDir, problems);
  checkUrls(manifest, options, problems);
  checkSignIn(manifest, options, problems);
  checkActions(manifest, problems);
  const seen = new Set<string>();
  return {
    schemaVersion,
    problems: problems.filter((p) => {
      const key = `${p.path} ${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}

export function formatProblems(file: string, problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  ${p.path}: ${p.message}`);
  return [`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`, ...lines].join('\n');
}

async function main(): Promise<void> {
  const file = path.resolve(process.argv[2] ?? MANIFEST_PATH);
  const shown = path.relative(process.cwd(), file) || file;
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(
      `${shown}: cannot read it as JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
  const { schemaVersion, problems } = await validateManifest(manifest, {
    assetsDir: ASSETS_DIR,
    origin: TEMPLATE_ORIGIN,
    clientId: TEMPLATE_CLIENT_ID,
  });
  if (problems.length > 0) {
    console.error(formatProblems(shown, problems));
    process.exit(1);
  }
  console.log(
    `OK ${shown}: valid against the app manifest schema ${String(schemaVersion)} ` +
      `(bundled in @microsoft/app-manifest ${packageVersion()}, offline); icons, URLs, domains and sign-in check out.`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
