import { doubleBookings, thisWeek, type TeamMeeting } from '../../../src/domain/team-view';
import { daniel, grace, liam, maya, priya, raj, sofia } from '../../builders/meeting-builders';
import { TODAY, buildProfile, buildTeamData, buildTeamMeeting } from '../../builders/store-builders';

const utcDay = (instant: Date) => instant.toISOString().slice(0, 10);
const at = (day: string, time = '10:00') => new Date(`${day}T${time}:00Z`);

type Who = { email: string; displayName: string };
const by = (advisor: Who, overrides: Partial<TeamMeeting> = {}): TeamMeeting =>
  buildTeamMeeting({ advisorEmail: advisor.email, advisorName: advisor.displayName, ...overrides });

const clients = [
  buildProfile(),
  buildProfile({ id: '2', email: grace.email, displayName: grace.displayName, department: 'Marketing' }),
  buildProfile({ id: '3', email: raj.email, displayName: raj.displayName, department: 'Product' }),
];

describe('thisWeek', () => {
  const meetings = [
    by(sofia, { subject: 'Engagement survey', start: at('2026-11-19', '14:00') }),
    by(maya, { subject: 'HR plan check-in', start: at('2026-11-16', '09:00') }),
    // Not listed clients: the supplier is left out, and a meeting with only them is no client meeting.
    by(maya, {
      subject: 'Campaign kick-off',
      start: at('2026-11-17'),
      clientEmails: [grace.email, 'jo@agency.example'],
    }),
    by(maya, { subject: 'Agency briefing', start: at('2026-11-18'), clientEmails: ['jo@agency.example'] }),
    // Outside the week (Monday 16 to Sunday 22 November).
    by(maya, { subject: 'Last week', start: at('2026-11-15', '23:00') }),
    by(daniel, { subject: 'Next week', start: at('2026-11-23', '08:00') }),
    by(daniel, {
      subject: 'Roadmap review',
      start: at('2026-11-22', '18:00'),
      clientEmails: ['RAJ.PATEL@northwind.example'],
    }),
  ];

  it('lists every team member by name, with their client meetings of the week in start order', () => {
    const week = thisWeek(buildTeamData({ clients, meetings }), TODAY, utcDay);
    expect(
      week.map((w) => [
        w.advisorName,
        w.meetings.map((m) => `${utcDay(m.start)} ${m.subject}: ${m.clients.map((c) => c.name).join(', ')}`),
      ]),
    ).toEqual([
      [daniel.displayName, ['2026-11-22 Roadmap review: Raj Patel']],
      [liam.displayName, []],
      [
        maya.displayName,
        ['2026-11-16 HR plan check-in: Priya Shah', '2026-11-17 Campaign kick-off: Grace Liu'],
      ],
      [sofia.displayName, ['2026-11-19 Engagement survey: Priya Shah']],
    ]);
  });

  it('keeps an advisor whose calendar was read though the team list lacks them', () => {
    const week = thisWeek(
      buildTeamData({ clients, meetings: meetings.slice(0, 1), team: [] }),
      TODAY,
      utcDay,
    );
    expect(week).toEqual([
      {
        advisorEmail: sofia.email,
        advisorName: sofia.displayName,
        meetings: [
          {
            subject: 'Engagement survey',
            start: at('2026-11-19', '14:00'),
            clients: [{ email: priya.email, name: 'Priya Shah' }],
          },
        ],
      },
    ]);
  });
});

describe('doubleBookings', () => {
  const joint = (start: Date) => [
    by(maya, { subject: 'Joint review', start }),
    by(sofia, { subject: 'Joint review', start }),
  ];
  it.each<{ case: string; meetings: TeamMeeting[]; flagged: boolean }>([
    {
      case: 'two advisors in separate meetings',
      meetings: [by(maya), by(sofia, { start: at('2026-11-19') })],
      flagged: true,
    },
    {
      case: 'two advisors at the same time, in different meetings',
      meetings: [by(maya), by(sofia, { subject: 'Other' })],
      flagged: true,
    },
    {
      case: 'two advisors in one meeting, from both calendars',
      meetings: joint(at('2026-11-18')),
      flagged: false,
    },
    {
      case: 'one advisor twice',
      meetings: [by(maya), by(maya, { start: at('2026-11-20') })],
      flagged: false,
    },
    {
      case: 'a joint meeting and one of the two alone',
      meetings: [...joint(at('2026-11-17')), by(maya, { start: at('2026-11-19') })],
      flagged: false,
    },
    {
      case: 'a joint meeting and a third advisor alone',
      meetings: [...joint(at('2026-11-17')), by(liam, { start: at('2026-11-19') })],
      flagged: true,
    },
    {
      case: 'the second on Sunday',
      meetings: [by(maya), by(sofia, { start: at('2026-11-22', '20:00') })],
      flagged: true,
    },
    {
      case: 'the second next Monday',
      meetings: [by(maya), by(sofia, { start: at('2026-11-23', '08:00') })],
      flagged: false,
    },
    {
      case: 'the second last Sunday',
      meetings: [by(maya), by(sofia, { start: at('2026-11-15', '20:00') })],
      flagged: false,
    },
  ])('$case: flagged $flagged', ({ meetings, flagged }) => {
    const doubles = doubleBookings(buildTeamData({ clients, meetings }), TODAY, utcDay);
    expect(doubles.map((d) => d.clientName)).toEqual(flagged ? ['Priya Shah'] : []);
  });

  it('says who meets the client, and when, for each of the client’s meetings of the week', () => {
    const meetings = [
      by(sofia, { subject: 'Engagement survey', start: at('2026-11-19', '14:00') }),
      by(maya, {
        subject: 'HR plan check-in',
        start: at('2026-11-16', '09:00'),
        clientEmails: [priya.email, grace.email],
      }),
      by(daniel, { subject: 'Brand refresh', start: at('2026-11-18'), clientEmails: [grace.email] }),
      by(liam, { subject: 'Roadmap video', start: at('2026-11-18'), clientEmails: [raj.email] }),
    ];
    expect(doubleBookings(buildTeamData({ clients, meetings }), TODAY, utcDay)).toEqual([
      {
        clientEmail: grace.email,
        clientName: 'Grace Liu',
        advisors: ['Daniel Okafor', 'Maya Chen'],
        meetings: [
          { subject: 'HR plan check-in', start: at('2026-11-16', '09:00'), advisorName: 'Maya Chen' },
          { subject: 'Brand refresh', start: at('2026-11-18'), advisorName: 'Daniel Okafor' },
        ],
      },
      {
        clientEmail: priya.email,
        clientName: 'Priya Shah',
        advisors: ['Maya Chen', 'Sofia Rossi'],
        meetings: [
          { subject: 'HR plan check-in', start: at('2026-11-16', '09:00'), advisorName: 'Maya Chen' },
          { subject: 'Engagement survey', start: at('2026-11-19', '14:00'), advisorName: 'Sofia Rossi' },
        ],
      },
    ]);
  });
});
