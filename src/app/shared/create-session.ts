import type { Session } from '../../features/session';
import { createOutbox } from '../../features/outbox/outbox';
import { createGraphClient } from '../../graph/create-graph-client';
import { getMe } from '../../graph/get-me';
import { describeGraphError } from '../../graph/graph-errors';
import type { GetToken } from '../../graph/middleware/bearer-token';
import { missingStoreLists } from '../../graph/store/check-store';
import { getStoreSite } from '../../graph/store/get-store-site';
import type { Host } from '../../hosts/host';

export type SessionConfig = {
  /** Graph root including the version, e.g. `https://graph.microsoft.com/v1.0`. */
  graphBaseUrl: string;
  /** Where the team store lives (`host:/sites/path`); the host's own answer wins when it has one. */
  storeSite: string | undefined;
};

/**
 * The start of every surface, whatever the host and sign-in: reads who the advisor is, finds the
 * team store's site and which of its lists are missing, and starts the outbox (what an earlier
 * pane could not send goes out now). A store that cannot be found leaves the app usable without it.
 */
export async function createSession(host: Host, config: SessionConfig, getToken: GetToken): Promise<Session> {
  const graph = createGraphClient({ baseUrl: config.graphBaseUrl, getToken });
  const address = host.storeSite ?? config.storeSite;
  const [me, store] = await Promise.all([
    getMe(graph),
    address === undefined
      ? Promise.resolve({
          site: null,
          missing: undefined,
          problem:
            'No team site is configured for the team store yet. Pin Home Turf in your team in Teams to set it.',
        })
      : getStoreSite(graph, address).then(
          (site) => ({ site, missing: missingStoreLists(site.lists), problem: undefined }),
          (error: unknown) => ({
            site: null,
            missing: undefined,
            problem: `The team store at ${address} could not be opened: ${describeGraphError(error)}`,
          }),
        ),
  ]);
  const session: Session = {
    graph,
    me,
    host,
    now: () => new Date(),
    store: store.site,
    outbox: createOutbox({ graph, site: store.site, user: { id: me.id, email: me.email } }),
  };
  if (store.problem !== undefined) session.storeProblem = store.problem;
  if (store.missing !== undefined) session.storeMissing = store.missing;
  return session;
}

/**
 * Runs a surface's start-up and turns any failure into words for a person (the shell that shows
 * them carries no Graph code, to keep first paint light).
 */
export async function explained<T>(startUp: () => Promise<T>): Promise<T> {
  try {
    return await startUp();
  } catch (error: unknown) {
    throw new Error(describeGraphError(error), { cause: error });
  }
}
