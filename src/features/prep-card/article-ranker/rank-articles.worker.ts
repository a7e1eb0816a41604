import '../../../zod-without-eval';
/**
 * The ranking worker: indexes the library it is sent, then answers rank requests, so that neither
 * the index build nor a query ever runs on the page's thread. Started by create-article-ranker.ts.
 */
import type { RankerResponse } from './ranker-protocol';
import { createRankerSession } from './ranker-session';
import { handleRankerMessage } from './ranker-worker-handler';

/**
 * The part of a dedicated worker's global scope used here. The project compiles against the DOM
 * library, where `self` is a Window; the WebWorker library cannot be added beside it.
 */
type WorkerScope = {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: RankerResponse): void;
};

const scope = globalThis as unknown as WorkerScope;
const session = createRankerSession();

scope.addEventListener('message', (event) => {
  handleRankerMessage(session, event.data, (response) => {
    scope.postMessage(response);
  });
});
