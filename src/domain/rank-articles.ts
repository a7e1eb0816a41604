/**
 * "What to bring": the article library ranked for one client and one meeting. Scoring is
 * MiniSearch's BM25+ over title, tags and summary, with a freshness factor per article
 * (`boostDocument`); this module only decides what goes into the query and how to say why an
 * article came up.
 */
import type { SearchOptions } from 'minisearch';
import type { ArticleIndex } from './article-index';
import { dayNumber, describeAge, freshnessBoost } from './article-freshness';
import { fieldText } from './article-index';
import { INVITATION_NOISE, surfaceWords, termsOf } from './article-terms';
import type { Article, IsoDate } from './team-store';

export {
  createArticleIndex,
  createArticleIndexAsync,
  loadIndex,
  serializeIndex,
  type ArticleIndex,
} from './article-index';

/** What the ranking looks for: the client's recorded reality and the meeting in hand. */
export type ArticleQuery = {
  priorities: readonly string[];
  pressures: readonly string[];
  kpis: readonly string[];
  subject: string;
  /** The meeting body as plain text; only its beginning is read. */
  agenda: string;
};

export type RankOptions = {
  /** The reader's calendar day, for article ages. */
  today: IsoDate;
  /** How many articles at most. @default 5 */
  limit?: number;
  /** Ids of articles already shared with this client: never suggested again. */
  exclude?: ReadonlySet<string>;
};

export type RankedArticle = {
  article: Article;
  /** MiniSearch's score, freshness included; only comparable within one ranking. */
  score: number;
  /**
   * The article's own words that matched, as written there, adjacent ones kept together as the
   * phrase they form ("new starters"); each once, in reading order.
   */
  matched: string[];
  /** Why it is suggested, for the card: `matches "onboarding", "starters" · 3 weeks old`. */
  because: string;
};

/**
 * Weight of a query term by where it came from. The client's priorities, pressures and KPIs and the
 * meeting subject are what the meeting is about; agenda text is long and partly incidental.
 */
const SOURCE_WEIGHT = { client: 2, subject: 2, agenda: 1 } as const;

/** Agenda bodies can be pages long; their opening says what the meeting is for. */
export const AGENDA_CHARACTER_LIMIT = 2_000;
const CLIENT_CHARACTER_LIMIT = 2_000;
/** Distinct candidate terms read per source, whatever the length of the input. */
const CANDIDATE_LIMITS = { client: 48, subject: 24, agenda: 48 } as const;

/**
 * What one query may cost. MiniSearch scores every article reached by any query term (prefix and
 * typo matches included), so forty common words would touch most of the library: `articles`
 * bounds that reach, keeping a query to a few milliseconds on 10,000 articles
 * (scripts/bench/ranking.ts). Every term also costs a lookup and every forgiven typo a walk of the
 * vocabulary, whatever they reach; `terms` and `typos` bound those.
 */
export const QUERY_BUDGET = { articles: 1_000, terms: 48, typos: 4 } as const;

/** A term of the query and the weight of the source it came from. */
export type WeightedTerm = { term: string; weight: number };

/** A query term as searched: also matching longer words, near misspellings, or neither. */
export type QueryTerm = WeightedTerm & { prefix: boolean; fuzzy: boolean };

/** Words are matched by prefix from four letters ("engage" finds "engagement"). */
const PREFIX_FROM = 4;
/**
 * One typo is forgiven from six letters ("onbording"), and only for a word the library does not
 * hold as written: a word it does hold was not mistyped, and its near neighbours ("manager",
 * "managed") would only add noise.
 */
const FUZZY_FROM = 6;
const isNumber = (term: string): boolean => /^\d+$/.test(term);

/**
 * The query's distinct terms, each weighted by the first (most telling) source that has it, in
 * source order. Invitation boilerplate and bare numbers (meeting ids, dial-in numbers) are not
 * topics, so the subject and agenda drop them.
 */
