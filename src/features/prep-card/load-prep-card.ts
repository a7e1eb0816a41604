import { classifyMeeting, type Classification } from '../../domain/classify-meeting';
import type { Meeting } from '../../domain/meeting';
import { describeGraphError } from '../../graph/graph-errors';
import { eventRequest, readEvent, readEventBody, type EventBody } from '../../graph/get-event';
import { loadOrgContext } from '../../graph/load-org-context';
import type { HostMeeting } from '../../hosts/host';
import type { Session } from '../session';

export type PrepCard = {
  meeting: Meeting;
  classification: Classification;
  /** Parts that could not be loaded, in words for the user. */
  problems: string[];
  /** The meeting's agenda (its body) as Graph sent it, not yet sanitised; null when empty. */
  body: EventBody | null;
  /** False for a new meeting the organizer has not saved: only what the host gave is known. */
  saved: boolean;
  roundTrips: number;
};

/**
 * Everything the first prep card shows, in one Graph round trip: the host already knows the
 * meeting and its attendees, so one `$batch` brings the event's own state (cancelled, my
 * response, show-as), the directory entries of its people and the comms team.
 */
export async function loadPrepCard(session: Session, hostMeeting: HostMeeting): Promise<PrepCard> {
  const fromHost = meetingFromHost(hostMeeting, session.me.email);
  const extra = hostMeeting.itemId === undefined ? [] : [eventRequest(hostMeeting.itemId)];
  const context = await loadOrgContext(session.graph, session.me, [fromHost], { extra });
  const problems = [...context.problems];
  let meeting = fromHost;
  let body: EventBody | null = null;
  if (hostMeeting.itemId !== undefined) {
    const result = context.extra.get('event');
    try {
      if (result === undefined || !result.ok) throw result?.error ?? new Error('No answer for the meeting.');
      meeting = { ...readEvent(result.body), subject: fromHost.subject, attendees: fromHost.attendees };
      body = readEventBody(result.body);
    } catch (error) {
      problems.push(
        `The meeting's own details (cancelled, your response) could not be loaded, so they are assumed: ${describeGraphError(error)}`,
      );
    }
  }
  return {
    meeting,
    classification: classifyMeeting(meeting, context.org),
    problems,
    body,
    saved: hostMeeting.itemId !== undefined,
    roundTrips: context.roundTrips,
  };
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
