import type { Outbox } from '../../../src/features/outbox/outbox';

/**
 * What crossed the wire during the fault matrix, recorded at `fetch` (the Graph client and the
 * demo sign-in both call it): every request, its status and the `Retry-After` it was answered
 * with, `$batch` members' included. It also closes panes: a pane that is gone never reads an
 * answer to what it sent, though the tenant still receives and runs it.
 */

export type Exchange = {
  method: string;
  url: string;
  /** The HTTP status, or null while in flight and when no answer came (a dropped connection). */
  status: number | null;
  /** `Retry-After` in ms, as the test reads it: the response's own and its `$batch` members'. */
  retryAfterMs: number[];
  /** The answer came after its pane closed, so the pane never saw it. */
  unseen: boolean;
};

export type Wire = {
  /** A mark to count from: what is sent after it belongs to one cell. */
  mark: () => number;
  /** Requests to the Graph API since the mark. */
  graphRequests: (from: number) => Exchange[];
  /** Sign-ins (new tokens from the demo tenant) since the mark. */
  signIns: (from: number) => number;
  /** The wait each Graph answer since the mark asked for (its longest `Retry-After`), when it asked. */
  askedWaits: (from: number) => number[];
  /** The pane is closed: whatever it sent gets no answer it could act on. */
  closePane: (outbox: Outbox) => void;
  /** Resolves once every request sent so far has its answer (or none). */
  settled: () => Promise<void>;
};

function urlOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

function secondsToMs(value: string | null | undefined): number[] {
  return value === null || value === undefined ? [] : [Number(value) * 1000];
}

async function retryAfterIn(response: Response, url: string): Promise<number[]> {
  const own = secondsToMs(response.headers.get('retry-after'));
  if (!url.endsWith('/$batch') || response.status !== 200) return own;
  const body = (await response.clone().json()) as { responses?: { headers?: Record<string, string> }[] };
  const members = (body.responses ?? []).flatMap((member) => {
    const headers = member.headers ?? {};
    const key = Object.keys(headers).find((k) => k.toLowerCase() === 'retry-after');
    return secondsToMs(key === undefined ? undefined : headers[key]);
  });
  return [...own, ...members];
}

/**
 * Records the wire for the file's tests. Installed at once, so that every sign-in created later
 * (which keeps the `fetch` it was given) is recorded too; removed after the file.
 */
export function recordWire(): Wire {
  const exchanges: Exchange[] = [];
  const flights: Promise<unknown>[] = [];
  // Panes are numbered; a request belongs to the pane open when it was sent.
  let pane = 0;
  const closedPanes = new Set<number>();
  const realFetch = globalThis.fetch;

  const recording: typeof fetch = async (input, init) => {
    const url = urlOf(input);
    const exchange: Exchange = {
      method: (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase(),
      url,
      status: null,
      retryAfterMs: [],
      unseen: false,
    };
    exchanges.push(exchange);
    const sentBy = pane;
    const answer = realFetch(input, init);
    flights.push(answer.catch(() => undefined));
    const response = await answer;
    exchange.status = response.status;
    exchange.retryAfterMs = await retryAfterIn(response, url);
    if (closedPanes.has(sentBy)) {
      exchange.unseen = true;
      await response.body?.cancel();
      // A closed pane runs no more code: the answer is never read.
      return new Promise<Response>(() => undefined);
    }
    return response;
  };
  globalThis.fetch = recording;
  afterAll(() => {
    globalThis.fetch = realFetch;
  });

  const graphRequests = (from: number) => exchanges.slice(from).filter((e) => e.url.includes('/graph/'));
  return {
    mark: () => exchanges.length,
    graphRequests,
    signIns: (from) => exchanges.slice(from).filter((e) => e.url.endsWith('/demo/token')).length,
    askedWaits: (from) =>
      graphRequests(from)
        .map((e) => Math.max(0, ...e.retryAfterMs))
        .filter((ms) => ms > 0),
    closePane: (outbox) => {
      closedPanes.add(pane);
      pane += 1;
      outbox.dispose();
    },
    settled: async () => {
      await Promise.all(flights);
    },
  };
}
