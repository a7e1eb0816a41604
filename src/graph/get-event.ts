import { z } from 'zod/mini';
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

/** The meeting of an event answer; throws, in words for the user, when it lacks what a meeting needs. */
export function readEvent(body: unknown): Meeting {
  const meeting = toMeeting(body);
  if (meeting === null) {
    throw new GraphRequestError(
      200,
      'UnreadableEvent',
      "Microsoft 365 sent this meeting's details in a form Home Turf cannot read.",
    );
  }
  return meeting;
}

/** The meeting body as Graph sends it: HTML by default, text when the organiser wrote text. */
export type ReadableBody = { kind: 'html' | 'text'; content: string; truncated: boolean };

/** A body to show, or one that came in a shape that cannot be read (so the user is told, not shown nothing). */
export type EventBody = ReadableBody | { kind: 'unreadable' };

/** Bodies past this are cut before any parsing: a prep card needs the agenda, not a novel. */
export const MAX_BODY_CHARS = 200_000;

const withBody = z.object({ body: z.unknown() });
const bodySchema = z.object({ contentType: z.catch(z.nullish(z.string()), null), content: z.string() });

/** The body of an event answer; null when there is none or it is empty. */
export function readEventBody(raw: unknown): EventBody | null {
  const answer = withBody.safeParse(raw);
  if (!answer.success || answer.data.body === null || answer.data.body === undefined) return null;
  const parsed = bodySchema.safeParse(answer.data.body);
  if (!parsed.success) return { kind: 'unreadable' };
  const { contentType, content } = parsed.data;
  if (content.trim() === '') return null;
  return {
    kind: contentType?.toLowerCase() === 'text' ? 'text' : 'html',
    content: content.slice(0, MAX_BODY_CHARS),
    truncated: content.length > MAX_BODY_CHARS,
  };
}
