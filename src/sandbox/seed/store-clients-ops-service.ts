import type { ClientProfile } from './store-types';

/** Client profiles and files: Operations and Customer Service. Pure data. */

export const OPS_SERVICE_CLIENTS: ReadonlyArray<ClientProfile> = [
  {
    name: 'Carlos Mendes',
    owner: 'Maya Chen',
    pressures: [
      'The new rota system goes live for 600 shift workers who have no company email',
      'Overtime costs running 12% over budget',
      "The union wants four weeks' notice of any rota change",
    ],
    priorities: [
      ['Supervisor briefing pack for the rota change', 6],
      ['Union consultation closes', 11],
      ['New rota system go-live', 18],
      ['Peak season readiness', null],
    ],
    kpis: [
      'On-time dispatch rate',
      'Overtime cost per week',
      'Rota change grievances',
      'Frontline staff reach of key messages',
    ],
    shared: ['Frontline staff reach of key messages'],
    background:
      "Runs the Birmingham depot and owns the rota system rollout. Practical and sceptical of head-office comms; trusts supervisors' huddles and the canteen screens more than the intranet.",
    file: [
      ['New rota system: supervisor briefing pack', 'In progress', 19, 2],
      ['Rota go-live: canteen screen slides', 'Not started', 5, 9, "Liam O'Brien"],
      ['Rota change: union-agreed FAQ', 'Waiting on client', 12, null],
    ],
  },
  {
    name: 'Fiona MacLeod',
    owner: 'Daniel Okafor',
    pressures: [
      'Peak season volumes forecast 30% up',
      'Driver shortage in the Midlands',
      'Fleet carbon target halves by 2030',
    ],
    priorities: [
      ['Peak season readiness briefing to all depots', 7],
      ['Electric van trial results', 28],
      ['Driver recruitment campaign', null],
    ],
    kpis: ['Deliveries on time in full', 'Cost per drop', 'Fleet CO2 per parcel', 'Driver vacancy fill rate'],
    shared: ['Driver vacancy fill rate'],
    background:
      'Head of Logistics and the executive sponsor of the rota change. The electric van trial is a story she wants told externally once the numbers are in.',
    file: [
      ['Peak season: depot briefing', 'In progress', 4, 3, 'Maya Chen'],
      ['Electric van trial: press angle', 'Not started', 14, 21, 'Sofia Rossi'],
    ],
  },
  {
    name: 'Samuel Osei',
    owner: 'Maya Chen',
    pressures: [
      'Near-misses up in the Birmingham warehouse',
      'High churn among agency staff',
      'Shift handover messages get lost',
    ],
    priorities: [
      ['Depot safety campaign: near-miss reporting push', 9],
      ['Digital noticeboards in the canteen', 22],
      ['Shift handover huddle script', null],
    ],
    kpis: ['Lost-time injury rate', 'Near-miss reports logged', 'Agency staff retention'],
    shared: ['Near-miss reports logged'],
    background:
      'Warehouse operations lead who started on the shop floor. Knows what reaches people on shift: short huddles, posters by the clocking-in point, and WhatsApp (which he would like to replace).',
    file: [
      ['Digital noticeboards: content plan', 'In progress', 7, 8],
      ['Huddle script template', 'Done', 26, null],
    ],
  },
  {
    name: 'Katarzyna Nowak',
    owner: 'Maya Chen',
    pressures: [
      'Health and Safety Executive inspection due in the new year',
      'Manual handling injuries are the top cause of lost time',
      'Safety posters have become wallpaper',
    ],
    priorities: [
      ['Depot safety campaign launch', 9],
      ['Manual handling refresher for all warehouse staff', 30],
      ['Inspection readiness review', 45],
    ],
    kpis: ['Lost-time injury rate', 'Safety training completion', 'Safety culture survey score'],
    shared: ['Safety culture survey score'],
    background:
      'Health and safety manager. Wants the depot safety campaign to feel like it comes from colleagues, not from head office; open to peer-led video.',
    file: [
      ['Depot safety campaign: peer videos', 'In progress', 3, 5],
      ['Safety culture survey: results story', 'Not started', 10, 20],
    ],
  },
  {
    name: 'Ingrid Olsen',
    owner: 'Sofia Rossi',
    pressures: ['The lean programme is seen as cost-cutting', 'Ideas scheme submissions down by half'],
    priorities: [
      ['Lean wins: three case studies', 8],
      ['Ideas scheme relaunch', 15],
      ['Kaizen week', 38],
    ],
    kpis: ['Ideas submitted per 100 staff', 'Savings from improvement projects', 'Process cycle time'],
    shared: ['Ideas submitted per 100 staff'],
    background:
      'Continuous improvement lead. Has good before-and-after stories from the depots that have never been told outside Operations.',
    file: [['Lean wins: case study interviews', 'In progress', 9, 4]],
  },
  {
    name: 'Ethan Brooks',
    owner: "Liam O'Brien",
    pressures: ['Drivers worry the telematics roll-out is surveillance', 'Vehicle damage costs up 15%'],
    priorities: [
      ['Telematics roll-out: driver FAQ', 5],
      ['Electric van trial: driver feedback', 20],
      ['Driver of the month', null],
    ],
    kpis: ['Fleet utilisation', 'Vehicle damage cost', 'Driver app adoption'],
    shared: ['Driver app adoption'],
    background:
      "Fleet coordinator and the drivers' day-to-day contact. Needs messages that work on a phone in a cab, in under a minute.",
    file: [['Telematics: driver FAQ and video', 'In progress', 15, 2]],
  },
  {
    name: 'Hannah Wright',
    owner: 'Maya Chen',
    pressures: [
      'Complaints up 18% since the billing change',
      '40 new hires to onboard for the Leeds expansion',
      'The service desk FAQ is out of date and advisors improvise answers',
    ],
    priorities: [
      ['Service desk FAQ rewrite', 14],
      ['Complaints process change live', 21],
      ['Induction for the Leeds expansion hires', 40],
      ['Customer service newsletter relaunch', null],
    ],
    kpis: [
      'Customer satisfaction (CSAT)',
      'First contact resolution',
      'Advisor attrition',
      'Employee engagement score (annual survey)',
    ],
    shared: ['Employee engagement score (annual survey)'],
    background:
      'Leads customer service in Leeds. Her advisors are the people who hear first when a campaign or a policy lands badly, so she wants briefings before go-live, not after.',
    file: [
      ['Service desk FAQ rewrite', 'Not started', 6, 1, "Liam O'Brien"],
      ['Customer service newsletter: relaunch plan', 'Waiting on client', 21, null],
      ['Complaints process change: advisor briefing', 'In progress', 2, 7],
    ],
  },
  {
    name: 'Jamal Hussain',
    owner: 'Maya Chen',
    pressures: [
      'Average handle time up since the new CRM',
      'Agents hear about marketing offers from customers first',
      'Sickness absence on late shifts',
    ],
    priorities: [
      ['Briefing before every campaign go-live', 7],
      ['CRM tips series for agents', 12],
      ['Late-shift wellbeing pilot', null],
    ],
    kpis: [
      'Average handle time',
      'Service level (calls answered in 20 seconds)',
      'Agent attrition',
      'Agents briefed before campaign go-live',
    ],
    shared: ['Agents briefed before campaign go-live'],
    background:
      'Contact centre manager with 180 agents across three shifts. Reads everything on his phone; asks for one-page briefings his team leaders can read out at huddles.',
    file: [
      ['CRM tips: weekly huddle cards', 'In progress', 4, 3],
      ['Spring launch: agent briefing', 'Not started', 8, 11, 'Aisha Karimi'],
    ],
  },
  {
    name: 'Lucy Fairbanks',
    owner: 'Sofia Rossi',
    pressures: ['Customer verbatims are not reaching the product teams', 'NPS survey response rate falling'],
    priorities: [
      ['Voice of the customer monthly digest', 10],
      ['NPS driver analysis', 19],
      ['Customer stories for the intranet', null],
    ],
    kpis: ['Net Promoter Score', 'Survey response rate', 'Insights actioned by product teams'],
    shared: ['Insights actioned by product teams'],
    background:
      'Customer experience analyst. Sits on a goldmine of customer quotes and stories; needs help turning them into something the whole company reads.',
    file: [['Voice of the customer digest: first issue', 'In progress', 11, 3]],
  },
  {
    name: 'Mateo García',
    owner: 'Sofia Rossi',
    pressures: [
      'New complaint-handling rules from the regulator in spring',
      'Backlog of 300 open complaints',
      'Team morale after a hard quarter',
    ],
    priorities: [
      ['Complaints process change: team briefing', 6],
      ['Backlog under 100 complaints', 30],
      ['Staff guide to the new complaint-handling rules', 48],
    ],
    kpis: [
      'Complaints resolved within eight weeks',
      'Ombudsman referrals',
      'Complaint backlog',
      'Team pulse score',
    ],
    shared: ['Team pulse score'],
    background:
      'Leads the complaints team through a regulatory change. Worried the team will read the new rules as blame; wants recognition for the people clearing the backlog.',
    file: [
      ['Complaint-handling rules: staff guide', 'Not started', 4, 18],
      ['Complaints team recognition story', 'Done', 30, null, 'Maya Chen'],
    ],
  },
  {
    name: 'Amira Bensaid',
    owner: 'Maya Chen',
    pressures: [
      'Induction content needed for 40 new advisors within six weeks',
      'Quality scores vary widely by shift',
    ],
    priorities: [
      ['Recognition scheme launch', 13],
      ['Induction content for 40 new advisors', 20],
      ['Call quality calibration sessions', null],
    ],
    kpis: [
      'Quality assurance score',
      'Time to competence for new advisors',
      'Recognition scheme nominations',
    ],
    shared: ['Recognition scheme nominations'],
    background:
      'Quality and training coordinator for the contact centre. Building the induction for the expansion hires with the same week-one problems Priya found for head office.',
    file: [
      ['Recognition scheme: launch comms', 'In progress', 5, 6],
      ['Contact centre induction: welcome booklet', 'Waiting on client', 18, 4],
    ],
  },
  {
    name: 'Will Harper',
    owner: 'Maya Chen',
    pressures: ['Frontline colleagues feel unheard', 'Ideas from the floor do not reach managers'],
    priorities: [
      ['Frontline voice panel: first session', 8],
      ['Recognition scheme nominations drive', 15],
    ],
    kpis: ['Personal CSAT', 'Panel ideas taken forward'],
    shared: ['Panel ideas taken forward'],
    background:
      'Customer service advisor who chairs the new frontline voice panel. A reliable source of real stories from the floor, and honest about what lands and what does not.',
    file: [['Frontline voice panel: write-up template', 'Done', 12, null]],
  },
];
