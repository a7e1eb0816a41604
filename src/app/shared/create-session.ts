import type { Session } from '../../features/session';
import { forgetExpiredCards, forgetUserData } from '../../features/local-db';
import { createOutbox } from '../../features/outbox/outbox';
import { createGraphClient } from '../../graph/create-graph-client';
import { getMe } from '../../graph/get-me';
import { describeGraphError } from '../../graph/graph-errors';
import type { GetToken } from '../../graph/middleware/bearer-token';
import type { Host } from '../../hosts/host';
import { resolveStore } from './resolve-store';

export type SessionConfig = {
  /** Graph root including the version, e.g. `https://graph.microsoft.com/v1.0`. */
  graphBaseUrl: string;
  /**
   * The organisation's default team site (`host:/sites/path`), if the admin set one; the host's own
   * team, the advisor's choice and the teams they have joined come first (see resolveStore).
   */
  storeSite: string | undefined;
  /** A team site the surface is fixed to, as a channel tab is to its team's (the demo's `?storeSite=`). */
  pinnedStoreSite?: string;
  /** Starts the surface again, after the advisor chose another team's store. */
  restart?: () => void;
};

/**
 * The start of every surface, whatever the host and sign-in: reads who the advisor is, finds the
 * team store's site and which of its lists are missing, and starts the outbox (what an earlier
 * pane could not send goes out now). A store that cannot be found leaves the app usable without it.
 */
export async function createSession(
  host: Host,
  config: SessionConfig,
  getToken: GetToken & { forget?: () => Promise<void> },
): Promise<Session> {
  const graph = createGraphClient({ baseUrl: config.graphBaseUrl, getToken });
  const me = getMe(graph);
  const [who, store] = await Promise.all([
    me,
    resolveStore({
      graph,
      host,
      orgDefault: config.storeSite,
      pinned: config.pinnedStoreSite,
      me,
      restart:
        config.restart ??
        (() => {
          globalThis.location.reload();
        }),
    }),
  ]);
  // Cards older than a week leave the device whenever a pane starts.
  void forgetExpiredCards(Date.now());
  const outbox = createOutbox({
    graph,
    site: store.site,
    user: { id: who.id, email: who.email },
    timeZone: host.timeZone,
  });
  const session: Session = {
    graph,
    me: who,
    host,
    now: () => new Date(),
    store: store.site,
    outbox,
    signOut: async () => {
      outbox.dispose();
      await forgetUserData(who.email);
      await getToken.forget?.();
    },
  };
  if (store.problem !== undefined) session.storeProblem = store.problem;
  if (store.missing !== undefined) session.storeMissing = store.missing;
  if (store.switcher !== undefined) session.storeSwitch = store.switcher;
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
