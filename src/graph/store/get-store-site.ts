import { z } from 'zod/mini';
import type { GraphClient } from '../create-graph-client';
import { errorStatus } from '../graph-errors';
import { findStoreLists } from './check-store';
import type { StoreSite } from './store-lists';

const siteSchema = z.object({
  id: z.string().check(z.minLength(1)),
  webUrl: z.optional(z.string()),
  displayName: z.optional(z.string()),
});

/**
 * Resolves where the team store lives from a host name and server-relative path
 * (`contoso.sharepoint.com:/sites/comms`, as Teams and the configuration give it) to the site id
 * the list queries need, with `GET /sites/{hostname}:/{path}`, and the ids of the store's lists
 * there (`GET /sites/{id}/lists`), so every later request addresses a list by id. Once per session.
 */
export async function getStoreSite(graph: GraphClient, hostAndPath: string): Promise<StoreSite> {
  const [hostname, path] = splitSiteAddress(hostAndPath);
  const raw: unknown = await graph.client
    .api(`/sites/${hostname}:${path}`)
    .select(['id', 'webUrl', 'displayName'])
    .get();
  const site = siteSchema.parse(raw);
  const result: StoreSite = { id: site.id, lists: await findStoreLists(graph, site.id) };
  if (site.webUrl !== undefined) result.webUrl = site.webUrl;
  if (site.displayName !== undefined) result.displayName = site.displayName;
  return result;
}

/** `host:/path` or `https://host/path` → [host, /path]. */
export function splitSiteAddress(address: string): [string, string] {
  const trimmed = address.trim();
  const url = /^https:\/\/([^/]+)(\/.*)?$/i.exec(trimmed);
  if (url !== null) return [url[1] ?? '', (url[2] ?? '/').replace(/\/+$/, '') || '/'];
  const colon = /^([^:/]+):(\/(?!\/).*)$/.exec(trimmed);
  if (colon !== null) return [colon[1] ?? '', (colon[2] ?? '/').replace(/\/+$/, '') || '/'];
  throw new Error(
    `The team site "${address}" is not a SharePoint address; expected e.g. contoso.sharepoint.com:/sites/comms.`,
  );
}

/**
 * Whether a site still exists (`GET /sites/{id}`): false only on Graph's 404 for it, so a list or
 * item that is missing on a site that is there is told apart from a site that is gone.
 */
export async function siteExists(graph: GraphClient, site: Pick<StoreSite, 'id'>): Promise<boolean> {
  try {
    await graph.client
      .api(`/sites/${encodeURIComponent(site.id)}`)
      .select(['id'])
      .get();
    return true;
  } catch (error) {
    if (errorStatus(error) === 404) return false;
    throw error;
  }
}
