import { openDB } from 'idb';
import { readOutbox } from '../../../src/features/local-db';
import type { OutboxOp } from '../../../src/features/outbox/outbox';
import { outboxHarness } from './outbox-harness';
import { CLOSE_CONNECTION, PRIYA, outboxConnection } from './outbox-setups';

/**
 * The outbox's IndexedDB connection can close under it: the browser closes it (storage cleared,
 * disk trouble: the `close` event), or something closes it and every transaction then throws
 * InvalidStateError "The database connection is closing". Either way the next save opens it again
 * and is kept; where it cannot be had again (a newer Home Turf upgraded it in another window), the
 * save says so instead of pretending.
 */

const h = outboxHarness();

function noteOp(noteId: string): OutboxOp {
  return {
    kind: 'create-item',
    list: 'notes',
    fields: { Title: 'Kept across a closed connection', NoteId: `${noteId}:${PRIYA}`, ClientEmail: PRIYA },
    uniqueColumn: 'NoteId',
    uniqueValue: `${noteId}:${PRIYA}`,
  };
}

const connection = outboxConnection;

it.each(CLOSE_CONNECTION)(
  'a connection %s is opened again: the next save is kept, then sent',
  async (_, close) => {
    const outbox = h.engine();
    await outbox.flush();
    const before = await connection();
    await close();

    const noteId = `closed-${Math.random().toString(36).slice(2)}`;
    await outbox.enqueue(noteId, 'Value-add note', [noteOp(noteId)]);
    expect(await connection()).not.toBe(before);
    expect((await readOutbox()).map((e) => e.group)).toEqual([noteId]);
    await outbox.flush();
    expect(outbox.status(noteId)).toEqual({ kind: 'synced' });
    expect(await h.notesWith(`${noteId}:${PRIYA}`)).toBe(1);
    expect(await readOutbox()).toEqual([]);
  },
);

it('a database that cannot be had again: the save says so, and nothing is claimed as kept', async () => {
  const outbox = h.engine();
  await outbox.flush();
  // A newer Home Turf in another window upgrades the database: this pane lets go of its connection,
  // and cannot open the newer version.
  const newer = await openDB('home-turf', 99);
  newer.close();

  await expect(outbox.enqueue('n-nowhere', 'Value-add note', [noteOp('n-nowhere')])).rejects.toThrow(
    "this device's storage was closed (by the browser, or by a newer Home Turf in another window) and could not be opened again",
  );
  expect(outbox.entries()).toEqual([]);
  expect(outbox.status('n-nowhere')).toEqual({ kind: 'synced' });
  await outbox.flush();
  expect(await h.notesWith(`n-nowhere:${PRIYA}`)).toBe(0);
});
