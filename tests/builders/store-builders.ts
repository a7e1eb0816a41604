import type {
  Article,
  Campaign,
  ClientProfile,
  FileItem,
  MailSummary,
  ValueAddNote,
} from '../../src/domain/team-store';
import { grace, priya } from './meeting-builders';

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
