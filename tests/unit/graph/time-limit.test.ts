import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { describeGraphError, errorStatus, retryAfterOf } from '../../../src/graph/graph-errors';
import { RetryAfterMiddleware } from '../../../src/graph/middleware/retry-after';
import {
  GraphTimeoutError,
  TIMED_OUT_MESSAGE,
  TimeLimitMiddleware,
} from '../../../src/graph/middleware/time-limit';

/** Stands in for fetch: answers only when told to, and fails as fetch does when its signal aborts. */
class Hanging implements Middleware {
  signals: AbortSignal[] = [];
  async execute(context: Context): Promise<void> {
    const signal = context.options?.signal;
    if (!signal) throw new Error('No signal was passed.');
    this.signals.push(signal);
    await new Promise<void>((_, reject) => {
      if (signal.aborted) reject(new DOMException('aborted', 'AbortError'));
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  }
  setNext(): void {}
}

/** Answers each request at once with the next status and Retry-After. */
class Answers implements Middleware {
  sent = 0;
  constructor(private readonly answers: Array<[number, string?]>) {}
  execute(context: Context): Promise<void> {
    const [status, retryAfter] = this.answers[this.sent++] ?? [200];
    context.response = new Response(null, {
      status,
      headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter },
    });
    return Promise.resolve();
  }
  setNext(): void {}
}

const context = (options: RequestInit = {}): Context => ({
  request: 'http://localhost/v1.0/me',
  options: { method: 'GET', ...options },
});

describe('the time limit on a Graph request', () => {
  it('aborts a request that is not answered in time and says so in plain words', async () => {
    const limit = new TimeLimitMiddleware(5);
    const fetch = new Hanging();
    limit.setNext(fetch);
    const error: unknown = await limit.execute(context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphTimeoutError);
    expect(fetch.signals[0]?.aborted).toBe(true);
    expect(describeGraphError(error)).toBe(TIMED_OUT_MESSAGE);
    expect(TIMED_OUT_MESSAGE).toMatch(/did not answer in time.*kept.*tried again/);
    expect(errorStatus(error)).toBe(0);
  });

  it('describes the graph client’s wrapping of it (status -1, the name as code) the same way', () => {
    const wrapped = Object.assign(new Error(TIMED_OUT_MESSAGE), {
      statusCode: -1,
      code: 'GraphTimeoutError',
    });
    expect(describeGraphError(wrapped)).toBe(TIMED_OUT_MESSAGE);
    const dropped = Object.assign(new Error('fetch failed'), { statusCode: -1, code: 'TypeError' });
    expect(describeGraphError(dropped)).toMatch(/could not be reached/);
  });

  it('still obeys the caller’s own signal, and reports that as the caller’s abort', async () => {
    const limit = new TimeLimitMiddleware(60_000);
    const fetch = new Hanging();
    limit.setNext(fetch);
    const caller = new AbortController();
    const sent = limit.execute(context({ signal: caller.signal })).catch((e: unknown) => e);
    caller.abort();
    const error = await sent;
    expect(error).toBeInstanceOf(DOMException);
    expect(error).not.toBeInstanceOf(GraphTimeoutError);
    expect(fetch.signals[0]?.aborted).toBe(true);
  });

  it('does not send a request whose caller already gave up', async () => {
    const limit = new TimeLimitMiddleware(60_000);
    const fetch = new Hanging();
    limit.setNext(fetch);
    const request = context({ signal: AbortSignal.abort() });
    await expect(limit.execute(request)).rejects.toBeInstanceOf(DOMException);
    expect(fetch.signals[0]?.aborted).toBe(true);
    // The caller's own options are given back for the next attempt.
    expect(request.options?.signal?.aborted).toBe(true);
  });

  it('gives each retried attempt a limit of its own', async () => {
    const answers = new Answers([[503, '1'], [200]]);
    const seen: Array<AbortSignal | null | undefined> = [];
    const limit = new TimeLimitMiddleware(60_000);
    limit.setNext({
      execute: (c) => {
        seen.push(c.options?.signal);
        return answers.execute(c);
      },
      setNext: () => {},
    });
    const retry = new RetryAfterMiddleware(() => Promise.resolve());
    retry.setNext(limit);
    await retry.execute(context());
    expect(answers.sent).toBe(2);
    expect(seen[0]).toBeInstanceOf(AbortSignal);
    expect(seen[1]).toBeInstanceOf(AbortSignal);
    expect(seen[0]).not.toBe(seen[1]);
  });
});

describe('a Retry-After past the ceiling', () => {
  const run = async (answers: Array<[number, string?]>, ceilingMs?: number) => {
    const waits: number[] = [];
    const retry = new RetryAfterMiddleware(
      (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      3,
      ceilingMs,
    );
    const graph = new Answers(answers);
    retry.setNext(graph);
    const request = context({ method: 'POST' });
    await retry.execute(request);
    return { waits, sent: graph.sent, status: request.response?.status, request };
  };

  it('is not waited for: the throttled answer comes back at once, with its Retry-After', async () => {
    const { waits, sent, status, request } = await run([[429, '3600'], [200]]);
    expect(waits).toEqual([]);
    expect(sent).toBe(1);
    expect(status).toBe(429);
    expect(retryAfterOf({ headers: request.response?.headers })).toBe(3_600_000);
  });

  it('is waited for up to the ceiling, which can be set', async () => {
    expect((await run([[429, '60'], [200]])).waits).toEqual([60_000]);
    const small = await run([[429, '2'], [200]], 1000);
    expect(small).toMatchObject({ waits: [], sent: 1, status: 429 });
  });
});
