import { addDays } from './agenda';
import type { Meeting } from './meeting';
import type {
  Campaign,
  ClientProfile,
  DatedPriority,
  FileItem,
  FollowUp,
  IsoDate,
  MailSummary,
  ValueAddNote,
} from './team-store';

/**
 * What the prep card knows about one internal client, computed from the store, the calendar and
 * mail metadata. Pure: "today" and the meeting's day come in as `YYYY-MM-DD` in the reader's zone.
 */

/** Days without an update after which a piece of open work stands out. */
export const DEFAULT_STALE_AFTER_DAYS = 14;
/** Campaigns going live within this many days of the meeting are flagged. */
export const CAMPAIGN_WARNING_DAYS = 28;
/** A priority due within this many days after the meeting is "soon after". */
export const PRIORITY_SOON_AFTER_DAYS = 14;

const DAY_MS = 86_400_000;

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export type PriorityTiming = 'overdue' | 'before-meeting' | 'soon-after' | 'later' | 'undated';

export type PriorityView = DatedPriority & { timing: PriorityTiming };

/**
 * Timeline priorities in date order (undated last), each placed against the meeting: already past,
 * due before the meeting, due soon after it, or later. The first two and "soon after" are the ones to
 * raise in the meeting.
 */
export function placePriorities(
  priorities: readonly DatedPriority[],
  today: IsoDate,
  meetingDay: IsoDate,
): PriorityView[] {
  const timing = (due: IsoDate | null): PriorityTiming => {
    if (due === null) return 'undated';
    if (due < today) return 'overdue';
    if (due <= meetingDay) return 'before-meeting';
    if (daysBetween(meetingDay, due) <= PRIORITY_SOON_AFTER_DAYS) return 'soon-after';
    return 'later';
  };
  return priorities
    .map((p) => ({ ...p, timing: timing(p.due) }))
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
}

export type FileItemView = FileItem & {
  /** Days since the last update was sent; null when none ever was. */
  daysSinceUpdate: number | null;
  /** True once past the threshold, or when the client was never updated. */
  stale: boolean;
};

/** Open work on the client's file, the most neglected first. Done items are left out. */
export function reviewFile(
  items: readonly FileItem[],
  today: IsoDate,
  staleAfterDays = DEFAULT_STALE_AFTER_DAYS,
): FileItemView[] {
  return items
    .filter((item) => item.status !== 'Done')
    .map((item) => {
      const daysSinceUpdate = item.lastUpdateSent === null ? null : daysBetween(item.lastUpdateSent, today);
      return {
        ...item,
        daysSinceUpdate,
        stale: daysSinceUpdate === null || daysSinceUpdate > staleAfterDays,
      };
    })
    .sort(
      (a, b) =>
        (b.daysSinceUpdate ?? Infinity) - (a.daysSinceUpdate ?? Infinity) || a.title.localeCompare(b.title),
    );
}

/**
 * Campaigns that touch the client's department and go live between today and four weeks after the
 * meeting, soonest first, so the client hears of them from us, not from outside.
 */
export function campaignWarnings(
  campaigns: readonly Campaign[],
  department: string | undefined,
  today: IsoDate,
  meetingDay: IsoDate,
): Campaign[] {
  const last = addDays(meetingDay, CAMPAIGN_WARNING_DAYS);
  const dept = department?.trim().toLowerCase();
  return campaigns
    .filter((c) => c.status !== 'Done' && c.goLive >= today && c.goLive <= last)
    .filter((c) =>
      c.audiences.some((a) => a === '*' || (dept !== undefined && a.trim().toLowerCase() === dept)),
    )
    .sort((a, b) => a.goLive.localeCompare(b.goLive) || a.name.localeCompare(b.name));
}

export type OpenFollowUp = FollowUp & { from: string; overdue: boolean };

/** Follow-ups not done yet, from every note with the client, by due date (undated last). */
export function openFollowUps(notes: readonly ValueAddNote[], today: IsoDate): OpenFollowUp[] {
  return notes
    .flatMap((note) =>
      note.followUps
        .filter((f) => !f.done)
        .map((f) => ({ ...f, from: note.subject, overdue: f.due !== null && f.due < today })),
    )
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.text.localeCompare(b.text));
}

