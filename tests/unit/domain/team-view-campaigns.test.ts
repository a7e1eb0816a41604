import { briefingFollowUps, campaignTimeline, storyLeads } from '../../../src/domain/team-view';
import type { FollowUp, ValueAddNote } from '../../../src/domain/team-store';
import { grace, maya, priya, raj, sofia } from '../../builders/meeting-builders';
import { TODAY, buildCampaign, buildNote, buildProfile, buildTeamData } from '../../builders/store-builders';

const { ownerEmail: _maya, ...rajProfile } = buildProfile({
  id: '3',
  email: raj.email,
  displayName: raj.displayName,
  department: 'Product',
});
const clients = [
  buildProfile(),
  buildProfile({
    id: '2',
    email: grace.email,
    displayName: grace.displayName,
    department: 'Marketing',
    ownerEmail: sofia.email,
  }),
  rajProfile,
];

const campaigns = [
  buildCampaign(), // Benefits week, for HR: sign-off 26 Nov, live 1 Dec
  buildCampaign({ id: '42', name: 'Brand refresh', audiences: ['*'], signOff: null, goLive: '2026-11-25' }),
  buildCampaign({
    id: '43',
    name: 'Product launch',
    audiences: [' product', 'MARKETING'],
    signOff: '2027-01-05',
    goLive: '2027-01-15',
  }),
  buildCampaign({
    id: '44',
    name: 'Intranet relaunch',
    status: 'Live',
    signOff: '2026-10-30',
    goLive: '2026-11-10',
  }),
  buildCampaign({ id: '45', name: 'Summer picnic', status: 'Done', goLive: '2026-07-01' }),
];

describe('campaignTimeline', () => {
  it('lists the campaigns not done by go-live, with the days left and the clients they touch', () => {
    const timeline = campaignTimeline(buildTeamData({ clients, campaigns }), TODAY);
    expect(
      timeline.map((l) => [
        l.campaign.name,
        l.daysToSignOff,
        l.daysToGoLive,
        l.affectedClients.map((c) => c.name),
      ]),
    ).toEqual([
      ['Intranet relaunch', -21, -10, ['Priya Shah']],
      ['Brand refresh', null, 5, ['Grace Liu', 'Priya Shah', 'Raj Patel']],
      ['Benefits week', 6, 11, ['Priya Shah']],
      ['Product launch', 46, 56, ['Grace Liu', 'Raj Patel']],
    ]);
  });

  it("names each affected client's owner, or none", () => {
    const [, brandRefresh] = campaignTimeline(buildTeamData({ clients, campaigns }), TODAY);
    expect(brandRefresh?.affectedClients).toEqual([
      { email: grace.email, name: 'Grace Liu', ownerEmail: sofia.email },
      { email: priya.email, name: 'Priya Shah', ownerEmail: maya.email },
      { email: raj.email, name: 'Raj Patel', ownerEmail: null },
    ]);
  });
});

