import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const RETRIABLE = new Set([429, 503, 504]);
/** Throttled: Graph refused the request before running it, so any request can be sent again. */
const THROTTLED = 429;
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/**
 * The longest `Retry-After` a request waits for. A longer one fails the request at once with the
 * throttled answer, which carries the wait, so a write stays queued instead of holding on for it.
 */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Header that marks a POST as safe to replay (a `$batch` of GETs, or a write with its own key). */
export const IDEMPOTENT_HEADER = 'x-home-turf-idempotent';

/**
 * The wait `Retry-After` asks for, in ms: seconds (decimals too, e.g. `2.128`) or an HTTP date;
 * null when there is none or it cannot be read.
 */
export function parseRetryAfter(retryAfter: string | null, now: number = Date.now()): number | null {
  if (retryAfter === null || retryAfter.trim() === '') return null;
  const seconds = Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Ms to wait before trying again: what `Retry-After` asks, else exponential back-off from one second. */
export function retryDelayMs(retryAfter: string | null, attempt: number, now: number = Date.now()): number {
  return parseRetryAfter(retryAfter, now) ?? 1000 * 2 ** attempt;
}

/**
 * Waits as Graph asks and retries throttled or unavailable requests. Unlike the SDK's
 * RetryHandler it replays a POST or PATCH after a 503 or 504 only when the caller marked it
 * idempotent, so a write that reached the server before a 504 is not written twice. A 429 is
 * replayed whatever the method: Graph throttles a request instead of running it. A wait longer
 * than `maxRetryAfterMs` is not waited for: the throttled answer is the request's answer.
 */
export class RetryAfterMiddleware implements Middleware {
  private next: Middleware | undefined;
  /** Requests marked idempotent: the mark is taken off before sending, and a 401 sends them again. */
  private readonly marked = new WeakSet<Context>();

  constructor(
    private readonly sleep: Sleep = realSleep,
    private readonly maxRetries = 3,
    private readonly maxRetryAfterMs = MAX_RETRY_AFTER_MS,
  ) {}

  async execute(context: Context): Promise<void> {
    const method = (context.options?.method ?? 'GET').toUpperCase();
    const headers = new Headers(context.options?.headers);
    if (headers.has(IDEMPOTENT_HEADER)) {
      if (headers.get(IDEMPOTENT_HEADER) === 'true') this.marked.add(context);
      headers.delete(IDEMPOTENT_HEADER);
      context.options = { ...context.options, headers };
    }
    const replayable = IDEMPOTENT.has(method) || this.marked.has(context);
    for (let attempt = 0; ; attempt++) {
      await this.forward(context);
      const response = context.response;
      if (response === undefined || !RETRIABLE.has(response.status)) return;
      if ((!replayable && response.status !== THROTTLED) || attempt >= this.maxRetries) return;
      const delay = retryDelayMs(response.headers.get('Retry-After'), attempt);
      if (delay > this.maxRetryAfterMs) return;
      await this.sleep(delay);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  private async forward(context: Context): Promise<void> {
    if (this.next === undefined) throw new Error('RetryAfterMiddleware has no next middleware.');
    await this.next.execute(context);
  }
}
