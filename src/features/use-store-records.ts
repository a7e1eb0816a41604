import { useCallback, useEffect, useRef, useState } from 'react';
import { describeGraphError } from '../graph/graph-errors';
import { getAllListItems } from '../graph/store/get-all-items';
import { mapItems } from '../graph/store/map-store';
import type { RawListItem, StoreListKey } from '../graph/store/store-lists';
import { useSession } from './session';

export type StoreRecords<T> = {
  /** Null until the first load answers. */
  records: T[] | null;
  /** Why the list could not be read, in words for the user. */
  problem: string | null;
  /** Reads the list again, keeping what is shown until the answer comes. */
  reload: () => void;
  /** Changes what is shown at once (a save kept on this device), ahead of the store. */
  setRecords: (update: (records: T[]) => T[]) => void;
};

/** Every readable record of one store list, for an editor's list view. */
export function useStoreRecords<T>(
  list: StoreListKey,
  map: (item: RawListItem) => T | null,
): StoreRecords<T> {
  const session = useSession();
  const [records, setRecords] = useState<T[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const mapRef = useRef(map);
  mapRef.current = map;
  const { graph, store } = session;
  useEffect(() => {
    let live = true;
    if (store === null) {
      setProblem(session.storeProblem ?? 'The team store is not available, so nothing can be shown here.');
      return;
    }
    getAllListItems(graph, store, list).then(
      (items) => {
        if (!live) return;
        setRecords(mapItems(items, mapRef.current).records);
        setProblem(null);
      },
      (error: unknown) => {
        if (live) setProblem(describeGraphError(error));
      },
    );
    return () => {
      live = false;
    };
  }, [graph, store, list, attempt, session.storeProblem]);
  const reload = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);
  const update = useCallback((change: (current: T[]) => T[]) => {
    setRecords((current) => change(current ?? []));
  }, []);
  return { records, problem, reload, setRecords: update };
}

/** Calls `onSynced` once every write of these groups has reached the team store. */
export function useWhenSynced(groups: readonly string[], onSynced: () => void): void {
  const { outbox } = useSession();
  const callback = useRef(onSynced);
  callback.current = onSynced;
  const key = groups.join('\n');
  useEffect(() => {
    if (outbox === undefined || key === '') return;
    const waiting = new Set(key.split('\n'));
    const check = () => {
      for (const group of [...waiting]) if (outbox.status(group).kind === 'synced') waiting.delete(group);
      if (waiting.size === 0) {
        unsubscribe();
        callback.current();
      }
    };
    const unsubscribe = outbox.subscribe(check);
    check();
    return unsubscribe;
  }, [outbox, key]);
}
