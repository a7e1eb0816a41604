import { dayKey } from '../../../src/domain/agenda';
import {
  articlesShared,
  buildClientPrep,
  campaignWarnings,
  daysBetween,
  latestPulse,
  openFollowUps,
  placePriorities,
  recentActivity,
  reviewFile,
  type ActivityEntry,
} from '../../../src/domain/client-prep';
import type { FollowUp } from '../../../src/domain/team-store';
import { buildMeeting, priya } from '../../builders/meeting-builders';
import {
  MEETING_DAY,
  TODAY,
  buildCampaign,
  buildFileItem,
  buildMail,
  buildNote,
  buildProfile,
} from '../../builders/store-builders';

const utcDay = (instant: Date) => instant.toISOString().slice(0, 10);

function followUp(text: string, overrides: Partial<FollowUp> = {}): FollowUp {
  return { text, due: null, owner: 'us', done: false, ...overrides };
}

/** What the activity list shows: one line per entry, with the note's id when one is attached. */
function lines(entries: ActivityEntry[]): string[] {
  return entries.map((e) =>
    e.kind === 'mail'
      ? `mail ${e.mail.at.toISOString()} ${e.mail.subject}`
      : `meeting ${e.start.toISOString()} ${e.subject}${e.note === undefined ? '' : ` [note ${e.note.id}]`}`,
  );
}

