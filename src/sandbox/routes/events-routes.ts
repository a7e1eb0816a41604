import type { Event } from '@microsoft/microsoft-graph-types';
import { z } from 'zod';
import { findInstanceById, masterInstance } from '../event-instances';
import { GraphErrorSignal, jsonResponse, type GraphRequest, type GraphResponse } from '../graph-http';
import { changeKeyFrom, iCalUIdFrom, newOutlookId } from '../ids';
import { jsonPath } from '../tenant-spec';
import type { DirectoryUser, TenantState } from '../tenant-model';
import { resolveTimeZone } from '../time-zones';
import { instantOfIso } from '../zoned-time';
import { contextProjection, eventView, mailboxOf, renderSelected, viewHeaders } from './event-rendering';

/** GET /me/events/{id} and POST /me/events. */

const NOT_FOUND = 'The specified object was not found in the store.';

/** GET /me/events/{id}: a single event, a series master or any occurrence in the viewer's calendar. */
export function getEvent(
  request: GraphRequest,
  state: TenantState,
  viewer: DirectoryUser,
  id: string,
): GraphResponse {
  const view = eventView(request, viewer);
  const instance = findInstanceById(mailboxOf(state.events, viewer), id);
  if (!instance) throw new GraphErrorSignal(404, 'ErrorItemNotFound', NOT_FOUND);
  return jsonResponse(
    200,
    {
      '@odata.context': `${request.baseUrl}/$metadata#users('${viewer.id}')/events${contextProjection(view.select)}/$entity`,
      ...renderSelected(instance, view),
    },
    viewHeaders(view),
  );
}

const dateTimeTimeZone = z.object({ dateTime: z.string().min(1), timeZone: z.string().min(1).optional() });

/** The request body subset Graph's create-event accepts that the demo honours. */
const createEventSchema = z.object({
  subject: z.string(),
  body: z
    .object({
      contentType: z.string().regex(/^(html|text)$/i, 'expected "html" or "text"'),
      content: z.string(),
    })
    .optional(),
  start: dateTimeTimeZone,
  end: dateTimeTimeZone,
  isAllDay: z.boolean().optional(),
  location: z.object({ displayName: z.string() }).optional(),
  attendees: z
    .array(
      z.object({
        emailAddress: z.object({ address: z.string().optional(), name: z.string().optional() }),
        type: z.enum(['required', 'optional', 'resource']).optional(),
      }),
    )
    .optional(),
  showAs: z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']).optional(),
  sensitivity: z.enum(['normal', 'personal', 'private', 'confidential']).optional(),
  importance: z.enum(['low', 'normal', 'high']).optional(),
  categories: z.array(z.string()).optional(),
  isOnlineMeeting: z.boolean().optional(),
  transactionId: z.string().optional(),
  recurrence: z.null().optional(),
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
}

function instantOf(
  value: { dateTime: string; timeZone?: string | undefined },
  field: string,
): { ms: number; zone: string; name: string } {
  const name = value.timeZone ?? 'UTC';
  const zone = resolveTimeZone(name);
  if (!zone) {
    throw new GraphErrorSignal(
      400,
      'TimeZoneNotSupportedException',
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${name}'.`,
    );
  }
  const ms = instantOfIso(value.dateTime, zone);
  if (ms === null)
    throw new GraphErrorSignal(
      400,
      'ErrorInvalidRequest',
      `${field}.dateTime is not a valid date-time: '${value.dateTime}'.`,
    );
  return { ms, zone, name };
}

/** Hook the server passes in so a created event reaches disk before the 201 is sent. */
export type PersistState = () => Promise<void>;

/** POST /me/events: validates, stores, persists and returns 201 with the created event. */
export async function createEvent(
  request: GraphRequest,
  state: TenantState,
  viewer: DirectoryUser,
  now: number,
  persist: PersistState,
): Promise<GraphResponse> {
  const parsed = createEventSchema.safeParse(request.body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`).join('; ');
    throw new GraphErrorSignal(400, 'ErrorInvalidRequest', `Invalid event: ${issues}`);
  }
  const input = parsed.data;
  const view = eventView(request, viewer);
  const existing = input.transactionId
    ? state.events.find(
        (event) => event.transactionId === input.transactionId && event.organizer.address === viewer.mail,
      )
    : undefined;
  let record = existing;
  if (!record) {
    const start = instantOf(input.start, '$.start');
    const end = instantOf(input.end, '$.end');
    if (end.ms <= start.ms)
      throw new GraphErrorSignal(400, 'ErrorInvalidRequest', 'Invalid event: $.end must be after $.start.');
    const id = newOutlookId();
    const content = input.body?.content ?? '';
    record = {
      id,
      key: id,
      iCalUId: iCalUIdFrom(id),
      changeKey: changeKeyFrom(`${id}:${now}`),
      createdMs: now,
      modifiedMs: now,
      subject: input.subject,
      bodyHtml: input.body?.contentType.toLowerCase() === 'text' ? escapeHtml(content) : content,
      startMs: start.ms,
      endMs: end.ms,
      isAllDay: input.isAllDay ?? false,
      zone: start.zone,
      originalStartTimeZone: start.name,
      originalEndTimeZone: end.name,
      organizer: { name: viewer.displayName, address: viewer.mail },
      attendees: (input.attendees ?? []).map((a) => ({
        name: a.emailAddress.name ?? a.emailAddress.address ?? '',
        address: a.emailAddress.address ?? null,
        type: a.type ?? 'required',
        response: 'none' as const,
      })),
      isCancelled: false,
      showAs: input.showAs ?? 'busy',
      sensitivity: input.sensitivity ?? 'normal',
      importance: input.importance ?? 'normal',
      location: input.location?.displayName ?? null,
      categories: input.categories ?? [],
      isOnlineMeeting: input.isOnlineMeeting ?? false,
      recurrence: null,
      transactionId: input.transactionId ?? null,
      origin: 'user',
    };
    state.events.push(record);
    await persist();
  }
  const rendered: Event = renderSelected(masterInstance(record), view);
  return jsonResponse(
    201,
    { '@odata.context': `${request.baseUrl}/$metadata#users('${viewer.id}')/events/$entity`, ...rendered },
    { ...viewHeaders(view), Location: `${request.baseUrl}/users('${viewer.id}')/events('${record.id}')` },
  );
}
