import type {
  Article,
  Campaign,
  ClientProfile,
  FileItem,
  MailSummary,
  ValueAddNote,
} from '../../src/domain/team-store';
import type { TeamData, TeamMeeting, TeamMember } from '../../src/domain/team-view';
import { daniel, grace, liam, maya, priya, sofia } from './meeting-builders';

/**
 * Deterministic builders for team-store records: Priya Shah (HR) is the client unless told, dates
 * are fixed around the meeting of 2026-11-24. Every builder takes overrides.
 */

/** "Today" in store tests: the Friday before the meeting. */
export const TODAY = '2026-11-20';
/** The day of the meeting being prepared. */
export const MEETING_DAY = '2026-11-24';

/** Priya's client profile, with nothing heard from her yet unless given. */
export function buildProfile(overrides: Partial<ClientProfile> = {}): ClientProfile {
  return {
    id: '1',
    displayName: priya.displayName,
    email: priya.email,
    department: 'HR',
    ownerEmail: 'maya.chen@northwind.example',
    pressures: [],
    priorities: [],
    evaluatedOn: [],
    sharedKpis: [],
    ...overrides,
  };
}

/** A piece of work in progress on Priya's file, last updated two days before today. */
export function buildFileItem(overrides: Partial<FileItem> = {}): FileItem {
  return {
    id: '11',
    title: 'Onboarding handbook refresh',
    clientEmail: priya.email,
    status: 'In progress',
    ownerEmail: 'maya.chen@northwind.example',
    lastUpdateSent: '2026-11-18',
    nextUpdateDue: null,
    ...overrides,
  };
}

/** A value-add note of a past meeting with Priya, with nothing recorded in it unless given. */
export function buildNote(overrides: Partial<ValueAddNote> = {}): ValueAddNote {
  return {
    id: '21',
    noteId: 'note-21',
    subject: 'HR plan check-in',
    clientEmail: priya.email,
    meetingDate: new Date('2026-11-10T10:00:00Z'),
    authorEmail: 'maya.chen@northwind.example',
    valueOffered: [],
    articlesBrought: [],
    followUps: [],
    prioritiesHeard: [],
    ...overrides,
  };
}

/** A current article in the team's library. */
export function buildArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: '31',
    title: 'What new starters remember from week one',
    url: 'https://hbr.example/new-starters',
    summary: 'First impressions of onboarding last.',
    tags: ['onboarding', 'employee experience'],
    source: 'Harvard Business Review',
    published: '2026-10-01',
    retired: false,
    ...overrides,
  };
}

/** A planned campaign run by Marketing for HR, going live a week after the meeting. */
export function buildCampaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: '41',
    name: 'Benefits week',
    ownerDepartment: grace.department ?? 'Marketing',
    audiences: ['HR'],
    signOff: '2026-11-26',
    goLive: '2026-12-01',
    status: 'Planned',
    ...overrides,
  };
}

/** Mail metadata of a message Priya sent me. */
export function buildMail(overrides: Partial<MailSummary> = {}): MailSummary {
  return {
    id: 'msg-1',
    subject: 'Re: onboarding handbook',
    at: new Date('2026-11-16T09:00:00Z'),
    direction: 'received',
    with: [priya.email],
    ...overrides,
  };
}

/** The comms team as the team tab lists it: Maya, Daniel, Sofia and Liam. */
export const TEAM: readonly TeamMember[] = [maya, daniel, sofia, liam].map((p) => ({
  email: p.email,
  name: p.displayName,
}));

/** Maya's meeting with Priya on the Wednesday of the week of `TODAY` (2026-11-18, 10:00 UTC). */
export function buildTeamMeeting(overrides: Partial<TeamMeeting> = {}): TeamMeeting {
  return {
    advisorEmail: maya.email,
    advisorName: maya.displayName,
    subject: 'HR plan check-in',
    start: new Date('2026-11-18T10:00:00Z'),
    clientEmails: [priya.email],
    ...overrides,
  };
}

/** The team tab's data: Priya the only client, the comms team, and no records unless given. */
export function buildTeamData(overrides: Partial<TeamData> = {}): TeamData {
  return {
    clients: [buildProfile()],
    fileItems: [],
    notes: [],
    campaigns: [],
    meetings: [],
    team: [...TEAM],
    ...overrides,
  };
}

