import { createContext, useContext, type ReactNode } from 'react';
import type { Person } from '../domain/meeting';
import type { GraphClient } from '../graph/create-graph-client';
import type { StoreSite } from '../graph/store/store-lists';
import type { Host } from '../hosts/host';

/** What every screen works with: the Graph client, the signed-in advisor, the host, the clock. */
export type Session = {
  graph: GraphClient;
  me: Person;
  host: Host;
  now: () => Date;
  /** Where the team store lives; null when it could not be found (see `storeProblem`). */
  store: StoreSite | null;
  /** Why the team store is unavailable, in words for the user. */
  storeProblem?: string;
};

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession() needs a <SessionProvider> above it.');
  return session;
}
