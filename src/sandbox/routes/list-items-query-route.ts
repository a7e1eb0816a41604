import {
  GraphErrorSignal,
  jsonResponse,
  parsePrefer,
  queryOption,
  toQueryString,
  type GraphRequest,
  type GraphResponse,
} from '../graph-http';
import { compileListQuery, HONOR_NON_INDEXED } from '../list-filter';
import type { ListItemRecord, ListRecord, SiteRecord } from '../tenant-model';
import { itemView, renderItemView } from './list-item-view';
import { listContext, type SiteStore } from './site-store';

/**
 * GET /sites/{site}/lists/{list}/items: `$filter` and `$orderby` over `fields/…` (SharePoint's
 * indexing rules apply), `$expand=fields`, `$select`, `$top` (default 200, at most 5,000 a page) and
 * `@odata.nextLink` paging with SharePoint's `$skiptoken` (`Paged=TRUE&p_ID=…`, base64).
 */

const DEFAULT_PAGE = 200;
const MAX_PAGE = 5000;

function invalid(message: string): never {
  throw new GraphErrorSignal(400, 'invalidRequest', message);
}

function pageSize(request: GraphRequest): number {
  const raw = queryOption(request.query, 'top');
  if (raw === null) return DEFAULT_PAGE;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < 1) invalid(`Invalid value '${raw}' for $top.`);
  // Graph accepts any $top here but never sends more than 5,000 items in one page.
  return Math.min(value, MAX_PAGE);
}

type Resume = { afterId: number } | { offset: number };

function encodeSkipToken(resume: Resume): string {
  const text =
    'afterId' in resume ? `Paged=TRUE&p_ID=${resume.afterId}` : `Paged=TRUE&p_Index=${resume.offset}`;
  return Buffer.from(text, 'utf8').toString('base64');
}

function decodeSkipToken(raw: string): Resume {
  const params = new URLSearchParams(Buffer.from(raw, 'base64').toString('utf8'));
  const id = params.get('p_ID');
  const index = params.get('p_Index');
  if (params.get('Paged') === 'TRUE' && index !== null && /^\d+$/.test(index))
    return { offset: Number(index) };
  if (params.get('Paged') === 'TRUE' && id !== null && /^\d+$/.test(id)) return { afterId: Number(id) };
  return invalid(`Invalid skip token '${raw}'.`);
}

/** GET …/items. */
export function listItems(
  request: GraphRequest,
  site: SiteRecord,
  list: ListRecord,
  store: SiteStore,
): GraphResponse {
  const view = itemView(request);
  const honor = parsePrefer(request.headers['prefer']).has(HONOR_NON_INDEXED.toLowerCase());
  const query = compileListQuery(
    list,
    queryOption(request.query, 'filter'),
    queryOption(request.query, 'orderby'),
    honor,
    store.state.sharePoint.listViewThreshold,
  );
  const top = pageSize(request);
  const skiptoken = queryOption(request.query, 'skiptoken');
  const resume: Resume = skiptoken === null ? { offset: 0 } : decodeSkipToken(skiptoken);
  const matching = list.items.filter(query.matches).sort(query.compare);
  let start: number;
  if ('afterId' in resume) {
    const index = matching.findIndex((item) => Number(item.id) > resume.afterId);
    start = index === -1 ? matching.length : index;
  } else start = resume.offset;
  const page: ListItemRecord[] = matching.slice(start, start + top);
  const body: Record<string, unknown> = {
    '@odata.context': `${listContext(request.baseUrl, site, list)}/items`,
  };
  const last = page[page.length - 1];
  if (start + top < matching.length && last) {
    const next = [...request.query].filter(([key]) => key !== '$skiptoken' && key !== 'skiptoken');
    next.push([
      '$skiptoken',
      encodeSkipToken(query.ordered ? { offset: start + top } : { afterId: Number(last.id) }),
    ]);
    body['@odata.nextLink'] =
      `${request.baseUrl}/sites/${encodeURIComponent(site.id)}/lists/${list.id}/items?${toQueryString(next)}`;
  }
  body['value'] = page.map((item) => renderItemView(store.state, site, list, item, view));
  return jsonResponse(200, body);
}
