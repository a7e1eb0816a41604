import type { Meeting } from '../domain/meeting';
import type { BatchRequest } from './batch';
import { GraphRequestError } from './graph-errors';
import { EVENT_SELECT, toMeeting } from './map-event';

/** `GET /me/events/{id}` with the product's $select, times in UTC. */
export function eventRequest(eventId: string, id = 'event'): BatchRequest {
  return {
    id,
    method: 'GET',
    url: `/me/events/${encodeURIComponent(eventId)}?$select=${EVENT_SELECT.join(',')}`,
    headers: { Prefer: 'outlook.timezone="UTC"' },
  };
}

export function readEvent(body: unknown): Meeting {
  const meeting = toMeeting(body);
  if (meeting === null) throw new GraphRequestError(200, 'UnreadableEvent', 'The meeting could not be read.');
  return meeting;
}
