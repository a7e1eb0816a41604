import type { ListedClient, Meeting, OrgContext, Participant, Person } from './meeting';

/** Why one participant counts as an internal client. */
export type ClientBasis = 'listed-client' | 'colleague';

/** An internal client found in a meeting. */
export type MeetingClient = {
  participant: Participant;
  /** The directory entry, when the directory knows them. */
  person?: Person;
  basis: ClientBasis;
  /** Plain words, e.g. "Priya Shah, HR — listed client". */
  reason: string;
};

/** Why a meeting is not a client meeting; one value per rule of design.md. */
export type NotClientCause =
  | 'cancelled'
  | 'declined'
  | 'free-or-away'
  | 'personal-block'
  | 'all-hands'
  | 'comms-team-only'
  | 'external-only'
  | 'no-one-identifiable';

export type Classification =
  | { kind: 'client'; clients: readonly MeetingClient[]; reasons: readonly string[] }
  | { kind: 'not-client'; cause: NotClientCause; reasons: readonly string[] };

export type ClassifyOptions = {
  /** Meetings with more people than this are all-hands or town halls. */
  allHandsThreshold: number;
};

export const DEFAULT_ALL_HANDS_THRESHOLD = 25;

type Role = 'me' | 'listed-client' | 'colleague' | 'comms' | 'external' | 'unknown';

type Classified = { participant: Participant; role: Role; person?: Person; listed?: ListedClient };

/**
 * Decides whether a meeting is a meeting with internal clients, and says why in words a person can
 * read. Pure: everything it knows comes in through its arguments.
 *
 * Rules, in order: cancelled, declined by me, shown as free or out of office, no one but me
 * (personal block), more people than the all-hands threshold; then each participant is a listed
 * client, a colleague outside the comms team (an internal client), comms team, or external.
 */
export function classifyMeeting(
  meeting: Meeting,
  org: OrgContext,
  options: ClassifyOptions = { allHandsThreshold: DEFAULT_ALL_HANDS_THRESHOLD },
): Classification {
  if (meeting.isCancelled) {
    return notClient('cancelled', 'The meeting is cancelled.');
  }
  if (meeting.myResponse === 'declined') {
    return notClient('declined', 'You declined this meeting.');
  }
  if (meeting.showAs === 'free') {
    return notClient('free-or-away', 'It is shown as free time, not a meeting you attend.');
  }
  if (meeting.showAs === 'oof') {
    return notClient('free-or-away', 'It is an out-of-office block.');
  }

  const others = participantsOtherThanMe(meeting, org.me);
  if (others.length === 0) {
    return notClient(
      'personal-block',
      meeting.isAllDay
        ? 'An all-day entry with no one else invited.'
        : 'A personal block with no one else invited.',
    );
  }
  const headcount = others.length + 1;
  if (headcount > options.allHandsThreshold) {
    return notClient(
      'all-hands',
      `${headcount} people are invited: above ${options.allHandsThreshold}, it counts as an all-hands, not a client meeting.`,
    );
  }

  const classified = others.map((participant) => classifyParticipant(participant, org));
  const clients = classified.flatMap((c): MeetingClient[] =>
    c.role === 'listed-client' || c.role === 'colleague' ? [toClient(c, c.role)] : [],
  );
  if (clients.length > 0) {
    const others = classified.filter((c) => c.role !== 'listed-client' && c.role !== 'colleague');
    return {
      kind: 'client',
      clients,
      reasons: [...clients.map((c) => c.reason), ...others.map(describeOther)],
    };
  }
  return whyNoClient(classified);
}

/**
 * The cheap rules alone: false when the meeting cannot be a client meeting whoever is in it, so
 * callers need not spend a directory lookup on its participants.
 */
