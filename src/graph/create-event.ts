import type { Meeting } from '../domain/meeting';
import type { GraphClient } from './create-graph-client';
import { GraphRequestError } from './graph-errors';
import { toMeeting } from './map-event';
import { IDEMPOTENT_HEADER } from './middleware/retry-after';

export type NewEvent = {
  subject: string;
  start: Date;
  end: Date;
  showAs?: 'busy' | 'free' | 'tentative';
  bodyText?: string;
  /**
   * Client-generated key: Graph (and the demo tenant) answer a repeated POST with the same
   * transactionId with the event already created, so the request may safely be sent again.
   */
  transactionId?: string;
};

/**
 * `POST /me/events`: a block in the signed-in user's calendar. Replayed after a throttle or a
 * timeout only when it carries a transactionId, which makes the replay harmless.
 */
export async function createEvent(graph: GraphClient, event: NewEvent): Promise<Meeting> {
  let request = graph.client.api('/me/events').header('Prefer', 'outlook.timezone="UTC"');
  if (event.transactionId !== undefined) request = request.header(IDEMPOTENT_HEADER, 'true');
  const raw: unknown = await request.post({
    ...(event.transactionId === undefined ? {} : { transactionId: event.transactionId }),
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