export function candidateTerms(query: ArticleQuery): WeightedTerm[] {
  const seen = new Set<string>();
  const candidates: WeightedTerm[] = [];
  const read = (text: string, weight: number, limit: number, isTopic: (term: string) => boolean) => {
    let taken = 0;
    for (const term of termsOf(text)) {
      if (taken >= limit) break;
      if (seen.has(term) || !isTopic(term)) continue;
      seen.add(term);
      candidates.push({ term, weight });
      taken += 1;
    }
  };
  const meetingTopic = (term: string): boolean => !INVITATION_NOISE.has(term) && !/^\d+$/.test(term);
  const client = [...query.priorities, ...query.pressures, ...query.kpis].join('\n');
  read(client.slice(0, CLIENT_CHARACTER_LIMIT), SOURCE_WEIGHT.client, CANDIDATE_LIMITS.client, () => true);
  read(
    query.subject.slice(0, CLIENT_CHARACTER_LIMIT),
    SOURCE_WEIGHT.subject,
    CANDIDATE_LIMITS.subject,
    meetingTopic,
  );
  read(
    query.agenda.slice(0, AGENDA_CHARACTER_LIMIT),
    SOURCE_WEIGHT.agenda,
    CANDIDATE_LIMITS.agenda,
    meetingTopic,
  );
  return candidates;
}

/**
 * The terms a query keeps, within {@link QUERY_BUDGET}: heavier sources first, and within a
 * source the rarer terms first, since a word found in a third of the library says little about
 * any article and costs the most to score (the idea behind Lucene's "more like this" query). A
 * term whose prefix or typo matches would overrun the budget is kept as written if that fits; a
 * term that reaches no article at all is dropped. The first term is always kept, so a client
 * described in one common word still gets answers.
 */
export function selectQueryTerms(query: ArticleQuery, index: ArticleIndex): QueryTerm[] {
  const counts = index.termCounts;
  const ranked = candidateTerms(query)
    .map((candidate, order) => ({ ...candidate, order, holders: counts.count(candidate.term) }))
    .sort((a, b) => b.weight - a.weight || a.holders - b.holders || a.order - b.order);
  const kept: QueryTerm[] = [];
  let articles: number = QUERY_BUDGET.articles;
  let typos: number = QUERY_BUDGET.typos;
  for (const { term, weight, holders } of ranked) {
    if (kept.length >= QUERY_BUDGET.terms) break;
    const prefix = term.length >= PREFIX_FROM && !isNumber(term);
    const fuzzy = holders === 0 && typos > 0 && term.length >= FUZZY_FROM && !isNumber(term);
    if (fuzzy) typos -= 1;
    const reach =
      holders + (prefix ? counts.prefixReach(term) : 0) + (fuzzy ? counts.typoReach(term, prefix) : 0);
    if (reach === 0) continue;
    if (reach <= articles || kept.length === 0) {
      kept.push({ term, weight, prefix, fuzzy });
      articles -= reach;
    } else if (holders > 0 && holders <= articles) {
      kept.push({ term, weight, prefix: false, fuzzy: false });
      articles -= holders;
    }
  }
  return kept;
}

/** A title or tag match says more about an article than a word in passing in its summary. */
const FIELD_BOOST = { title: 3, tags: 3, summary: 1 };

/** Query terms are already normalised, so MiniSearch is told to take them as they are. */
const PREPARED_TERMS: SearchOptions = {
  tokenize: (text) => text.split(' '),
  processTerm: (term) => term,
  boost: FIELD_BOOST,
  combineWith: 'OR',
};

type Candidate = { article: Article; score: number; key: number; terms: string[] };

/** Scores equal to nine significant digits count as ties, so float noise cannot order them. */
const tieKey = (score: number): number => Number(score.toPrecision(9));

function byRank(a: Candidate, b: Candidate): number {
  if (a.key !== b.key) return b.key - a.key;
  if (a.article.published !== b.article.published) return a.article.published < b.article.published ? 1 : -1;
  return a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0;
}

/**
 * The articles most worth bringing to this meeting, best first. The query's most telling terms
 * ({@link selectQueryTerms}) are looked up, any of them matching (OR), each weighted by where it
 * came from; articles score by BM25+ times a freshness factor
 * ({@link freshnessBoost}), so fresher wins among equally relevant ones. Ties fall to the newer,
 * then to the smaller id. Excluded and retired articles are never returned.
 *
 * When no term of the query matches any article, the answer is empty rather than the newest
 * articles: a suggestion with no reason behind it is not one (the card says that no article
 * matches this client yet).
 */
