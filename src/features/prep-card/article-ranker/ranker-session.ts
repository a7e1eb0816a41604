import {
  createArticleIndexAsync,
  rankArticles,
  type ArticleIndex,
  type ArticleQuery,
  type RankedArticle,
  type RankOptions,
} from '../../../domain/rank-articles';
import type { Article } from '../../../domain/team-store';

/**
 * Articles indexed per task while building. Indexing 10,000 articles in one go takes the best part
 * of a second; in chunks of this size each task stays well under the 50 ms a page can be held
 * without the reader noticing (scripts/bench/ranking.ts measures it).
 */
export const INDEX_CHUNK_SIZE = 150;

/** One library's index and the rank calls against it: the worker's state, or the fallback's. */
export type RankerSession = {
  /** Starts indexing a library; rank calls made from now on use it. */
  load(articles: readonly Article[]): void;
  /**
   * Takes a library in parts, as the worker receives it. Rank calls made after the first part
   * wait for the last one; a first part that arrives before the last resets what was received.
   */
  receive(articles: readonly Article[], part: { first: boolean; last: boolean }): void;
  /** Ranks against the library last loaded; nothing when none has been. */
  rank(query: ArticleQuery, options: RankOptions): Promise<RankedArticle[]>;
};

export type RankerSessionOptions = {
  /** Awaited after the index is ready and before ranking, to move the ranking to a later task. */
  beforeRanking?: () => Promise<void>;
};

type Receiving = { articles: Article[]; complete: (index: Promise<ArticleIndex>) => void };

export function createRankerSession(options: RankerSessionOptions = {}): RankerSession {
  let index: Promise<ArticleIndex> | null = null;
  let receiving: Receiving | null = null;

  const build = (articles: readonly Article[]): Promise<ArticleIndex> => {
    const building = createArticleIndexAsync(articles, { chunkSize: INDEX_CHUNK_SIZE });
    // A failed build is reported to each rank call that waits on it; this keeps it from also
    // surfacing as an unhandled rejection when none does.
    building.catch(() => undefined);
    return building;
  };

  return {
    load(articles) {
      index = build(articles);
      receiving?.complete(index);
      receiving = null;
    },
    receive(articles, part) {
      if (receiving === null) {
        let complete: Receiving['complete'] = () => undefined;
        index = new Promise((resolve) => {
          complete = resolve;
        });
        receiving = { articles: [], complete };
      } else if (part.first) {
        receiving.articles = [];
      }
      receiving.articles.push(...articles);
      if (!part.last) return;
      const done = receiving;
      receiving = null;
      index = build(done.articles);
      done.complete(index);
    },
    async rank(query, rankOptions) {
      // Read before awaiting: a call is answered from the library loaded before it, even if
      // another load starts while it waits.
      const current = index;
      if (current === null) return [];
      const built = await current;
      await options.beforeRanking?.();
      return rankArticles(built, query, rankOptions);
    },
  };
}
