import type { SpecListItem } from '../tenant-spec';
import { COMMS_TEAM_UPNS, DEMO_USER_UPN } from './constants';
import { BUSINESS_ARTICLES } from './store-articles-business';
import { CORPORATE_ARTICLES } from './store-articles-corporate';
import { PEOPLE_ARTICLES } from './store-articles-people';
import type { StoreClock } from './store-dates';
import type { ArticleSeed } from './store-types';

/** HomeTurfArticles: the team's library of things worth bringing to a client. */

/** Every article, in list order: an article's item id is its 1-based position. */
export const ARTICLES: ReadonlyArray<ArticleSeed> = [
  ...PEOPLE_ARTICLES,
  ...BUSINESS_ARTICLES,
  ...CORPORATE_ARTICLES,
];

/** Tags that make an article relevant to a department's clients. */
export const DEPARTMENT_TAGS: Readonly<Record<string, ReadonlyArray<string>>> = {
  HR: ['onboarding', 'employee engagement', 'recruitment', 'wellbeing', 'hybrid work', 'learning', 'pay'],
  Marketing: ['brand', 'product launch', 'employee advocacy', 'employer brand', 'events'],
  Operations: ['frontline', 'safety', 'change management', 'esg'],
  'Customer Service': ['customer service', 'customer experience', 'recognition', 'frontline'],
  Product: ['product launch', 'customer experience', 'ai adoption'],
  Finance: ['financial results', 'cost reduction', 'pay', 'regulation'],
  IT: ['cybersecurity', 'digital workplace', 'intranet', 'ai adoption'],
};

/** The list item id of an article by its key (throws for an unknown key). */
export function articleId(key: string): string {
  const index = ARTICLES.findIndex((a) => a.key === key);
  if (index < 0) throw new Error(`No seeded article ${key}`);
  return String(index + 1);
}

/** Keys of the live (not retired) articles relevant to a department, in list order. */
export function articlesForDepartment(department: string): string[] {
  const tags = DEPARTMENT_TAGS[department] ?? [];
  return ARTICLES.filter((a) => !a.retired && a.tags.some((t) => tags.includes(t))).map((a) => a.key);
}

const COMMON_WORDS = new Set([
  'staff',
  'their',
  'about',
  'which',
  'where',
  'there',
  'these',
  'those',
  'every',
  'after',
  'before',
  'people',
  'other',
  'could',
  'would',
  'first',
  'three',
  'while',
  'within',
]);

/** Word stems (first six letters of words of five or more) of a text, without common words. */
function stems(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word.length >= 5 && !COMMON_WORDS.has(word))
      .map((word) => word.slice(0, 6)),
  );
}

/**
 * Keys of the live articles for a department that match `about` (a client's pressures, priorities
 * and KPIs), best match first: tags named in the text count most, then title words, then summary.
 */
export function articlesFor(department: string, about: string): string[] {
  const text = about.toLowerCase();
  const wanted = stems(about);
  const overlap = (words: Set<string>): number => [...words].filter((w) => wanted.has(w)).length;
  const scored = articlesForDepartment(department).map((key) => {
    const article = ARTICLES.find((a) => a.key === key);
    const score = article
      ? 3 * article.tags.filter((tag) => text.includes(tag)).length +
        2 * overlap(stems(article.title)) +
        overlap(stems(article.summary))
      : 0;
    return { key, score };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((s) => s.key);
}

/** The title of an article by key. */
export function articleTitle(key: string): string {
  const article = ARTICLES.find((a) => a.key === key);
  if (!article) throw new Error(`No seeded article ${key}`);
  return article.title;
}

/** HomeTurfArticles items with explicit ids, published relative to today. */
export function articleItems(clock: StoreClock): SpecListItem[] {
  return ARTICLES.map((article, index) => ({
    id: String(index + 1),
    createdBy: COMMS_TEAM_UPNS[index % COMMS_TEAM_UPNS.length] ?? DEMO_USER_UPN,
    fields: {
      Title: article.title,
      Url: article.url,
      Summary: article.summary,
      Tags: JSON.stringify(article.tags),
      Source: article.source,
      Published: clock.midnight(-article.daysAgo),
      Retired: article.retired === true,
    },
  }));
}
