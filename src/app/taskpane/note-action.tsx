import type { Meeting } from '../../domain/meeting';
import type { NoteContext } from '../../domain/value-add-note';
import { readBrought, writeBrought } from '../../features/local-db';
import type { PrepCard } from '../../features/prep-card/load-prep-card';
import { cardKey } from '../../features/prep-card/use-prep-card';
import { useSession } from '../../features/session';
import { ValueAddNoteLauncher } from '../../features/value-add-note/note-launcher';
import type { HostMeeting } from '../../hosts/host';

/** What the note needs from a loaded prep card: the meeting, its clients, their open work, the library. */
export function noteContextOf(card: PrepCard): Omit<NoteContext, 'brought'> {
  const context: Omit<NoteContext, 'brought'> = {
    meeting: { subject: card.meeting.subject, start: card.meeting.start },
    clients: card.clients.map((c) => ({
      email: c.client.participant.email ?? '',
      name: c.client.person?.displayName ?? c.prep.profile?.displayName ?? c.client.participant.name,
      profile: c.prep.profile,
    })),
    fileItems: card.clients.flatMap((c) => c.prep.file),
    articles: card.articles,
  };
  if (card.meeting.iCalUId !== undefined) context.meeting.iCalUId = card.meeting.iCalUId;
  return context;
}

/**
 * The value-add note on a client meeting that has started: the card's "bring it" marks become the
 * note's articles, and are cleared once the note is kept.
 */
export function NoteAction({
  card,
  meeting,
  autoOpen = false,
}: {
  card: PrepCard;
  meeting: HostMeeting;
  /** Open the note at once (the advisor came to write it). */
  autoOpen?: boolean;
}) {
  const session = useSession();
  if (card.classification.kind !== 'client') return null;
  if (card.meeting.start.getTime() > session.now().getTime()) return null;
  const key = cardKey(session.me.email, meeting);
  return (
    <ValueAddNoteLauncher
      context={noteContextOf(card)}
      loadBrought={() => readBrought(key)}
      onSaved={() => void writeBrought(key, [])}
      initiallyOpen={autoOpen}
    />
  );
}

/** A meeting from the calendar, handed to the pane the way a host hands over its open item. */
export function hostMeetingOf(meeting: Meeting): HostMeeting {
  return {
    ...(meeting.id === undefined ? {} : { itemId: meeting.id }),
    subject: meeting.subject,
    start: meeting.start,
    end: meeting.end,
    organizer: meeting.organizer,
    attendees: meeting.attendees,
    isAllDay: meeting.isAllDay,
  };
}
