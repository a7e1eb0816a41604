import type { ArticleQuery, RankedArticle } from '../../../src/domain/rank-articles';
import type { Article } from '../../../src/domain/team-store';
import {
  createArticleRanker,
  type RankerWorker,
} from '../../../src/features/prep-card/article-ranker/create-article-ranker';
import {
  LOAD_PART_SIZE,
  type RankerRequest,
  type RankerResponse,
} from '../../../src/features/prep-card/article-ranker/ranker-protocol';
import { createRankerSession } from '../../../src/features/prep-card/article-ranker/ranker-session';
import { handleRankerMessage } from '../../../src/features/prep-card/article-ranker/ranker-worker-handler';

const TODAY = '2026-11-24';

function buildArticle(overrides: Partial<Article> & Pick<Article, 'id' | 'title'>): Article {
  return {
    url: `https://example.org/${overrides.id}`,
    summary: '',
    tags: [],
    published: '2026-11-01',
    retired: false,
    ...overrides,
  };
}

const library = [
  buildArticle({ id: 'onboarding', title: 'Onboarding new starters', tags: ['HR'] }),
  buildArticle({ id: 'engagement', title: 'Pulse surveys and engagement' }),
  buildArticle({ id: 'retired', title: 'Onboarding in 2019', retired: true }),
];

const query: ArticleQuery = {
  priorities: ['Onboarding for new starters'],
  pressures: [],
  kpis: ['engagement'],
  subject: 'HR catch-up',
  agenda: '',
};

const ids = (results: readonly RankedArticle[]): string[] => results.map((r) => r.article.id);

