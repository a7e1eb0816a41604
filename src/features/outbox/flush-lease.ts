import { withLocalDb, type Lease } from '../local-db';

/**
 * The outbox's flush lock where the browser has no Web Locks: a lease in IndexedDB, taken in one
 * transaction (so two panes cannot both take it), renewed while the flush runs and left to expire
 * should the pane vanish holding it. Loaded only by such browsers.
 */

/** A lease left by a pane that vanished lets the next pane in after this long. */
const LEASE_TTL_MS = 30_000;
/** How often a waiting pane looks at the lease again. */
const LEASE_POLL_MS = 100;

const leasesInMemory = new Map<string, Lease>();

/**
 * Takes (or renews) the lease `name` for `owner` until `now + ttlMs`, unless another owner holds
 * it unexpired. Without IndexedDB the outbox is this pane's own, and so is the lease.
 */
async function takeLease(name: string, owner: string, now: number): Promise<boolean> {
  const free = (held: Lease | undefined) =>
    held === undefined || held.owner === owner || held.expiresAt <= now;
  const lease = { owner, expiresAt: now + LEASE_TTL_MS };
  return withLocalDb(
    async (database) => {
      const tx = database.transaction('leases', 'readwrite');
      const taken = free(await tx.store.get(name));
      if (taken) await tx.store.put(lease, name);
      await tx.done;
      return taken;
    },
    () => {
      if (!free(leasesInMemory.get(name))) return false;
      leasesInMemory.set(name, lease);
      return true;
    },
  );
}

/** Gives the lease back, if `owner` still holds it; opens no database to do so. */
async function dropLease(name: string, owner: string): Promise<void> {
  if (leasesInMemory.get(name)?.owner === owner) leasesInMemory.delete(name);
  await withLocalDb(
    async (database) => {
      const tx = database.transaction('leases', 'readwrite');
      if ((await tx.store.get(name))?.owner === owner) await tx.store.delete(name);
      await tx.done;
    },
    () => undefined,
    { open: false },
  );
}

/** Runs `work` holding the lease `name` for `owner`, waiting its turn; gives up when `closed`. */
export async function withLease(
  name: string,
  owner: string,
  work: () => Promise<void>,
  closed: { promise: Promise<void>; now: () => boolean },
): Promise<void> {
  const take = () => takeLease(name, owner, Date.now());
  for (;;) {
    // A closed pane no longer touches the device, not even to ask for the lease.
    if (closed.now()) return;
    // A database that cannot be had leaves the outbox in this pane's memory: nobody else sends it.
    if (await take().catch(() => true)) break;
    await Promise.race([new Promise((resolve) => setTimeout(resolve, LEASE_POLL_MS)), closed.promise]);
  }
  const renew = setInterval(() => {
    take().catch(() => undefined);
  }, LEASE_TTL_MS / 3);
  try {
    if (!closed.now()) await Promise.race([work(), closed.promise]);
  } finally {
    clearInterval(renew);
    await dropLease(name, owner).catch(() => undefined);
  }
}