describe('daysBetween', () => {
  it.each([
    { from: '2026-11-20', to: '2026-11-20', days: 0 },
    { from: '2026-11-20', to: '2026-11-24', days: 4 },
    { from: '2026-11-24', to: '2026-11-20', days: -4 },
    { from: '2026-12-30', to: '2027-01-02', days: 3 },
    { from: '2028-02-28', to: '2028-03-01', days: 2 },
    // Across the clocks going forward in Europe: still whole calendar days.
    { from: '2026-03-28', to: '2026-03-30', days: 2 },
  ])('from $from to $to is $days days', ({ from, to, days }) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('placePriorities', () => {
  it.each([
    { due: '2026-11-19', timing: 'overdue' },
    { due: TODAY, timing: 'before-meeting' },
    { due: '2026-11-22', timing: 'before-meeting' },
    { due: MEETING_DAY, timing: 'before-meeting' },
    { due: '2026-11-25', timing: 'soon-after' },
    { due: '2026-12-08', timing: 'soon-after' },
    { due: '2026-12-09', timing: 'later' },
    { due: null, timing: 'undated' },
  ])('a priority due $due is $timing (today 2026-11-20, meeting 2026-11-24)', ({ due, timing }) => {
    const [placed] = placePriorities([{ text: 'Launch onboarding portal', due }], TODAY, MEETING_DAY);
    expect(placed).toEqual({ text: 'Launch onboarding portal', due, timing });
  });

  it('lists priorities in date order, undated ones last in the order given', () => {
    const placed = placePriorities(
      [
        { text: 'Values refresh', due: null },
        { text: 'Pay review', due: '2027-01-15' },
        { text: 'Engagement survey', due: null },
        { text: 'Onboarding portal', due: '2026-11-22' },
        { text: 'Hiring plan', due: '2026-11-01' },
      ],
      TODAY,
      MEETING_DAY,
    );
    expect(placed.map((p) => p.text)).toEqual([
      'Hiring plan',
      'Onboarding portal',
      'Pay review',
      'Values refresh',
      'Engagement survey',
    ]);
  });
});

describe('reviewFile', () => {
  it.each([
    { lastUpdateSent: TODAY, daysSinceUpdate: 0, stale: false },
    { lastUpdateSent: '2026-11-06', daysSinceUpdate: 14, stale: false },
    { lastUpdateSent: '2026-11-05', daysSinceUpdate: 15, stale: true },
    { lastUpdateSent: null, daysSinceUpdate: null, stale: true },
  ])(
    'last update sent $lastUpdateSent: $daysSinceUpdate days ago, stale $stale',
    ({ lastUpdateSent, daysSinceUpdate, stale }) => {
      const [view] = reviewFile([buildFileItem({ lastUpdateSent })], TODAY);
      expect(view).toMatchObject({ daysSinceUpdate, stale });
    },
  );

  it.each([
    { staleAfterDays: 3, lastUpdateSent: '2026-11-17', stale: false },
    { staleAfterDays: 3, lastUpdateSent: '2026-11-16', stale: true },
    { staleAfterDays: 30, lastUpdateSent: '2026-10-21', stale: false },
    { staleAfterDays: 30, lastUpdateSent: '2026-10-20', stale: true },
  ])(
    'with a threshold of $staleAfterDays days, an update sent $lastUpdateSent is stale: $stale',
    ({ staleAfterDays, lastUpdateSent, stale }) => {
      const [view] = reviewFile([buildFileItem({ lastUpdateSent })], TODAY, staleAfterDays);
      expect(view?.stale).toBe(stale);
    },
  );

  it('leaves out done work and puts the most neglected first, never-updated before all', () => {
    const file = reviewFile(
      [
        buildFileItem({ id: '1', title: 'Recent story', lastUpdateSent: '2026-11-19' }),
        buildFileItem({ id: '2', title: 'Finished FAQ', status: 'Done', lastUpdateSent: null }),
        buildFileItem({ id: '3', title: 'Old toolkit', lastUpdateSent: '2026-10-01' }),
        buildFileItem({ id: '4', title: 'Values video', status: 'Not started', lastUpdateSent: null }),
        buildFileItem({ id: '5', title: 'Benefits page', status: 'Waiting on client', lastUpdateSent: null }),
        buildFileItem({ id: '6', title: 'Another old one', lastUpdateSent: '2026-10-01' }),
      ],
      TODAY,
    );
    expect(file.map((f) => f.title)).toEqual([
      'Benefits page',
      'Values video',
      'Another old one',
      'Old toolkit',
      'Recent story',
    ]);
  });
});

describe('campaignWarnings', () => {
  it.each([
    { department: 'HR', audiences: ['HR'], warned: true },
    { department: 'hr', audiences: [' HR '], warned: true },
    { department: ' People & HR ', audiences: ['people & hr'], warned: true },
    { department: 'HR', audiences: ['Marketing', 'Finance'], warned: false },
    { department: 'People & HR', audiences: ['HR'], warned: false },
    { department: 'HR', audiences: ['*'], warned: true },
    { department: undefined, audiences: ['*'], warned: true },
    { department: undefined, audiences: ['HR'], warned: false },
    { department: 'HR', audiences: [], warned: false },
  ])(
    'a campaign for $audiences is raised with a client in $department: $warned',
    ({ department, audiences, warned }) => {
      const raised = campaignWarnings([buildCampaign({ audiences })], department, TODAY, MEETING_DAY);
      expect(raised.length).toBe(warned ? 1 : 0);
    },
  );

  it.each([
    { goLive: '2026-11-19', warned: false },
    { goLive: TODAY, warned: true },
    { goLive: MEETING_DAY, warned: true },
    { goLive: '2026-12-22', warned: true },
    { goLive: '2026-12-23', warned: false },
  ])('a campaign going live $goLive is raised: $warned', ({ goLive, warned }) => {
    const raised = campaignWarnings([buildCampaign({ goLive })], 'HR', TODAY, MEETING_DAY);
    expect(raised.length).toBe(warned ? 1 : 0);
  });

  it.each([
    { status: 'Planned', warned: true },
    { status: 'In sign-off', warned: true },
    { status: 'Approved', warned: true },
    { status: 'Live', warned: true },
    { status: 'Done', warned: false },
  ] as const)('a $status campaign is raised: $warned', ({ status, warned }) => {
    const raised = campaignWarnings([buildCampaign({ status })], 'HR', TODAY, MEETING_DAY);
    expect(raised.length).toBe(warned ? 1 : 0);
  });

  it('lists the soonest first, then by name', () => {
    const raised = campaignWarnings(
      [
        buildCampaign({ id: '1', name: 'Wellbeing month', goLive: '2026-12-10' }),
        buildCampaign({ id: '2', name: 'Pension nudge', goLive: '2026-11-27', audiences: ['*'] }),
        buildCampaign({ id: '3', name: 'Benefits week', goLive: '2026-12-10' }),
      ],
      'HR',
      TODAY,
      MEETING_DAY,
    );
    expect(raised.map((c) => c.name)).toEqual(['Pension nudge', 'Benefits week', 'Wellbeing month']);
  });
});

describe('openFollowUps', () => {
  const notes = [
    buildNote({
      id: '1',
      subject: 'HR plan check-in',
      followUps: [
        followUp('Send the draft FAQ', { due: '2026-11-18' }),
        followUp('Share the survey results', { due: TODAY, owner: 'client' }),
        followUp('Book the film crew', { due: '2026-11-02', done: true }),
      ],
    }),
    buildNote({
      id: '2',
      subject: 'Onboarding kick-off',
      followUps: [
        followUp('Find a new-starter to interview'),
        followUp('Confirm the launch date', { due: '2026-12-01', owner: 'client' }),
        followUp('Approve the intranet banner', { due: '2026-11-18', owner: 'client' }),
      ],
    }),
  ];

  it('lists what is still open from every note by due date, undated last, done ones left out', () => {
    expect(
      openFollowUps(notes, TODAY).map((f) => ({ text: f.text, from: f.from, overdue: f.overdue })),
    ).toEqual([
      { text: 'Approve the intranet banner', from: 'Onboarding kick-off', overdue: true },
      { text: 'Send the draft FAQ', from: 'HR plan check-in', overdue: true },
      { text: 'Share the survey results', from: 'HR plan check-in', overdue: false },
      { text: 'Confirm the launch date', from: 'Onboarding kick-off', overdue: false },
      { text: 'Find a new-starter to interview', from: 'Onboarding kick-off', overdue: false },
    ]);
  });

  it('keeps who owes each follow-up', () => {
    const owners = Object.fromEntries(openFollowUps(notes, TODAY).map((f) => [f.text, f.owner]));
    expect(owners).toMatchObject({ 'Send the draft FAQ': 'us', 'Share the survey results': 'client' });
  });

  it('is empty when every follow-up is done', () => {
    const done = buildNote({ followUps: [followUp('Send the draft FAQ', { done: true })] });
    expect(openFollowUps([done], TODAY)).toEqual([]);
  });
});

describe('recentActivity', () => {
  const meeting = buildMeeting({
    iCalUId: 'uid-hr-plan',
    subject: 'HR plan check-in',
    start: new Date('2026-11-10T10:00:00Z'),
  });

  it('attaches a note to its meeting by iCalUId, even when the subject changed', () => {
    const note = buildNote({
      id: '7',
      subject: 'HR plan (moved)',
      meetingICalUId: 'uid-hr-plan',
      meetingDate: new Date('2026-11-03T10:00:00Z'),
    });
    expect(lines(recentActivity([meeting], [note], [], utcDay))).toEqual([
      'meeting 2026-11-10T10:00:00.000Z HR plan check-in [note 7]',
    ]);
  });

  it.each([
    {
      what: 'the same subject, in other case and spacing, on the same day',
      subject: '  hr PLAN check-in ',
      at: '2026-11-10T15:00:00Z',
      dayOf: utcDay,
      attached: true,
    },
    {
      what: 'the same subject on another day',
      subject: 'HR plan check-in',
      at: '2026-11-11T10:00:00Z',
      dayOf: utcDay,
      attached: false,
    },
    {
      what: 'another subject on the same day',
      subject: 'Pay review',
      at: '2026-11-10T10:00:00Z',
      dayOf: utcDay,
      attached: false,
    },
    {
      what: 'the same subject on the same UTC day, but another day in Auckland',
      subject: 'HR plan check-in',
      at: '2026-11-10T11:00:00Z',
      dayOf: (instant: Date) => dayKey(instant, 'Pacific/Auckland'),
      attached: false,
    },
    {
      what: 'the same subject on another UTC day, but the same day in Auckland',
      subject: 'HR plan check-in',
      at: '2026-11-09T12:00:00Z',
      dayOf: (instant: Date) => dayKey(instant, 'Pacific/Auckland'),
      attached: true,
    },
  ])('a note without iCalUId with $what is attached: $attached', ({ subject, at, dayOf, attached }) => {
    const note = buildNote({ id: '8', subject, meetingDate: new Date(at) });
    const activity = recentActivity([meeting], [note], [], dayOf);
    const first = activity.find((e) => e.kind === 'meeting' && e.start.getTime() === meeting.start.getTime());
    expect(first?.kind === 'meeting' && first.note?.id === '8').toBe(attached);
    expect(activity).toHaveLength(attached ? 1 : 2);
  });

  it('shows a note of a meeting no longer in the calendar as a meeting of its own', () => {
    const note = buildNote({
      id: '9',
      subject: 'Pay review',
      meetingICalUId: 'uid-other',
      meetingDate: new Date('2026-11-03T10:00:00Z'),
    });
    expect(lines(recentActivity([meeting], [note], [], utcDay))).toEqual([
      'meeting 2026-11-10T10:00:00.000Z HR plan check-in',
      'meeting 2026-11-03T10:00:00.000Z Pay review [note 9]',
    ]);
  });

  it('merges meetings, notes of meetings no longer in the calendar and mail, newest first', () => {
    const activity = recentActivity(
      [
        meeting,
        buildMeeting({
          iCalUId: 'uid-kick-off',
          subject: 'Onboarding kick-off',
          start: new Date('2026-11-02T14:00:00Z'),
        }),
      ],
      [
        buildNote({ id: '1', meetingICalUId: 'uid-hr-plan' }),
        buildNote({ id: '2', subject: 'Quarterly review', meetingDate: new Date('2026-09-30T09:00:00Z') }),
      ],
      [
        buildMail({ subject: 'Re: onboarding handbook', at: new Date('2026-11-16T09:00:00Z') }),
        buildMail({
          id: 'msg-2',
          subject: 'Slides',
          direction: 'sent',
          at: new Date('2026-11-05T08:00:00Z'),
        }),
      ],
      utcDay,
    );
    expect(lines(activity)).toEqual([
      'mail 2026-11-16T09:00:00.000Z Re: onboarding handbook',
      'meeting 2026-11-10T10:00:00.000Z HR plan check-in [note 1]',
      'mail 2026-11-05T08:00:00.000Z Slides',
      'meeting 2026-11-02T14:00:00.000Z Onboarding kick-off',
      'meeting 2026-09-30T09:00:00.000Z Quarterly review [note 2]',
    ]);
  });

  it.each([
    { limit: undefined, shown: 8 },
    { limit: 3, shown: 3 },
    { limit: 20, shown: 12 },
  ])('shows at most $limit entries ($shown of 12), the newest', ({ limit, shown }) => {
    const mail = Array.from({ length: 12 }, (_, i) =>
      buildMail({ id: `msg-${i}`, subject: `Mail ${i}`, at: new Date(Date.UTC(2026, 10, 1 + i)) }),
    );
    const activity = recentActivity([], [], mail, utcDay, limit);
    expect(activity).toHaveLength(shown);
    expect(activity[0]?.kind === 'mail' && activity[0].mail.subject).toBe('Mail 11');
  });
});

describe('articlesShared', () => {
  it('gathers every article id shared in any note, once each', () => {
    const shared = articlesShared([
      buildNote({ id: '1', articlesBrought: ['31', '32'] }),
      buildNote({ id: '2', articlesBrought: [] }),
      buildNote({ id: '3', articlesBrought: ['32', '35'] }),
    ]);
    expect([...shared].sort()).toEqual(['31', '32', '35']);
  });

  it('is empty with no notes', () => {
    expect(articlesShared([]).size).toBe(0);
  });
});

describe('latestPulse', () => {
  it.each([
    { what: 'no notes', notes: [], pulse: undefined },
    { what: 'notes without a pulse', notes: [buildNote(), buildNote({ id: '2' })], pulse: undefined },
    {
      what: 'the newest note with one, whatever the order given',
      notes: [
        buildNote({ id: '1', meetingDate: new Date('2026-10-01T10:00:00Z'), pulse: 2 }),
        buildNote({ id: '2', meetingDate: new Date('2026-11-10T10:00:00Z'), pulse: 4 }),
        buildNote({ id: '3', meetingDate: new Date('2026-10-20T10:00:00Z'), pulse: 5 }),
      ],
      pulse: 4,
    },
    {
      what: 'skipping a newer note that has none',
      notes: [
        buildNote({ id: '1', meetingDate: new Date('2026-11-12T10:00:00Z') }),
        buildNote({ id: '2', meetingDate: new Date('2026-10-01T10:00:00Z'), pulse: 3 }),
      ],
      pulse: 3,
    },
  ])('with $what is $pulse', ({ notes, pulse }) => {
    expect(latestPulse(notes)).toBe(pulse);
  });
});

describe('buildClientPrep', () => {
  it('puts together what the card shows for Priya', () => {
    const prep = buildClientPrep({
      profile: buildProfile({
        pressures: ['Cut time-to-hire'],
        priorities: [
          { text: 'Pay review', due: '2027-02-01' },
          { text: 'Onboarding portal live', due: '2026-12-01' },
        ],
      }),
      fileItems: [
        buildFileItem({ id: '1', title: 'Handbook refresh', lastUpdateSent: '2026-10-30' }),
        buildFileItem({ id: '2', title: 'Exit survey comms', status: 'Done' }),
      ],
      notes: [
        buildNote({
          id: '1',
          meetingICalUId: 'uid-1',
          followUps: [followUp('Send the draft FAQ', { due: '2026-11-18' })],
          articlesBrought: ['31'],
          pulse: 4,
        }),
      ],
      campaigns: [
        buildCampaign({ name: 'Benefits week' }),
        buildCampaign({ id: '42', name: 'Brand refresh', audiences: ['Marketing'] }),
      ],
      pastMeetings: [
        buildMeeting({
          iCalUId: 'uid-1',
          subject: 'HR plan check-in',
          start: new Date('2026-11-10T10:00:00Z'),
        }),
      ],
      mail: [buildMail({ with: [priya.email] })],
      department: 'HR',
      today: TODAY,
      meetingDay: MEETING_DAY,
      dayOf: utcDay,
    });
    expect({
      priorities: prep.priorities.map((p) => `${p.text}: ${p.timing}`),
      file: prep.file.map((f) => `${f.title}: ${f.daysSinceUpdate} days, stale ${f.stale}`),
      followUps: prep.followUps.map((f) => `${f.text}: overdue ${f.overdue}`),
      activity: lines(prep.activity),
      campaigns: prep.campaigns.map((c) => c.name),
      shared: [...prep.sharedArticleIds],
      pulse: prep.pulse,
    }).toEqual({
      priorities: ['Onboarding portal live: soon-after', 'Pay review: later'],
      file: ['Handbook refresh: 21 days, stale true'],
      followUps: ['Send the draft FAQ: overdue true'],
      activity: [
        'mail 2026-11-16T09:00:00.000Z Re: onboarding handbook',
        'meeting 2026-11-10T10:00:00.000Z HR plan check-in [note 1]',
      ],
      campaigns: ['Benefits week'],
      shared: ['31'],
      pulse: 4,
    });
  });

  it.each([
    { staleAfterDays: undefined, stale: false },
    { staleAfterDays: 1, stale: true },
  ])('passes a stale threshold of $staleAfterDays on to the file', ({ staleAfterDays, stale }) => {
    const input = {
      profile: null,
      fileItems: [buildFileItem({ lastUpdateSent: '2026-11-18' })],
      notes: [],
      campaigns: [],
      pastMeetings: [],
      mail: [],
      department: undefined,
      today: TODAY,
      meetingDay: MEETING_DAY,
      dayOf: utcDay,
    };
    const prep = buildClientPrep(staleAfterDays === undefined ? input : { ...input, staleAfterDays });
    expect(prep.file[0]?.stale).toBe(stale);
  });

  it('with no profile shows no priorities and keeps the profile empty', () => {
    const prep = buildClientPrep({
      profile: null,
      fileItems: [],
      notes: [],
      campaigns: [],
      pastMeetings: [],
      mail: [],
      department: undefined,
      today: TODAY,
      meetingDay: MEETING_DAY,
      dayOf: utcDay,
    });
    expect(prep).toMatchObject({ profile: null, priorities: [], file: [], activity: [], pulse: undefined });
  });
});
