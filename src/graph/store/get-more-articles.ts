import type { Article } from '../../domain/team-store';
import { relativeToBase, type GraphClient } from '../create-graph-client';
import { mapItems, toArticle } from './map-store';
import { readListItems } from './store-lists';

/** A library of 50,000 articles is far past any team's; stop there rather than loop on a bad link. */
const MAX_PAGES = 100;

/**
 * The rest of the article library after the page the prep card's batch brought, following
 * `@odata.nextLink` to the end. Off the critical path: the card ranks what it has meanwhile.
 * Retired and unreadable articles are left out.
 */
export async function getMoreArticles(graph: GraphClient, nextLink: string): Promise<Article[]> {
  const articles: Article[] = [];
  let next: string | undefined = nextLink;
  for (let page = 0; next !== undefined && page < MAX_PAGES; page++) {
    const raw: unknown = await graph.client.api(relativeToBase(graph, next)).get();
    const { items, nextLink: following } = readListItems(raw);
    articles.push(...mapItems(items, toArticle).records.filter((a) => !a.retired));
    next = following;
  }
  return articles;
}
