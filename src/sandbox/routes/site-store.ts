import { GraphErrorSignal } from '../graph-http';
import type { DirectoryUser, ListRecord, SiteRecord, TenantState } from '../tenant-model';

/**
 * How the site routes reach the tenant: state to read and change, who is asking, the clock, and the
 * hook that persists a change before the answer goes out. Also the lookups every site route shares.
 */

export type SiteStore = {
  state: TenantState;
  viewer: DirectoryUser;
  now: () => number;
  save: () => Promise<void>;
};

/** Graph's 404 for an unknown site, list or item. */
export function notFound(message: string): never {
  throw new GraphErrorSignal(404, 'itemNotFound', message);
}

/**
 * The site a `/sites/…` path names and the segments after it. Accepts the site id
 * (`{hostname},{guid},{guid}`) and Graph's path form `{hostname}:/{server-relative path}`, whose
 * path may end in `:` to continue with more segments (`host:/sites/comms:/lists`).
 */
export function locateSite(
  state: TenantState,
  segments: ReadonlyArray<string>,
): { site: SiteRecord; rest: string[] } {
  const [first = '', ...after] = segments;
  if (first.endsWith(':')) {
    const hostname = first.slice(0, -1).toLowerCase();
    const pathParts: string[] = [];
    let rest: string[] = [];
    for (const [index, segment] of after.entries()) {
      if (segment.endsWith(':')) {
        pathParts.push(segment.slice(0, -1));
        rest = after.slice(index + 1);
        break;
      }
      pathParts.push(segment);
    }
    const path = `/${pathParts.filter((part) => part !== '').join('/')}`.toLowerCase();
    const site = state.sites.find(
      (candidate) => candidate.hostname === hostname && candidate.path.toLowerCase() === path,
    );
    return site ? { site, rest } : notFound('Requested site could not be found');
  }
  const key = first.toLowerCase();
  const site = state.sites.find((candidate) => candidate.id === key);
  return site ? { site, rest: [...after] } : notFound('Requested site could not be found');
}

/**
 * A list by id or by its current title (display name, case-insensitive), the two forms Graph
 * documents for `lists/{list-id}` and `lists/{list-title}`. The internal name is not a third form:
 * once the title is renamed, the old title (which the name was made from) is not found, as in Graph.
 */
export function findList(site: SiteRecord, idOrTitle: string): ListRecord {
  const key = idOrTitle.toLowerCase();
  const list =
    site.lists.find((candidate) => candidate.id === key) ??
    site.lists.find((candidate) => candidate.displayName.toLowerCase() === key);
  return list ?? notFound('The specified list was not found.');
}

/** `{base}/$metadata#sites('{id}')/lists('{id}')` */
export function listContext(baseUrl: string, site: SiteRecord, list: ListRecord): string {
  return `${baseUrl}/$metadata#sites('${encodeURIComponent(site.id)}')/lists('${list.id}')`;
}
