import type { SpecUser } from '../tenant-spec';
import { DEMO_DOMAIN } from './constants';

/**
 * The seeded directory: the comms team, the CEO, and internal clients across seven departments.
 * Hand-written rather than generated: believable names and titles matter more in a demo than volume.
 */

type Person = [displayName: string, jobTitle: string, department: string, office?: string];

const LONDON = 'London HQ';

const PEOPLE: ReadonlyArray<Person> = [
  ['Maya Chen', 'Internal Communications Advisor', 'Communications'],
  ['Daniel Okafor', 'Head of Communications', 'Communications'],
  ['Sofia Rossi', 'PR & Media Advisor', 'Communications'],
  ["Liam O'Brien", 'Content & Digital Advisor', 'Communications'],
  ['Aisha Karimi', 'Marketing Communications Advisor', 'Communications'],
  ['Margaret Holloway', 'Chief Executive Officer', 'Executive Office'],
  ['Priya Shah', 'HR Business Partner', 'HR'],
  ['Tom Becker', 'Head of Talent Acquisition', 'HR'],
  ['Olivia Grant', 'Learning & Development Lead', 'HR'],
  ['Marcus Reid', 'Reward & Benefits Manager', 'HR'],
  ['Nadia Haddad', 'Organisational Development Consultant', 'HR'],
  ['Chloe Evans', 'HR Advisor', 'HR', 'Manchester'],
  ['Grace Liu', 'Marketing Director', 'Marketing'],
  ['Oscar Lindqvist', 'Brand Manager', 'Marketing'],
  ['Zara Ahmed', 'Campaign Manager', 'Marketing'],
  ['Felix Wagner', 'Digital Marketing Lead', 'Marketing'],
  ['Isabel Torres', 'Events Manager', 'Marketing'],
  ['Noah Campbell', 'Marketing Analyst', 'Marketing'],
  ['Carlos Mendes', 'Operations Manager', 'Operations', 'Birmingham Depot'],
  ['Fiona MacLeod', 'Head of Logistics', 'Operations', 'Birmingham Depot'],
  ['Samuel Osei', 'Warehouse Operations Lead', 'Operations', 'Birmingham Depot'],
  ['Katarzyna Nowak', 'Health & Safety Manager', 'Operations'],
  ['Ingrid Olsen', 'Continuous Improvement Lead', 'Operations'],
  ['Ethan Brooks', 'Fleet Coordinator', 'Operations', 'Birmingham Depot'],
  ['Hannah Wright', 'Customer Service Lead', 'Customer Service', 'Leeds Contact Centre'],
  ['Jamal Hussain', 'Contact Centre Manager', 'Customer Service', 'Leeds Contact Centre'],
  ['Lucy Fairbanks', 'Customer Experience Analyst', 'Customer Service', 'Leeds Contact Centre'],
  ['Mateo García', 'Complaints Team Leader', 'Customer Service', 'Leeds Contact Centre'],
  ['Amira Bensaid', 'Quality & Training Coordinator', 'Customer Service', 'Leeds Contact Centre'],
  ['Will Harper', 'Customer Service Advisor', 'Customer Service', 'Leeds Contact Centre'],
  ['Raj Patel', 'Product Manager', 'Product'],
  ['Jessica Moreno', 'Senior Product Manager', 'Product', 'New York'],
  ['Kenji Watanabe', 'Head of Product', 'Product'],
  ['Ella Thompson', 'UX Researcher', 'Product'],
  ['Victor Dubois', 'Product Owner, Mobile', 'Product'],
  ['Anika Sharma', 'Product Marketing Manager', 'Product'],
  ['Elena Popescu', 'Finance Controller', 'Finance'],
  ['George Whitfield', 'Chief Financial Officer', 'Finance'],
  ['Ruth Adebayo', 'Financial Planning Manager', 'Finance'],
  ['Patrick Doyle', 'Procurement Lead', 'Finance'],
  ['Mei Tanaka', 'Payroll Manager', 'Finance', 'Manchester'],
  ['Rosa Delgado', 'Internal Audit Manager', 'Finance'],
  ['Ben Adeyemi', 'IT Service Manager', 'IT'],
  ['Sarah Kowalski', 'Head of IT', 'IT'],
  ['Daniel Park', 'Information Security Officer', 'IT'],
  ['Leah Morgan', 'Digital Workplace Lead', 'IT'],
  ['Tariq Rahman', 'Infrastructure Engineer', 'IT'],
  ['Sophie Laurent', 'Business Analyst', 'IT'],
  ['Owen Price', 'Service Desk Team Leader', 'IT', 'Manchester'],
];

/** Mail local part: lower-case "first.last", keeping apostrophes as Entra ID allows them. */
function localPart(displayName: string): string {
  return displayName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(' ')
    .join('.');
}

/** UPN of a seeded person by display name (throws for a name not in the directory). */
export function upnOf(displayName: string): string {
  if (!PEOPLE.some(([name]) => name === displayName)) throw new Error(`No seeded person ${displayName}`);
  return `${localPart(displayName)}@${DEMO_DOMAIN}`;
}

/** Display names of everyone in a department. */
export function peopleIn(department: string): string[] {
  return PEOPLE.filter(([, , dept]) => dept === department).map(([name]) => name);
}

/** Everyone in the directory, by display name. */
export function everyone(): string[] {
  return PEOPLE.map(([name]) => name);
}

/**
 * What a seeded person shares of their calendar: the organisation sees free/busy (Exchange's
 * default); the comms team shares every detail with each other, which the team view's "This week"
 * needs (who meets which client, about what).
 */
function calendarSharingOf(displayName: string, department: string): SpecUser['calendarSharing'] {
  if (department !== 'Communications') return { organisation: 'freeBusy' };
  const teammates = peopleIn(department).filter((name) => name !== displayName);
  return {
    organisation: 'freeBusy',
    people: Object.fromEntries(teammates.map((name) => [upnOf(name), 'read' as const])),
  };
}

/**
 * A person whose sign-in name is not their mail address, as in many tenants (an account made before
 * the mail naming rule, or renamed since): Graph finds her by id or `jmoreno@…`, never by her mail.
 */
export const MAIL_NOT_UPN = {
  displayName: 'Jessica Moreno',
  mail: 'jessica.moreno@northwind.example',
  userPrincipalName: 'jmoreno@northwind.example',
} as const;

/** The seeded directory as tenant-spec users. */
export function seedUsers(): SpecUser[] {
  return PEOPLE.map(([displayName, jobTitle, department, office], index) => {
    const [givenName = displayName, ...rest] = displayName.split(' ');
    const extension = String(4100 + index * 7).padStart(4, '0');
    const area = office === 'New York' ? '+1 212 555' : '+44 20 7946';
    return {
      displayName,
      givenName,
      surname: rest.join(' '),
      mail: upnOf(displayName),
      userPrincipalName:
        displayName === MAIL_NOT_UPN.displayName ? MAIL_NOT_UPN.userPrincipalName : upnOf(displayName),
      jobTitle,
      department,
      officeLocation: office ?? LONDON,
      businessPhones: [`${area} ${extension}`],
      calendarSharing: calendarSharingOf(displayName, department),
    };
  });
}
