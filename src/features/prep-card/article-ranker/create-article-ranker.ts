import type { ArticleQuery, RankedArticle, RankOptions } from '../../../domain/rank-articles';
import type { Article } from '../../../domain/team-store';
import { LOAD_PART_SIZE, parseResponse, rankRequest, type RankerRequest } from './ranker-protocol';
import type { RankerSession } from './ranker-session';

/** Ranks the article library for a meeting without holding up the page. */
export type ArticleRanker = {
  /** Hands over the library (retired articles are ignored); later rank calls use it. */
  load(articles: readonly Article[]): void;
  /** The articles worth bringing, best first; nothing until a library has been loaded. */
  rank(query: ArticleQuery, options: RankOptions): Promise<RankedArticle[]>;
  /** Stops the worker; pending and later rank calls are rejected. */
  dispose(): void;
};

/** The part of a `Worker` the ranker uses, so tests can stand one in. */
export type RankerWorker = {
  postMessage(message: RankerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

export type ArticleRankerOptions = {
  /**
   * Starts the ranking worker; null ranks on this thread instead.
   * @default a worker running rank-articles.worker.ts when `Worker` exists, otherwise null
   */
  spawnWorker?: (() => RankerWorker) | null;
};

/**
 * Webpack 5 recognises `new Worker(new URL(…, import.meta.url))` and emits the worker as its own
 * chunk. Under Jest, @swc/jest rewrites `import.meta.url` to the file's URL, so this module loads
 * there too; it is never called, because neither Node nor jsdom has `Worker`.
 */
function spawnRankWorker(): RankerWorker {
  return new Worker(new URL('./rank-articles.worker.ts', import.meta.url), { name: 'article-ranker' });
}

type Pending = {
  query: ArticleQuery;
  options: RankOptions;
  resolve: (results: RankedArticle[]) => void;
  reject: (error: Error) => void;
};

const disposedError = (): Error => new Error('The article ranker has been disposed.');

/** Waits a task, so an in-thread ranking never runs inside the render that asked for it. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * An article ranker that indexes and ranks in a Web Worker when the platform has them, and
 * otherwise (Node, jsdom) on this thread in later tasks, with the index built in chunks. If the
 * worker fails to start, the ranker carries on in-thread with the library it was last given, and
 * the rank calls in flight are answered from there.
 */
export function createArticleRanker(options: ArticleRankerOptions = {}): ArticleRanker {
  const spawn =
    options.spawnWorker !== undefined
      ? options.spawnWorker
      : typeof Worker === 'undefined'
        ? null
        : spawnRankWorker;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let disposed = false;
  let library: readonly Article[] | null = null;
  let fallback: Promise<RankerSession> | null = null;
  let worker: RankerWorker | null = null;

  // Loaded on first use: when the worker runs, MiniSearch and the index code stay out of the
  // page's bundle.
  const inThread = (): Promise<RankerSession> =>
    (fallback ??= import(
      /* webpackChunkName: "on-demand-article-ranker-in-thread" */ './ranker-session'
    ).then(({ createRankerSession }) => createRankerSession({ beforeRanking: nextTask })));

  const loadInThread = (articles: readonly Article[]): void => {
    // A failed import is reported by the rank calls, which wait on the same promise.
    inThread().then(
      (session) => {
        session.load(articles);
      },
      () => undefined,
    );
  };

  const rankInThread = async (query: ArticleQuery, rankOptions: RankOptions): Promise<RankedArticle[]> => {
    const results = await (await inThread()).rank(query, rankOptions);
    if (disposed) throw disposedError();
    return results;
  };

  /** The worker could not run: stop it and answer everything from this thread from now on. */
  const abandonWorker = (): void => {
    worker?.terminate();
    worker = null;
    if (library !== null) loadInThread(library);
    const waiting = [...pending.values()];
    pending.clear();
    for (const call of waiting) rankInThread(call.query, call.options).then(call.resolve, call.reject);
  };

  let loading = 0;
  /** Sends the library in parts, each in its own task, for as long as it is still the one wanted. */
  const postLibrary = (target: RankerWorker, articles: readonly Article[]): void => {
    const generation = ++loading;
    const post = (start: number): void => {
      if (disposed || worker !== target || generation !== loading) return;
      const end = start + LOAD_PART_SIZE;
      const part = articles.slice(start, end);
      target.postMessage({ kind: 'load', articles: part, first: start === 0, last: end >= articles.length });
      if (end < articles.length) setTimeout(post, 0, end);
    };
    post(0);
  };

  const onMessage = (event: MessageEvent<unknown>): void => {
    const parsed = parseResponse(event.data);
    const id = parsed.ok ? parsed.message.id : parsed.id;
    const call = id === null ? undefined : pending.get(id);
    if (id === null || call === undefined) return;
    pending.delete(id);
    if (!parsed.ok) call.reject(new Error('The article ranker sent an unreadable answer.'));
    else if (parsed.message.kind === 'failed') call.reject(new Error(parsed.message.message));
    else call.resolve(parsed.message.results);
  };

  if (spawn !== null) {
    try {
      worker = spawn();
      worker.onmessage = onMessage;
      worker.onerror = abandonWorker;
    } catch {
      // A content security policy or an old host can refuse workers; ranking still works.
      worker = null;
    }
  }

  return {
    load(articles) {
      if (disposed) return;
      library = articles;
      if (worker !== null) postLibrary(worker, [...articles]);
      else loadInThread(articles);
    },
    rank(query, rankOptions) {
      if (disposed) return Promise.reject(disposedError());
      const current = worker;
      if (current === null) return rankInThread(query, rankOptions);
      const id = nextId++;
      return new Promise<RankedArticle[]>((resolve, reject) => {
        current.postMessage(rankRequest(id, query, rankOptions));
        pending.set(id, { query, options: rankOptions, resolve, reject });
      });
    },
    dispose() {
      disposed = true;
      worker?.terminate();
      worker = null;
      const waiting = [...pending.values()];
      pending.clear();
      for (const call of waiting) call.reject(disposedError());
    },
  };
}