export type ActivityEntry =
  | { kind: 'meeting'; subject: string; start: Date; note?: ValueAddNote }
  | { kind: 'mail'; mail: MailSummary };

/**
 * The client's recent activity, newest first: past meetings with them (each with its value-add
 * note when one exists, matched by iCalUId, else by subject and day), notes of meetings no longer
 * in the calendar window, and mail metadata.
 */
export function recentActivity(
  pastMeetings: readonly Meeting[],
  notes: readonly ValueAddNote[],
  mail: readonly MailSummary[],
  dayOf: (instant: Date) => IsoDate,
  limit = 8,
): ActivityEntry[] {
  const unmatched = new Set(notes);
  const findNote = (meeting: Meeting): ValueAddNote | undefined => {
    const byId = notes.find((n) => n.meetingICalUId !== undefined && n.meetingICalUId === meeting.iCalUId);
    const note =
      byId ??
      notes.find(
        (n) =>
          n.subject.trim().toLowerCase() === meeting.subject.trim().toLowerCase() &&
          dayOf(n.meetingDate) === dayOf(meeting.start),
      );
    if (note !== undefined) unmatched.delete(note);
    return note;
  };
  const entries: ActivityEntry[] = pastMeetings.map((meeting) => {
    const note = findNote(meeting);
    return note === undefined
      ? { kind: 'meeting', subject: meeting.subject, start: meeting.start }
      : { kind: 'meeting', subject: meeting.subject, start: meeting.start, note };
  });
  for (const note of unmatched)
    entries.push({ kind: 'meeting', subject: note.subject, start: note.meetingDate, note });
  for (const m of mail) entries.push({ kind: 'mail', mail: m });
  const at = (e: ActivityEntry) => (e.kind === 'mail' ? e.mail.at : e.start).getTime();
  return entries.sort((a, b) => at(b) - at(a)).slice(0, limit);
}

/** Ids of every article already shared with the client, from their notes. */
export function articlesShared(notes: readonly ValueAddNote[]): Set<string> {
  return new Set(notes.flatMap((n) => n.articlesBrought));
}

/** The latest satisfaction pulse recorded for the client, if any. */
export function latestPulse(notes: readonly ValueAddNote[]): number | undefined {
  return [...notes]
    .sort((a, b) => b.meetingDate.getTime() - a.meetingDate.getTime())
    .find((n) => n.pulse !== undefined)?.pulse;
}

export type ClientPrepInput = {
  profile: ClientProfile | null;
  fileItems: readonly FileItem[];
  notes: readonly ValueAddNote[];
  campaigns: readonly Campaign[];
  pastMeetings: readonly Meeting[];
  mail: readonly MailSummary[];
  department: string | undefined;
  today: IsoDate;
  meetingDay: IsoDate;
  dayOf: (instant: Date) => IsoDate;
  staleAfterDays?: number;
};

export type ClientPrep = {
  profile: ClientProfile | null;
  priorities: PriorityView[];
  file: FileItemView[];
  followUps: OpenFollowUp[];
  activity: ActivityEntry[];
  campaigns: Campaign[];
  sharedArticleIds: Set<string>;
  pulse: number | undefined;
};

/** Everything the card shows for one client, from the raw records. */
export function buildClientPrep(input: ClientPrepInput): ClientPrep {
  return {
    profile: input.profile,
    priorities: placePriorities(input.profile?.priorities ?? [], input.today, input.meetingDay),
    file: reviewFile(input.fileItems, input.today, input.staleAfterDays),
    followUps: openFollowUps(input.notes, input.today),
    activity: recentActivity(input.pastMeetings, input.notes, input.mail, input.dayOf),
    campaigns: campaignWarnings(input.campaigns, input.department, input.today, input.meetingDay),
    sharedArticleIds: articlesShared(input.notes),
    pulse: latestPulse(input.notes),
  };
}
