import type { ArticleSeed } from './store-types';

/** The article library, part three: finance, IT, leadership, crisis and measurement. Pure data. */

const TEAM_PAGES = 'https://northwind.sharepoint.com/sites/comms/SitePages';

export const CORPORATE_ARTICLES: ReadonlyArray<ArticleSeed> = [
  {
    key: 'cost-reduction-narrative',
    title: 'Talking about cost reduction without triggering panic',
    url: 'https://www.mckinsey.com/capabilities/people-and-organizational-performance/our-insights/communicating-cost-reduction',
    summary:
      'Cost programmes explained only in numbers leave staff assuming the worst. Leaders who explain the why, what is protected and how people can help keep engagement steady. A framework for the first three announcements.',
    tags: ['cost reduction', 'change management', 'leadership visibility'],
    source: 'McKinsey & Company',
    daysAgo: 90,
  },
  {
    key: 'results-cascade',
    title: 'Results day: an embargo-safe manager cascade',
    url: 'https://www.prweek.com/article/1871904/results-day-embargo-safe-manager-cascade',
    summary:
      'Listed and private companies alike risk leaks when results reach managers too early. A timed cascade, with managers briefed minutes after the market announcement and a single Q&A, keeps the story straight. Timeline template.',
    tags: ['financial results', 'manager communication', 'regulation'],
    source: 'PRWeek',
    daysAgo: 11,
  },
  {
    key: 'visible-cfo',
    title: 'The visible CFO: open Q&As beat scripted video',
    url: 'https://www.cfodive.com/news/visible-cfo-staff-qa/',
    summary:
      'Finance chiefs who answer staff questions live build more trust than polished video updates. Pre-collected anonymous questions help start the conversation. Three CFOs on what they learned.',
    tags: ['leadership visibility', 'financial results', 'employee engagement'],
    source: 'CFO Dive',
    daysAgo: 145,
  },
  {
    key: 'finance-system-change',
    title: 'Finance system changes: the comms plan that stops claims piling up',
    url: 'https://www.icaew.com/insights/viewpoints-on-the-news/finance-system-change-comms',
    summary:
      'When an expenses system changes, claims pile up in the last week of the old one. Early dates, a cut-off countdown and a two-minute video on the new app avoid the rush. Lessons from a mid-sized firm.',
    tags: ['change management', 'policy', 'digital workplace'],
    source: 'ICAEW',
    daysAgo: 50,
  },
  {
    key: 'budget-guides',
    title: 'Budget guides that budget holders actually open',
    url: 'https://fpa-trends.com/article/budget-guides-budget-holders-open',
    summary:
      'Budget holders skip long guidance documents. A one-page "what is different this year" plus short videos on the template cuts late and wrong submissions. Examples from two planning teams.',
    tags: ['policy', 'measurement', 'manager communication'],
    source: 'FP&A Trends',
    daysAgo: 280,
  },
  {
    key: 'payday-change',
    title: 'Changing payday: a checklist for payroll and comms',
    url: 'https://www.cipp.org.uk/resources/news/changing-payday-checklist',
    summary:
      'Moving payday affects direct debits, rent and childcare for many employees. Give at least two pay cycles’ notice, show a worked example and offer a bridging option. A full checklist from the payroll profession.',
    tags: ['pay', 'policy', 'change management'],
    source: 'Chartered Institute of Payroll Professionals',
    daysAgo: 33,
  },
  {
    key: 'speak-up',
    title: 'Speak-up campaigns that reach the frontline',
    url: 'https://protect-advice.org.uk/speak-up-campaigns-frontline/',
    summary:
      'Whistleblowing routes are often invisible to staff outside head office. Posters where people take breaks, a phone number and managers who talk about speaking up raise awareness most. Evidence from Protect’s advice line.',
    tags: ['policy', 'regulation', 'frontline'],
    source: 'Protect',
    daysAgo: 75,
  },
  {
    key: 'modern-slavery',
    title: 'Modern slavery statements: from compliance to a story staff care about',
    url: 'https://www.cips.org/supply-management/opinion/modern-slavery-statement-story/',
    summary:
      'Supplier codes of conduct are usually filed and forgotten. Procurement teams that explain what they found in their supply chain, and what changed, engage staff and customers. Examples from retail and logistics.',
    tags: ['esg', 'regulation', 'storytelling'],
    source: 'Chartered Institute of Procurement & Supply',
    daysAgo: 190,
  },
  {
    key: 'fear-free-phishing',
    title: 'Fear-free phishing awareness: why shaming clickers backfires',
    url: 'https://www.ncsc.gov.uk/blog-post/fear-free-phishing-awareness',
    summary:
      'Punishing staff who click simulated phishing emails makes them less likely to report real ones. Thanking reporters and making reporting one click raises report rates. The National Cyber Security Centre’s advice for awareness weeks.',
    tags: ['cybersecurity', 'change management', 'policy'],
    source: 'National Cyber Security Centre',
    daysAgo: 2,
  },
  {
    key: 'password-manager',
    title: 'Rolling out a password manager: adoption lessons',
    url: 'https://www.gartner.com/en/articles/password-manager-rollout-adoption',
    summary:
      'Password manager roll-outs stall when staff see them as extra work. Champions in each team, a clear switch-off date for old habits and a "what is in it for me" message lift adoption. Gartner’s summary of client experience.',
    tags: ['cybersecurity', 'change management', 'digital workplace'],
    source: 'Gartner',
    daysAgo: 55,
  },
  {
    key: 'ai-guidance',
    title: 'Guidance on AI tools at work: what employees want to know',
    url: 'https://www.microsoft.com/en-us/worklab/ai-guidance-employees-want',
    summary:
      'Employees are already using AI tools, often without guidance. They want to know which tools are allowed, what data they can use and whether it affects their jobs. Clear, short guidance increases safe use.',
    tags: ['ai adoption', 'policy', 'digital workplace'],
    source: 'Microsoft WorkLab',
    daysAgo: 20,
  },
  {
    key: 'ai-adoption-change',
    title: 'AI adoption is a change programme, not a licence roll-out',
    url: 'https://sloanreview.mit.edu/article/ai-adoption-is-a-change-programme/',
    summary:
      'Companies that treat AI assistants as a software install see low use after the first month. Those that pair leaders modelling use with team-level experiments see lasting adoption. The authors studied 30 roll-outs.',
    tags: ['ai adoption', 'change management', 'leadership visibility'],
    source: 'MIT Sloan Management Review',
    daysAgo: 6,
  },
  {
    key: 'intranet-migration',
    title: 'Intranet migrations: keeping content owners on side',
    url: 'https://www.nngroup.com/articles/intranet-migration-content-owners/',
    summary:
      'Migrations fail when content owners learn late that their pages will move or vanish. Early inventories, owner briefings and a clear content freeze keep the project on time. Includes a migration communication timeline.',
    tags: ['intranet', 'digital workplace', 'change management'],
    source: 'Nielsen Norman Group',
    daysAgo: 130,
  },
  {
    key: 'teams-sprawl',
    title: 'Teams sprawl: a one-page governance guide',
    url: 'https://www.reworked.co/digital-workplace/teams-sprawl-governance-guide/',
    summary:
      'Thousands of unused teams make search and security worse. A one-page guide on when to create a team, naming and archiving works better than a long policy. Sample guide included.',
    tags: ['digital workplace', 'intranet', 'policy'],
    source: 'Reworked',
    daysAgo: 200,
  },
  {
    key: 'intranet-search',
    title: 'Why nobody can find anything on the intranet, and how to fix search',
    url: 'https://www.nngroup.com/articles/intranet-search-fixes/',
    summary:
      'Search success on intranets averages well below public websites. Promoted results for the top 50 queries, better page titles and removing duplicates fix most problems. How to measure search success.',
    tags: ['intranet', 'measurement', 'digital workplace'],
    source: 'Nielsen Norman Group',
    daysAgo: 400,
  },
  {
    key: 'it-changes-notice',
    title: 'IT changes staff don’t resent: scheduling and notice',
    url: 'https://www.itpro.com/it-infrastructure/it-changes-staff-dont-resent',
    summary:
      'Laptop swaps and system changes land better when teams choose their slot and get two weeks’ notice. Avoiding month-end for finance and peak hours for contact centres matters more than polish.',
    tags: ['digital workplace', 'change management', 'frontline'],
    source: 'ITPro',
    daysAgo: 170,
  },
  {
    key: 'outage-notices',
    title: 'Planned outage notices: a template that works for depots',
    url: `${TEAM_PAGES}/planned-outage-notices.aspx`,
    summary:
      'Our own template for warning depots and the contact centre about weekend IT work: what stops, for how long, what to do instead. Tested with Birmingham supervisors.',
    tags: ['digital workplace', 'frontline', 'best practice'],
    source: 'Northwind Comms team',
    daysAgo: 38,
  },
  {
    key: 'story-leads',
    title: 'Finding stories in other departments: our story-lead routine',
    url: `${TEAM_PAGES}/story-lead-routine.aspx`,
    summary:
      'How we capture story leads from client meetings: conferences people speak at, research reports and customer wins. Every lead gets an owner within a week.',
    tags: ['storytelling', 'employer brand', 'best practice'],
    source: 'Northwind Comms team',
    daysAgo: 150,
  },
  {
    key: 'comms-measurement',
    title: 'Measuring internal comms beyond opens and clicks',
    url: 'https://www.ioic.org.uk/news/measuring-internal-comms-beyond-opens',
    summary:
      'Open rates say little about whether people understood or acted. Short understanding pulses, behaviour measures and manager feedback give a truer picture. A measurement framework with example questions.',
    tags: ['measurement', 'employee engagement'],
    source: 'Institute of Internal Communication',
    daysAgo: 65,
  },
  {
    key: 'marketing-comms-dashboard',
    title: 'One dashboard for marketing and comms: what to measure',
    url: 'https://www.gartner.com/en/marketing/insights/articles/marketing-and-communications-dashboard',
    summary:
      'Leadership teams want one view of reach and reputation. Combining brand tracker, employee advocacy reach and internal understanding scores works; vanity metrics do not. A sample layout.',
    tags: ['measurement', 'brand', 'leadership visibility'],
    source: 'Gartner',
    daysAgo: 95,
  },
  {
    key: 'crisis-first-hour',
    title: 'The first hour of a crisis: an internal comms playbook',
    url: 'https://www.prweek.com/article/1848873/first-hour-crisis-internal-comms-playbook',
    summary:
      'In a crisis, staff need to hear from the company before they read about it. A holding message within the hour, a named spokesperson and instructions for customer-facing staff are the essentials. Checklist included.',
    tags: ['crisis comms', 'leadership visibility', 'frontline'],
    source: 'PRWeek',
    daysAgo: 360,
  },
  {
    key: 'return-to-office-toolkit',
    title: 'Return to the office: a comms toolkit',
    url: 'https://www.ragan.com/return-to-the-office-comms-toolkit/',
    summary:
      'Templates for announcing a return to the office after the pandemic. Replaced by the hybrid working guidance most organisations now use.',
    tags: ['crisis comms', 'hybrid work', 'wellbeing'],
    source: 'Ragan Communications',
    daysAgo: 520,
    retired: true,
  },
  {
    key: 'facebook-employer-brand',
    title: 'Employer branding on Facebook: the playbook',
    url: 'https://www.socialmediatoday.com/news/employer-branding-facebook-playbook/',
    summary:
      'Tactics for employer branding on Facebook pages and groups. Our audiences have since moved to LinkedIn and short video, so this no longer applies.',
    tags: ['employer brand', 'social media'],
    source: 'Social Media Today',
    daysAgo: 510,
    retired: true,
  },
  {
    key: 'esg-employees',
    title: 'ESG reporting: what employees want to hear',
    url: 'https://www.edelman.com/trust/esg-employees-want-to-hear',
    summary:
      'Employees are sceptical of sustainability claims they cannot see at work. Concrete local examples, like electric vans at their depot, beat targets in a report. Survey data across eight countries.',
    tags: ['esg', 'storytelling', 'leadership visibility'],
    source: 'Edelman',
    daysAgo: 230,
  },
  {
    key: 'regulation-plain-english',
    title: 'Explaining new regulation to staff in plain English',
    url: 'https://www.fca.org.uk/news/speeches/explaining-regulation-plain-english',
    summary:
      'Staff follow rules they understand. Explaining the purpose behind a regulation, with examples from their own work, improves compliance more than long policy documents.',
    tags: ['regulation', 'policy', 'customer service'],
    source: 'Financial Conduct Authority',
    daysAgo: 265,
  },
];
