import type { ValueKind } from './store-types';

/**
 * What an advisor typically brings to, and hears in, a meeting with each department: the material
 * value-add notes for the calendar's past meetings are written from. Pure data.
 */

/** Ideas, insights and best practice worth offering a department's clients. */
export const DEPARTMENT_VALUE: Readonly<Record<string, ReadonlyArray<readonly [ValueKind, string]>>> = {
  HR: [
    ['best practice', 'Manager-led briefings land better than HR-branded emails for policy changes'],
    ['idea', 'A short "what changes for me" page for each affected group'],
    ['insight', 'Survey comments show staff want fewer, clearer HR emails'],
  ],
  Marketing: [
    ['best practice', 'Brief customer-facing staff two weeks before go-live'],
    ['idea', 'Recruit employee advocates from the contact centre, not just head office'],
    ['insight', 'Staff share campaign posts when they were told first'],
  ],
  Operations: [
    ['insight', 'Supervisor huddles reach more shift staff than any digital channel'],
    ['idea', 'A one-page "what changes for me" sheet for each shift pattern'],
    ['best practice', 'Rotate canteen screen content weekly so messages stay noticed'],
  ],
  'Customer Service': [
    ['idea', 'A one-page huddle card team leaders can read out'],
    ['insight', 'Advisors want the answers to the top three customer questions before a launch'],
    ['best practice', 'Share peer recognition at huddles, not only on the intranet'],
  ],
  Product: [
    ['idea', 'Make staff beta testers the first audience for release notes'],
    ['best practice', 'Lead release notes with what the customer will notice'],
    ['insight', 'Store and service staff hear about new features from customers first'],
  ],
  Finance: [
    ['best practice', 'A timed manager cascade straight after the announcement'],
    ['idea', 'An open Q&A with the CFO instead of a scripted video'],
    ['insight', 'Budget holders open one-page guides, not long documents'],
  ],
  IT: [
    ['idea', 'Thank people who report phishing, publicly'],
    ['best practice', 'Give teams two weeks of notice and a choice of slot for IT changes'],
    ['insight', 'Frontline staff need a printed route for anything that needs a login'],
  ],
};

/** Story leads a department's clients mention in passing. */
export const DEPARTMENT_STORY_LEADS: Readonly<Record<string, string>> = {
  HR: 'A new starter in Manchester set up a buddy scheme for her own intake',
  Marketing: 'The customer week film has been shortlisted for an industry award',
  Operations: 'A depot team cut van loading time by a fifth with their own idea',
  'Customer Service': 'An advisor spotted a billing error that spared 200 customers a refund claim',
  Product: 'The product team will present the accessibility fixes at a conference next month',
  Finance: 'The finance team volunteered to run budgeting workshops at a local school',
  IT: 'The service desk fixed 1,000 tickets first time in a month, a record',
};