describe('briefingFollowUps', () => {
  const planned = (text: string, overrides: Partial<FollowUp> = {}, note: Partial<ValueAddNote> = {}) =>
    buildNote({ followUps: [{ text, due: '2026-11-24', owner: 'us', done: false, ...overrides }], ...note });

  it.each<{ case: string; notes: ValueAddNote[]; windowDays?: number; expected: string[] }>([
    {
      case: 'campaigns going live in the next four weeks, one per client touched',
      notes: [],
      expected: [
        '2026-11-20 Grace Liu/sofia: Plan team briefings for Brand refresh',
        '2026-11-20 Priya Shah/maya: Plan team briefings for Brand refresh',
        '2026-11-20 Raj Patel/nobody: Plan team briefings for Brand refresh',
        '2026-11-24 Priya Shah/maya: Plan team briefings for Benefits week',
      ],
    },
    {
      case: 'a wider window',
      notes: [],
      windowDays: 60,
      expected: [
        '2026-11-20 Grace Liu/sofia: Plan team briefings for Brand refresh',
        '2026-11-20 Priya Shah/maya: Plan team briefings for Brand refresh',
        '2026-11-20 Raj Patel/nobody: Plan team briefings for Brand refresh',
        '2026-11-24 Priya Shah/maya: Plan team briefings for Benefits week',
        '2027-01-08 Grace Liu/sofia: Plan team briefings for Product launch',
        '2027-01-08 Raj Patel/nobody: Plan team briefings for Product launch',
      ],
    },
    {
      case: 'a window of five days, go-live on its last day',
      notes: [],
      windowDays: 5,
      expected: [
        '2026-11-20 Grace Liu/sofia: Plan team briefings for Brand refresh',
        '2026-11-20 Priya Shah/maya: Plan team briefings for Brand refresh',
        '2026-11-20 Raj Patel/nobody: Plan team briefings for Brand refresh',
      ],
    },
    {
      case: 'briefings already planned with Priya (open follow-ups with the same text)',
      notes: [
        planned('Plan team briefings for Brand refresh'),
        planned('Plan team briefings for Benefits week', { owner: 'client' }),
      ],
      expected: [
        '2026-11-20 Grace Liu/sofia: Plan team briefings for Brand refresh',
        '2026-11-20 Raj Patel/nobody: Plan team briefings for Brand refresh',
      ],
    },
    {
      case: "follow-ups that are done, worded otherwise, or someone else's",
      notes: [
        planned('Plan team briefings for Brand refresh', { done: true }),
        planned('Plan team briefings for benefits week'),
        planned('Plan team briefings for Benefits week', {}, { clientEmail: grace.email }),
      ],
      expected: [
        '2026-11-20 Grace Liu/sofia: Plan team briefings for Brand refresh',
        '2026-11-20 Priya Shah/maya: Plan team briefings for Brand refresh',
        '2026-11-20 Raj Patel/nobody: Plan team briefings for Brand refresh',
        '2026-11-24 Priya Shah/maya: Plan team briefings for Benefits week',
      ],
    },
  ])('$case', ({ notes, windowDays, expected }) => {
    const names = new Map(clients.map((c) => [c.email, c.displayName]));
    const followUps = briefingFollowUps(buildTeamData({ clients, campaigns, notes }), TODAY, windowDays);
    expect(
      followUps.map(
        (f) =>
          `${f.due} ${names.get(f.clientEmail) ?? '?'}/${f.ownerEmail?.split('.')[0] ?? 'nobody'}: ${f.text}`,
      ),
    ).toEqual(expected);
  });

  it('ties each follow-up to its campaign', () => {
    const followUps = briefingFollowUps(buildTeamData({ clients, campaigns }), TODAY);
    expect(new Set(followUps.map((f) => f.campaignId))).toEqual(new Set(['41', '42']));
  });
});

describe('storyLeads', () => {
  it('lists the leads in the notes, newest first, with who heard them from whom', () => {
    const notes = [
      buildNote({
        storyLead: '  Priya spoke at the HR Tech conference ',
        meetingDate: new Date('2026-11-10T10:00:00Z'),
      }),
      buildNote({ id: '22', storyLead: '   ', meetingDate: new Date('2026-11-17T10:00:00Z') }),
      buildNote({
        id: '23',
        subject: 'Research report',
        clientEmail: 'Grace.Liu@northwind.example',
        authorEmail: 'SOFIA.ROSSI@northwind.example',
        storyLead: 'Marketing research wins an award',
        meetingDate: new Date('2026-11-18T10:00:00Z'),
      }),
      buildNote({
        id: '24',
        clientEmail: 'former.client@northwind.example',
        authorEmail: 'former.advisor@northwind.example',
        storyLead: 'Warehouse goes solar',
        meetingDate: new Date('2026-09-01T10:00:00Z'),
      }),
    ];
    const { authorEmail: _maya, ...anonymous } = buildNote({
      id: '25',
      storyLead: 'Volunteering day',
      meetingDate: new Date('2026-08-01T10:00:00Z'),
    });
    expect(storyLeads(buildTeamData({ clients, notes: [...notes, anonymous] }))).toEqual([
      {
        lead: 'Marketing research wins an award',
        clientEmail: grace.email,
        clientName: 'Grace Liu',
        authorEmail: sofia.email,
        authorName: 'Sofia Rossi',
        meetingDate: new Date('2026-11-18T10:00:00Z'),
        subject: 'Research report',
      },
      {
        lead: 'Priya spoke at the HR Tech conference',
        clientEmail: priya.email,
        clientName: 'Priya Shah',
        authorEmail: maya.email,
        authorName: 'Maya Chen',
        meetingDate: new Date('2026-11-10T10:00:00Z'),
        subject: 'HR plan check-in',
      },
      {
        lead: 'Warehouse goes solar',
        clientEmail: 'former.client@northwind.example',
        clientName: 'former.client@northwind.example',
        authorEmail: 'former.advisor@northwind.example',
        authorName: 'former.advisor@northwind.example',
        meetingDate: new Date('2026-09-01T10:00:00Z'),
        subject: 'HR plan check-in',
      },
      {
        lead: 'Volunteering day',
        clientEmail: priya.email,
        clientName: 'Priya Shah',
        authorEmail: null,
        authorName: null,
        meetingDate: new Date('2026-08-01T10:00:00Z'),
        subject: 'HR plan check-in',
      },
    ]);
  });
});
