/**
 * Maya's mail with her clients over the last month, as conversations. Pure data: `out` is Maya
 * writing to the client, `in` the client writing to Maya; days are counted back from today.
 */

/** One message of a thread: direction, days ago, London time, preview. */
export type MailSeed = readonly [direction: 'out' | 'in', daysAgo: number, time: string, preview: string];

/** A conversation with one client, others copied in by display name. */
export type MailThread = {
  readonly key: string;
  readonly subject: string;
  readonly client: string;
  readonly cc?: ReadonlyArray<string>;
  readonly importance?: 'high';
  readonly messages: ReadonlyArray<MailSeed>;
};

export const MAIL_THREADS: ReadonlyArray<MailThread> = [
  {
    key: 'onboarding-welcome',
    subject: 'Onboarding journey — draft welcome email',
    client: 'Priya Shah',
    messages: [
      [
        'out',
        6,
        '09:40',
        'Hi Priya, here is the first draft of the day-one welcome email. I have kept it under 200 words and put the manager’s name up front.',
      ],
      [
        'in',
        5,
        '14:05',
        'Thanks Maya, I like the tone. Could we mention the buddy scheme and what to bring on day one?',
      ],
      ['out', 5, '16:30', 'Done: the buddy scheme and a "what to bring" line are in. Version 2 attached.'],
      ['in', 2, '10:12', 'Approved from my side. Nadia would like a look before it goes to HR leadership.'],
    ],
  },
  {
    key: 'intranet-timings',
    subject: 'Intranet refresh: timings',
    client: 'Priya Shah',
    cc: ["Liam O'Brien"],
    messages: [
      [
        'in',
        24,
        '11:20',
        'Hi Maya, where are we on the onboarding hub? We have 14 new starters joining on the 1st.',
      ],
      [
        'out',
        23,
        '15:20',
        'Hi Priya, Liam has the wireframes ready; we are waiting on the list of HR pages to keep. Could you send it this week?',
      ],
      ['in', 9, '17:05', 'Any news on the hub? New starters keep asking where to find the basics.'],
    ],
  },
  {
    key: 'welcome-pack',
    subject: 'Manager welcome pack: draft for review',
    client: 'Priya Shah',
    messages: [
      [
        'out',
        16,
        '10:30',
        'Priya, the draft manager welcome pack is attached: a one-page checklist and a ten-minute week-one conversation guide.',
      ],
      [
        'in',
        13,
        '09:15',
        'Thanks. HR leadership want the checklist to include IT set-up. Otherwise good to go.',
      ],
    ],
  },
  {
    key: 'priya-agenda',
    subject: 'Agenda: onboarding journey 1:1',
    client: 'Priya Shah',
    messages: [
      [
        'out',
        1,
        '17:10',
        'Ahead of our 1:1: the welcome email sequence, the manager pack and how we measure "I feel informed". Anything to add?',
      ],
      ['in', 1, '17:45', 'Looks good. Can we also talk about the day-30 survey?'],
    ],
  },
  {
    key: 'careers-stories',
    subject: 'Careers site refresh: staff stories',
    client: 'Tom Becker',
    messages: [
      [
        'out',
        9,
        '11:00',
        'Hi Tom, four of the six staff stories are drafted. Two people still need to return photo permissions.',
      ],
      ['in', 8, '08:50', 'Great, I will chase the permissions. The content freeze is firm, by the way.'],
      ['out', 2, '15:10', 'All six stories are with the web team. Photos for two of them still to come.'],
    ],
  },
  {
    key: 'referral-relaunch',
    subject: 'Referral scheme relaunch',
    client: 'Tom Becker',
    messages: [
      [
        'in',
        4,
        '13:20',
        'Could we relaunch the referral scheme alongside the careers site? Happy to talk it through.',
      ],
    ],
  },
  {
    key: 'rota-pack',
    subject: 'New rota system: supervisor briefing pack',
    client: 'Carlos Mendes',
    cc: ['Fiona MacLeod', 'Sofia Rossi'],
    importance: 'high',
    messages: [
      [
        'in',
        19,
        '07:55',
        'Maya, the union has asked to see the briefing pack before the consultation closes.',
      ],
      [
        'out',
        19,
        '12:30',
        'Understood. Draft outline attached: what changes, when, and who to ask. Full pack to follow.',
      ],
      ['in', 3, '08:10', 'Supervisors are asking for the pack. Where are we?'],
    ],
  },
  {
    key: 'safety-videos',
    subject: 'Depot safety campaign: peer videos',
    client: 'Katarzyna Nowak',
    cc: ['Samuel Osei'],
    messages: [
      ['out', 7, '14:00', 'Filming is booked at the Birmingham depot with three volunteers.'],
      ['in', 6, '09:30', 'Brilliant. Please make sure the forklift lane is shown with the new markings.'],
      ['out', 3, '16:15', 'First cut attached: 58 seconds. Samuel has seen it and is happy.'],
    ],
  },
  {
    key: 'service-desk-faq',
    subject: 'Service desk FAQ rewrite: kickoff',
    client: 'Hannah Wright',
    cc: ['Owen Price', "Liam O'Brien"],
    messages: [
      [
        'in',
        6,
        '10:05',
        'Maya, Owen and I would like to rewrite the service desk FAQ. Can Liam join the kickoff?',
      ],
      ['out', 6, '11:40', 'Yes, Liam will join. Could Owen bring the top 20 questions from last quarter?'],
      ['in', 1, '15:30', 'Owen has the top 20 list ready. See you at the kickoff.'],
    ],
  },
  {
    key: 'complaints-briefing',
    subject: 'Complaints process change: advisor briefing',
    client: 'Hannah Wright',
    cc: ['Mateo García'],
    messages: [
      [
        'out',
        2,
        '09:20',
        'Hannah, draft advisor briefing attached. Mateo has checked the regulatory wording.',
      ],
    ],
  },
  {
    key: 'payroll-wording',
    subject: 'Payroll date change: wording',
    client: 'Mei Tanaka',
    cc: ['Marcus Reid'],
    messages: [
      ['in', 3, '09:05', 'Maya, here is Payroll’s draft for the payday change. Can you make it plainer?'],
      ['out', 2, '12:40', 'Plainer version attached, with a worked example for someone paid on the 28th.'],
      ['in', 1, '10:25', 'Much better. Marcus wants to add a line on the bridging loan.'],
    ],
  },
  {
    key: 'benefits-reminders',
    subject: 'Benefits portal switch: re-enrolment reminders',
    client: 'Marcus Reid',
    messages: [
      [
        'out',
        5,
        '15:00',
        'Marcus, the countdown reminders are drafted: four weeks, two weeks, three days and last day.',
      ],
      ['in', 4, '11:10', 'Thanks. The provider wants to add their logo; is that OK with brand?'],
    ],
  },
  {
    key: 'you-said-we-did',
    subject: 'You said, we did: first instalment',
    client: 'Nadia Haddad',
    messages: [
      ['out', 4, '10:40', 'First "you said, we did" piece attached, about the canteen opening hours.'],
      ['in', 3, '13:55', 'Lovely. Can we name the team that suggested it?'],
      ['out', 3, '16:05', 'Yes, I will check they are happy to be named.'],
    ],
  },
  {
    key: 'learning-week',
    subject: 'Learning week: campaign plan',
    client: 'Olivia Grant',
    messages: [
      [
        'in',
        12,
        '09:00',
        'Could you share a plan for learning week? We want leaders to post what they are learning.',
      ],
      ['out', 6, '14:45', 'Plan attached. Kenji and Sarah have agreed to go first.'],
    ],
  },
  {
    key: 'compliance-reminders',
    subject: 'Compliance training: manager reminders',
    client: 'Olivia Grant',
    messages: [
      [
        'out',
        12,
        '10:00',
        'Manager reminder drafted, showing completion by team. Over to you for the numbers.',
      ],
    ],
  },
  {
    key: 'hybrid-faq',
    subject: 'Hybrid working policy: manager FAQ',
    client: 'Chloe Evans',
    messages: [
      ['out', 9, '11:30', 'Chloe, draft manager FAQ attached, answering the ten questions you hear most.'],
      ['in', 8, '16:20', 'Really useful. Two answers need a legal check; I will come back by Friday.'],
    ],
  },
  {
    key: 'recognition-launch',
    subject: 'Recognition scheme: launch',
    client: 'Amira Bensaid',
    cc: ['Will Harper'],
    messages: [
      ['out', 5, '10:10', 'Launch post and huddle card attached for the recognition scheme.'],
      ['in', 5, '12:35', 'Will suggests we lead with a real nomination from the late shift.'],
    ],
  },
  {
    key: 'induction-booklet',
    subject: 'Contact centre induction: welcome booklet',
    client: 'Amira Bensaid',
    messages: [
      ['in', 18, '14:20', 'Welcome booklet draft attached. Can you have a look?'],
      [
        'out',
        18,
        '16:50',
        'Comments back: shorten section two and add who-to-ask contacts. Waiting on your final version.',
      ],
    ],
  },
  {
    key: 'agent-briefing',
    subject: 'Spring launch: agent briefing',
    client: 'Jamal Hussain',
    cc: ['Aisha Karimi'],
    messages: [
      ['in', 10, '08:30', 'Will my team see the spring offer before customers do this time?'],
      ['out', 8, '09:45', 'Yes: Aisha is preparing a one-page briefing for huddles the week before go-live.'],
    ],
  },
  {
    key: 'noticeboards',
    subject: 'Digital noticeboards: content plan',
    client: 'Samuel Osei',
    messages: [
      [
        'out',
        7,
        '13:15',
        'Content plan for the canteen screens attached: one safety message and one shift update a week.',
      ],
    ],
  },
  {
    key: 'results-cascade',
    subject: 'Year-end results: manager cascade pack',
    client: 'Elena Popescu',
    cc: ['Daniel Okafor'],
    messages: [
      [
        'out',
        6,
        '17:30',
        'Elena, the cascade pack is attached: timeline, manager script and Q&A. Daniel has reviewed it.',
      ],
      ['in', 5, '08:45', 'Thank you. Please keep the Q&A under embargo until the announcement.'],
    ],
  },
  {
    key: 'phishing-week',
    subject: 'Phishing awareness week: draft messages',
    client: 'Ben Adeyemi',
    cc: ["Liam O'Brien"],
    messages: [
      [
        'in',
        3,
        '11:50',
        'Draft messages for phishing week attached. Daniel Park has approved the technical content.',
      ],
      [
        'out',
        3,
        '15:25',
        'Thanks Ben. Liam will edit for tone: thanking reporters rather than naming clickers.',
      ],
    ],
  },
  {
    key: 'employer-brand-preread',
    subject: 'Employer brand workshop: pre-read',
    client: 'Grace Liu',
    cc: ['Aisha Karimi'],
    messages: [
      [
        'out',
        7,
        '12:00',
        'Grace, pre-read for the employer brand workshop: survey themes and three EVP drafts.',
      ],
      ['in', 6, '19:10', 'Thanks, I will read it tonight. Can Tom present the hiring numbers?'],
    ],
  },
  {
    key: 'frontline-panel',
    subject: 'Frontline voice panel: write-up',
    client: 'Will Harper',
    messages: [
      ['in', 12, '18:05', 'Write-up from the first panel session attached. Lots on the rota changes.'],
      ['out', 11, '09:30', 'Thank you Will. I will share the rota points with Carlos.'],
    ],
  },
  {
    key: 'password-manager',
    subject: 'Password manager rollout: launch plan',
    client: 'Sarah Kowalski',
    cc: ["Liam O'Brien"],
    messages: [
      [
        'out',
        4,
        '11:45',
        'Sarah, launch plan attached: champions in every team and a switch-off date for shared passwords.',
      ],
    ],
  },
  {
    key: 'release-notes',
    subject: 'Mobile app 5.0: staff release notes',
    client: 'Raj Patel',
    cc: ['Aisha Karimi'],
    messages: [
      ['in', 5, '16:00', 'Release notes for 5.0 attached. Could you make them readable for store staff?'],
      ['out', 4, '10:05', 'Plain-English version attached, leading with what customers will notice.'],
    ],
  },
  {
    key: 'hub-and-freeze',
    subject: 'Intranet migration: the onboarding hub and the freeze',
    client: 'Leah Morgan',
    cc: ["Liam O'Brien"],
    messages: [
      ['in', 10, '14:30', 'The migration freeze starts soon. Is the onboarding hub in or out?'],
      ['out', 9, '09:10', 'In: Liam will migrate it as it is and refresh it after the freeze.'],
    ],
  },
];
