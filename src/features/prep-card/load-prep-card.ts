import { dayKey } from '../../domain/agenda';
import { CAMPAIGN_WARNING_DAYS, buildClientPrep, type ClientPrep } from '../../domain/client-prep';
import { classifyMeeting, type Classification, type MeetingClient } from '../../domain/classify-meeting';
import type { ListedClient, Meeting } from '../../domain/meeting';
import { talkingPoints, type TalkingPoint } from '../../domain/talking-points';
import type {
  Article,
  Campaign,
  ClientProfile,
  FileItem,
  IsoDate,
  MailSummary,
  ValueAddNote,
} from '../../domain/team-store';
import { bodyOf, type BatchResult } from '../../graph/batch';
import { readCalendarPage } from '../../graph/get-calendar-view';
import { eventRequest, readEvent, readEventBody, type EventBody } from '../../graph/get-event';
import { readMail } from '../../graph/get-mail-with';
import { describeGraphError } from '../../graph/graph-errors';
import { loadOrgContext, type OrgContextOptions } from '../../graph/load-org-context';
import {
  mapItems,
  toArticle,
  toCampaign,
  toClientProfile,
  toFileItem,
  toNote,
} from '../../graph/store/map-store';
import { readListItems, type RawListItem } from '../../graph/store/store-lists';
import type { HostMeeting } from '../../hosts/host';
import type { Session } from '../session';
import { collectLeftOut } from './left-out';
import { planPrepRequests, type PlannedRequest, type Section } from './prep-plan';

export type ClientSection = {
  client: MeetingClient;
  /** What the card calls them: "Priya". */
  firstName: string;
  prep: ClientPrep;
  points: TalkingPoint[];
};

export type PrepCard = {
  meeting: Meeting;
  classification: Classification;
  /** One entry per internal client in the meeting (empty when it is not a client meeting). */
  clients: ClientSection[];
  /** The team's library (retired articles left out), for ranking on the card. */
  articles: Article[];
  /** Link to more of the library when the first page did not hold it all. */
  moreArticles?: string;
  /** Problems that concern the whole card, in words for the user. */
  problems: string[];
  /** Sections that could not be loaded, with why; the rest of the card still shows. */
  unavailable: Partial<Record<Section | 'store', string>>;
  /** The meeting's agenda (its body) as Graph sent it, not yet sanitised; null when empty. */
  body: EventBody | null;
  /** False for a new meeting the organizer has not saved: only what the host gave is known. */
  saved: boolean;
  today: IsoDate;
  meetingDay: IsoDate;
  roundTrips: number;
  /** Graph requests sent on the critical path, batch members counted one by one. */
  requests: number;
  /** Of those, the ones against the mailbox (Graph allows four per batch). */
  mailboxRequests: number;
  loadedAt: Date;
};

const SECTION_WORDS: Record<Section, string> = {
  profiles: 'Their priorities',
  file: 'Their file',
  notes: 'Value-add notes and follow-ups',
  campaigns: 'Campaigns',
  articles: 'The article library',
  meetings: 'Past meetings',
  mail: 'Recent mail',
};

/**
 * Everything the prep card shows, in one Graph round trip: the host already knows the meeting and
 * its attendees, so one `$batch` brings the event's own state and agenda, the directory entries of
 * its people, the comms team, their client profiles, file items and notes from the team store,
 * campaigns, the article library, past meetings and recent mail metadata.
 */
