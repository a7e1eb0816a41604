import { changedFields, mergeFields, type StoreValue } from '../../domain/merge-fields';
import { mergeProfile, type ProfileConflict } from '../../domain/merge-profile';
import type { GraphClient } from '../../graph/create-graph-client';
import { errorStatus } from '../../graph/graph-errors';
import { clientFields } from '../../graph/store/client-fields';
import {
  createListItem,
  findListItem,
  getListItem,
  updateListItem,
  type FieldValues,
} from '../../graph/store/list-item-writes';
import { toClientProfile } from '../../graph/store/map-store';
import { storedRecordFields } from '../../graph/store/record-fields';
import type { RawListItem, StoreListKey, StoreSite } from '../../graph/store/store-lists';
import type { OutboxOp } from './outbox-ops';

type StoreOp = Exclude<OutboxOp, { kind: 'todo-task' }>;

/** What became of one send: confirmed, to send again (on a newer version), or a clash to show. */
export type SendOutcome =
  | { kind: 'done' }
  | { kind: 'again'; op: StoreOp }
  | { kind: 'conflict'; op: StoreOp; theirs: FieldValues; conflicts: string[]; message: string };

const DONE: SendOutcome = { kind: 'done' };

/** The profile field each single-valued conflict of `mergeProfile` is stored in. */
const PROFILE_COLUMNS: Record<ProfileConflict['field'], string> = {
  displayName: 'Title',
  department: 'Department',
  ownerEmail: 'OwnerEmail',
  background: 'Background',
};

/**
 * Sends one write to the team store. Errors other than those the write itself settles (409 on a
 * create that was already saved, 412 on an edit a colleague overtook) are thrown for the outbox
 * to judge.
 */
export async function sendStoreOp(graph: GraphClient, site: StoreSite, op: StoreOp): Promise<SendOutcome> {
  switch (op.kind) {
    case 'create-item':
      try {
        await createListItem(graph, site, op.list, op.fields);
      } catch (error) {
        if (errorStatus(error) !== 409) throw error;
        // 409 on the unique key: an earlier attempt was saved. Make sure, then it is done.
        if ((await findListItem(graph, site, op.list, op.uniqueColumn, op.uniqueValue)) === null) throw error;
      }
      return DONE;
    case 'raise-date':
      try {
        await updateListItem(graph, site, op.list, op.itemId, op.etag, { [op.column]: op.value });
        return DONE;
      } catch (error) {
        if (errorStatus(error) !== 412) throw error;
        const current = await getListItem(graph, site, op.list, op.itemId);
        const value = current.fields[op.column];
        if (typeof value === 'string' && value >= op.value) return DONE;
        return { kind: 'again', op: { ...op, etag: current.etag ?? '*' } };
      }
    case 'update-profile':
    case 'update-item': {
      const list = op.kind === 'update-item' ? op.list : 'clients';
      const changes = changedFields(op.base, op.mine);
      if (Object.keys(changes).length === 0) return DONE;
      try {
        await updateListItem(graph, site, list, op.itemId, op.etag, changes);
        return DONE;
      } catch (error) {
        if (errorStatus(error) !== 412) throw error;
        const current = await getListItem(graph, site, list, op.itemId);
        const outcome = op.kind === 'update-item' ? mergeItem(op, current) : mergeClient(op, current);
        if (outcome === null) throw error;
        return outcome;
      }
    }
  }
}

/** A colleague's version of the columns an edit touches, in the form the editors write them. */
function theirFields(list: StoreListKey, current: RawListItem, columns: Iterable<string>): FieldValues {
  const record = storedRecordFields(list, current);
  const theirs: FieldValues = {};
  for (const column of columns) {
    const value = record?.[column] ?? current.fields[column];
    theirs[column] = isStoreValue(value) ? value : null;
  }
  return theirs;
}

function isStoreValue(value: unknown): value is StoreValue {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** An item edit on a newer version: merged field by field. */
function mergeItem(op: Extract<StoreOp, { kind: 'update-item' }>, current: RawListItem): SendOutcome {
  const theirs = theirFields(op.list, current, new Set([...Object.keys(op.base), ...Object.keys(op.mine)]));
  const { merged, conflicts } = mergeFields(op.base, op.mine, theirs);
  return outcome({ ...op, etag: current.etag ?? '*' }, theirs, merged, conflicts);
}

/** A profile edit on a newer version: lists merged entry by entry, single fields field by field. */
function mergeClient(
  op: Extract<StoreOp, { kind: 'update-profile' }>,
  current: RawListItem,
): SendOutcome | null {
  const base = toClientProfile({ id: op.itemId, fields: op.base });
  const mine = toClientProfile({ id: op.itemId, fields: op.mine });
  const theirs = toClientProfile({ id: op.itemId, fields: current.fields });
  if (base === null || mine === null || theirs === null) return null;
  const { merged, conflicts } = mergeProfile(base, mine, theirs);
  const clashes = conflicts.map((c) => ({
    field: PROFILE_COLUMNS[c.field],
    mine: op.mine[PROFILE_COLUMNS[c.field]] ?? null,
  }));
  const outcomeOf = outcome(
    { ...op, etag: current.etag ?? '*' },
    clientFields(theirs),
    clientFields(merged),
    clashes,
  );
  if (outcomeOf.kind !== 'conflict') return outcomeOf;
  // The words the profile merge has always given: "A colleague changed background at the same time."
  return {
    ...outcomeOf,
    message: `A colleague changed ${conflicts.map((c) => c.field).join(', ')} at the same time.`,
  };
}

/**
 * The next step after a merge: send the merged version on the colleague's, or, when fields clash,
 * wait for the advisor with both versions kept (ours for the clashing fields in the op, theirs
 * beside it) so neither is lost while they choose.
 */
function outcome(
  op: Extract<StoreOp, { kind: 'update-item' | 'update-profile' }>,
  theirs: FieldValues,
  merged: FieldValues,
  conflicts: readonly { field: string; mine: StoreValue }[],
): SendOutcome {
  if (conflicts.length === 0) return { kind: 'again', op: { ...op, base: theirs, mine: merged } };
  const mine = { ...merged };
  for (const c of conflicts) mine[c.field] = c.mine;
  const fields = conflicts.map((c) => c.field);
  return {
    kind: 'conflict',
    op: { ...op, base: theirs, mine },
    theirs,
    conflicts: fields,
    message: `A colleague changed ${fields.join(', ')} at the same time.`,
  };
}
