import { MAX_BATCH_REQUESTS } from '../../../src/graph/batch';
import { MAX_PEOPLE_LOOKED_UP, planPrepRequests } from '../../../src/features/prep-card/prep-plan';

const plan = (people: number) =>
  planPrepRequests({
    site: {
      id: 'northwind.sharepoint.com,a,b',
      lists: { clients: 'c', fileItems: 'f', notes: 'n', articles: 'a', campaigns: 'k' },
    },
    emails: Array.from({ length: people }, (_, n) => `guest${n}@northwind.example`),
    meetingStart: new Date('2026-12-10T13:30:00Z'),
    today: '2026-11-24',
    meetingDay: '2026-12-10',
    campaignDays: 28,
  });

describe('planPrepRequests', () => {
  it.each([1, 24, 30, 500])(
    'fits one $batch beside the meeting, the team and the directory for %i people',
    (people) => {
      // The meeting itself, the comms team and two directory lookups share the batch.
      expect(plan(people).length).toBeLessThanOrEqual(MAX_BATCH_REQUESTS - 4);
    },
  );

  it('asks for the records of everyone in a meeting small enough to be a client meeting', () => {
    const filters = plan(MAX_PEOPLE_LOOKED_UP)
      .filter((r) => r.section === 'profiles')
      .map((r) => decodeURIComponent(r.url));
    expect(filters.join(' ').match(/ClientEmail eq/g)).toHaveLength(MAX_PEOPLE_LOOKED_UP);
  });
});
