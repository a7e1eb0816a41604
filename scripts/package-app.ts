/**
 * Builds the app package for Teams, Outlook and the Microsoft 365 app: `npm run package`.
 *
 * Reads the deployment from the environment —
 *   HOME_TURF_URL        the https origin the built app is served from, e.g. https://hometurf.contoso.com
 *   HOME_TURF_CLIENT_ID  the Entra app (client) id, a GUID
 *   HOME_TURF_VERSION    optional: the app's version, major.minor.patch (bump it for every update)
 * — puts them in place of the template's https://localhost:3000 and nil GUID in
 * manifest/manifest.json, validates the result like `npm run validate`, and writes
 * dist/home-turf-app.zip: manifest.json and the icons it names, at the root of the zip.
 * The add-in's ribbon icons are URLs under <origin>/assets/, which the build copies there.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import {
  ASSETS_DIR,
  MANIFEST_PATH,
  ROOT,
  TEMPLATE_CLIENT_ID,
  TEMPLATE_ORIGIN,
  formatProblems,
  validateManifest,
} from './validate-manifest';

export const DEFAULT_OUT_FILE = path.join(ROOT, 'dist', 'home-turf-app.zip');

export type PackageConfig = {
  origin: string;
  host: string;
  clientId: string;
  /** The manifest's `version`; the template's when not given. */
  version?: string;
};

/**
 * A version both hosts accept: semver (the app manifest's `version`) in the three-part form whose
 * parts have at most 5 digits each (the Office add-in version rule).
 */
const VERSION_PATTERN = /^(0|[1-9][0-9]{0,4})\.(0|[1-9][0-9]{0,4})\.(0|[1-9][0-9]{0,4})$/;

/** Configuration is missing or malformed; the message says which variable and what is expected. */
export class PackageConfigError extends Error {
  override name = 'PackageConfigError';
}

const URL_EXAMPLE = 'e.g. HOME_TURF_URL=https://hometurf.contoso.com';
const CLIENT_ID_EXAMPLE = 'the Application (client) ID of the Entra app registration';

const environment = z.object({
  HOME_TURF_URL: z
    .string({ error: `HOME_TURF_URL is required: the https origin Home Turf is served from, ${URL_EXAMPLE}` })
    .trim()
    .superRefine((value, ctx) => {
      let url: URL | undefined;
      try {
        url = new URL(value);
      } catch {
        url = undefined;
      }
      const origin =
        url !== undefined && url.protocol === 'https:' && url.username === '' && url.password === '';
      const bare = url !== undefined && url.pathname === '/' && url.search === '' && url.hash === '';
      if (value === '') {
        ctx.addIssue({
          code: 'custom',
          message: `HOME_TURF_URL is empty: set the https origin, ${URL_EXAMPLE}`,
        });
      } else if (!origin || !bare) {
        ctx.addIssue({
          code: 'custom',
          message: `HOME_TURF_URL must be an https origin with no path, ${URL_EXAMPLE} (got "${value}")`,
        });
      }
    }),
  HOME_TURF_CLIENT_ID: z
    .string({ error: `HOME_TURF_CLIENT_ID is required: ${CLIENT_ID_EXAMPLE}` })
    .trim()
    .superRefine((value, ctx) => {
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `HOME_TURF_CLIENT_ID must be a GUID, ${CLIENT_ID_EXAMPLE} (got "${value}")`,
        });
      } else if (value === TEMPLATE_CLIENT_ID) {
        ctx.addIssue({
          code: 'custom',
          message: `HOME_TURF_CLIENT_ID is the template's nil GUID: ${CLIENT_ID_EXAMPLE}`,
        });
      }
    }),
  HOME_TURF_VERSION: z
    .string()
    .trim()
    .optional()
    .superRefine((value, ctx) => {
      if (value !== undefined && !VERSION_PATTERN.test(value)) {
        ctx.addIssue({
          code: 'custom',
          message:
            'HOME_TURF_VERSION must be major.minor.patch, each part a number of at most 5 digits, ' +
            `e.g. HOME_TURF_VERSION=1.2.0 (got "${value}")`,
        });
      }
    }),
});

