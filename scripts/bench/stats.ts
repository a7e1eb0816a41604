/**
 * Small pure helpers the benchmarks share: the statistics they report and how they count what a
 * browser sent to Graph.
 */

/** The middle value (the upper middle of an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Medians of the same work done batched and one request at a time, and how much faster batched is. */
export function compareMedians(
  batched: readonly number[],
  sequential: readonly number[],
): { batchedMs: number; sequentialMs: number; ratio: number } {
  const batchedMs = median(batched);
  const sequentialMs = median(sequential);
  return { batchedMs, sequentialMs, ratio: sequentialMs / batchedMs };
}

/**
 * How many Graph requests one HTTP request carries: a `$batch` POST carries its members (Graph
 * runs each as a request of its own), anything else is one.
 */
export function graphRequestsIn(method: string, url: string, body: string | null): number {
  if (method.toUpperCase() !== 'POST' || !new URL(url).pathname.endsWith('/$batch')) return 1;
  try {
    const parsed: unknown = JSON.parse(body ?? '');
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'requests' in parsed &&
      Array.isArray(parsed.requests)
    ) {
      return parsed.requests.length;
    }
  } catch {
    // An unreadable body still went out as one request.
  }
  return 1;
}

/** An HTTP request from being sent to its answer arriving, on one clock, in milliseconds. */
export type Interval = { start: number; end: number };

/**
 * The round trips one after another among some requests: the most of them that can be lined up
 * each sent after the answer to the one before arrived (earliest answer first finds that many).
 * Requests sent side by side count once, however many there are.
 */
export function sequentialRoundTrips(requests: readonly Interval[]): number {
  const byEnd = [...requests].sort((a, b) => a.end - b.end);
  let count = 0;
  let free = Number.NEGATIVE_INFINITY;
  for (const request of byEnd) {
    if (request.start < free) continue;
    count += 1;
    free = request.end;
  }
  return count;
}
