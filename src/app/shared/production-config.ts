import { z } from 'zod/mini';
import { CloudConfigError, resolveCloud, type CloudEndpoints } from '../../auth/cloud';

/**
 * The configuration of a real deployment, set when building (`HOME_TURF_*` environment variables,
 * see README) and checked at start-up, so a wrong value says which one and why instead of failing
 * later inside a sign-in popup. The build checks the same settings (webpack.config.js).
 */
declare const __HOME_TURF_CONFIG__: Record<string, string | undefined> | undefined;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const schema = z.object({
  clientId: z
    .string({
      message: 'HOME_TURF_CLIENT_ID is not set: the application (client) id of the Entra app registration.',
    })
    .check(z.regex(GUID, 'HOME_TURF_CLIENT_ID must be the application (client) id, a GUID.')),
  tenantId: z
    .string()
    .check(
      z.regex(
        new RegExp(
          `^(organizations|common|${GUID.source.slice(1, -1)}|[a-z0-9-]+\\.onmicrosoft\\.com)$`,
          'i',
        ),
        'HOME_TURF_TENANT_ID must be a tenant id (GUID), a tenant domain such as contoso.onmicrosoft.com, or "organizations".',
      ),
    ),
  storeSite: z.optional(
    z
      .string()
      .check(
        z.regex(
          /^[a-z0-9.-]+:\/\S*$/i,
          'HOME_TURF_STORE_SITE must look like contoso.sharepoint.com:/sites/comms.',
        ),
      ),
  ),
});

export type ProductionConfig = z.infer<typeof schema> & {
  /** Graph root including the version, the cloud's (HOME_TURF_CLOUD). */
  graphBaseUrl: string;
  /** Microsoft Entra ID's host for the cloud; the authority is `${authorityHost}/${tenantId}`. */
  authorityHost: string;
  /** The authority is not Microsoft's (the demo tenant): MSAL takes it as given. */
  knownAuthority: boolean;
};

/** Thrown with every problem found, each naming its setting. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * The checked configuration; `raw` defaults to what the build put in, `origin` (the page's own)
 * is where the demo tenant's cloud lives.
 */
export function productionConfig(
  raw: Record<string, string | undefined> = typeof __HOME_TURF_CONFIG__ === 'undefined'
    ? {}
    : __HOME_TURF_CONFIG__,
  // Node (the build's settings check, tests) has no location.
  origin: string | undefined = typeof location === 'undefined' ? undefined : location.origin,
): ProductionConfig {
  const parsed = schema.safeParse({
    clientId: raw['HOME_TURF_CLIENT_ID'] || undefined,
    tenantId: raw['HOME_TURF_TENANT_ID'] || 'organizations',
    storeSite: raw['HOME_TURF_STORE_SITE'] || undefined,
  });
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  let cloud: CloudEndpoints | undefined;
  try {
    cloud = resolveCloud(raw, origin);
  } catch (error) {
    if (!(error instanceof CloudConfigError)) throw error;
    problems.push(error.message);
  }
  if (parsed.success && cloud !== undefined) {
    return {
      ...parsed.data,
      graphBaseUrl: cloud.graphBaseUrl,
      authorityHost: cloud.authorityHost,
      knownAuthority: cloud.knownAuthority,
    };
  }
  throw new ConfigError(`Home Turf is not configured for this organisation: ${problems.join(' ')}`);
}
