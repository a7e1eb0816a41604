import { z } from '../zod';
import type { Meeting } from '../domain/meeting';
import type { BatchRequest } from './batch';
import { GraphRequestError } from './graph-errors';
import { EVENT_SELECT, toMeeting } from './map-event';

/** `GET /me/events/{id}` with the product's $select plus the body (the agenda), times in UTC. */
export function eventRequest(eventId: string, id = 'event'): BatchRequest {
  return {
    id,
    method: 'GET',
    url: `/me/events/${encodeURIComponent(eventId)}?$select=${[...EVENT_SELECT, 'body'].join(',')}`,
    headers: { Prefer: 'outlook.timezone="UTC"' },
  };
}

export function readEvent(body: unknown): Meeting {
  const meeting = toMeeting(body);
  if (meeting === null) throw new GraphRequestError(200, 'UnreadableEvent', 'The meeting could not be read.');
  return meeting;
}

/** The meeting body as Graph sends it: HTML by default, text when the organiser wrote text. */
export type EventBody = { kind: 'html' | 'text'; content: string; truncated: boolean };

/** Bodies past this are cut before any parsing: a prep card needs the agenda, not a novel. */
export const MAX_BODY_CHARS = 200_000;

const bodySchema = z.object({
  body: z.object({ contentType: z.string().nullish(), content: z.string() }),
});

/** The body of an event answer, or null when there is none or it cannot be read. */
export function readEventBody(raw: unknown): EventBody | null {
  const parsed = bodySchema.safeParse(raw);
  if (!parsed.success || parsed.data.body.content.trim() === '') return null;
  const { contentType, content } = parsed.data.body;
  return {
    kind: contentType?.toLowerCase() === 'text' ? 'text' : 'html',
    content: content.slice(0, MAX_BODY_CHARS),
    truncated: content.length > MAX_BODY_CHARS,
  };
}
