import type {
  Attendee,
  ListedClient,
  Meeting,
  OrgContext,
  Participant,
  Person,
} from '../../src/domain/meeting';

/**
 * Deterministic builders for domain tests: fixed people, fixed dates, no randomness. Every builder
 * takes overrides, so a test states only what matters to it.
 */

export const FIXED_START = new Date('2026-11-24T10:00:00Z');
const THIRTY_MINUTES = 30 * 60 * 1000;

export function buildPerson(overrides: Partial<Person> & Pick<Person, 'displayName' | 'email'>): Person {
  const local = overrides.email.split('@')[0] ?? overrides.email;
  return {
    id: `user-${local}`,
    userPrincipalName: overrides.email,
    ...overrides,
  };
}

/** The signed-in advisor. */
export const maya = buildPerson({
  displayName: 'Maya Chen',
  email: 'maya.chen@northwind.example',
  jobTitle: 'Communications Advisor',
  department: 'Communications',
});
export const daniel = buildPerson({
  displayName: 'Daniel Okafor',
  email: 'daniel.okafor@northwind.example',
  jobTitle: 'Head of Communications',
  department: 'Communications',
});
export const sofia = buildPerson({
  displayName: 'Sofia Rossi',
  email: 'sofia.rossi@northwind.example',
  jobTitle: 'Internal Communications Advisor',
  department: 'Communications',
});
export const liam = buildPerson({
  displayName: "Liam O'Brien",
  email: 'liam.obrien@northwind.example',
  jobTitle: 'Content Producer',
  department: 'Communications',
});
export const priya = buildPerson({
  displayName: 'Priya Shah',
  email: 'priya.shah@northwind.example',
  jobTitle: 'HR Business Partner',
  department: 'HR',
});
export const grace = buildPerson({
  displayName: 'Grace Liu',
  email: 'grace.liu@northwind.example',
  jobTitle: 'Marketing Director',
  department: 'Marketing',
});
export const raj = buildPerson({
  displayName: 'Raj Patel',
  email: 'raj.patel@northwind.example',
  jobTitle: 'Product Manager',
  department: 'Product',
});

export const commsTeam: readonly Person[] = [maya, daniel, sofia, liam];
export const directoryPeople: readonly Person[] = [...commsTeam, priya, grace, raj];

export type OrgOverrides = {
  me?: Person;
  domains?: readonly string[];
  commsTeam?: readonly string[];
  directory?: readonly Person[];
  listedClients?: readonly ListedClient[];
};

/** A small fixed organisation, Northwind; maps are keyed by lower-cased address as the caller builds them. */
export function buildOrg(overrides: OrgOverrides = {}): OrgContext {
  const directory = overrides.directory ?? directoryPeople;
  return {
    me: overrides.me ?? maya,
    domains: overrides.domains ?? ['northwind.example'],
    commsTeam: new Set((overrides.commsTeam ?? commsTeam.map((p) => p.email)).map((e) => e.toLowerCase())),
    directory: new Map(directory.map((p) => [p.email.toLowerCase(), p])),
    listedClients: new Map((overrides.listedClients ?? []).map((c) => [c.email.toLowerCase(), c])),
  };
}

/** A participant as a meeting names them: from a directory person, or a bare name and optional address. */
export function participant(who: Person | { name: string; email?: string }): Participant {
  if ('displayName' in who) return { name: who.displayName, email: who.email };
  return who.email === undefined ? { name: who.name } : { name: who.name, email: who.email };
}

export function attendee(
  who: Person | { name: string; email?: string },
  overrides: Partial<Omit<Attendee, 'name' | 'email'>> = {},
): Attendee {
  return { ...participant(who), type: 'required', response: 'accepted', ...overrides };
}

/** A meeting room, which Outlook lists as a resource attendee. */
export function room(name = 'Harbour Room', email = 'harbour.room@northwind.example'): Attendee {
  return { name, email, type: 'resource', response: 'accepted' };
}

/** An external person at a vendor's domain. */
export function external(name: string, email: string): Attendee {
  return attendee({ name, email });
}

/**
 * A 30-minute busy, accepted, single-instance meeting on 2026-11-24 at 10:00 UTC, organised by me,
 * with no attendees unless given.
 */
export function buildMeeting(overrides: Partial<Meeting> = {}): Meeting {
  const start = overrides.start ?? FIXED_START;
  return {
    id: 'AAMkAGI2TG93AAA=',
    iCalUId: '040000008200E00074C5B7101A82E008',
    subject: 'Catch-up',
    start,
    end: new Date(start.getTime() + THIRTY_MINUTES),
    isAllDay: false,
    organizer: participant(maya),
    attendees: [],
    isOrganizer: true,
    isCancelled: false,
    myResponse: 'organizer',
    showAs: 'busy',
    sensitivity: 'normal',
    type: 'singleInstance',
    ...overrides,
  };
}

/** A meeting someone else organises and I have accepted. */
export function buildInvite(
  organizer: Person | { name: string; email?: string },
  overrides: Partial<Meeting> = {},
) {
  return buildMeeting({
    organizer: participant(organizer),
    isOrganizer: false,
    myResponse: 'accepted',
    attendees: [attendee(maya)],
    ...overrides,
  });
}

/** An all-day entry on a date, as the Graph mapper gives it: midnight UTC to the next midnight. */
export function buildAllDay(date: string, overrides: Partial<Meeting> = {}): Meeting {
  const start = new Date(`${date}T00:00:00Z`);
  return buildMeeting({
    start,
    end: new Date(start.getTime() + 24 * 60 * 60 * 1000),
    isAllDay: true,
    ...overrides,
  });
}

/** `count` distinct colleagues at the organisation's domain, none of them in the directory. */
export function colleagues(count: number): Attendee[] {
  return Array.from({ length: count }, (_, i) =>
    attendee({ name: `Colleague ${i + 1}`, email: `colleague${i + 1}@northwind.example` }),
  );
}
