import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import type { Person } from '../domain/meeting';
import type { GraphClient } from '../graph/create-graph-client';
import type { GetToken } from '../graph/middleware/bearer-token';
import type { TeamStore } from '../graph/store/find-team-stores';
import type { StoreListKey, StoreSite } from '../graph/store/store-lists';
import type { Host } from '../hosts/host';
import type { Outbox } from './outbox/outbox';

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
  /**
   * The store's lists the site does not have yet (empty: it is set up); undefined when that could
   * not be checked, so nothing is offered that might not be needed.
   */
  storeMissing?: StoreListKey[];
  /** How the advisor changes to another team's store; absent where the host fixes the team. */
  storeSwitch?: StoreSwitch;
  /** Writes to the team store, kept on this device until the store confirms them. */
  outbox?: Outbox;
  /**
   * Signs the advisor out on this device: forgets the account's tokens and removes the cards and
   * marks kept for them (their unsent outbox entries are discarded first, after asking).
   */
  signOut: () => Promise<void>;
  /**
   * The demo's `?loader=sequential`: the prep card sends its requests one at a time instead of in
   * one `$batch`, for the benchmark's comparison. Production surfaces never set it.
   */
  prepCardRequests?: 'sequential';
  /** How the session signed in, for the tenant health check; absent where the surface does not say. */
  signIn?: SessionSignIn;
};

/**
 * The sign-in path the host chose: nested app authentication (the host brokers tokens), a
 * fallback window (Teams' sign-in window, Office's dialog), MSAL in a browser tab, or the demo's.
 */
export type SignInPath = 'nested' | 'teams-window' | 'office-dialog' | 'browser' | 'demo';

export type SessionSignIn = {
  path: SignInPath;
  /** The session's token provider: the health check reads who and which permissions from a token. */
  getToken: GetToken;
};

/** The advisor's teams with a store, and the choice among them (remembered for the user). */
export type StoreSwitch = {
  /** Whether the advisor is known to have more than one team with a store. */
  offered: boolean;
  currentSiteId: string | null;
  /** The advisor's teams and what each site holds of the store, looked up when asked. */
  choices(): Promise<TeamStore[]>;
  /** Remembers the choice and starts the surface again on it. */
  choose(store: TeamStore): Promise<void>;
};

const SessionContext = createContext<Session | null>(null);
const SessionUpdateContext = createContext<((change: (session: Session) => Session) => void) | null>(null);
const SignedOutContext = createContext<() => void>(() => undefined);

/**
 * The session for the screens below. What the advisor does may change it in place (setting the
 * store up): every screen then reads the new one, without signing in again.
 */
export function SessionProvider({
  session: initial,
  onSignedOut = () => undefined,
  children,
}: {
  session: Session;
  /** The advisor signed out: the surface gives way to the shell's signed-out page. */
  onSignedOut?: () => void;
  children: ReactNode;
}) {
  const [changed, setChanged] = useState<{ from: Session; session: Session } | null>(null);
  // A new session from above (signed in again, another store chosen) replaces any change made here.
  const session = changed !== null && changed.from === initial ? changed.session : initial;
  const update = useCallback(
    (change: (current: Session) => Session) => {
      setChanged((previous) => ({
        from: initial,
        session: change(previous !== null && previous.from === initial ? previous.session : initial),
      }));
    },
    [initial],
  );
  return (
    <SignedOutContext.Provider value={onSignedOut}>
      <SessionUpdateContext.Provider value={update}>
        <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
      </SessionUpdateContext.Provider>
    </SignedOutContext.Provider>
  );
}

/** Changes the session for every screen (e.g. the store's lists, once set-up created them). */
export function useUpdateSession(): (change: (session: Session) => Session) => void {
  const update = useContext(SessionUpdateContext);
  if (update === null) throw new Error('useUpdateSession() needs a <SessionProvider> above it.');
  return update;
}

/** Tells the shell the advisor signed out (after `session.signOut()` has finished). */
export function useSignedOut(): () => void {
  return useContext(SignedOutContext);
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession() needs a <SessionProvider> above it.');
  return session;
}