export function couldBeClientMeeting(
  meeting: Meeting,
  me: Person,
  options: ClassifyOptions = { allHandsThreshold: DEFAULT_ALL_HANDS_THRESHOLD },
): boolean {
  if (meeting.isCancelled || meeting.myResponse === 'declined') return false;
  if (meeting.showAs === 'free' || meeting.showAs === 'oof') return false;
  const headcount = participantsOtherThanMe(meeting, me).length + 1;
  return headcount > 1 && headcount <= options.allHandsThreshold;
}

function notClient(cause: NotClientCause, reason: string): Classification {
  return { kind: 'not-client', cause, reasons: [reason] };
}

/** Organizer and attendees, without rooms, without me, each address once. */
function participantsOtherThanMe(meeting: Meeting, myself: Person): Participant[] {
  const me = myself.email.toLowerCase();
  const seen = new Set<string>();
  const result: Participant[] = [];
  const people: Participant[] = [
    meeting.organizer,
    ...meeting.attendees
      .filter((a) => a.type !== 'resource')
      .map(({ name, email }) => withEmail(name, email)),
  ];
  for (const person of people) {
    const email = person.email?.toLowerCase();
    if (email === me) continue;
    // People without an address cannot be told apart, so each one counts.
    if (email !== undefined) {
      if (seen.has(email)) continue;
      seen.add(email);
    }
    result.push(withEmail(person.name, email));
  }
  return result;
}

function withEmail(name: string, email: string | undefined): Participant {
  return email === undefined || email === '' ? { name } : { name, email };
}

function classifyParticipant(participant: Participant, org: OrgContext): Classified {
  const email = participant.email;
  if (email === undefined) return { participant, role: 'unknown' };
  const person = org.directory.get(email);
  const base = person === undefined ? { participant } : { participant, person };
  const listed = org.listedClients.get(email);
  if (listed !== undefined) return { ...base, listed, role: 'listed-client' };
  if (org.commsTeam.has(email)) return { ...base, role: 'comms' };
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (person !== undefined || org.domains.includes(domain)) return { ...base, role: 'colleague' };
  return { ...base, role: 'external' };
}

function displayName(c: Classified): string {
  return c.person?.displayName ?? (c.participant.name || c.participant.email || 'Someone');
}

function toClient(c: Classified, basis: ClientBasis): MeetingClient {
  // A listed client the directory does not know still has the department the team recorded.
  const department = c.person?.department ?? c.listed?.department;
  const who = department === undefined ? displayName(c) : `${displayName(c)}, ${department}`;
  const reason =
    basis === 'listed-client'
      ? `${who} — listed client of the comms team`
      : `${who} — colleague outside the comms team`;
  return c.person === undefined
    ? { participant: c.participant, basis, reason }
    : { participant: c.participant, person: c.person, basis, reason };
}

function describeOther(c: Classified): string {
  switch (c.role) {
    case 'comms':
      return `${displayName(c)} — comms team`;
    case 'external':
      return `${displayName(c)} — outside the organisation`;
    case 'unknown':
      return `${displayName(c)} — no email address, so not matched`;
    default:
      return displayName(c);
  }
}

function whyNoClient(classified: readonly Classified[]): Classification {
  const roles = new Set(classified.map((c) => c.role));
  const details = classified.map(describeOther);
  if (roles.size === 1 && roles.has('comms')) {
    return {
      kind: 'not-client',
      cause: 'comms-team-only',
      reasons: ['Only the comms team is invited.', ...details],
    };
  }
  if (roles.size === 1 && roles.has('external')) {
    return {
      kind: 'not-client',
      cause: 'external-only',
      reasons: ['Everyone else is outside the organisation.', ...details],
    };
  }
  if (!roles.has('unknown')) {
    return {
      kind: 'not-client',
      cause: roles.has('external') ? 'external-only' : 'comms-team-only',
      reasons: ['Only the comms team and people outside the organisation are invited.', ...details],
    };
  }
  return {
    kind: 'not-client',
    cause: 'no-one-identifiable',
    reasons: ['No internal client could be identified: some people have no email address.', ...details],
  };
}
