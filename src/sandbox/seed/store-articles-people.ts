import type { ArticleSeed } from './store-types';

/** The article library, part one: onboarding, engagement, hiring, wellbeing, learning. Pure data. */

export const PEOPLE_ARTICLES: ReadonlyArray<ArticleSeed> = [
  {
    key: 'onboarding-90-days',
    title: 'Why new hires leave in the first 90 days, and what onboarding can fix',
    url: 'https://www.gallup.com/workplace/353096/why-new-hires-leave-first-90-days.aspx',
    summary:
      'Only 12% of employees strongly agree their organisation onboards new people well. New hires who get a clear role, a named buddy and a manager check-in in week one are far more likely to stay past 90 days. The piece lists the five moments that decide whether a new starter stays.',
    tags: ['onboarding', 'retention', 'employee engagement'],
    source: 'Gallup',
    daysAgo: 120,
  },
  {
    key: 'preboarding',
    title: 'Preboarding: keeping offer-accepters warm before day one',
    url: 'https://www.shrm.org/topics-tools/news/talent-acquisition/preboarding-keep-new-hires-warm',
    summary:
      'Between offer and first day, up to one candidate in ten changes their mind. A short sequence of messages from the future manager and team cuts no-shows and makes day one feel familiar. Includes a sample four-email timeline.',
    tags: ['onboarding', 'recruitment', 'manager communication'],
    source: 'SHRM',
    daysAgo: 200,
  },
  {
    key: 'onboarding-email-sequence',
    title: 'The week-one email sequence that halved early attrition at a UK retailer',
    url: 'https://www.ragan.com/the-week-one-email-sequence-that-halved-early-attrition/',
    summary:
      'A retailer replaced one long welcome email with five short ones timed to the first week: what to bring, who to meet, what good looks like by Friday. Early leavers halved within a year. The article shares the subject lines and the send schedule.',
    tags: ['onboarding', 'retention', 'internal email'],
    source: 'Ragan Communications',
    daysAgo: 9,
  },
  {
    key: 'manager-week-one',
    title: 'New starters need their manager in week one more than a welcome pack',
    url: 'https://hbr.org/articles/new-starters-need-their-manager-in-week-one',
    summary:
      'Research across 400 companies finds the single strongest predictor of a good first month is a one-to-one with the line manager in the first three days. Welcome packs help only when a manager walks through them. Suggests a ten-minute script managers can follow.',
    tags: ['onboarding', 'manager communication', 'leadership visibility'],
    source: 'Harvard Business Review',
    daysAgo: 75,
  },
  {
    key: 'onboarding-hub-intranet',
    title: 'Designing an onboarding hub new starters actually use',
    url: 'https://www.nngroup.com/articles/intranet-onboarding-hub/',
    summary:
      'Usability tests of twelve intranet onboarding hubs show new starters look for three things: who is who, how to get set up, and what is expected of them. Hubs organised by department chart fail; hubs organised by the first week succeed. Includes before-and-after page layouts.',
    tags: ['onboarding', 'intranet', 'digital workplace'],
    source: 'Nielsen Norman Group',
    daysAgo: 160,
  },
  {
    key: 'day-30-pulse',
    title: 'Measuring onboarding: the day-30 "I feel informed" pulse',
    url: 'https://www.ioic.org.uk/news/measuring-onboarding-day-30-pulse',
    summary:
      'A three-question pulse at day 30 tells you more about onboarding than a long exit survey. The author shows how one organisation tied the "I feel informed" score to specific comms fixes. A practical way to give comms and HR a shared onboarding measure.',
    tags: ['onboarding', 'measurement', 'employee engagement'],
    source: 'Institute of Internal Communication',
    daysAgo: 12,
  },
  {
    key: 'frontline-onboarding',
    title: 'Onboarding frontline staff who have no company email',
    url: 'https://staffbase.com/blog/onboarding-frontline-employees-without-email/',
    summary:
      'Warehouse and contact-centre hires often start without an inbox, so emailed welcome packs never arrive. Text messages, QR codes on lockers and a supervisor walk-round fill the gap. Three case studies from logistics and retail.',
    tags: ['onboarding', 'frontline', 'customer service'],
    source: 'Staffbase',
    daysAgo: 95,
  },
  {
    key: 'engagement-survey-action',
    title: 'From survey results to action: why most engagement plans stall',
    url: 'https://www.cipd.org/uk/knowledge/reports/engagement-survey-action-planning/',
    summary:
      'Most organisations run an engagement survey; few can show what changed because of it. Plans stall when they are owned centrally and written in HR language. The report recommends three team-level actions and a visible follow-up within six weeks.',
    tags: ['employee engagement', 'measurement', 'change management'],
    source: 'CIPD',
    daysAgo: 60,
  },
  {
    key: 'you-said-we-did',
    title: '"You said, we did": closing the loop on employee feedback',
    url: 'https://www.ioic.org.uk/news/you-said-we-did-closing-the-loop',
    summary:
      'Employees stop answering surveys when they never hear what happened next. A short, regular "you said, we did" series rebuilds trust, especially when local managers tell the story. Examples from a housing association and a bank.',
    tags: ['employee engagement', 'storytelling', 'leadership visibility'],
    source: 'Institute of Internal Communication',
    daysAgo: 30,
  },
  {
    key: 'trust-in-leadership',
    title: 'Trust in leaders falls when employees hear news second-hand',
    url: 'https://www.edelman.com/trust/employee-trust-special-report',
    summary:
      'Employees who learn about company changes from the media or customers are half as likely to trust their leadership. Hearing it first from a manager is the strongest trust builder. The report ranks channels by credibility.',
    tags: ['leadership visibility', 'employee engagement', 'change management'],
    source: 'Edelman',
    daysAgo: 250,
  },
  {
    key: 'referral-schemes',
    title: 'Employee referral schemes that staff actually use',
    url: 'https://www.shrm.org/topics-tools/news/talent-acquisition/employee-referral-programs-that-work',
    summary:
      'Referral hires stay longer and cost less, but most schemes are invisible to staff. Making vacancies easy to share from a phone and thanking referrers publicly doubles take-up. A checklist for relaunching a tired scheme.',
    tags: ['recruitment', 'employer brand', 'employee advocacy'],
    source: 'SHRM',
    daysAgo: 140,
  },
  {
    key: 'careers-site-stories',
    title: 'Real employee stories lift careers site conversion',
    url: 'https://www.linkedin.com/business/talent/blog/talent-acquisition/employee-stories-careers-site',
    summary:
      'Careers pages with named employees describing a real day convert up to twice as many visitors into applicants as stock-photo pages. Short video beats long text. Advice on permissions and keeping stories current.',
    tags: ['recruitment', 'employer brand', 'storytelling'],
    source: 'LinkedIn Talent Blog',
    daysAgo: 5,
  },
  {
    key: 'evp',
    title: 'Writing an employer value proposition people recognise',
    url: 'https://www.cipd.org/uk/knowledge/guides/employer-value-proposition/',
    summary:
      'An employer value proposition only works if current staff recognise it. Start from survey comments and exit interviews, not from the brand book. The guide walks through testing drafts with employee panels.',
    tags: ['employer brand', 'recruitment', 'employee engagement'],
    source: 'CIPD',
    daysAgo: 300,
  },
  {
    key: 'contact-centre-hiring',
    title: 'Hiring at volume for contact centres without losing quality',
    url: 'https://www.cxtoday.com/contact-centre/hiring-at-volume-contact-centre/',
    summary:
      'Contact centres hiring dozens at once lose quality when induction is squeezed. Cohort starts, a buddy per four hires and a realistic job preview cut first-month attrition. Includes a six-week induction outline.',
    tags: ['recruitment', 'customer service', 'onboarding'],
    source: 'CX Today',
    daysAgo: 45,
  },
  {
    key: 'hybrid-policy-faq',
    title: 'Hybrid working policies: what managers actually ask',
    url: 'https://www.cipd.org/uk/views-and-insights/thought-leadership/insights/hybrid-working-manager-questions/',
    summary:
      'An analysis of 3,000 manager questions about hybrid policies finds the same ten come up everywhere: fairness between roles, core days and equipment. A manager FAQ answering those ten cuts HR queries sharply. The ten questions are listed.',
    tags: ['hybrid work', 'policy', 'manager communication'],
    source: 'CIPD',
    daysAgo: 110,
  },
  {
    key: 'lockdown-checklist',
    title: 'Remote working during lockdown: a comms checklist',
    url: 'https://www.ragan.com/remote-working-lockdown-comms-checklist/',
    summary:
      'A checklist for moving every team to remote working at short notice. Written for the first lockdown; much of it is now superseded by hybrid policies.',
    tags: ['hybrid work', 'crisis comms'],
    source: 'Ragan Communications',
    daysAgo: 530,
    retired: true,
  },
  {
    key: 'wellbeing-month',
    title: 'Wellbeing months that change behaviour, not just calendars',
    url: 'https://www.mind.org.uk/workplace/mental-health-at-work/wellbeing-campaigns-that-work/',
    summary:
      'Wellbeing months often fill the intranet and change nothing. The ones that work pick one behaviour, involve managers and reach shift workers where they are. Mind shares evaluation data from three employers.',
    tags: ['wellbeing', 'employee engagement', 'frontline'],
    source: 'Mind',
    daysAgo: 85,
  },
  {
    key: 'absence-comms',
    title: 'Talking about sickness absence without blame',
    url: 'https://www.cipd.org/uk/knowledge/guides/managing-absence-communication/',
    summary:
      'How an absence policy is explained shapes whether people report sickness honestly. Supportive wording and manager training reduce long-term absence. Sample wording for policy pages and return-to-work conversations.',
    tags: ['wellbeing', 'policy', 'manager communication'],
    source: 'CIPD',
    daysAgo: 180,
  },
  {
    key: 'benefits-reenrolment',
    title: 'Benefits re-enrolment: getting every employee through the window',
    url: 'https://employeebenefits.co.uk/benefits-re-enrolment-communication/',
    summary:
      'When a benefits provider changes, the biggest risk is staff missing the re-enrolment window and losing cover. Countdown reminders, manager prompts and a printed route for staff without a desk got one employer to 97% completion. Timeline and message templates included.',
    tags: ['benefits', 'change management', 'policy'],
    source: 'Employee Benefits',
    daysAgo: 22,
  },
  {
    key: 'pay-decisions',
    title: 'Pay review season: how to explain pay decisions plainly',
    url: 'https://hbr.org/articles/how-to-explain-pay-decisions',
    summary:
      'Employees accept pay outcomes more readily when they understand how decisions were made, even if they do not like the result. Managers need a simple explanation and permission to say "I don’t know, I’ll find out". Includes a manager briefing outline.',
    tags: ['pay', 'policy', 'manager communication'],
    source: 'Harvard Business Review',
    daysAgo: 70,
  },
  {
    key: 'learning-week',
    title: 'Learning weeks that lift platform adoption',
    url: 'https://www.trainingjournal.com/articles/features/learning-weeks-lift-platform-adoption',
    summary:
      'A themed learning week with leaders sharing what they are learning tripled monthly users of one company’s new platform. Short, visible challenges beat long course catalogues. Lessons on keeping the momentum afterwards.',
    tags: ['learning', 'employee engagement', 'digital workplace'],
    source: 'Training Journal',
    daysAgo: 40,
  },
  {
    key: 'compliance-nudges',
    title: 'Nudges that get mandatory training finished',
    url: 'https://www.bi.team/blogs/nudges-that-finish-mandatory-training/',
    summary:
      'Trials show that telling people how many colleagues have already completed training, and sending reminders from their own manager, lifts completion by up to 20 points. Deadline reminders from a central mailbox do little. The blog reports three randomised trials.',
    tags: ['learning', 'regulation', 'measurement'],
    source: 'Behavioural Insights Team',
    daysAgo: 155,
  },
  {
    key: 'recognition-frontline',
    title: 'Recognition schemes that frontline teams take seriously',
    url: 'https://www.gallup.com/workplace/510917/recognition-frontline-teams.aspx',
    summary:
      'Frontline employees value specific, timely recognition from peers and supervisors more than annual awards. Schemes that make nominating quick on a phone see five times the nominations. Gallup links good recognition to lower turnover.',
    tags: ['recognition', 'frontline', 'employee engagement'],
    source: 'Gallup',
    daysAgo: 50,
  },
  {
    key: 'inclusive-language',
    title: 'An inclusive language guide for internal communicators',
    url: 'https://www.ioic.org.uk/news/inclusive-language-guide',
    summary:
      'Practical guidance on inclusive wording for internal channels, from job adverts to all-staff emails. Covers disability, age and gender-neutral language with before-and-after examples.',
    tags: ['dei', 'storytelling', 'policy'],
    source: 'Institute of Internal Communication',
    daysAgo: 210,
  },
  {
    key: 'volunteering',
    title: 'Employee volunteering: from photo opportunity to programme',
    url: 'https://www.bitc.org.uk/blog/employee-volunteering-programme/',
    summary:
      'Volunteering days lift engagement when staff choose the cause and see the results. Sign-ups grow when teams volunteer together and stories are shared afterwards. Business in the Community shares a framework for measuring impact.',
    tags: ['esg', 'employee engagement', 'events'],
    source: 'Business in the Community',
    daysAgo: 130,
  },
];
