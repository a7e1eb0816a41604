import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/** How long one request to Graph may take before Home Turf gives up on it. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** What a person is told when Microsoft 365 did not answer within the time limit. */
export const TIMED_OUT_MESSAGE =
  'Microsoft 365 did not answer in time. Nothing you entered is lost: it is kept and can be tried again.';

/**
 * A request Graph did not answer within the time limit. The request may or may not have reached
 * Graph, so a write is kept and tried again later. The graph client wraps it with status -1 and
 * this name as the code.
 */
export class GraphTimeoutError extends Error {
  override readonly name = 'GraphTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(TIMED_OUT_MESSAGE);
  }
}

/**
 * Gives each request to Graph a time limit: when it passes, the request is aborted and fails with
 * GraphTimeoutError instead of holding its caller open. A signal the caller passed still aborts
 * the request as before, and is then reported as the caller's abort, not as a time-out.
 */
export class TimeLimitMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly timeoutMs: number = DEFAULT_TIMEOUT_MS) {}

  async execute(context: Context): Promise<void> {
    if (this.next === undefined) throw new Error('TimeLimitMiddleware has no next middleware.');
    const controller = new AbortController();
    const callerSignal = context.options?.signal ?? undefined;
    const onCallerAbort = () => controller.abort(callerSignal?.reason);
    if (callerSignal?.aborted) onCallerAbort();
    else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    const timer = setTimeout(() => controller.abort(new GraphTimeoutError(this.timeoutMs)), this.timeoutMs);
    const options = context.options;
    context.options = { ...options, signal: controller.signal };
    try {
      await this.next.execute(context);
    } catch (error) {
      // The limit ran out (fetch itself reports only that it was aborted).
      if (controller.signal.reason instanceof GraphTimeoutError) throw controller.signal.reason;
      throw error;
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
      // A retry sends the request again through here, with a limit of its own.
      if (options === undefined) delete context.options;
      else context.options = options;
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