/** Lets pending promise callbacks run, without letting any timer fire. */
async function settleMicrotasks(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

type FakeWorker = RankerWorker & {
  sent: RankerRequest[];
  terminated: boolean;
  /** Stops answering, as a worker whose script never loaded. */
  silent: boolean;
};

/**
 * Stands in for the worker: the worker's own message handler behind a message boundary, with
 * messages structured-cloned both ways and delivered in later tasks, as a browser does.
 */
function fakeWorker(alter: (response: RankerResponse) => unknown = (response) => response): FakeWorker {
  const session = createRankerSession();
  const worker: FakeWorker = {
    sent: [],
    terminated: false,
    silent: false,
    onmessage: null,
    onerror: null,
    postMessage(message) {
      worker.sent.push(message);
      const data = structuredClone(message);
      setTimeout(() => {
        if (worker.silent || worker.terminated) return;
        handleRankerMessage(session, data, (response) => {
          const reply = structuredClone(alter(response));
          setTimeout(() => {
            if (!worker.terminated) worker.onmessage?.(new MessageEvent('message', { data: reply }));
          }, 0);
        });
      }, 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('createArticleRanker on this thread (no Worker, as in Node and jsdom)', () => {
  it('ranks the library it was given, without retired articles', async () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    const ranker = createArticleRanker();
    ranker.load(library);
    expect(ids(await ranker.rank(query, { today: TODAY }))).toEqual(['onboarding', 'engagement']);
    ranker.dispose();
  });

  it('answers in a later task, never during the call or its microtasks', async () => {
    jest.useFakeTimers();
    try {
      const ranker = createArticleRanker({ spawnWorker: null });
      ranker.load(library);
      const first = ranker.rank(query, { today: TODAY });
      await jest.runAllTimersAsync();
      await first;
      // The index is built now: only the deliberate wait for a new task stands in the way.
      let answer: string[] | undefined;
      void ranker.rank(query, { today: TODAY }).then((results) => {
        answer = ids(results);
      });
      await settleMicrotasks();
      expect(answer).toBeUndefined();
      await jest.runAllTimersAsync();
      expect(answer).toEqual(['onboarding', 'engagement']);
    } finally {
      jest.useRealTimers();
    }
  });

  it('answers nothing before a library is loaded', async () => {
    const ranker = createArticleRanker({ spawnWorker: null });
    expect(await ranker.rank(query, { today: TODAY })).toEqual([]);
  });

  it('answers each call from the library loaded before it', async () => {
    const ranker = createArticleRanker({ spawnWorker: null });
    ranker.load(library);
    const before = ranker.rank(query, { today: TODAY });
    ranker.load([buildArticle({ id: 'other', title: 'Engagement ideas' })]);
    const after = ranker.rank(query, { today: TODAY });
    expect(ids(await before)).toEqual(['onboarding', 'engagement']);
    expect(ids(await after)).toEqual(['other']);
  });

  it('leaves out articles already shared with the client', async () => {
    const ranker = createArticleRanker({ spawnWorker: null });
    ranker.load(library);
    const results = await ranker.rank(query, { today: TODAY, exclude: new Set(['onboarding']) });
    expect(ids(results)).toEqual(['engagement']);
  });

  it('rejects calls once disposed, including one in flight', async () => {
    const ranker = createArticleRanker({ spawnWorker: null });
    ranker.load(library);
    const inFlight = ranker.rank(query, { today: TODAY });
    ranker.dispose();
    await expect(inFlight).rejects.toThrow('disposed');
    await expect(ranker.rank(query, { today: TODAY })).rejects.toThrow('disposed');
  });
});

describe('createArticleRanker with a worker', () => {
  it('indexes and ranks in the worker, sending only plain data', async () => {
    const worker = fakeWorker();
    const ranker = createArticleRanker({ spawnWorker: () => worker });
    ranker.load(library);
    const results = await ranker.rank(query, { today: TODAY, limit: 1, exclude: new Set(['engagement']) });
    expect(ids(results)).toEqual(['onboarding']);
    expect(results[0]?.because).toBe('matches "onboarding new starters", "HR" · 3 weeks old');
    expect(worker.sent.map((m) => m.kind)).toEqual(['load', 'rank']);
    expect(worker.sent[1]).toMatchObject({ today: TODAY, limit: 1, exclude: ['engagement'] });
  });

  it('sends a large library in parts, each in its own task, and ranks against all of it', async () => {
    const worker = fakeWorker();
    const ranker = createArticleRanker({ spawnWorker: () => worker });
    const filler = Array.from({ length: 2 * LOAD_PART_SIZE }, (_, i) =>
      buildArticle({ id: `filler${i}`, title: 'Quarterly results' }),
    );
    ranker.load([...filler, ...library]);
    // Only the first part is posted during the call; the rest follow in later tasks.
    expect(worker.sent).toHaveLength(1);
    const results = await ranker.rank(query, { today: TODAY });
    expect(ids(results)).toEqual(['onboarding', 'engagement']);
    const parts = worker.sent.filter((m) => m.kind === 'load');
    expect(parts.map((m) => [m.articles.length, m.first, m.last])).toEqual([
      [LOAD_PART_SIZE, true, false],
      [LOAD_PART_SIZE, false, false],
      [library.length, false, true],
    ]);
  });

  it('stops sending a library once a newer one is loaded', async () => {
    const worker = fakeWorker();
    const ranker = createArticleRanker({ spawnWorker: () => worker });
    const big = Array.from({ length: 3 * LOAD_PART_SIZE }, (_, i) =>
      buildArticle({ id: `a${i}`, title: 'Onboarding' }),
    );
    ranker.load(big);
    ranker.load(library);
    expect(ids(await ranker.rank(query, { today: TODAY }))).toEqual(['onboarding', 'engagement']);
    const parts = worker.sent.filter((m) => m.kind === 'load');
    expect(parts.map((m) => [m.articles.length, m.first, m.last])).toEqual([
      [LOAD_PART_SIZE, true, false],
      [library.length, true, true],
    ]);
  });

  it('passes on a failure in the worker as a rejection', async () => {
    const ranker = createArticleRanker({ spawnWorker: () => fakeWorker() });
    ranker.load(library);
    await expect(ranker.rank(query, { today: 'tomorrow' })).rejects.toThrow('Not a calendar date: tomorrow');
  });

  it('rejects an answer it cannot read', async () => {
    const worker = fakeWorker((response) => ({ ...response, results: [{ article: 'onboarding' }] }));
    const ranker = createArticleRanker({ spawnWorker: () => worker });
    ranker.load(library);
    await expect(ranker.rank(query, { today: TODAY })).rejects.toThrow('unreadable answer');
  });

  it('carries on in this thread when the worker fails, answering the calls in flight', async () => {
    const worker = fakeWorker();
    worker.silent = true;
    const ranker = createArticleRanker({ spawnWorker: () => worker });
    ranker.load(library);
    const inFlight = ranker.rank(query, { today: TODAY });
    worker.onerror?.(new Event('error') as ErrorEvent);
    expect(worker.terminated).toBe(true);
    expect(ids(await inFlight)).toEqual(['onboarding', 'engagement']);
    expect(ids(await ranker.rank(query, { today: TODAY, limit: 1 }))).toEqual(['onboarding']);
  });

  it('ranks in this thread when the worker cannot be started', async () => {
    const ranker = createArticleRanker({
      spawnWorker: () => {
        throw new Error('Refused by the content security policy');
      },
    });
    ranker.load(library);
    expect(ids(await ranker.rank(query, { today: TODAY }))).toEqual(['onboarding', 'engagement']);
  });

  it('stops the worker and rejects calls in flight when disposed', async () => {
    const worker = fakeWorker();
    const ranker = createArticleRanker({ spawnWorker: () => worker });
    ranker.load(library);
    const inFlight = ranker.rank(query, { today: TODAY });
    ranker.dispose();
    expect(worker.terminated).toBe(true);
    await expect(inFlight).rejects.toThrow('disposed');
  });
});

describe('handleRankerMessage (the worker side)', () => {
  async function answer(messages: unknown[]): Promise<RankerResponse[]> {
    const session = createRankerSession();
    const posted: RankerResponse[] = [];
    for (const message of messages) handleRankerMessage(session, message, (r) => posted.push(r));
    await new Promise((resolve) => setTimeout(resolve, 5));
    return posted;
  }

  const rank = { kind: 'rank', id: 3, query, today: TODAY, exclude: [] };

  it.each([
    ['a rank request with a malformed query', [{ ...rank, query: { subject: 1 } }], [3]],
    ['a request of an unknown kind', [{ kind: 'eval', id: 4, code: 'alert(1)' }], [4]],
  ])('answers %s with a failure', async (_, messages, failedIds) => {
    const posted = await answer(messages);
    expect(posted).toEqual(failedIds.map((id) => ({ kind: 'failed', id, message: 'Unreadable request.' })));
  });

  it.each([null, 'load', 42, { kind: 'rank' }, { id: 'x' }])(
    'ignores %j, which has no id to answer',
    async (data) => {
      expect(await answer([data])).toEqual([]);
    },
  );

  it('leaves out a malformed article and keeps the rest of the library', async () => {
    const posted = await answer([
      { kind: 'load', articles: [library[0], { id: 'bad', title: 42 }, library[1]], first: true, last: true },
      rank,
    ]);
    expect(posted).toHaveLength(1);
    const [reply] = posted;
    expect(reply?.kind === 'ranked' ? ids(reply.results) : reply).toEqual(['onboarding', 'engagement']);
  });
});