export function rankArticles(
  index: ArticleIndex,
  query: ArticleQuery,
  options: RankOptions,
): RankedArticle[] {
  const today = dayNumber(options.today);
  if (today === null) throw new RangeError(`Not a calendar date: ${options.today}`);
  const limit = Math.floor(options.limit ?? 5);
  const terms = selectQueryTerms(query, index);
  if (limit < 1 || terms.length === 0) return [];
  const exclude = options.exclude ?? new Set<string>();
  const ageOf = (id: string): number | null => {
    const day = index.publishedDay.get(id);
    return day === undefined || day === null ? null : today - day;
  };
  const byTerm = new Map(terms.map((term) => [term.term, term]));
  const search = terms.map(({ term }) => term).join(' ');
  const results = index.search.search(search, {
    ...PREPARED_TERMS,
    boostTerm: (term) => byTerm.get(term)?.weight ?? 1,
    prefix: (term) => byTerm.get(term)?.prefix ?? false,
    fuzzy: (term) => (byTerm.get(term)?.fuzzy === true ? 1 : false),
    // A zero boost makes MiniSearch skip the article altogether.
    boostDocument: (id: unknown) =>
      typeof id === 'string' && !exclude.has(id) && index.articles.has(id) ? freshnessBoost(ageOf(id)) : 0,
  });

  // MiniSearch returns results by score; past the limit, only ties with the last place matter.
  const candidates: Candidate[] = [];
  for (const result of results) {
    const id: unknown = result.id;
    const article = typeof id === 'string' ? index.articles.get(id) : undefined;
    if (article === undefined || article.retired || exclude.has(article.id)) continue;
    const key = tieKey(result.score);
    const last = candidates[limit - 1];
    if (last !== undefined && key < last.key) break;
    candidates.push({ article, score: result.score, key, terms: result.terms });
  }
  return candidates
    .sort(byRank)
    .slice(0, limit)
    .map(({ article, score, terms }) => {
      const matched = matchedPhrases(article, new Set(terms));
      return { article, score, matched, because: explainRank(matched, ageOf(article.id)) };
    });
}

/**
 * The article's words behind the matched terms, as written, in reading order (title, tags, then
 * summary), with adjacent matches kept together as the phrase they form: "new starters",
 * "90-day plan". A phrase whose words have all been shown already is not repeated.
 */
function matchedPhrases(article: Article, terms: ReadonlySet<string>): string[] {
  const phrases: string[] = [];
  const shown = new Set<string>();
  let phrase = '';
  let phraseTerms: string[] = [];
  const close = (): void => {
    if (phraseTerms.some((term) => !shown.has(term))) phrases.push(phrase);
    for (const term of phraseTerms) shown.add(term);
    phrase = '';
    phraseTerms = [];
  };
  for (const text of [fieldText(article, 'title'), ...article.tags, fieldText(article, 'summary')]) {
    for (const { word, term, joinedBy } of surfaceWords(text)) {
      if (term === undefined || !terms.has(term)) {
        close();
        continue;
      }
      if (phrase === '' || joinedBy === null) close();
      const written = isAcronym(word) ? word : word.toLowerCase();
      phrase = phrase === '' ? written : `${phrase}${joinedBy ?? ' '}${written}`;
      phraseTerms.push(term);
    }
    close();
  }
  // Not expected (every indexed term comes from those texts), but a term is better than nothing.
  for (const term of terms) if (!shown.has(term)) phrases.push(term);
  return phrases;
}

/** "HR", "KPIs", "Q3" stay as written; "Onboarding" at the start of a title does not. */
const isAcronym = (word: string): boolean => /^(?=\P{Ll}*\p{Lu})[\p{Lu}\p{N}]{2,}s?$/u.test(word);

/** How many matched phrases the reason quotes before summing up the rest. */
const QUOTED_WORDS = 3;

/**
 * Why an article is suggested, in a line: `matches "onboarding", "starters" · 3 weeks old`. Age is
 * left out when the publication date is unreadable.
 */
export function explainRank(matched: readonly string[], ageDays: number | null): string {
  const quoted = matched.slice(0, QUOTED_WORDS).map((word) => `"${word}"`);
  const more = matched.length - quoted.length;
  const parts: string[] = [];
  if (quoted.length > 0) parts.push(`matches ${quoted.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
  if (ageDays !== null) parts.push(describeAge(ageDays));
  return parts.join(' · ');
}
