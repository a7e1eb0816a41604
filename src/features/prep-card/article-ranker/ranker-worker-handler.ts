import { parseRequest, rankOptionsOf, type RankerResponse } from './ranker-protocol';
import type { RankerSession } from './ranker-session';

/**
 * What the worker does with one message: index a library, or rank and post the answer. Kept apart
 * from the worker's global scope so that tests can run it as a stand-in worker.
 */
export function handleRankerMessage(
  session: RankerSession,
  data: unknown,
  post: (response: RankerResponse) => void,
): void {
  const parsed = parseRequest(data);
  if (!parsed.ok) {
    if (parsed.id !== null) post({ kind: 'failed', id: parsed.id, message: 'Unreadable request.' });
    return;
  }
  const request = parsed.message;
  if (request.kind === 'load') {
    const articles = request.articles.filter((article) => article !== null);
    session.receive(articles, { first: request.first, last: request.last });
    return;
  }
  session.rank(request.query, rankOptionsOf(request)).then(
    (results) => {
      post({ kind: 'ranked', id: request.id, results });
    },
    (error: unknown) => {
      post({
        kind: 'failed',
        id: request.id,
        message: error instanceof Error ? error.message : 'Ranking failed.',
      });
    },
  );
}
