import { isCalendarDate } from './calendar-date';
import type { Article, IsoDate } from './team-store';

/**
 * An article in the library's editor, as typed: every field a string until it is checked. Pure:
 * "today" comes in as an argument.
 */
export type ArticleDraft = {
  url: string;
  title: string;
  summary: string;
  /** Comma-separated, as typed: "Onboarding, Employee experience". */
  tags: string;
  source: string;
  /** `YYYY-MM-DD`. */
  published: string;
};

export type ArticleField = 'url' | 'title' | 'summary' | 'tags' | 'source' | 'published';
export type ArticleErrors = Partial<Record<ArticleField, string>>;

/** SharePoint's limit on a single line of text: Title, Url and Source are single-line columns. */
export const TEXT_LIMIT = 255;
export const MAX_TAGS = 10;
const SUMMARY_LIMIT = 2000;

export function emptyArticleDraft(today: IsoDate): ArticleDraft {
  return { url: '', title: '', summary: '', tags: '', source: '', published: today };
}

export function draftFromArticle(article: Article): ArticleDraft {
  return {
    url: article.url,
    title: article.title,
    summary: article.summary,
    tags: article.tags.join(', '),
    source: article.source ?? '',
    published: article.published,
  };
}

/** "Onboarding, employee Experience," → `['onboarding', 'employee experience']`: trimmed, lower case, once each. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((t) => t.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter((t) => t !== '');
  return [...new Set(tags)];
}

/**
 * What is wrong with a link to put in the library, in words for the form, or null when it is fine.
 * Only https links are shown to the team, and a link that signs in (`name:password@`) would hand
 * the credentials to everyone who reads the library.
 */
export function checkArticleUrl(text: string): string | null {
  const value = text.trim();
  if (value === '') return "Paste the article's link.";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter the full link, starting with https://.';
  }
  if (url.protocol === 'http:') return 'Only secure links can be saved: use the https:// address.';
  if (url.protocol !== 'https:') return 'Only web links starting with https:// can be saved.';
  if (url.username !== '' || url.password !== '')
    return 'Remove the sign-in details (name:password@) from the link.';
  if (url.href.length > TEXT_LIMIT)
    return `The link is longer than the library keeps (${TEXT_LIMIT} characters).`;
  return null;
}

/** What is wrong with a draft, per field, in words for the form; empty when it can be saved. */
export function checkArticle(draft: ArticleDraft): ArticleErrors {
  const errors: ArticleErrors = {};
  const url = checkArticleUrl(draft.url);
  if (url !== null) errors.url = url;
  const title = draft.title.trim();
  if (title === '') errors.title = 'Give the article a title.';
  else if (title.length > TEXT_LIMIT)
    errors.title = `Keep the title to ${TEXT_LIMIT} characters (it has ${title.length}).`;
  if (draft.summary.trim().length > SUMMARY_LIMIT)
    errors.summary = `Keep the summary to two or three sentences (${SUMMARY_LIMIT} characters at most).`;
  const tags = parseTags(draft.tags);
  if (tags.length > MAX_TAGS) errors.tags = `${MAX_TAGS} tags at most (there are ${tags.length}).`;
  else if (tags.some((t) => t.length > 50)) errors.tags = 'Keep each tag to a few words.';
  if (draft.source.trim().length > TEXT_LIMIT) errors.source = `Keep the source to ${TEXT_LIMIT} characters.`;
  if (draft.published.trim() === '') errors.published = 'Give the date it was published.';
  else if (!isCalendarDate(draft.published.trim()))
    errors.published = 'The published date must be a real date.';
  return errors;
}

/** The article a checked draft describes; `base` keeps the id, etag and retired mark of an edited one. */
export function articleFromDraft(
  draft: ArticleDraft,
  base: Pick<Article, 'id' | 'retired'> & Partial<Article>,
): Article {
  const article: Article = {
    ...base,
    url: new URL(draft.url.trim()).href,
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    tags: parseTags(draft.tags),
    published: draft.published.trim(),
  };
  const source = draft.source.trim();
  if (source === '') delete article.source;
  else article.source = source;
  return article;
}
