import { z } from 'zod/mini';

const siteAddress = z
  .string()
  .check(
    z.regex(
      /^[a-z0-9.-]+:\/\S*$/i,
      'storeSite must be a SharePoint host name and site path, e.g. contoso.sharepoint.com:/sites/comms',
    ),
  );

const config = z.object({
  graphBaseUrl: z.url({
    protocol: /^https?$/,
    message:
      'graphBaseUrl must be an http(s) URL ending in the Graph version, e.g. https://graph.microsoft.com/v1.0',
  }),
  tenantOrigin: z.url({ protocol: /^https?$/, message: 'Invalid URL' }),
  /** The organisation's default team site, as an admin would set it. */
  storeSite: siteAddress,
  /** `?storeSite=`: the demo fixed to one team site, as a channel tab is to its team's. */
  pinnedStoreSite: z.optional(siteAddress),
  /** How the prep card sends its requests; `sequential` is the benchmark's comparison. */
  loader: z.enum(['batch', 'sequential'], { message: 'loader must be batch or sequential' }),
});

/** The demo tenant's comms team site, where its team store lives. */
export const DEMO_STORE_SITE = 'northwind.sharepoint.com:/sites/comms';

export type DemoConfig = z.infer<typeof config>;

/**
 * Where the demo's Graph lives: the demo tenant serves the app and Graph from one origin, under
 * `/graph/v1.0`; the advisor's team store is found among their teams (the demo site is the
 * organisation's default), `?storeSite=` fixes the demo to one team site, and `?loader=sequential` makes
 * the prep card send its requests one at a time (for `npm run bench`). Checked at start-up so a
 * wrong value says so plainly instead of failing later.
 */
export function demoConfig(origin: string, search = ''): DemoConfig {
  const params = new URLSearchParams(search);
  const pinnedStoreSite = params.get('storeSite') ?? undefined;
  const loader = params.get('loader') ?? 'batch';
  const parsed = config.safeParse({
    graphBaseUrl: `${origin}/graph/v1.0`,
    tenantOrigin: origin,
    storeSite: DEMO_STORE_SITE,
    ...(pinnedStoreSite === undefined ? {} : { pinnedStoreSite }),
    loader,
  });
  if (!parsed.success) {
    throw new Error(`Home Turf is misconfigured: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  return parsed.data;
}
