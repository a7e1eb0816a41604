import { IDBFactory } from 'fake-indexeddb';
import { DEMO_STORE_SITE } from '../../../src/app/shared/config';
import { createDemoSignIn } from '../../../src/auth/demo-sign-in';
import { resetLocalDb } from '../../../src/features/local-db';
import { createOutbox, type Outbox, type OutboxUser } from '../../../src/features/outbox/outbox';
import { createGraphClient, type GraphClient } from '../../../src/graph/create-graph-client';
import { getMe } from '../../../src/graph/get-me';
import { getStoreSite } from '../../../src/graph/store/get-store-site';
import { listPath, readListItems, type StoreSite } from '../../../src/graph/store/store-lists';
import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';

/** A Tuesday morning in London. */
export const NOW = new Date('2026-11-24T08:00:00Z');

export type OutboxHarness = {
  tenant: TenantServer;
  graph: GraphClient;
  site: StoreSite;
  /** Sets the demo tenant's fault rules and latency, after resetting them. */
  faults: (settings: unknown) => Promise<void>;
  /** The signed-in user of `graph` (Maya). */
  user: OutboxUser;
  /** An outbox on a controlled clock (no timer of its own), disposed after the test. */
  engine: (
    client?: GraphClient,
    options?: {
      user?: OutboxUser;
      site?: StoreSite | null;
      timeZone?: string;
      locks?: LockManager;
      newId?: () => string;
    },
  ) => Outbox;
  /** A Graph client signed in as another user of the tenant, and that user. */
  signInAs: (userPrincipalName: string) => Promise<{ graph: GraphClient; user: OutboxUser }>;
  /** Time passes past any backoff; then the engine tries again. */
  later: (outbox: Outbox) => Promise<void>;
  /** `ms` pass on the engines' clock; then the engine tries what is due. */
  advance: (outbox: Outbox, ms: number) => Promise<void>;
  /** The engines' clock. */
  now: () => number;
  /** How many items the store's notes list holds under this NoteId: the truth the tests check. */
  notesWith: (noteId: string) => Promise<number>;
};

/** Tokens for one user of the demo tenant, as /demo/token issues them. */
function signInAs(origin: string, userPrincipalName: string) {
  return async () => {
    const response = await fetch(`${origin}/demo/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userPrincipalName }),
    });
    if (!response.ok) throw new Error(await response.text());
    const body = (await response.json()) as { access_token: string };
    return body.access_token;
  };
}

/**
 * The outbox tests' common ground: the demo tenant over real HTTP, a fresh device (an empty
 * IndexedDB) for every test, fault rules reset, engines disposed. Call at the top of a test file.
 */
export function outboxHarness(): OutboxHarness {
  let clock = NOW.getTime();
  const engines: Outbox[] = [];
  const h = {} as OutboxHarness;
  const faults = async (settings: unknown) => {
    await fetch(`${h.tenant.url}/demo/faults`, { method: 'DELETE' });
    const response = await fetch(`${h.tenant.url}/demo/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(settings),
    });
    if (!response.ok) throw new Error(await response.text());
  };
  beforeAll(async () => {
    h.tenant = await startTenantServer({ port: 0, dataDir: null, now: () => NOW });
    h.graph = createGraphClient({ baseUrl: h.tenant.graphBaseUrl, getToken: createDemoSignIn(h.tenant.url) });
    h.site = await getStoreSite(h.graph, DEMO_STORE_SITE);
    h.faults = faults;
    const me = await getMe(h.graph);
    h.user = { id: me.id, email: me.email };
    h.signInAs = async (userPrincipalName) => {
      const graph = createGraphClient({
        baseUrl: h.tenant.graphBaseUrl,
        getToken: signInAs(h.tenant.url, userPrincipalName),
      });
      const person = await getMe(graph);
      return { graph, user: { id: person.id, email: person.email } };
    };
    h.engine = (client = h.graph, options = {}) => {
      const created = createOutbox({
        graph: client,
        site: options.site === undefined ? h.site : options.site,
        user: options.user ?? h.user,
        timeZone: options.timeZone ?? 'Europe/London',
        now: () => clock,
        intervalMs: 3_600_000,
        ...(options.locks === undefined ? {} : { locks: options.locks }),
        ...(options.newId === undefined ? {} : { newId: options.newId }),
      });
      engines.push(created);
      return created;
    };
    h.advance = async (outbox, ms) => {
      clock += ms;
      await outbox.flush();
    };
    h.later = (outbox) => h.advance(outbox, 120_000);
    h.now = () => clock;
    h.notesWith = async (noteId) => {
      const raw: unknown = await h.graph.client
        .api(`${listPath(h.site, 'notes')}/items`)
        .query({ $expand: 'fields', $filter: `fields/NoteId eq '${noteId}'` })
        .get();
      return readListItems(raw).items.length;
    };
  });
  afterAll(() => h.tenant.close());
  beforeEach(async () => {
    globalThis.indexedDB = new IDBFactory();
    resetLocalDb();
    clock = NOW.getTime();
    await faults({});
  });
  afterEach(() => {
    for (const engine of engines.splice(0)) engine.dispose();
  });
  return h;
}
