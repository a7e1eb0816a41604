import { z } from 'zod/mini';
import type { HostMeeting, HostTheme } from './host';
import { CLOSE_MEETING, HOST_THEMES, OPEN_MEETING, THEME_CHANGE } from './browser-host';

/**
 * The shapes of the messages the demo's Outlook and Teams stand-ins post to the page they frame.
 * Loaded after first paint: the browser host parses the first message once this has arrived.
 */

const participant = z.object({ name: z.string(), email: z.optional(z.string()) });
const hostMeeting = z.object({
  itemId: z.optional(z.string()),
  subject: z.string(),
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  isAllDay: z.boolean(),
  organizer: participant,
  attendees: z.array(
    z.extend(participant, {
      type: z.enum(['required', 'optional', 'resource']),
      response: z.enum(['none', 'organizer', 'tentativelyAccepted', 'accepted', 'declined', 'notResponded']),
    }),
  ),
});
export const hostMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal(OPEN_MEETING), meeting: hostMeeting }),
  z.object({ type: z.literal(CLOSE_MEETING) }),
  z.object({ type: z.literal(THEME_CHANGE), theme: z.enum(HOST_THEMES) }),
]);

/** The wire form of a HostMeeting (dates as ISO strings), for postMessage. */
export type HostMeetingMessage = z.input<typeof hostMeeting>;

export function toMessage(meeting: HostMeeting): HostMeetingMessage {
  const { start, end, attendees, ...rest } = meeting;
  return { ...rest, attendees: [...attendees], start: start.toISOString(), end: end.toISOString() };
}

function fromMessage(data: z.infer<typeof hostMeeting>): HostMeeting {
  const { start, end, itemId, attendees, organizer, ...rest } = data;
  const meeting: HostMeeting = {
    ...rest,
    organizer: clean(organizer),
    attendees: attendees.map(clean),
    start: new Date(start),
    end: new Date(end),
  };
  if (itemId !== undefined) meeting.itemId = itemId;
  return meeting;
}

/** Drops `email: undefined` so the object satisfies exact optional properties. */
function clean<T extends { email?: string | undefined }>(p: T): Omit<T, 'email'> & { email?: string } {
  const { email, ...rest } = p;
  return email === undefined ? rest : { ...rest, email };
}

/** A message posted to the page, or null when it is not one of ours. */
export function parseHostMessage(data: unknown): HostMessage | null {
  const parsed = hostMessage.safeParse(data);
  if (!parsed.success) return null;
  const message = parsed.data;
  return message.type === OPEN_MEETING
    ? { type: OPEN_MEETING, meeting: fromMessage(message.meeting) }
    : message;
}

export type HostMessage =
  | { type: typeof OPEN_MEETING; meeting: HostMeeting }
  | { type: typeof CLOSE_MEETING }
  | { type: typeof THEME_CHANGE; theme: HostTheme };