/** The deployment from the environment, or a PackageConfigError naming every problem. */
export function readPackageConfig(env: Readonly<Record<string, string | undefined>>): PackageConfig {
  const parsed = environment.safeParse({
    HOME_TURF_URL: env.HOME_TURF_URL,
    HOME_TURF_CLIENT_ID: env.HOME_TURF_CLIENT_ID,
    HOME_TURF_VERSION: env.HOME_TURF_VERSION === '' ? undefined : env.HOME_TURF_VERSION,
  });
  if (!parsed.success) {
    throw new PackageConfigError(parsed.error.issues.map((issue) => issue.message).join('\n'));
  }
  const url = new URL(parsed.data.HOME_TURF_URL);
  const config: PackageConfig = {
    origin: url.origin,
    host: url.host,
    clientId: parsed.data.HOME_TURF_CLIENT_ID.toLowerCase(),
  };
  if (parsed.data.HOME_TURF_VERSION !== undefined) config.version = parsed.data.HOME_TURF_VERSION;
  return config;
}

/** Every string in the template with the production origin, host and Entra app id in place. */
export function substitute(template: unknown, config: PackageConfig): unknown {
  const templateHost = new URL(TEMPLATE_ORIGIN).host;
  const replace = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value
        .split(TEMPLATE_ORIGIN)
        .join(config.origin)
        .split(templateHost)
        .join(config.host)
        .split(TEMPLATE_CLIENT_ID)
        .join(config.clientId);
    }
    if (Array.isArray(value)) return value.map(replace);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, replace(child)]));
    }
    return value;
  };
  return replace(template);
}

export type PackageOptions = {
  manifestPath?: string;
  assetsDir?: string;
  outFile?: string;
};

/** Writes the app package; throws with every validation problem when the result is not valid. */
export async function packageApp(
  config: PackageConfig,
  options: PackageOptions = {},
): Promise<{ outFile: string; files: string[]; manifest: Record<string, unknown> }> {
  const manifestPath = options.manifestPath ?? MANIFEST_PATH;
  const assetsDir = options.assetsDir ?? ASSETS_DIR;
  const outFile = options.outFile ?? DEFAULT_OUT_FILE;

  const template: unknown = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const substituted = substitute(template, config);
  const manifest =
    config.version !== undefined && typeof substituted === 'object' && substituted !== null
      ? { ...substituted, version: config.version }
      : substituted;
  const { problems } = await validateManifest(manifest, {
    assetsDir,
    origin: config.origin,
    clientId: config.clientId,
  });
  if (problems.length > 0) {
    throw new Error(formatProblems(`manifest for ${config.origin}`, problems));
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    throw new Error('the manifest is not a JSON object');
  }
  const record = manifest as Record<string, unknown>;
  const icons = record.icons;
  const iconFiles = [
    ...new Set(
      typeof icons === 'object' && icons !== null
        ? Object.values(icons).filter((v): v is string => typeof v === 'string')
        : [],
    ),
  ];

  // A fixed timestamp: the same inputs give the same zip, byte for byte.
  const mtime = new Date('2026-01-01T00:00:00Z');
  const entries: Zippable = {
    'manifest.json': [strToU8(`${JSON.stringify(record, null, 2)}\n`), { mtime }],
  };
  for (const file of iconFiles)
    entries[file] = [readFileSync(path.join(assetsDir, file)), { mtime, level: 0 }];
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, zipSync(entries, { level: 9, mtime }));
  return { outFile, files: Object.keys(entries), manifest: record };
}

async function main(): Promise<void> {
  let config: PackageConfig;
  try {
    config = readPackageConfig(process.env);
  } catch (error) {
    if (!(error instanceof PackageConfigError)) throw error;
    console.error(`Cannot build the app package:\n${error.message}`);
    process.exit(1);
  }
  const { outFile, files, manifest } = await packageApp(config);
  console.log(
    `Wrote ${path.relative(process.cwd(), outFile)} (${files.join(', ')}) for ${config.origin}, ` +
      `Entra app ${config.clientId}, version ${String(manifest.version)}. Serve the build (npm run build: dist/, with dist/assets/) from that origin.`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