/** Departments of the clients `buildTeamAtScale` makes, in turn. */
export const SCALE_DEPARTMENTS = [
  'HR',
  'Marketing',
  'Operations',
  'Customer service',
  'Product',
  'Policy',
  'Finance',
  'Legal',
] as const;

const VALUE_KINDS_IN_TURN = ['idea', 'article', 'insight', 'best practice', 'introduction'] as const;
const STATUSES_IN_TURN = ['Not started', 'In progress', 'Waiting on client', 'Done'] as const;
const DAY_MS = 86_400_000;

/**
 * A whole team's data at the volume the team tab must handle (200 clients, 5,000 notes over the
 * year before `TODAY`, 2,000 file items, meetings in the three weeks either side), made by
 * arithmetic on the index so every run builds the same records. Every 25th client has no owner.
 */
export function buildTeamAtScale(
  size: { clients?: number; notes?: number; fileItems?: number; meetings?: number } = {},
): TeamData {
  const { clients = 200, notes = 5000, fileItems = 2000, meetings = 600 } = size;
  const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
  const clientList = Array.from({ length: clients }, (_, i): ClientProfile => {
    const profile = buildProfile({
      id: `c${i}`,
      displayName: `Client ${String(i).padStart(3, '0')}`,
      email: `client.${i}@northwind.example`,
      department: at(SCALE_DEPARTMENTS, i),
      ownerEmail: at(TEAM, i).email,
    });
    if (i % 25 !== 0) return profile;
    const { ownerEmail, ...unowned } = profile;
    return unowned;
  });
  const clientAt = (i: number): ClientProfile => at(clientList, i);
  const todayNoon = Date.parse(`${TODAY}T12:00:00Z`);
  return {
    clients: clientList,
    fileItems: Array.from({ length: fileItems }, (_, i) =>
      buildFileItem({
        id: `f${i}`,
        title: `Work item ${i}`,
        clientEmail: clientAt(i * 3).email,
        status: at(STATUSES_IN_TURN, i),
        lastUpdateSent:
          i % 11 === 0 ? null : new Date(todayNoon - (i % 60) * DAY_MS).toISOString().slice(0, 10),
      }),
    ),
    notes: Array.from({ length: notes }, (_, i) =>
      buildNote({
        id: `n${i}`,
        noteId: `note-${i}`,
        subject: `Check-in ${i}`,
        clientEmail: clientAt(i * 7).email,
        meetingDate: new Date(todayNoon - (i % 365) * DAY_MS - (i % 8) * 3_600_000),
        authorEmail: at(TEAM, i).email,
        valueOffered: Array.from({ length: i % 3 }, (_, k) => ({
          kind: at(VALUE_KINDS_IN_TURN, i + k),
          text: `Value ${i}.${k}`,
        })),
        articlesBrought: i % 4 === 0 ? [`a${i % 50}`] : [],
        followUps: [
          ...(i % 5 === 0
            ? [{ text: `Send draft ${i}`, due: '2026-11-01', owner: 'us' as const, done: false }]
            : []),
          ...(i % 7 === 0
            ? [{ text: `Confirm dates ${i}`, due: null, owner: 'client' as const, done: i % 2 === 0 }]
            : []),
        ],
        ...(i % 4 === 0 ? {} : { pulse: (i % 5) + 1 }),
        ...(i % 97 === 0 ? { storyLead: `Research award ${i}` } : {}),
      }),
    ),
    campaigns: Array.from({ length: 12 }, (_, i) =>
      buildCampaign({
        id: `k${i}`,
        name: `Campaign ${i}`,
        audiences: i === 0 ? ['*'] : [at(SCALE_DEPARTMENTS, i)],
        goLive: new Date(todayNoon + (i * 5 - 10) * DAY_MS).toISOString().slice(0, 10),
      }),
    ),
    meetings: Array.from({ length: meetings }, (_, i) => {
      const advisor = at(TEAM, i);
      return {
        advisorEmail: advisor.email,
        advisorName: advisor.name,
        subject: `Meeting ${i}`,
        start: new Date(todayNoon + ((i % 43) - 21) * DAY_MS + (i % 6) * 3_600_000),
        clientEmails: [clientAt(i * 13).email, ...(i % 9 === 0 ? [clientAt(i * 13 + 1).email] : [])],
      };
    }),
    team: [...TEAM],
  };
}
