/**
 * @jest-environment jest-fixed-jsdom
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createOutbox } from '../../../src/features/outbox/outbox';
import { OutboxBanner } from '../../../src/features/outbox/outbox-banner';
import type { Session } from '../../../src/features/session';
import { freshDevice, startPaneHarness, type PaneHarness } from './support';

let h: PaneHarness;
beforeAll(async () => {
  h = await startPaneHarness();
});
afterAll(() => h.close());
beforeEach(() => {
  freshDevice();
});

it('a change for a team site that is gone says so, never "will sync", and can be discarded', async () => {
  const gone = {
    id: 'northwind.sharepoint.com,00000000-0000-4000-8000-00000000dead,00000000-0000-4000-8000-00000000beef',
    displayName: 'Old Comms',
    lists: { notes: 'notes-list', fileItems: 'file-items-list' },
  };
  const outbox = createOutbox({
    graph: h.session.graph,
    site: gone,
    user: h.session.me,
    timeZone: h.session.host.timeZone,
    intervalMs: 3_600_000,
  });
  const session: Session = { ...h.session, outbox };
  await outbox.enqueue('file-gone', 'Update for Intranet refresh', [
    {
      kind: 'raise-date',
      list: 'fileItems',
      itemId: '1',
      etag: '*',
      column: 'LastUpdateSent',
      value: '2026-11-23T00:00:00Z',
    },
  ]);
  await outbox.flush();
  await outbox.flush();
  h.renderWith(<OutboxBanner />, session);
  expect(await screen.findByText('Cannot be sent: its team site is gone')).toBeInTheDocument();
  expect(screen.queryByText(/will sync/)).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Download' })).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Keep' }));
  expect(await screen.findByText(/It is kept on this device/)).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
  await waitFor(() => {
    expect(screen.queryByText('Cannot be sent: its team site is gone')).not.toBeInTheDocument();
  });
  expect(outbox.entries()).toEqual([]);
  outbox.dispose();
});
