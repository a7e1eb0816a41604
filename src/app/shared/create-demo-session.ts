import { createDemoSignIn } from '../../auth/demo-sign-in';
import type { Session } from '../../features/session';
import { createSyncEngine } from '../../features/sync-engine';
import { createGraphClient, type GraphClient } from '../../graph/create-graph-client';
import { getMe } from '../../graph/get-me';
import { describeGraphError } from '../../graph/graph-errors';
import { checkStore } from '../../graph/store/check-store';
import { getStoreSite } from '../../graph/store/get-store-site';
import type { StoreListKey, StoreSite } from '../../graph/store/store-lists';
import type { Host } from '../../hosts/host';
import { demoConfig } from './config';

/**
 * Signs in to the demo tenant, reads who the advisor is, finds the team store's site and which of
 * its lists are missing: the start of every demo surface. A store that cannot be found leaves the
 * app usable without it.
 */
export async function createDemoSession(host: Host, origin: string, search = ''): Promise<Session> {
  const config = demoConfig(origin, search);
  const graph = createGraphClient({
    baseUrl: config.graphBaseUrl,
    getToken: createDemoSignIn(config.tenantOrigin),
  });
  const [me, store] = await Promise.all([
    getMe(graph),
    getStoreSite(graph, config.storeSite).then(
      async (site) => ({ site, missing: await missingLists(graph, site), problem: undefined }),
      (error: unknown) => ({
        site: null,
        missing: undefined,
        problem: `The team store at ${config.storeSite} could not be opened: ${describeGraphError(error)}`,
      }),
    ),
  ]);
  const session: Session = {
    graph,
    me,
    host,
    now: () => new Date(),
    store: store.site,
    // Started at once: what an earlier pane could not send goes out now.
    outbox: createSyncEngine({ graph, site: store.site }),
  };
  if (store.problem !== undefined) session.storeProblem = store.problem;
  if (store.missing !== undefined) session.storeMissing = store.missing;
  return session;
}

/** Undefined when the check fails: the app then runs as if the store were set up, as before. */
function missingLists(graph: GraphClient, site: StoreSite): Promise<StoreListKey[] | undefined> {
  return checkStore(graph, site).then(
    (check) => check.missing,
    () => undefined,
  );
}
