import type { Meeting } from '../domain/meeting';
import type { GraphClient } from './create-graph-client';
import { GraphRequestError } from './graph-errors';
import { toMeeting } from './map-event';

export type NewEvent = {
  subject: string;
  start: Date;
  end: Date;
  showAs?: 'busy' | 'free' | 'tentative';
  bodyText?: string;
};

/** `POST /me/events`: a block in the signed-in user's calendar. Not replayed on a 5xx. */
export async function createEvent(graph: GraphClient, event: NewEvent): Promise<Meeting> {
  const raw: unknown = await graph.client
    .api('/me/events')
    .header('Prefer', 'outlook.timezone="UTC"')
    .post({
      subject: event.subject,
      start: { dateTime: event.start.toISOString().replace('Z', ''), timeZone: 'UTC' },
      end: { dateTime: event.end.toISOString().replace('Z', ''), timeZone: 'UTC' },
      showAs: event.showAs ?? 'busy',
      body: { contentType: 'text', content: event.bodyText ?? '' },
    });
  const meeting = toMeeting(raw);
  if (meeting === null)
    throw new GraphRequestError(201, 'UnreadableEvent', 'The new event could not be read back.');
  return meeting;
}
