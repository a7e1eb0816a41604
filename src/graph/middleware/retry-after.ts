import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const RETRIABLE = new Set([429, 503, 504]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** Header that marks a POST as safe to replay (a `$batch` of GETs, or a write with its own key). */
export const IDEMPOTENT_HEADER = 'x-home-turf-idempotent';

/**
 * Seconds Graph asks us to wait: `Retry-After` as seconds (decimals too, e.g. `2.128`) or an HTTP
 * date; otherwise exponential back-off from one second.
 */
export function retryDelayMs(retryAfter: string | null, attempt: number, now: number = Date.now()): number {
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  return 1000 * 2 ** attempt;
}

/**
 * Waits as Graph asks and retries throttled or unavailable requests. Unlike the SDK's
 * RetryHandler it never replays a POST or PATCH unless the caller marked it idempotent, so a
 * write that reached the server before a 504 is not written twice.
 */
export class RetryAfterMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly sleep: Sleep = realSleep,
    private readonly maxRetries = 3,
  ) {}

  async execute(context: Context): Promise<void> {
    const method = (context.options?.method ?? 'GET').toUpperCase();
    const headers = new Headers(context.options?.headers);
    const replayable = IDEMPOTENT.has(method) || headers.get(IDEMPOTENT_HEADER) === 'true';
    if (headers.has(IDEMPOTENT_HEADER)) {
      headers.delete(IDEMPOTENT_HEADER);
      context.options = { ...context.options, headers };
    }
    for (let attempt = 0; ; attempt++) {
      await this.forward(context);
      const response = context.response;
      if (response === undefined || !RETRIABLE.has(response.status)) return;
      if (!replayable || attempt >= this.maxRetries) return;
      await this.sleep(retryDelayMs(response.headers.get('Retry-After'), attempt));
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
