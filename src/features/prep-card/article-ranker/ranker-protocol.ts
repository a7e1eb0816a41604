/**
 * The messages between the page and the ranking worker. Both sides parse what they receive: a
 * message is structured-cloned data from another realm, so its shape is checked, not assumed.
 * Only plain data crosses: dates as `YYYY-MM-DD` strings, the exclusion set as an array.
 */
import { z } from 'zod/mini';
import type { ArticleQuery, RankedArticle, RankOptions } from '../../../domain/rank-articles';
import type { Article } from '../../../domain/team-store';

/**
 * Articles per load message. Posting a message copies it on the page's thread, and 10,000 articles
 * at once can take tens of milliseconds; a thousand at a time keeps each copy to a few.
 */
export const LOAD_PART_SIZE = 1_000;

const articleSchema: z.ZodMiniType<Article> = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string(),
  summary: z.string(),
  tags: z.array(z.string()),
  source: z.exactOptional(z.string()),
  published: z.string(),
  retired: z.boolean(),
});

const querySchema: z.ZodMiniType<ArticleQuery> = z.object({
  priorities: z.array(z.string()),
  pressures: z.array(z.string()),
  kpis: z.array(z.string()),
  subject: z.string(),
  agenda: z.string(),
});

const requestSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('load'),
    // One malformed article is left out rather than losing the whole library.
    articles: z.array(z.catch(z.nullable(articleSchema), null)),
    first: z.boolean(),
    last: z.boolean(),
  }),
  z.object({
    kind: z.literal('rank'),
    id: z.number(),
    query: querySchema,
    today: z.string(),
    limit: z.exactOptional(z.number()),
    exclude: z.array(z.string()),
  }),
]);

const rankedSchema: z.ZodMiniType<RankedArticle> = z.object({
  article: articleSchema,
  score: z.number(),
  matched: z.array(z.string()),
  because: z.string(),
});

const responseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ranked'), id: z.number(), results: z.array(rankedSchema) }),
  z.object({ kind: z.literal('failed'), id: z.number(), message: z.string() }),
]);

export type RankerRequest = z.infer<typeof requestSchema>;
export type RankRequest = Extract<RankerRequest, { kind: 'rank' }>;
export type RankerResponse = z.infer<typeof responseSchema>;

/** A parsed message, or the id it carried (if any) so that its sender can be told it failed. */
export type Parsed<T> = { ok: true; message: T } | { ok: false; id: number | null };

const withId = z.object({ id: z.number() });

function parse<T>(schema: z.ZodMiniType<T>, data: unknown): Parsed<T> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, message: parsed.data };
  const carried = withId.safeParse(data);
  return { ok: false, id: carried.success ? carried.data.id : null };
}

export const parseRequest = (data: unknown): Parsed<RankerRequest> => parse(requestSchema, data);
export const parseResponse = (data: unknown): Parsed<RankerResponse> => parse(responseSchema, data);

/** A rank call as a message. */
export function rankRequest(id: number, query: ArticleQuery, options: RankOptions): RankRequest {
  return {
    kind: 'rank',
    id,
    query: {
      priorities: [...query.priorities],
      pressures: [...query.pressures],
      kpis: [...query.kpis],
      subject: query.subject,
      agenda: query.agenda,
    },
    today: options.today,
    ...(options.limit === undefined ? {} : { limit: options.limit }),
    exclude: [...(options.exclude ?? [])],
  };
}

/** A rank message back as the options of a rank call. */
export function rankOptionsOf(request: RankRequest): RankOptions {
  return {
    today: request.today,
    ...(request.limit === undefined ? {} : { limit: request.limit }),
    exclude: new Set(request.exclude),
  };
}
