import type { ClientProfile } from './store-types';

/** Client profiles and files: HR and Marketing. Pure data; see store-clients.ts for the list items. */

export const HR_MARKETING_CLIENTS: ReadonlyArray<ClientProfile> = [
  {
    name: 'Priya Shah',
    owner: 'Maya Chen',
    pressures: [
      'One in five new starters leaves within 90 days',
      'Managers skip week-one check-ins, so new starters feel lost',
      'Onboarding budget frozen until April: fixes have to use existing channels',
    ],
    priorities: [
      ['Manager welcome pack signed off by HR leadership', 4],
      ['Onboarding journey: new week-one welcome email sequence live', 9],
      ['Redesigned 90-day new-starter survey in the field', 20],
      ['Onboarding hub on the intranet refreshed', null],
    ],
    kpis: [
      '90-day new-starter retention',
      'New-starter "I feel informed" score (day-30 pulse)',
      'Time to productivity for new hires',
      'Employee engagement score (annual survey)',
    ],
    shared: [
      'New-starter "I feel informed" score (day-30 pulse)',
      'Employee engagement score (annual survey)',
    ],
    background:
      'Leads the onboarding journey redesign after exit interviews showed new starters felt lost in week one and never heard from their manager before day one. Sponsors the weekly HR comms sync; prefers a short written update before each meeting.',
    file: [
      ['Onboarding journey: week-one email sequence', 'In progress', 3, 4],
      ['Intranet refresh: onboarding hub', 'Waiting on client', 23, null, "Liam O'Brien"],
      ['Manager welcome pack', 'In progress', 16, 2],
      ['New-starter welcome video from Margaret', 'Not started', 8, 12],
    ],
  },
  {
    name: 'Tom Becker',
    owner: 'Maya Chen',
    pressures: [
      'Q1 recruitment push: 40 customer-service hires for the Leeds contact centre',
      'Careers site converts under 2% of visitors into applications',
      'Agency fees 30% over budget',
    ],
    priorities: [
      ['Careers site refresh: content freeze', 3],
      ['Employee referral scheme relaunch', 14],
      ['Q1 recruitment push: 40 customer-service hires', 45],
      ['Graduate scheme applications open', null],
    ],
    kpis: [
      'Time to hire (days)',
      'Cost per hire',
      'Careers site application conversion',
      'Employee referral share of hires',
    ],
    shared: ['Careers site application conversion', 'Employee referral share of hires'],
    background:
      'Owns hiring across the business; the Leeds contact centre expansion is his biggest number this year. Wants real staff stories for the careers site and is wary of anything that slows the content freeze.',
    file: [
      ['Careers site refresh: staff stories', 'In progress', 2, 3],
      ['Referral scheme relaunch: all-staff email', 'Not started', null, 7],
      ['Leeds hiring day: local press release', 'Done', 11, null, 'Sofia Rossi'],
    ],
  },
  {
    name: 'Olivia Grant',
    owner: 'Maya Chen',
    pressures: [
      'Mandatory compliance training at 71% completion with the audit in six weeks',
      'Managers say they have no time for development',
      'The new learning platform has a third of the expected users',
    ],
    priorities: [
      ['Leadership programme: cohort 3 launch', 12],
      ['Learning week campaign on the new platform', 19],
      ['Compliance training completion to 95%', 30],
      ['Mentoring pilot evaluation', null],
    ],
    kpis: [
      'Mandatory training completion rate',
      'Learning platform monthly active users',
      'Leadership programme NPS',
    ],
    shared: ['Learning platform monthly active users'],
    background:
      'Runs learning and development, including the leadership programme and the new learning platform. Data-minded: responds well to completion numbers by team and to examples from other companies.',
    file: [
      ['Learning week: campaign plan', 'In progress', 6, 5],
      ['Compliance training reminders for managers', 'Waiting on client', 12, 3],
    ],
  },
  {
    name: 'Marcus Reid',
    owner: 'Maya Chen',
    pressures: [
      'The benefits portal changes provider and every employee must re-enrol',
      'Pay review questions are flooding the HR inbox',
      'Low take-up of salary-sacrifice pension contributions',
    ],
    priorities: [
      ['Payroll date change message agreed with Payroll', 2],
      ['Benefits portal switch: re-enrolment window opens', 12],
      ['Pay review letters to all staff', 26],
      ['Total reward statements', null],
    ],
    kpis: [
      'Benefits re-enrolment completion',
      'Pension salary-sacrifice take-up',
      'HR inbox queries about pay and benefits',
    ],
    shared: ['Benefits re-enrolment completion'],
    background:
      'Manages reward and benefits. The portal switch is his project and his risk: if staff miss the re-enrolment window they lose cover. Likes plain-English drafts he can forward to the provider.',
    file: [
      ['Benefits portal switch: re-enrolment campaign', 'In progress', 5, 2],
      ['Pay review FAQ on the intranet', 'Not started', 9, 10],
    ],
  },
  {
    name: 'Nadia Haddad',
    owner: 'Maya Chen',
    pressures: [
      'Engagement survey: trust in leadership down six points',
      'The Operations restructure needs a change narrative',
      'Survey action plans stall once results day is over',
    ],
    priorities: [
      ['Engagement survey results: team-level action plans', 8],
      ['Leadership listening sessions, round two', 17],
      ['Values refresh consultation', null],
    ],
    kpis: [
      'Employee engagement score (annual survey)',
      'Trust in leadership index',
      'Survey action plans completed',
    ],
    shared: ['Employee engagement score (annual survey)', 'Trust in leadership index'],
    background:
      'Organisational development consultant who owns the engagement survey and its follow-up. Thinks in terms of change curves; keen on "you said, we did" stories to show the survey leads somewhere.',
    file: [
      ['Engagement survey: "you said, we did" series', 'In progress', 4, 6],
      ['Leadership listening sessions: invitations', 'Done', 20, null],
    ],
  },
  {
    name: 'Chloe Evans',
    owner: 'Maya Chen',
    pressures: [
      'Managers keep asking how the hybrid working policy applies to their team',
      'Sickness absence up in Manchester',
      'HR policy pages on the intranet are two years out of date',
    ],
    priorities: [
      ['Hybrid working policy refresh: manager FAQ', 6],
      ['Wellbeing month plan', 21],
      ['Absence policy page rewrite', null],
    ],
    kpis: ['Sickness absence rate', 'Policy queries to HR advisors', 'Wellbeing programme participation'],
    shared: ['Wellbeing programme participation'],
    background:
      'HR advisor based in Manchester who fields most manager questions about policy. Knows which questions come up every week, which makes her the best source for FAQs.',
    file: [
      ['Hybrid working policy: manager FAQ', 'In progress', 9, 1],
      ['Wellbeing month: content calendar', 'Not started', 13, 14],
    ],
  },
  {
    name: 'Grace Liu',
    owner: 'Daniel Okafor',
    pressures: [
      'The spring launch must hit its revenue target on 10% less budget',
      'Regional teams use the brand inconsistently',
      'Staff keep hearing about campaigns from customers first',
    ],
    priorities: [
      ['Employer brand workshop outcomes agreed', 9],
      ['Brand refresh: staff toolkit', 10],
      ['Spring product launch go-live', 25],
      ['Marketing plan for next year to the board', null],
    ],
    kpis: [
      'Campaign-attributed revenue',
      'Brand awareness (tracker)',
      'Share of voice',
      'Employee advocacy reach',
    ],
    shared: ['Employee advocacy reach'],
    background:
      'Marketing Director and member of the leadership team. Decisive and busy: wants options, not essays. Agreed to brief staff before every major campaign after the autumn price change surprised the contact centre.',
    file: [
      ['Spring launch: internal launch plan', 'In progress', 15, 5, 'Aisha Karimi'],
      ['Employer brand workshop: pre-read', 'In progress', 7, 3],
    ],
  },
  {
    name: 'Oscar Lindqvist',
    owner: 'Aisha Karimi',
    pressures: [
      'The old logo is still on a third of depot signage and templates',
      'The brand refresh shares its budget with the spring launch',
    ],
    priorities: [
      ['Employer value proposition drafts', 9],
      ['Brand refresh: staff toolkit live on the intranet', 10],
      ['Template library migration', 20],
    ],
    kpis: ['Brand consistency audit score', 'Template downloads', 'Brand awareness (tracker)'],
    shared: ['Template downloads'],
    background:
      'Brand manager leading the refresh. Needs staff to actually use the new templates; open to a launch moment on the intranet rather than another email.',
    file: [
      ['Brand refresh: staff toolkit page', 'In progress', 10, 4],
      ['Template library: how-to video', 'Not started', 3, 16, "Liam O'Brien"],
    ],
  },
  {
    name: 'Zara Ahmed',
    owner: 'Aisha Karimi',
    pressures: [
      'Spring campaign sign-off keeps slipping',
      'Agency creative arrives late',
      'Customer service is not briefed before launches',
    ],
    priorities: [
      ['Spring campaign creative sign-off', 5],
      ['Customer service briefing pack for the launch', 18],
      ['Spring product launch go-live', 25],
    ],
    kpis: ['Campaign ROI', 'Marketing-qualified leads', 'Staff briefed before go-live'],
    shared: ['Staff briefed before go-live'],
    background:
      'Campaign manager for the spring launch. Agrees that staff should hear first, but her sign-off dates move whenever the agency does.',
    file: [
      ['Spring launch: customer service briefing pack', 'In progress', 6, 4],
      ['Spring launch: intranet teaser', 'Not started', 6, 15],
    ],
  },
  {
    name: 'Felix Wagner',
    owner: 'Aisha Karimi',
    pressures: [
      'The website moves to a new CMS this quarter',
      'Paid social costs up 20% year on year',
      'Not enough authentic employee content for social channels',
    ],
    priorities: [
      ['Employee advocacy pilot on LinkedIn', 14],
      ['Website CMS migration cut-over', 33],
      ['Customer week social content', null],
    ],
    kpis: ['Organic traffic', 'Cost per acquisition', 'Employee advocacy reach'],
    shared: ['Employee advocacy reach'],
    background:
      'Runs digital marketing. Sees employees as the cheapest reach he has and wants comms to find the people and stories for the advocacy pilot.',
    file: [['Employee advocacy pilot: recruit 20 staff', 'In progress', 8, 6]],
  },
  {
    name: 'Isabel Torres',
    owner: 'Aisha Karimi',
    pressures: [
      'Customer week and the all-hands compete for one venue budget',
      'Low staff sign-ups for volunteering days',
    ],
    priorities: [
      ['Volunteering day sign-ups', 8],
      ['Customer week running order', 16],
      ['Summer conference speaker line-up', 40],
    ],
    kpis: ['Event attendance', 'Attendee satisfaction', 'Staff volunteering hours'],
    shared: ['Staff volunteering hours'],
    background:
      'Events manager. Keeps a list of conferences where Northwind people speak, which is a steady source of story leads for the PR team.',
    file: [['Volunteering days: sign-up push', 'Waiting on client', 17, null]],
  },
  {
    name: 'Noah Campbell',
    owner: 'Aisha Karimi',
    pressures: [
      'Leadership wants one dashboard for marketing and comms',
      'Survey fatigue in the customer panel',
    ],
    priorities: [
      ['Marketing and comms dashboard prototype', 11],
      ['Brand tracker wave 2 results', 24],
      ['Attribution model review', null],
    ],
    kpis: ['Dashboard adoption by the leadership team', 'Campaign forecast accuracy', 'Data quality score'],
    shared: ['Dashboard adoption by the leadership team'],
    background:
      'Marketing analyst building the shared dashboard. Needs comms measures that mean something (reach, understanding), not just opens and clicks.',
    file: [],
  },
];
