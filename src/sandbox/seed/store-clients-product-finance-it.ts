import type { ClientProfile } from './store-types';

/** Client profiles and files: Product, Finance and IT. Pure data. */

export const PRODUCT_FINANCE_IT_CLIENTS: ReadonlyArray<ClientProfile> = [
  {
    name: 'Raj Patel',
    owner: 'Aisha Karimi',
    pressures: [
      'The mobile app release has slipped twice',
      'Store and service staff get customer questions about features before they have seen them',
      'Beta testers are hard to recruit',
    ],
    priorities: [
      ['Mobile app 5.0 release notes for staff', 8],
      ['Beta tester recruitment among staff', 13],
      ['Roadmap town hall', 27],
    ],
    kpis: ['App store rating', 'Feature adoption', 'Beta programme sign-ups'],
    shared: ['Beta programme sign-ups'],
    background:
      'Product manager for the customer app. Wants staff to be the first beta testers and the first to know; happy to demo at a town hall.',
    file: [
      ['Mobile app 5.0: staff release notes', 'In progress', 5, 3],
      ['Staff beta programme: intranet call-out', 'Done', 19, null],
    ],
  },
  {
    name: 'Jessica Moreno',
    owner: 'Aisha Karimi',
    pressures: [
      'US and UK teams announce the roadmap differently',
      'The launch date depends on a legal review',
    ],
    priorities: [
      ['Roadmap launch comms aligned across US and UK', 6],
      ['Internal FAQ owners named', 9],
      ['US customer advisory board', null],
    ],
    kpis: ['Roadmap delivery on time', 'US customer adoption', 'Internal FAQ coverage'],
    shared: ['Internal FAQ coverage'],
    background:
      'Senior product manager in New York. Five hours behind London, so she prefers asynchronous updates and a single shared FAQ document.',
    file: [['Roadmap launch: shared internal FAQ', 'In progress', 10, 2]],
  },
  {
    name: 'Kenji Watanabe',
    owner: 'Daniel Okafor',
    pressures: [
      'Board pressure to show AI features this year',
      'Product teams spread across three time zones',
      'Most staff cannot say what the product strategy is',
    ],
    priorities: [
      ['Product strategy explainer for all staff', 15],
      ['Roadmap town hall', 27],
      ['AI assistant pilot decision', 35],
    ],
    kpis: [
      'Revenue from new products',
      'Release predictability',
      'Staff understanding of product strategy (pulse)',
    ],
    shared: ['Staff understanding of product strategy (pulse)'],
    background:
      'Head of Product. A good speaker who undersells himself; the town hall is the moment to make the strategy stick.',
    file: [
      ['Product strategy explainer: one-page version', 'In progress', 16, 4],
      ['Roadmap town hall: run of show', 'Not started', 2, 12, 'Aisha Karimi'],
    ],
  },
  {
    name: 'Ella Thompson',
    owner: 'Sofia Rossi',
    pressures: [
      'Research findings sit in slide decks nobody reads',
      'Recruiting customers for research takes weeks',
    ],
    priorities: [
      ['Research show-and-tell for the whole company', 11],
      ['Accessibility audit findings', 23],
      ['Customer research panel', null],
    ],
    kpis: ['Research studies completed', 'Findings adopted in the roadmap', 'Show-and-tell attendance'],
    shared: ['Show-and-tell attendance'],
    background: 'UX researcher. Her accessibility audit has a strong external story once the fixes ship.',
    file: [['Research show-and-tell: invitation and recap', 'In progress', 8, 5]],
  },
  {
    name: 'Victor Dubois',
    owner: "Liam O'Brien",
    pressures: ['Release notes are too technical for store staff', 'Crash spike after the last release'],
    priorities: [
      ['Mobile app 5.0 release', 8],
      ['In-app messaging for the staff beta', 18],
    ],
    kpis: ['Crash-free sessions', 'Release cadence', 'Staff beta feedback submitted'],
    shared: ['Staff beta feedback submitted'],
    background: 'Product owner for mobile. Writes the release notes himself and welcomes an edit.',
    file: [['Release notes: plain-English template', 'Done', 25, null]],
  },
  {
    name: 'Anika Sharma',
    owner: 'Aisha Karimi',
    pressures: [
      'Spring launch messaging not yet agreed with Marketing',
      'Sales and service enablement materials are late',
    ],
    priorities: [
      ['Spring launch messaging house', 4],
      ['Sales and service enablement pack', 16],
      ['Spring product launch go-live', 25],
    ],
    kpis: ['Launch pipeline', 'Win rate', 'Enablement content usage'],
    shared: ['Enablement content usage'],
    background:
      'Product marketing manager between Product and Marketing. The person who can get the internal launch story agreed early.',
    file: [['Spring launch: internal messaging house', 'Waiting on client', 9, 2]],
  },
  {
    name: 'Elena Popescu',
    owner: 'Daniel Okafor',
    pressures: [
      'Year-end results must not leak before the press release',
      'The expenses system changes in the new year',
      'Audit findings on approval limits',
    ],
    priorities: [
      ['Year-end results: staff briefing plan', 5],
      ['Expenses system change: staff comms', 34],
      ['Close the books on time', null],
    ],
    kpis: ['Month-end close (days)', 'Audit findings closed', 'Expense claims submitted on time'],
    shared: ['Expense claims submitted on time'],
    background:
      'Finance controller. Careful about timing and embargoes; organises the results briefing and expects the cascade to be airtight.',
    file: [
      ['Year-end results: manager cascade pack', 'In progress', 6, 3, 'Maya Chen'],
      ['Expenses system: change timeline', 'Not started', 22, null],
    ],
  },
  {
    name: 'George Whitfield',
    owner: 'Daniel Okafor',
    pressures: [
      'Cost reduction programme of four million pounds',
      'Investor questions on margins',
      'Staff anxious that cost cuts mean job cuts',
    ],
    priorities: [
      ['Year-end results announced', 6],
      ['Cost reduction programme: staff narrative', 12],
      ['Budget cycle for next year', 40],
    ],
    kpis: ['Operating margin', 'Cost savings delivered', 'Staff trust in financial updates'],
    shared: ['Staff trust in financial updates'],
    background:
      'Chief Financial Officer. Wants to be more visible to staff but dislikes scripted video; a Q&A format suits him better.',
    file: [['Cost reduction: CFO Q&A format', 'In progress', 13, 6]],
  },
  {
    name: 'Ruth Adebayo',
    owner: 'Sofia Rossi',
    pressures: ['Budget holders miss forecast deadlines', 'New budget templates confuse first-time holders'],
    priorities: [
      ['Budget cycle guide for budget holders', 9],
      ['Forecast submission deadline', 16],
    ],
    kpis: ['Forecast accuracy', 'Budget submissions on time'],
    shared: ['Budget submissions on time'],
    background:
      'Runs financial planning. Every year the same questions about the templates; wants a guide people actually open.',
    file: [['Budget cycle: budget-holder guide', 'In progress', 7, 4]],
  },
  {
    name: 'Patrick Doyle',
    owner: "Liam O'Brien",
    pressures: [
      'Off-contract spend at 22%',
      'Every supplier must sign the new code of conduct (modern slavery)',
    ],
    priorities: [
      ['Procurement policy update: staff guide', 14],
      ['Supplier code of conduct signed by top 50 suppliers', 30],
      ['Preferred supplier list on the intranet', null],
    ],
    kpis: ['Off-contract spend', 'Savings negotiated', 'Procurement policy awareness (pulse)'],
    shared: ['Procurement policy awareness (pulse)'],
    background:
      'Procurement lead. The policy is dry but the modern slavery work is a story staff would care about.',
    file: [['Procurement policy: two-minute guide', 'Not started', 18, null]],
  },
  {
    name: 'Mei Tanaka',
    owner: 'Maya Chen',
    pressures: [
      'Payday moves from the 28th to the last working day of the month',
      'Payslip queries spike after every change',
      'Payroll provider migration next year',
    ],
    priorities: [
      ['Payroll date change: staff message', 1],
      ['Payslip explainer on the intranet', 10],
      ['Payroll provider migration', 55],
    ],
    kpis: ['Payroll accuracy', 'Payslip queries per month', 'Payroll run on time'],
    shared: ['Payslip queries per month'],
    background:
      'Payroll manager in Manchester. Knows a badly worded pay message costs her team a week of calls; wants every word checked.',
    file: [
      ['Payroll date change: all-staff message', 'In progress', 1, 1],
      ['Payslip explainer page', 'Not started', 15, null],
    ],
  },
  {
    name: 'Rosa Delgado',
    owner: 'Sofia Rossi',
    pressures: ['Few depot staff know how to raise a whistleblowing concern', 'Audit plan behind schedule'],
    priorities: [
      ['Speak-up (whistleblowing) campaign', 19],
      ['Annual audit plan to the audit committee', 33],
      ['Fraud awareness e-learning', null],
    ],
    kpis: ['Audit plan completion', 'Speak-up awareness (survey)', 'Audit actions closed on time'],
    shared: ['Speak-up awareness (survey)'],
    background:
      'Internal audit manager. The speak-up campaign has to reach depots and the contact centre, not just head office.',
    file: [['Speak-up campaign: posters and intranet page', 'Waiting on client', 40, null]],
  },
  {
    name: 'Ben Adeyemi',
    owner: "Liam O'Brien",
    pressures: [
      'Phishing simulation click rate stuck at 9%',
      'Service desk ticket backlog',
      'Laptop refresh disrupts teams mid-quarter',
    ],
    priorities: [
      ['Phishing awareness week', 7],
      ['Service desk FAQ rewrite', 14],
      ['Laptop refresh programme: wave 2', 26],
    ],
    kpis: ['Phishing simulation click rate', 'Tickets fixed first time', 'Service desk satisfaction'],
    shared: ['Phishing simulation click rate'],
    background: 'IT service manager. Responsive and friendly; his drafts are accurate but full of jargon.',
    file: [
      ['Phishing awareness week: draft messages', 'In progress', 3, 2],
      ['Laptop refresh: wave 2 schedule comms', 'Waiting on client', 31, null],
    ],
  },
  {
    name: 'Sarah Kowalski',
    owner: 'Daniel Okafor',
    pressures: [
      'Cyber insurance requires multi-factor authentication everywhere by March',
      'IT is seen as a blocker',
      'Budget cut by 8%',
    ],
    priorities: [
      ['Password manager rollout', 6],
      ['Intranet migration timeline agreed', 20],
      ['Guidance on using AI tools at work', 30],
      ['IT strategy roadshow', null],
    ],
    kpis: ['MFA coverage', 'Major incidents', 'IT satisfaction (staff survey)'],
    shared: ['IT satisfaction (staff survey)'],
    background:
      'Head of IT. Wants IT to be seen as enabling; the password manager rollout is her test of whether staff follow a change without a fight.',
    file: [['Password manager rollout: launch plan', 'In progress', 4, 2, "Liam O'Brien"]],
  },
  {
    name: 'Daniel Park',
    owner: "Liam O'Brien",
    pressures: [
      'Phishing click rate well above the sector benchmark',
      'Data incidents caused by misdirected email',
      'Staff pasting customer data into public AI tools',
    ],
    priorities: [
      ['Phishing awareness week', 7],
      ['Acceptable use of AI tools policy', 21],
      ['Data protection refresher', null],
    ],
    kpis: ['Phishing simulation click rate', 'Reported phishing emails', 'Data incidents'],
    shared: ['Reported phishing emails'],
    background:
      "Information security officer. Prefers fear-free messaging after last year's name-and-shame email backfired.",
    file: [['AI tools policy: staff summary', 'Not started', 9, 12]],
  },
  {
    name: 'Leah Morgan',
    owner: "Liam O'Brien",
    pressures: [
      'Intranet migration to SharePoint Online',
      'Teams sprawl: 2,000 teams and counting',
      'Frontline staff without devices',
    ],
    priorities: [
      ['Teams governance guide', 12],
      ['Intranet migration timeline', 20],
      ['Frontline app on shared devices', 42],
    ],
    kpis: ['Intranet monthly active users', 'Search success rate', 'Teams adoption'],
    shared: ['Intranet monthly active users', 'Search success rate'],
    background:
      "Digital workplace lead and Liam's closest partner on the intranet. The onboarding hub and the migration share a content freeze.",
    file: [
      ['Intranet migration: content owner briefings', 'In progress', 2, 5],
      ['Teams governance: one-page guide', 'In progress', 14, 3],
    ],
  },
  {
    name: 'Tariq Rahman',
    owner: "Liam O'Brien",
    pressures: ['Weekend maintenance windows disrupt the depots', 'Wi-Fi upgrade in Leeds'],
    priorities: [
      ['Planned maintenance notice template', 5],
      ['Leeds Wi-Fi upgrade', 16],
    ],
    kpis: ['System uptime', 'Planned change success rate', 'Staff notified before planned outages'],
    shared: ['Staff notified before planned outages'],
    background: 'Infrastructure engineer. Needs a standard way to warn depots about weekend work.',
    file: [['Maintenance notice template', 'Done', 10, null]],
  },
  {
    name: 'Sophie Laurent',
    owner: "Liam O'Brien",
    pressures: ['Expenses system requirements still moving', 'Users do not turn up for testing'],
    priorities: [
      ['Expenses system user testing recruitment', 10],
      ['Rota system training materials review', 15],
    ],
    kpis: ['Requirements signed off on time', 'User acceptance test participation'],
    shared: ['User acceptance test participation'],
    background:
      'Business analyst on the expenses and rota projects: a useful early warning of what is about to change for staff.',
    file: [],
  },
];
