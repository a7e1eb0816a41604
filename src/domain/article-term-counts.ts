/**
 * How many articles hold each term, and how many a prefix or a typo would reach: what a query
 * costs before it is run. Counts live in a plain map; the words are also kept in MiniSearch's radix
 * tree, entered once each when first seen, so that words sharing a prefix or one edit apart can be
 * found without scanning the vocabulary.
 */
import SearchableMap from 'minisearch/SearchableMap';

export type TermCounts = {
  /** Articles holding the term as written. */
  count(term: string): number;
  /** Articles reached through the longer words the term is a prefix of (the term left out). */
  prefixReach(term: string): number;
  /** Articles reached through words one edit away; with `withPrefix`, those a prefix reaches are left out. */
  typoReach(term: string, withPrefix: boolean): number;
  entries(): IterableIterator<[string, number]>;
};

export type TermCounter = TermCounts & {
  /** Counts one more article holding the term. */
  add(term: string): void;
};

export function createTermCounter(entries: Iterable<[string, number]> = []): TermCounter {
  const counts = new Map<string, number>();
  const words = new SearchableMap<true>();
  const set = (term: string, count: number): void => {
    if (!counts.has(term)) words.set(term, true);
    counts.set(term, count);
  };
  for (const [term, count] of entries) set(term, count);
  const count = (term: string): number => counts.get(term) ?? 0;
  return {
    add: (term) => {
      set(term, count(term) + 1);
    },
    count,
    prefixReach: (term) => {
      let reach = 0;
      for (const word of words.atPrefix(term).keys()) if (word !== term) reach += count(word);
      return reach;
    },
    typoReach: (term, withPrefix) => {
      let reach = 0;
      for (const word of words.fuzzyGet(term, 1).keys()) {
        if (word !== term && !(withPrefix && word.startsWith(term))) reach += count(word);
      }
      return reach;
    },
    entries: () => counts.entries(),
  };
}
