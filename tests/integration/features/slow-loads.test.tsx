/**
 * @jest-environment jest-fixed-jsdom
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PrepCardView } from '../../../src/features/prep-card/prep-card-view';
import { TeamView } from '../../../src/features/team-view/team-view';
import { SEED_SUBJECTS } from '../../../src/sandbox/seed';
import { SLOW_LOAD_MS } from '../../../src/ui/states';
import { startPaneHarness, type PaneHarness } from './support';

/**
 * A request Microsoft 365 does not answer (the tenant holds it for ten minutes) leaves neither the
 * card nor the team view on a skeleton for ever: after a while they say so and offer Try again,
 * which loads them once Graph answers again.
 */
let harness: PaneHarness;
beforeAll(async () => {
  harness = await startPaneHarness();
});
afterAll(() => harness.close());
afterEach(() => harness.faults({}));

const slowMessage = () =>
  screen.findByText('Microsoft 365 is slow to answer. Home Turf is still waiting.', undefined, {
    timeout: SLOW_LOAD_MS * 3,
  });

it('a hung prep card offers Try again, which loads it', async () => {
  await harness.faults({ latencyMs: 600_000 });
  harness.renderWith(<PrepCardView meeting={harness.meeting(SEED_SUBJECTS.clientOneToOne)} />);
  const card = screen.getByRole('region', { name: 'Prep card' });
  expect(within(card).getByLabelText('Loading the prep card')).toBeInTheDocument();
  const message = await slowMessage();
  await harness.faults({});
  await userEvent.click(
    within(message.closest('.fui-MessageBar') as HTMLElement).getByRole('button', { name: 'Try again' }),
  );
  expect(
    await within(card).findByRole('heading', { name: 'Talking points' }, { timeout: 20_000 }),
  ).toBeInTheDocument();
  expect(screen.queryByText(/slow to answer/)).not.toBeInTheDocument();
}, 90_000);

it('a hung team view offers Try again, which loads it', async () => {
  await harness.faults({ latencyMs: 600_000 });
  harness.renderWith(<TeamView />);
  await slowMessage();
  await harness.faults({});
  await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findByRole('heading', { name: 'Clients' }, { timeout: 20_000 })).toBeInTheDocument();
}, 90_000);
