import { addDays, dayKey } from '../../domain/agenda';
import { DEFAULT_ALL_HANDS_THRESHOLD } from '../../domain/classify-meeting';
import type { Person } from '../../domain/meeting';
import type { TeamData } from '../../domain/team-view';
import { bodyOf, sendBatch, type BatchResult } from '../../graph/batch';
import { calendarViewRequest, isFreeBusyOnly, readCalendarPages } from '../../graph/get-calendar-view';

import { readTeamMembers, teamMembersRequest } from '../../graph/get-team-members';
import { describeGraphError, errorStatus } from '../../graph/graph-errors';
import { missingPermissionMessage } from '../../graph/permissions';
import {
  mapItems,
  toArticle,
  toCampaign,
  toClientProfile,
  toFileItem,
  toNote,
} from '../../graph/store/map-store';
import { readRemainingItems } from '../../graph/store/read-all-items';
import {
  listItemsRequest,
  readListItems,
  type RawListItem,
  type StoreListKey,
} from '../../graph/store/store-lists';
import type { Article } from '../../domain/team-store';
import type { Session } from '../session';

/** Events read per advisor's calendar: nine weeks of a busy advisor's meetings, newest first. */
const TEAM_CALENDAR_CAP = 500;

/** Notes older than this do not change what the team view shows (value delivered looks back a year). */
export const NOTES_LOOKBACK_DAYS = 366;
const PAGE = 999;
/** How many past weeks of the team's calendars count as contact. */
const CONTACT_WEEKS = 8;

export type TeamView = {
  data: TeamData;
  articles: Article[];
  today: string;
  problems: string[];
  loadedAt: Date;
};

/**
 * Everything the channel tab shows: the store's lists (notes of the last year, filtered on an
 * indexed column), the comms team, and this week's meetings from each colleague's shared
 * calendar. Two `$batch` round trips (the calendars need the team first), then the further pages
 * of lists past 999 items.
 */
export async function loadTeamView(session: Session): Promise<TeamView> {
  const site = session.store;
  if (site === null)
    throw new Error(session.storeProblem ?? 'The team store is not set up for this team yet.');
  const zone = session.host.timeZone;
  const now = session.now();
  const today = dayKey(now, zone);
  const since = addDays(today, -NOTES_LOOKBACK_DAYS);
  const lists: [StoreListKey, string | undefined][] = [
    ['clients', undefined],
    ['fileItems', undefined],
    ['notes', `fields/MeetingDate ge '${since}T00:00:00Z'`],
    ['campaigns', undefined],
    ['articles', undefined],
  ];
  const first = await sendBatch(session.graph, [
    ...lists.map(([list, filter]) =>
      listItemsRequest(list, site, list, filter === undefined ? { top: PAGE } : { filter, top: PAGE }),
    ),
    ...(session.me.department === undefined ? [] : [teamMembersRequest(session.me.department)]),
  ]);
  const problems: string[] = [];
  const items = async (list: StoreListKey): Promise<RawListItem[]> => {
    const page = readListItems(bodyOf(first, list));
    return [...page.items, ...(await readRemainingItems(session.graph, page.nextLink))];
  };
  const [clients, fileItems, notes, campaigns, articles] = await Promise.all([
    items('clients'),
    items('fileItems'),
    items('notes'),
    items('campaigns'),
    items('articles').catch((error: unknown) => {
      problems.push(`The article library could not be read: ${describeGraphError(error)}`);
      return [];
    }),
  ]);
  let team: Person[] = [session.me];
  try {
    if (session.me.department !== undefined) team = readTeamMembers(bodyOf(first, 'team'));
  } catch (error) {
    problems.push(`The comms team could not be read: ${describeGraphError(error)}`);
  }
  const meetings = await teamMeetings(session, team, today, problems);
  const clientRecords = mapItems(clients, toClientProfile).records;
  return {
    data: {
      clients: clientRecords,
      fileItems: mapItems(fileItems, toFileItem).records,
      notes: mapItems(notes, toNote).records,
      campaigns: mapItems(campaigns, toCampaign).records,
      meetings: meetings.filter((m) => m.clientEmails.some((e) => clientRecords.some((c) => c.email === e))),
      team: team.map((p) => ({ email: p.email, name: p.displayName })),
    },
    articles: mapItems(articles, toArticle).records,
    today,
    problems,
    loadedAt: now,
  };
}

