/**
 * @jest-environment jest-fixed-jsdom
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { AppShell } from '../../../src/app/shared/app-shell';
import { createDemoSession } from '../../../src/app/shared/create-demo-session';
import { Taskpane } from '../../../src/app/taskpane/taskpane';
import {
  CARD_MAX_AGE_MS,
  readBrought,
  readCachedCard,
  resetLocalDb,
  writeBrought,
  writeCachedCard,
} from '../../../src/features/local-db';
import type { Session } from '../../../src/features/session';
import { startTenantServer, type TenantServer } from '../../../src/sandbox/server';
import { host, NOW } from './support';

/**
 * Signing out on a shared computer: the advisor's cards, marks and queued writes leave the
 * device (after they are told about the writes), another advisor's stay, and the pane says so.
 */
let tenant: TenantServer;
beforeAll(async () => {
  tenant = await startTenantServer({ port: 0, dataDir: null, now: () => NOW });
});
afterAll(() => tenant.close());
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetLocalDb();
});

async function faults(settings: unknown): Promise<void> {
  await fetch(`${tenant.url}/demo/faults`, { method: 'DELETE' });
  await fetch(`${tenant.url}/demo/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(settings),
  });
}

async function outboxRecords(): Promise<{ userId?: unknown }[]> {
  const database = await openDB('home-turf');
  const all = (await database.getAll('outbox')) as { userId?: unknown }[];
  database.close();
  return all;
}

it('removes what the device keeps for the advisor, after saying what has not been sent', async () => {
  let session: Session | undefined;
  const start = async () => {
    session = await createDemoSession(host, tenant.url);
    return session;
  };
  render(
    <AppShell theme="light" start={start}>
      <Taskpane />
    </AppShell>,
  );
  const button = await screen.findByRole('button', { name: /sign out of Home Turf/ });
  if (session === undefined) throw new Error('The session did not start.');
  const me = session.me;
  const mine = `${me.email}|meeting-1|2026-11-24T10:00:00.000Z`;
  const theirs = 'daniel@contoso.example|meeting-1|2026-11-24T10:00:00.000Z';
  const savedAt = Date.now();
  await writeCachedCard(mine, { subject: 'Mine' }, savedAt);
  await writeCachedCard(theirs, { subject: 'Theirs' }, savedAt);
  await writeBrought(mine, ['article-1']);
  await writeBrought(theirs, ['article-2']);
  // A write the store cannot take now: it waits in the outbox.
  await faults({ rules: [{ path: '/lists/', status: 503, retryAfter: 0, times: 100 }] });
  await session.outbox!.enqueue('file-1', 'Update for Intranet refresh', [
    {
      kind: 'raise-date',
      list: 'fileItems',
      itemId: '1',
      etag: '*',
      column: 'LastUpdateSent',
      value: '2026-11-23T00:00:00Z',
    },
  ]);
  await waitFor(async () => {
    expect((await outboxRecords()).length).toBe(1);
  });

  await userEvent.click(button);
  const dialog = await screen.findByRole('region', { name: 'Sign out of Home Turf?' });
  expect(
    within(dialog).getByText(/1 change has not reached the team store yet \(Update for Intranet refresh\)/),
  ).toBeInTheDocument();
  expect(within(dialog).getByRole('button', { name: 'Download a copy' })).toBeInTheDocument();
  // Cancel keeps everything.
  await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  await waitFor(() => {
    expect(screen.queryByRole('region', { name: 'Sign out of Home Turf?' })).not.toBeInTheDocument();
  });
  expect(await readCachedCard(mine, savedAt)).toBeDefined();
  // Focus goes back to the button that asked.
  expect(button).toHaveFocus();

  await userEvent.click(button);
  await userEvent.click(
    within(await screen.findByRole('region', { name: 'Sign out of Home Turf?' })).getByRole('button', {
      name: 'Discard and sign out',
    }),
  );
  // Signing out waits on IndexedDB and the outbox: the page changes once they are done.
  expect(
    await screen.findByRole('heading', { name: 'You are signed out of Home Turf' }, { timeout: 15_000 }),
  ).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Sign in again' })).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: 'Agenda' })).not.toBeInTheDocument();

  expect(await readCachedCard(mine, savedAt)).toBeUndefined();
  expect(await readBrought(mine)).toEqual([]);
  expect(await outboxRecords()).toEqual([]);
  // Another advisor's cards and marks on the same computer are theirs to remove.
  expect(await readCachedCard(theirs, savedAt)).toEqual({ savedAt, card: { subject: 'Theirs' } });
  expect(await readBrought(theirs)).toEqual(['article-2']);
  await faults({});
});

it('never shows a card saved more than a week ago, and removes it', async () => {
  const key = 'ana@contoso.example|meeting-2|2026-11-24T10:00:00.000Z';
  const savedAt = NOW.getTime();
  await writeCachedCard(key, { subject: 'Old' }, savedAt);
  expect(await readCachedCard(key, savedAt + CARD_MAX_AGE_MS - 1)).toBeDefined();
  expect(await readCachedCard(key, savedAt + CARD_MAX_AGE_MS)).toBeUndefined();
  // Removed, not only hidden: asked again at the time it was saved, it is gone.
  expect(await readCachedCard(key, savedAt)).toBeUndefined();
});
