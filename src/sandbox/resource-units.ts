/**
 * SharePoint's cost of a request in resource units, the currency of its throttling: a tenant gets
 * a budget of units per app per minute, and an app past it is throttled however few requests it
 * sent. Counting them per card open shows what a design costs a large tenant before it ships. The
 * rule follows Microsoft's published table for Graph calls to SharePoint: 1 unit to read one
 * resource (a site, a list, an item), 2 to query a collection (with or without `$filter`) and 2 to
 * create, update or delete.
 */

export type SharePointUse = 'single-read' | 'multi-read' | 'write';

export const RESOURCE_UNITS: Readonly<Record<SharePointUse, number>> = {
  'single-read': 1,
  'multi-read': 2,
  write: 2,
};

/** Collections under a site whose GET returns many resources. */
const COLLECTIONS = new Set(['lists', 'items', 'columns', 'sites']);

function segmentsOf(path: string): string[] {
  const raw = path.split('?', 1)[0] ?? '';
  let text = raw;
  try {
    // Colons and commas in site addresses arrive escaped or not; both name the same site.
    text = decodeURIComponent(raw);
  } catch {
    // A malformed escape: the router refuses such a path, and the site part is read as it came.
  }
  return text.split('/').filter((segment) => segment !== '');
}

/**
 * What a Graph request (path relative to the version root) does to SharePoint, or null when it is
 * not a SharePoint request. A site is addressed by id (`/sites/{id}`) or by host and path
 * (`/sites/{host}:/sites/comms`, closed by a colon when more follows).
 */
export function sharePointUse(method: string, path: string): SharePointUse | null {
  const [root, ...after] = segmentsOf(path);
  if (root?.toLowerCase() !== 'sites') return null;
  if (method.toUpperCase() !== 'GET') return 'write';
  const [site, ...rest] = after;
  // `/sites` itself (a search across sites) is a query.
  if (site === undefined) return 'multi-read';
  let below = rest;
  if (site.endsWith(':')) {
    const end = rest.findIndex((segment) => segment.endsWith(':'));
    below = end === -1 ? [] : rest.slice(end + 1);
  }
  const last = below.at(-1)?.toLowerCase();
  return last !== undefined && COLLECTIONS.has(last) ? 'multi-read' : 'single-read';
}

export type SharePointUsage = {
  singleReads: number;
  multiReads: number;
  writes: number;
  resourceUnits: number;
};

/** Counts the SharePoint requests the tenant answers and what they would cost. */
export class UsageMeter {
  private usage: SharePointUsage = UsageMeter.zero();

  private static zero(): SharePointUsage {
    return { singleReads: 0, multiReads: 0, writes: 0, resourceUnits: 0 };
  }

  count(request: { method: string; path: string }): void {
    const use = sharePointUse(request.method, request.path);
    if (use === null) return;
    if (use === 'single-read') this.usage.singleReads += 1;
    else if (use === 'multi-read') this.usage.multiReads += 1;
    else this.usage.writes += 1;
    this.usage.resourceUnits += RESOURCE_UNITS[use];
  }

  reset(): void {
    this.usage = UsageMeter.zero();
  }

  /** What `GET /demo/usage` shows. */
  snapshot(): { sharePoint: SharePointUsage } {
    return { sharePoint: { ...this.usage } };
  }
}