/** Every team member's client meetings of the last eight weeks and this one, from their shared calendars. */
async function teamMeetings(
  session: Session,
  team: readonly Person[],
  today: string,
  problems: string[],
): Promise<TeamData['meetings']> {
  const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
  const monday = addDays(today, -weekday);
  // Eight weeks back, for the last contact and the coverage map; this week for who meets whom.
  const start = new Date(`${addDays(monday, -7 * CONTACT_WEEKS)}T00:00:00Z`);
  const end = new Date(`${addDays(monday, 7)}T00:00:00Z`);
  const requests = team.slice(0, 20).map((p, i) =>
    // Graph addresses a colleague by id or UPN; their mail may be neither.
    calendarViewRequest(`cal-${i}`, start, end, 500, p.email === session.me.email ? undefined : p.id),
  );
  let results: Map<string, BatchResult>;
  try {
    results = await sendBatch(session.graph, requests);
  } catch (error) {
    problems.push(`The team's calendars could not be read: ${describeGraphError(error)}`);
    return [];
  }
  const teamEmails = new Set(team.map((p) => p.email));
  const notShared: string[] = [];
  const freeBusy: string[] = [];
  const unreadable: string[] = [];
  const perPerson = await Promise.all(
    team.slice(0, 20).map(async (person, i): Promise<TeamData['meetings']> => {
      try {
        const body = bodyOf(results, `cal-${i}`);
        if (isFreeBusyOnly(body)) {
          freeBusy.push(person.displayName);
          return [];
        }
        // Newest first and every page up to the cap: a busy advisor's nine weeks keep the recent ones.
        return (await readCalendarPages(session.graph, body, TEAM_CALENDAR_CAP)).meetings // Town halls and all-hands are not client meetings: the classifier's own size rule.
          .filter(
            (m) =>
              !m.isCancelled &&
              m.myResponse !== 'declined' &&
              m.showAs !== 'free' &&
              m.attendees.length <= DEFAULT_ALL_HANDS_THRESHOLD,
          )
          .map((m) => ({
            advisorEmail: person.email,
            advisorName: person.displayName,
            subject: m.subject,
            start: m.start,
            clientEmails: [m.organizer, ...m.attendees]
              .map((p) => p.email)
              .filter((e): e is string => e !== undefined && !teamEmails.has(e)),
          }));
      } catch (error) {
        (errorStatus(error) === 403 ? notShared : unreadable).push(person.displayName);
        return [];
      }
    }),
  );
  const meetings = perPerson.flat();
  const colleagues = team.filter((p) => p.email !== session.me.email).length;
  if (colleagues > 0 && notShared.length === colleagues) {
    // No colleague's calendar at all: the permission is the likelier cause than each of them.
    problems.push(
      `"This week" shows only your own meetings. ${missingPermissionMessage('Calendars.Read.Shared')}`,
    );
  } else if (notShared.length > 0) {
    problems.push(`Not shared with you, so not in "This week": ${notShared.join(', ')}'s calendar.`);
  }
  if (freeBusy.length > 0) {
    problems.push(
      `${freeBusy.join(', ')} share${freeBusy.length === 1 ? 's' : ''} only free/busy times with you, so their ` +
        `client meetings are not in "This week". To show them, each shares their calendar with the team in ` +
        `Outlook (Share calendar → Can view all details).`,
    );
  }
  if (unreadable.length > 0) {
    problems.push(`Could not be read, so not in "This week": ${unreadable.join(', ')}'s calendar.`);
  }
  // A meeting two advisors attend shows in both calendars: one entry per advisor, which is what
  // "who meets whom this week" needs.
  return meetings;
}
