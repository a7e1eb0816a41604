import { fileItemFromDraft, profileFromDraft, type ClientDraft } from '../../domain/client-draft';
import { changedFields } from '../../domain/merge-fields';
import type { ClientProfile, FileItem } from '../../domain/team-store';
import { clientFields } from '../../graph/store/client-fields';
import { fileItemFields } from '../../graph/store/record-fields';
import type { OutboxOp } from '../outbox/outbox-ops';

/** A client's profile and file as the editor loaded them; null for a new client. */
export type LoadedClient = { profile: ClientProfile; fileItems: FileItem[] } | null;

/**
 * The writes that save a checked draft, in the order they are sent: the profile (a new item keyed
 * by the client's address, or the changed columns of the stored one), then new work on the file
 * (each under its own `ItemKey`) and changes to work already there. Nothing unchanged is sent.
 */
export function buildClientOps(
  loaded: LoadedClient,
  draft: ClientDraft,
): { profile: ClientProfile; ops: OutboxOp[] } {
  const profile = profileFromDraft(draft, loaded?.profile ?? { id: `new:${draft.client?.email ?? ''}` });
  const ops: OutboxOp[] = [];
  const mine = clientFields(profile);
  if (loaded === null) {
    ops.push({
      kind: 'create-item',
      list: 'clients',
      fields: mine,
      uniqueColumn: 'ClientEmail',
      uniqueValue: profile.email,
    });
  } else {
    const base = clientFields(loaded.profile);
    if (Object.keys(changedFields(base, mine)).length > 0) {
      ops.push({
        kind: 'update-profile',
        itemId: loaded.profile.id,
        etag: loaded.profile.etag ?? '*',
        base,
        mine,
      });
    }
  }
  for (const draftItem of draft.fileItems) {
    const item = fileItemFromDraft(draftItem, profile.email, draft.ownerEmail);
    const fields = fileItemFields(item);
    const original = draftItem.original;
    if (original === undefined) {
      ops.push({
        kind: 'create-item',
        list: 'fileItems',
        fields: { ...fields, ItemKey: draftItem.key },
        uniqueColumn: 'ItemKey',
        uniqueValue: draftItem.key,
      });
      continue;
    }
    const base = fileItemFields(original);
    if (Object.keys(changedFields(base, fields)).length === 0) continue;
    ops.push({
      kind: 'update-item',
      list: 'fileItems',
      itemId: original.id,
      etag: original.etag ?? '*',
      base,
      mine: fields,
    });
  }
  return { profile, ops };
}
