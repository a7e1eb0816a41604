import { z } from 'zod';

/**
 * The configuration of a real deployment, set when building (`HOME_TURF_*` environment variables,
 * see README) and checked at start-up, so a wrong value says which one and why instead of failing
 * later inside a sign-in popup.
 */
declare const __HOME_TURF_CONFIG__: Record<string, string | undefined> | undefined;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const schema = z.object({
  clientId: z
    .string({
      message: 'HOME_TURF_CLIENT_ID is not set: the application (client) id of the Entra app registration.',
    })
    .regex(GUID, 'HOME_TURF_CLIENT_ID must be the application (client) id, a GUID.'),
  tenantId: z
    .string()
    .regex(
      new RegExp(`^(organizations|common|${GUID.source.slice(1, -1)}|[a-z0-9-]+\\.onmicrosoft\\.com)$`, 'i'),
      'HOME_TURF_TENANT_ID must be a tenant id (GUID), a tenant domain such as contoso.onmicrosoft.com, or "organizations".',
    ),
  graphBaseUrl: z
    .url({
      protocol: /^https$/,
      message: 'HOME_TURF_GRAPH_URL must be an https URL such as https://graph.microsoft.com/v1.0.',
    })
    .refine((u) => /\/v1\.0$|\/beta$/.test(u), 'HOME_TURF_GRAPH_URL must end in the Graph version, /v1.0.'),
  storeSite: z
    .string()
    .regex(/^[a-z0-9.-]+:\/\S*$/i, 'HOME_TURF_STORE_SITE must look like contoso.sharepoint.com:/sites/comms.')
    .optional(),
});

export type ProductionConfig = z.infer<typeof schema>;

/** Thrown with every problem found, each naming its setting. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The checked configuration; `raw` defaults to what the build put in. */
export function productionConfig(
  raw: Record<string, string | undefined> = typeof __HOME_TURF_CONFIG__ === 'undefined'
    ? {}
    : __HOME_TURF_CONFIG__,
): ProductionConfig {
  const parsed = schema.safeParse({
    clientId: raw['HOME_TURF_CLIENT_ID'] || undefined,
    tenantId: raw['HOME_TURF_TENANT_ID'] || 'organizations',
    graphBaseUrl: raw['HOME_TURF_GRAPH_URL'] || 'https://graph.microsoft.com/v1.0',
    storeSite: raw['HOME_TURF_STORE_SITE'] || undefined,
  });
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    `Home Turf is not configured for this organisation: ${parsed.error.issues.map((i) => i.message).join(' ')}`,
  );
}
