import type { ArticleSeed } from './store-types';

/** The article library, part two: marketing, product, customer service and operations. Pure data. */

export const BUSINESS_ARTICLES: ReadonlyArray<ArticleSeed> = [
  {
    key: 'launch-staff-first',
    title: 'Tell staff first: why the internal launch decides the external one',
    url: 'https://www.prweek.com/article/1867432/tell-staff-first-internal-launch',
    summary:
      'Campaigns that brief customer-facing staff before go-live see fewer complaints and better reviews in launch week. Staff who hear from customers first feel let down and say so. PRWeek collects five launches that got the order right.',
    tags: ['product launch', 'customer service', 'employee engagement'],
    source: 'PRWeek',
    daysAgo: 18,
  },
  {
    key: 'campaign-signoff',
    title: 'Stop signing off campaigns the week they go live',
    url: 'https://www.marketingweek.com/stop-signing-off-campaigns-week-they-go-live/',
    summary:
      'Late sign-off is the main reason internal teams hear about campaigns too late. Marketers who fix sign-off four weeks out give service and sales time to prepare. Practical advice on building the internal briefing into the approval plan.',
    tags: ['product launch', 'change management', 'brand'],
    source: 'Marketing Week',
    daysAgo: 65,
  },
  {
    key: 'frontline-briefing-pack',
    title: 'The one-page briefing pack frontline leaders will read out',
    url: 'https://staffbase.com/blog/one-page-frontline-briefing/',
    summary:
      'Team leaders in depots and contact centres need something they can read aloud in five minutes at a huddle. One page, three messages, two likely questions with answers. Template included.',
    tags: ['frontline', 'manager communication', 'customer service'],
    source: 'Staffbase',
    daysAgo: 7,
  },
  {
    key: 'brand-toolkit',
    title: 'Brand refreshes fail inside first: getting staff to use the new toolkit',
    url: 'https://www.thedrum.com/opinion/brand-refresh-staff-toolkit',
    summary:
      'A new brand lives or dies by whether staff use the templates. Launching the toolkit with a reason why, a single download page and retiring old templates on a fixed date works better than a brand book PDF. Three brand managers share what worked.',
    tags: ['brand', 'employer brand', 'change management'],
    source: 'The Drum',
    daysAgo: 100,
  },
  {
    key: 'employee-advocacy-linkedin',
    title: 'Employee advocacy on LinkedIn: what the pilots teach',
    url: 'https://www.marketingweek.com/employee-advocacy-linkedin-pilots/',
    summary:
      'Posts shared by employees reach up to eight times further than the same post from the brand. Pilots that recruit volunteers, give them real stories and never script them keep going after the first month. Metrics to track from day one.',
    tags: ['employee advocacy', 'employer brand', 'social media'],
    source: 'Marketing Week',
    daysAgo: 35,
  },
  {
    key: 'social-guidelines',
    title: 'Social media guidelines staff don’t ignore',
    url: 'https://www.ragan.com/social-media-guidelines-staff-dont-ignore/',
    summary:
      'Most social media policies are a list of prohibitions nobody reads. A one-page "do" list with examples of good posts earns more compliance. Sample guidelines from three organisations.',
    tags: ['employee advocacy', 'policy', 'social media'],
    source: 'Ragan Communications',
    daysAgo: 260,
  },
  {
    key: 'customer-week',
    title: 'Customer week: putting every employee in front of a customer',
    url: 'https://www.forrester.com/blogs/customer-week-every-employee/',
    summary:
      'Companies that give every employee time listening to customers see more customer-centred decisions across the business. Call listening, store visits and complaint reviews are the formats that stick. Forrester outlines how to run the first one.',
    tags: ['customer experience', 'customer service', 'employee engagement'],
    source: 'Forrester',
    daysAgo: 80,
  },
  {
    key: 'voice-of-customer-digest',
    title: 'A voice-of-the-customer digest the whole company reads',
    url: 'https://www.forrester.com/blogs/voice-of-the-customer-digest/',
    summary:
      'A monthly digest of three customer stories and one number gets customer insight in front of product and finance teams. Named quotes beat dashboards. Tips on format and distribution.',
    tags: ['customer experience', 'storytelling', 'measurement'],
    source: 'Forrester',
    daysAgo: 26,
  },
  {
    key: 'complaints-rules',
    title: 'New complaint-handling rules: preparing front-line teams for the change',
    url: 'https://www.financial-ombudsman.org.uk/businesses/complaints-handling-rules-guide',
    summary:
      'The ombudsman’s guide to the coming complaint-handling rules and what they mean for front-line teams. Emphasises plain explanations to staff and customers and keeping records of every step.',
    tags: ['regulation', 'customer service', 'policy'],
    source: 'Financial Ombudsman Service',
    daysAgo: 58,
  },
  {
    key: 'complaints-morale',
    title: 'Complaints teams: protecting morale while clearing a backlog',
    url: 'https://www.cxtoday.com/contact-centre/complaints-team-morale-backlog/',
    summary:
      'Complaints handlers absorb customers’ anger all day, and a backlog makes it worse. Visible progress charts, recognition for difficult cases and rotation off the hardest queues help. Interviews with three complaints managers.',
    tags: ['customer service', 'wellbeing', 'recognition'],
    source: 'CX Today',
    daysAgo: 150,
  },
  {
    key: 'crm-adoption',
    title: 'New CRM, longer calls: helping agents through the dip',
    url: 'https://www.cxtoday.com/crm/new-crm-longer-calls-agent-adoption/',
    summary:
      'Average handle time nearly always rises after a CRM change. Weekly tips from floor champions and short huddle cards shorten the dip by weeks. The article compares two contact centres that took different approaches.',
    tags: ['change management', 'customer service', 'digital workplace'],
    source: 'CX Today',
    daysAgo: 88,
  },
  {
    key: 'product-strategy-explainer',
    title: 'Making product strategy understandable to everyone',
    url: 'https://www.mindtheproduct.com/making-product-strategy-understandable/',
    summary:
      'Most staff cannot name their company’s product strategy. A one-page explainer with three bets and what each means for customers, repeated by leaders, changes that. Examples from two software companies.',
    tags: ['product launch', 'leadership visibility', 'storytelling'],
    source: 'Mind the Product',
    daysAgo: 115,
  },
  {
    key: 'release-notes',
    title: 'Release notes people read: writing for non-technical staff',
    url: 'https://www.intercom.com/blog/release-notes-people-read/',
    summary:
      'Release notes written for engineers leave service staff guessing. Lead with what the customer will notice, then what to say if asked. Before-and-after examples.',
    tags: ['product launch', 'storytelling', 'customer service'],
    source: 'Intercom',
    daysAgo: 190,
  },
  {
    key: 'staff-beta',
    title: 'Staff as beta testers: internal testing programmes that work',
    url: 'https://www.mindtheproduct.com/staff-beta-testing-programmes/',
    summary:
      'Employees make good early testers when they are recruited across roles, not just from head office. Clear feedback routes and a thank-you story keep them involved. Sign-up rates from four programmes.',
    tags: ['product launch', 'employee engagement', 'customer experience'],
    source: 'Mind the Product',
    daysAgo: 14,
  },
  {
    key: 'research-show-and-tell',
    title: 'Research show-and-tells that change roadmaps',
    url: 'https://www.nngroup.com/articles/research-show-and-tell/',
    summary:
      'Findings shared in a 30-minute show-and-tell with customer clips are far more likely to reach the roadmap than a report. Invite decision-makers and end with one ask. A format guide.',
    tags: ['customer experience', 'storytelling', 'measurement'],
    source: 'Nielsen Norman Group',
    daysAgo: 220,
  },
  {
    key: 'town-halls',
    title: 'Town halls that aren’t a slide show',
    url: 'https://hbr.org/articles/town-halls-that-arent-a-slide-show',
    summary:
      'Employees rate town halls by the questions answered, not the slides shown. Leaders who spend half the time on live questions, including anonymous ones, score far higher on trust. Tips on moderating hard questions.',
    tags: ['leadership visibility', 'events', 'storytelling'],
    source: 'Harvard Business Review',
    daysAgo: 42,
  },
  {
    key: 'accessibility-story',
    title: 'Accessibility improvements as a brand story',
    url: 'https://www.thedrum.com/news/accessibility-improvements-brand-story',
    summary:
      'Brands that explain their accessibility work, with customers who benefit, earn coverage and staff pride. The story works best told by the researchers and customers involved.',
    tags: ['dei', 'brand', 'product launch'],
    source: 'The Drum',
    daysAgo: 310,
  },
  {
    key: 'rota-change',
    title: 'Rolling out new rotas: what shift workers need to hear, and when',
    url: 'https://www.personneltoday.com/hr/rolling-out-new-rotas-shift-workers/',
    summary:
      'Rota changes touch childcare, second jobs and pay, so shift workers need detail early. Supervisors briefed first, a personal "what changes for me" sheet and four weeks’ notice reduce grievances. Case study from a distribution centre.',
    tags: ['change management', 'frontline', 'policy'],
    source: 'Personnel Today',
    daysAgo: 4,
  },
  {
    key: 'deskless-channels',
    title: 'Reaching deskless workers: channels ranked by shift staff',
    url: 'https://www.ioic.org.uk/news/ic-index-deskless-channels',
    summary:
      'Shift workers rank their supervisor, team huddles and screens in break areas well above email or the intranet. Text messages work for urgent news only. Survey of 2,000 frontline employees.',
    tags: ['frontline', 'measurement', 'digital workplace'],
    source: 'Institute of Internal Communication',
    daysAgo: 70,
  },
  {
    key: 'union-consultation',
    title: 'Communicating during union consultation: what you can say and when',
    url: 'https://www.acas.org.uk/communicating-during-collective-consultation',
    summary:
      'Guidance on what employers may tell staff while a consultation is open. Sharing facts and timelines is encouraged; presenting proposals as decided is not. Useful before any rota or contract change.',
    tags: ['change management', 'policy', 'regulation'],
    source: 'Acas',
    daysAgo: 135,
  },
  {
    key: 'safety-peer-video',
    title: 'Peer-led safety videos cut near-misses at a logistics firm',
    url: 'https://www.shponline.co.uk/safety-culture/peer-led-safety-videos/',
    summary:
      'Warehouse staff filmed 60-second videos about near-misses they had had. Near-miss reporting rose by half and lost-time injuries fell over the year. How the firm handled consent and kept videos honest.',
    tags: ['safety', 'frontline', 'storytelling'],
    source: 'SHP',
    daysAgo: 28,
  },
  {
    key: 'safety-wallpaper',
    title: 'When safety posters become wallpaper',
    url: 'https://iosh.com/news/when-safety-posters-become-wallpaper',
    summary:
      'Posters that stay up for months stop being seen. Rotating one message a fortnight, placed where the risk is, keeps safety messages noticed. IOSH summarises the evidence.',
    tags: ['safety', 'frontline', 'measurement'],
    source: 'IOSH',
    daysAgo: 240,
  },
  {
    key: 'peak-season',
    title: 'Peak season readiness: briefing every depot in one week',
    url: 'https://www.logisticsmanager.com/peak-season-readiness-briefing/',
    summary:
      'Carriers that brief every depot on the peak plan in a single week, with the same pack, see fewer errors in the first fortnight. Temporary staff need their own short version. A briefing checklist.',
    tags: ['frontline', 'change management', 'customer service'],
    source: 'Logistics Manager',
    daysAgo: 330,
  },
  {
    key: 'electric-vans',
    title: 'Electric van trials: telling the story before the results are in',
    url: 'https://www.prweek.com/article/1859210/electric-van-trials-story',
    summary:
      'Fleet electrification makes a good story, but claiming results too early backfires. Drivers’ experiences make the most credible content. PRWeek looks at how three carriers told it.',
    tags: ['esg', 'storytelling', 'frontline'],
    source: 'PRWeek',
    daysAgo: 100,
  },
  {
    key: 'telematics-trust',
    title: 'Telematics without the surveillance fear',
    url: 'https://www.fleetnews.co.uk/fleet-management/telematics-driver-trust',
    summary:
      'Drivers accept telematics when they are told plainly what is recorded, who sees it and how it protects them. Fleets that involved drivers in the roll-out had fewer disputes. A driver FAQ template.',
    tags: ['change management', 'frontline', 'policy'],
    source: 'Fleet News',
    daysAgo: 60,
  },
  {
    key: 'lean-stories',
    title: 'Continuous improvement needs stories, not savings charts',
    url: 'https://sloanreview.mit.edu/article/continuous-improvement-needs-stories/',
    summary:
      'Improvement programmes lose support when staff see them only as cost-cutting. Stories of teams who made their own jobs easier change that. The authors show how two manufacturers shifted the narrative.',
    tags: ['storytelling', 'change management', 'cost reduction'],
    source: 'MIT Sloan Management Review',
    daysAgo: 170,
  },
];
