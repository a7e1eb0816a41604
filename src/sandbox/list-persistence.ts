import type { PersistedList, PersistedState } from './persistence';
import type { ListRecord, TenantState } from './tenant-model';

/**
 * Which list changes (and To Do tasks) go to disk and how they come back. Seeded lists are regenerated every start
 * (their dates are relative to today), so only the user's items, deletions and id counter are kept;
 * a list created through the API is kept whole.
 */

function changesOf(siteId: string, list: ListRecord): PersistedList | null {
  if (list.origin === 'user') {
    return {
      siteId,
      listId: list.id,
      list,
      items: [],
      deletedIds: [],
      nextItemId: list.nextItemId,
      modifiedMs: list.modifiedMs,
    };
  }
  const items = list.items.filter((item) => item.origin === 'user');
  if (items.length === 0 && list.deletedIds.length === 0) return null;
  return {
    siteId,
    listId: list.id,
    items,
    deletedIds: list.deletedIds,
    nextItemId: list.nextItemId,
    modifiedMs: list.modifiedMs,
  };
}

/** The state to write: user-created events, every list the user changed and every To Do task. */
export function snapshotState(state: TenantState): PersistedState {
  return {
    createdEvents: state.events.filter((event) => event.origin === 'user'),
    lists: state.sites.flatMap((site) =>
      site.lists.flatMap((list) => {
        const changes = changesOf(site.id, list);
        return changes ? [changes] : [];
      }),
    ),
    todoLists: state.todoLists
      .filter((list) => list.tasks.length > 0)
      .map((list) => ({ listId: list.id, ownerId: list.ownerId, tasks: list.tasks })),
  };
}

function applyTodoLists(state: TenantState, persisted: PersistedState, log: (line: string) => void): void {
  for (const saved of persisted.todoLists) {
    const list = state.todoLists.find(
      (candidate) => candidate.id === saved.listId && candidate.ownerId === saved.ownerId,
    );
    if (list) list.tasks = [...saved.tasks];
    else log(`Ignoring saved To Do tasks of list ${saved.listId}: its owner is not in this tenant.`);
  }
}

/** Puts persisted changes back onto a freshly resolved tenant; changes to vanished sites are logged. */
export function applyPersistedState(
  state: TenantState,
  persisted: PersistedState,
  log: (line: string) => void,
): void {
  state.events.push(...persisted.createdEvents);
  applyTodoLists(state, persisted, log);
  for (const change of persisted.lists) {
    const site = state.sites.find((candidate) => candidate.id === change.siteId);
    if (!site) {
      log(`Ignoring saved changes to list ${change.listId}: no site ${change.siteId} in this tenant.`);
      continue;
    }
    if (change.list) {
      if (!site.lists.some((list) => list.id === change.listId || list.name === change.list?.name))
        site.lists.push(change.list);
      else log(`Ignoring saved list ${change.list.name}: the tenant already has a list of that name.`);
      continue;
    }
    const list = site.lists.find((candidate) => candidate.id === change.listId);
    if (!list) {
      log(`Ignoring saved changes to list ${change.listId}: it is no longer in site ${site.path}.`);
      continue;
    }
    const replaced = new Set([...change.deletedIds, ...change.items.map((item) => item.id)]);
    list.items = [...list.items.filter((item) => !replaced.has(item.id)), ...change.items].sort(
      (a, b) => Number(a.id) - Number(b.id),
    );
    list.deletedIds = [...change.deletedIds];
    list.nextItemId = Math.max(list.nextItemId, change.nextItemId);
    list.modifiedMs = Math.max(list.modifiedMs, change.modifiedMs);
  }
}
