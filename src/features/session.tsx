import { createContext, useContext, type ReactNode } from 'react';
import type { Person } from '../domain/meeting';
import type { GraphClient } from '../graph/create-graph-client';
import type { Host } from '../hosts/host';

/** What every screen works with: the Graph client, the signed-in advisor, the host, the clock. */
export type Session = {
  graph: GraphClient;
  me: Person;
  host: Host;
  now: () => Date;
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
