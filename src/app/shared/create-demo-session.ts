import { createDemoSignIn } from '../../auth/demo-sign-in';
import type { Session } from '../../features/session';
import { createGraphClient } from '../../graph/create-graph-client';
import { getMe } from '../../graph/get-me';
import { describeGraphError } from '../../graph/graph-errors';
import { getStoreSite } from '../../graph/store/get-store-site';
import type { Host } from '../../hosts/host';
import { demoConfig } from './config';

/**
 * Signs in to the demo tenant, reads who the advisor is and finds the team store's site: the start
 * of every demo surface. A store that cannot be found leaves the app usable without it.
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
      (site) => ({ site, problem: undefined }),
      (error: unknown) => ({
        site: null,
        problem: `The team store at ${config.storeSite} could not be opened: ${describeGraphError(error)}`,
      }),
    ),
  ]);
  const session: Session = { graph, me, host, now: () => new Date(), store: store.site };
  if (store.problem !== undefined) session.storeProblem = store.problem;
  return session;
}