export async function loadPrepCard(
  session: Session,
  hostMeeting: HostMeeting,
  options: Pick<OrgContextOptions, 'requests'> = {},
): Promise<PrepCard> {
  const zone = session.host.timeZone;
  const now = session.now();
  const today = dayKey(now, zone);
  const fromHost = meetingFromHost(hostMeeting, session.me.email);
  const meetingDay = dayKey(fromHost.start, zone);
  const emails = [fromHost.organizer, ...fromHost.attendees]
    .map((p) => p.email)
    .filter((e): e is string => e !== undefined && e !== session.me.email);
  // A site without the store's lists yet: the card works from Graph alone until the team sets up.
  const storeReady = session.store !== null && (session.storeMissing?.length ?? 0) === 0;
  const planned = planPrepRequests({
    site: storeReady ? session.store : null,
    emails,
    meetingStart: fromHost.start,
    today,
    meetingDay,
    campaignDays: CAMPAIGN_WARNING_DAYS,
  });
  const extra = [...(hostMeeting.itemId === undefined ? [] : [eventRequest(hostMeeting.itemId)]), ...planned];
  const context = await loadOrgContext(session.graph, session.me, [fromHost], { ...options, extra });
  const problems = [...context.problems];
  const unavailable: PrepCard['unavailable'] = {};
  if (!storeReady) {
    unavailable.store =
      session.storeProblem ??
      "Home Turf is not set up for this team yet, so the team's records (priorities, file, notes, articles) are not shown.";
  }

  let meeting = fromHost;
  let body: EventBody | null = null;
  if (hostMeeting.itemId !== undefined) {
    try {
      const raw = bodyOf(context.extra, 'event');
      // The agenda first: it stays readable when the rest of the meeting's answer is not.
      body = readEventBody(raw);
      meeting = { ...readEvent(raw), subject: fromHost.subject, attendees: fromHost.attendees };
    } catch (error) {
      problems.push(
        `The meeting's own details (cancelled, your response) could not be loaded, so they are assumed: ${describeGraphError(error)}`,
      );
    }
  }

  const read = sectionReader(context.extra, planned, unavailable);
  const leftOut = collectLeftOut();
  const profiles =
    read('profiles', (items) => leftOut.keep('profiles', mapItems(items, toClientProfile))) ?? [];
  const fileItems = read('file', (items) => leftOut.keep('file', mapItems(items, toFileItem))) ?? [];
  const notes = read('notes', (items) => leftOut.keep('notes', mapItems(items, toNote))) ?? [];
  const campaigns =
    read('campaigns', (items) => leftOut.keep('campaigns', mapItems(items, toCampaign))) ?? [];
  const articles =
    read('articles', (items) =>
      leftOut.keep('articles', mapItems(items, toArticle)).filter((a) => !a.retired),
    ) ?? [];
  problems.push(...leftOut.messages());
  // Recent activity is what has happened: before the meeting, and before now for a meeting days ahead.
  const pastUntil = Math.min(now.getTime(), fromHost.start.getTime());
  const pastMeetings = readMember(context.extra, 'meetings', unavailable, 'meetings', (raw) =>
    readCalendarPage(raw)
      .meetings.filter((m) => !m.isCancelled && m.end.getTime() <= pastUntil)
      .sort((a, b) => a.start.getTime() - b.start.getTime()),
  );
  const mail = readMember(context.extra, 'mail', unavailable, 'mail', (raw) =>
    readMail(raw, session.me.email),
  );

  const listedClients = new Map<string, ListedClient>(
    profiles.map((p) => [
      p.email,
      p.department === undefined ? { email: p.email } : { email: p.email, department: p.department },
    ]),
  );
  const org = { ...context.org, listedClients };
  const classification = classifyMeeting(meeting, org);
  const clients =
    classification.kind !== 'client'
      ? []
      : classification.clients.map((client) =>
          clientSection(client, {
            profiles,
            fileItems,
            notes,
            campaigns,
            pastMeetings: pastMeetings ?? [],
            mail: mail ?? [],
            today,
            meetingDay,
            zone,
            locale: session.host.locale,
          }),
        );
  const articlesPage = context.extra.get('articles');
  const moreArticles = articlesPage?.ok === true ? readListItemsSafe(articlesPage.body)?.nextLink : undefined;
  const card: PrepCard = {
    meeting,
    classification,
    clients,
    articles,
    problems,
    unavailable,
    body,
    saved: hostMeeting.itemId !== undefined,
    today,
    meetingDay,
    roundTrips: context.roundTrips,
    requests: context.requests,
    mailboxRequests: extra.filter((r) => r.url.startsWith('/me/')).length,
    loadedAt: now,
  };
  if (moreArticles !== undefined) card.moreArticles = moreArticles;
  return card;
}

type Records = {
  profiles: ClientProfile[];
  fileItems: FileItem[];
  notes: ValueAddNote[];
  campaigns: Campaign[];
  pastMeetings: Meeting[];
  mail: MailSummary[];
  today: IsoDate;
  meetingDay: IsoDate;
  zone: string;
  locale: string;
};

function clientSection(client: MeetingClient, r: Records): ClientSection {
  const email = client.participant.email ?? '';
  const profile = r.profiles.find((p) => p.email === email) ?? null;
  const withClient = (m: Meeting) =>
    m.organizer.email === email || m.attendees.some((a) => a.email === email);
  const prep = buildClientPrep({
    profile,
    fileItems: r.fileItems.filter((f) => f.clientEmail === email),
    notes: r.notes.filter((n) => n.clientEmail === email),
    campaigns: r.campaigns,
    pastMeetings: r.pastMeetings.filter(withClient),
    mail: r.mail.filter((m) => m.with.includes(email)),
    department: client.person?.department ?? profile?.department,
    today: r.today,
    meetingDay: r.meetingDay,
    dayOf: (instant) => dayKey(instant, r.zone),
  });
  const name = client.person?.displayName ?? profile?.displayName ?? client.participant.name;
  const firstName = name.split(/\s+/)[0] ?? name;
  return { client, firstName, prep, points: talkingPoints(prep, firstName, r.locale) };
}

function readListItemsSafe(body: unknown): ReturnType<typeof readListItems> | undefined {
  try {
    return readListItems(body);
  } catch {
    return undefined;
  }
}

/** Reads every member planned for a section; null (and the section marked unavailable) when one failed. */
function sectionReader(
  results: ReadonlyMap<string, BatchResult>,
  planned: readonly PlannedRequest[],
  unavailable: PrepCard['unavailable'],
) {
  return <T>(section: Section, map: (items: RawListItem[]) => T[]): T[] | null => {
    const out: T[] = [];
    for (const request of planned.filter((p) => p.section === section)) {
      const rows = readMember(results, request.id, unavailable, section, (raw) =>
        map(readListItems(raw).items),
      );
      if (rows === null) return null;
      out.push(...rows);
    }
    return out;
  };
}

function readMember<T>(
  results: ReadonlyMap<string, BatchResult>,
  id: string,
  unavailable: PrepCard['unavailable'],
  section: Section,
  read: (raw: unknown) => T,
): T | null {
  if (!results.has(id)) return null;
  try {
    return read(bodyOf(results, id));
  } catch (error) {
    unavailable[section] = `${SECTION_WORDS[section]} could not be loaded: ${describeGraphError(error)}`;
    return null;
  }
}

/** A meeting built from what the host gives; the rest assumes an ordinary accepted meeting. */
function meetingFromHost(host: HostMeeting, myEmail: string): Meeting {
  const isOrganizer = host.organizer.email === myEmail;
  const meeting: Meeting = {
    subject: host.subject,
    start: host.start,
    end: host.end,
    isAllDay: host.isAllDay,
    organizer: host.organizer,
    attendees: host.attendees,
    isOrganizer,
    isCancelled: false,
    myResponse: isOrganizer ? 'organizer' : 'accepted',
    showAs: 'busy',
    sensitivity: 'normal',
    type: 'singleInstance',
  };
  if (host.itemId !== undefined) meeting.id = host.itemId;
  return meeting;
}
