import {
  applyProfileChanges,
  noteItems,
  type NoteContext,
  type NoteDraft,
  type ProfileChange,
} from '../../domain/value-add-note';
import { clientFields } from '../../graph/store/client-fields';
import type { OutboxOp } from '../outbox/outbox';

/**
 * The writes a saved note makes, in the order they are sent: the note's items (one per client),
 * "last update sent" on the file items the client was updated on, the profile changes the advisor
 * confirmed, and To Do tasks for our follow-ups marked so.
 */
export function buildNoteOps(
  draft: NoteDraft,
  context: NoteContext,
  confirmed: ReadonlyMap<string, readonly ProfileChange[]>,
): OutboxOp[] {
  const ops: OutboxOp[] = noteItems(draft).map((item) => ({
    kind: 'create-item',
    list: 'notes',
    fields: item.fields,
    uniqueColumn: 'NoteId',
    uniqueValue: item.noteId,
  }));
  const day = draft.meeting.start.toISOString().slice(0, 10);
  for (const id of draft.fileUpdates) {
    const item = context.fileItems.find((f) => f.id === id);
    if (item === undefined) continue;
    ops.push({
      kind: 'raise-date',
      list: 'fileItems',
      itemId: item.id,
      etag: item.etag ?? '*',
      column: 'LastUpdateSent',
      value: `${day}T00:00:00Z`,
    });
  }
  for (const client of context.clients) {
    const changes = confirmed.get(client.email) ?? [];
    if (client.profile === null || changes.length === 0) continue;
    ops.push({
      kind: 'update-profile',
      itemId: client.profile.id,
      etag: client.profile.etag ?? '*',
      base: clientFields(client.profile),
      mine: clientFields(applyProfileChanges(client.profile, changes)),
    });
  }
  const who = draft.clients.map((c) => c.name).join(', ');
  for (const f of draft.followUps) {
    if (f.owner !== 'us' || !f.toDo) continue;
    ops.push({
      kind: 'todo-task',
      title: f.text.trim(),
      due: f.due,
      body: `Follow-up for ${who}, from "${draft.meeting.subject}".`,
    });
  }
  return ops;
}
