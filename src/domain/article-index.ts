/**
 * The search index over the article library: MiniSearch (BM25+) over title, tags and summary,
 * plus how many articles hold each term, which the ranking uses to pick a query's most telling
 * terms within a fixed amount of work.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { dayNumber } from './article-freshness';
import { createTermCounter, type TermCounter, type TermCounts } from './article-term-counts';
import { termsOf } from './article-terms';
import type { Article } from './team-store';

/** An index over the live articles of a library. Build it once, rank with it many times. */
export type ArticleIndex = {
  readonly search: MiniSearch<Article>;
  /** The indexed articles by id: retired ones are not here. */
  readonly articles: ReadonlyMap<string, Article>;
  /** Each article's publication date as a day number, null when unreadable. */
  readonly publishedDay: ReadonlyMap<string, number | null>;
  /** How many indexed articles hold each term. */
  readonly termCounts: TermCounts;
};

export const INDEXED_FIELDS = ['title', 'tags', 'summary'] as const;
export type IndexedField = (typeof INDEXED_FIELDS)[number];

/** Text past these lengths is not indexed: enough for any real article, bounded for hostile ones. */
const FIELD_LIMITS: Record<IndexedField, number> = { title: 500, tags: 1_000, summary: 4_000 };

/** The text of a field as indexed. */
export function fieldText(article: Article, field: IndexedField): string {
  const text = field === 'tags' ? article.tags.join(' \n ') : article[field];
  return text.slice(0, FIELD_LIMITS[field]);
}

const isIndexedField = (field: string): field is IndexedField =>
  (INDEXED_FIELDS as readonly string[]).includes(field);

/**
 * MiniSearch options for one index. Each field is turned into terms once, here (MiniSearch's
 * tokenizer and the normaliser of article-terms.ts) and handed to MiniSearch already processed, so
 * text is tokenized once and the term counts come almost free. MiniSearch extracts each field of
 * a document once as it adds it, and a term is counted once per article whichever fields hold it.
 */
function indexOptions(termCounts: TermCounter): Options<Article> {
  const lastCountedIn = new Map<string, string>();
  return {
    idField: 'id',
    fields: [...INDEXED_FIELDS],
    storeFields: [],
    extractField: (article: Article, field: string): string => {
      if (!isIndexedField(field)) return field === 'id' ? article.id : '';
      const terms = termsOf(fieldText(article, field));
      for (const term of terms) {
        if (lastCountedIn.get(term) === article.id) continue;
        lastCountedIn.set(term, article.id);
        termCounts.add(term);
      }
      return terms.join(' ');
    },
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
  };
}

type Prepared = Pick<ArticleIndex, 'articles' | 'publishedDay'> & { documents: Article[] };

/** Live articles only, each id once (the first wins: MiniSearch refuses duplicates). */
function prepare(articles: readonly Article[]): Prepared {
  const byId = new Map<string, Article>();
  const publishedDay = new Map<string, number | null>();
  for (const article of articles) {
    if (article.retired || byId.has(article.id)) continue;
    byId.set(article.id, article);
    publishedDay.set(article.id, dayNumber(article.published));
  }
  return { articles: byId, publishedDay, documents: [...byId.values()] };
}

/**
 * Indexes the live articles of a library in one go. Retired articles are left out, so they can
 * never be ranked. For a large library, see {@link createArticleIndexAsync}.
 */
export function createArticleIndex(articles: readonly Article[]): ArticleIndex {
  const { documents, ...rest } = prepare(articles);
  const termCounts = createTermCounter();
  const search = new MiniSearch<Article>(indexOptions(termCounts));
  search.addAll(documents);
  return { search, termCounts, ...rest };
}

/**
 * The same index as {@link createArticleIndex}, built `chunkSize` articles at a time with
 * MiniSearch's `addAllAsync`, which yields between chunks so that no single task runs long.
 */
export async function createArticleIndexAsync(
  articles: readonly Article[],
  options: { chunkSize: number },
): Promise<ArticleIndex> {
  const { documents, ...rest } = prepare(articles);
  const termCounts = createTermCounter();
  const search = new MiniSearch<Article>(indexOptions(termCounts));
  await search.addAllAsync(documents, { chunkSize: Math.max(1, Math.floor(options.chunkSize)) });
  return { search, termCounts, ...rest };
}

const SAVED_VERSION = 1;

type SavedIndex = { version: number; termCounts: [string, number][]; search: AsPlainObject };

/** The index as JSON (MiniSearch's `toJSON` and the term counts), for a cache. See {@link loadIndex}. */
export function serializeIndex(index: ArticleIndex): string {
  return JSON.stringify({
    version: SAVED_VERSION,
    termCounts: [...index.termCounts.entries()],
    search: index.search,
  });
}

function isSavedIndex(value: unknown): value is SavedIndex {
  if (typeof value !== 'object' || value === null) return false;
  const { version, termCounts, search } = value as Record<string, unknown>;
  return (
    version === SAVED_VERSION &&
    Array.isArray(termCounts) &&
    termCounts.every(
      (entry) => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number',
    ) &&
    typeof search === 'object' &&
    search !== null &&
    Array.isArray((search as Record<string, unknown>).index)
  );
}

/**
 * An index saved by {@link serializeIndex}, with the articles it was built from. Throws a
 * RangeError when the JSON is not a saved index or does not hold exactly the live articles given
 * (the library has changed since: rebuild instead).
 */
export function loadIndex(json: string, articles: readonly Article[]): ArticleIndex {
  const saved: unknown = JSON.parse(json);
  if (!isSavedIndex(saved)) throw new RangeError('Not a saved article index.');
  const { documents, ...rest } = prepare(articles);
  const search = MiniSearch.loadJS<Article>(saved.search, indexOptions(createTermCounter()));
  if (search.documentCount !== documents.length || !documents.every((a) => search.has(a.id))) {
    throw new RangeError('The saved article index does not match the library.');
  }
  return { search, termCounts: createTermCounter(saved.termCounts), ...rest };
}
