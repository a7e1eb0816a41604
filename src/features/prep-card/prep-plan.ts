import { addDays } from '../../domain/agenda';
import type { IsoDate } from '../../domain/team-store';
import type { BatchRequest } from '../../graph/batch';
import { calendarViewRequest } from '../../graph/get-calendar-view';
import { mailWithRequest } from '../../graph/get-mail-with';
import { MAX_EQ_VALUES, anyOf, listItemsRequest, type StoreSite } from '../../graph/store/store-lists';

/** How far back "recent activity" looks. */
export const ACTIVITY_DAYS = 90;
/** Enough articles to rank in one answer; the rest of a large library follows off the critical path. */
export const ARTICLES_FIRST_PAGE = 500;

/**
 * At most this many people's records are asked for: two requests of 15 per list, which keeps the
 * plan inside one `$batch` however many people an invitation holds. A meeting bigger than that is
 * an all-hands (more than 25 people), never a client meeting, so it needs none of them.
 */
export const MAX_PEOPLE_LOOKED_UP = 2 * MAX_EQ_VALUES;

/** The sections a batch member feeds; a failed member degrades only its section. */
export type Section = 'profiles' | 'file' | 'notes' | 'campaigns' | 'articles' | 'meetings' | 'mail';

export type PlannedRequest = BatchRequest & { section: Section };

/**
 * The store and activity half of the prep card's one `$batch`: for the meeting's people, their
 * client profiles, file items and notes (one request each per 15 people, filtered on indexed
 * columns), the campaigns going live soon, the article library, the past 90 days of meetings and
 * recent mail with them. Two of these go to the mailbox; with the event itself, three of the four
 * mailbox requests Graph allows in one batch.
 */
export function planPrepRequests(args: {
  site: StoreSite | null;
  emails: readonly string[];
  meetingStart: Date;
  today: IsoDate;
  meetingDay: IsoDate;
  campaignDays: number;
}): PlannedRequest[] {
  const requests: PlannedRequest[] = [];
  const emails = [...new Set(args.emails.map((e) => e.toLowerCase()))].sort().slice(0, MAX_PEOPLE_LOOKED_UP);
  if (args.site !== null && emails.length > 0) {
    for (let i = 0; i < emails.length; i += MAX_EQ_VALUES) {
      const filter = anyOf('ClientEmail', emails.slice(i, i + MAX_EQ_VALUES));
      const n = i / MAX_EQ_VALUES;
      requests.push(
        {
          ...listItemsRequest(`clients-${n}`, args.site, 'clients', { filter, top: MAX_EQ_VALUES }),
          section: 'profiles',
        },
        { ...listItemsRequest(`files-${n}`, args.site, 'fileItems', { filter, top: 200 }), section: 'file' },
        { ...listItemsRequest(`notes-${n}`, args.site, 'notes', { filter, top: 200 }), section: 'notes' },
      );
    }
  }
  if (args.site !== null) {
    const last = addDays(args.meetingDay, args.campaignDays);
    const window = `fields/GoLive ge '${args.today}T00:00:00Z' and fields/GoLive le '${last}T00:00:00Z'`;
    requests.push(
      {
        ...listItemsRequest('campaigns', args.site, 'campaigns', { filter: window, top: 100 }),
        section: 'campaigns',
      },
      {
        ...listItemsRequest('articles', args.site, 'articles', { top: ARTICLES_FIRST_PAGE }),
        section: 'articles',
      },
    );
  }
  if (emails.length > 0) {
    const from = new Date(args.meetingStart.getTime() - ACTIVITY_DAYS * 86_400_000);
    requests.push(
      // Newest first: a busy calendar's 90 days keep their most recent 200 meetings, not the oldest.
      {
        ...calendarViewRequest('meetings', from, args.meetingStart, 200, undefined, true),
        section: 'meetings',
      },
      { ...mailWithRequest(emails.slice(0, 20), 'mail', 25), section: 'mail' },
    );
  }
  return requests;
}
