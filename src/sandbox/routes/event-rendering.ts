import { EVENT_PROPERTIES, renderEvent, type RenderOptions } from '../event-json';
import type { EventInstance } from '../event-instances';
import { GraphErrorSignal, parsePrefer, project, selectedProperties, type GraphRequest } from '../graph-http';
import type { DirectoryUser, EventRecord } from '../tenant-model';
import { resolveTimeZone } from '../time-zones';

/**
 * What every event route shares: reading `Prefer` (time zone, body type) and `$select`, rendering
 * instances accordingly, and deciding which calendar items belong to the viewer's mailbox.
 */

/** Render settings plus the `Preference-Applied` header value to send, if any. */
export type EventView = { options: RenderOptions; select: string[] | null; preferenceApplied: string | null };

/** Reads Prefer and $select; an unknown zone or property is a 400 as in Graph. */
export function eventView(request: GraphRequest, viewer: DirectoryUser): EventView {
  const prefer = parsePrefer(request.headers['prefer']);
  const applied: string[] = [];
  let zone = 'UTC';
  let zoneLabel = 'UTC';
  const askedZone = prefer.get('outlook.timezone');
  if (askedZone !== undefined) {
    const resolved = resolveTimeZone(askedZone);
    if (!resolved) {
      throw new GraphErrorSignal(
        400,
        'ErrorTimeZoneNotSupported',
        `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${askedZone}'.`,
      );
    }
    zone = resolved;
    zoneLabel = askedZone;
    applied.push(`outlook.timezone="${askedZone}"`);
  }
  let bodyType: 'html' | 'text' = 'html';
  const askedBody = prefer.get('outlook.body-content-type');
  if (askedBody !== undefined && ['text', 'html'].includes(askedBody.toLowerCase())) {
    bodyType = askedBody.toLowerCase() === 'text' ? 'text' : 'html';
    applied.push(`outlook.body-content-type="${bodyType}"`);
  }
  const select = selectedProperties(request.query);
  const unknown = select?.find((name) => !EVENT_PROPERTIES.has(name.toLowerCase()));
  if (unknown !== undefined) {
    throw new GraphErrorSignal(
      400,
      'RequestBroker--ParseUri',
      `Could not find a property named '${unknown}' on type 'microsoft.graph.event'.`,
    );
  }
  return {
    options: { viewer, zone, zoneLabel, bodyType },
    select,
    preferenceApplied: applied.length > 0 ? applied.join(', ') : null,
  };
}

/** Renders an instance and applies $select (id and @odata.etag always kept, as Graph does). */
export function renderSelected(instance: EventInstance, view: EventView): Record<string, unknown> {
  const full: Record<string, unknown> = Object.fromEntries(
    Object.entries(renderEvent(instance, view.options)),
  );
  if (!view.select) return full;
  return project(full, ['@odata.etag', 'id', ...view.select]);
}

/** Headers common to event responses. */
export function viewHeaders(view: EventView): Record<string, string> {
  return view.preferenceApplied ? { 'Preference-Applied': view.preferenceApplied } : {};
}

/** The `(a,b)` projection suffix Graph writes in `@odata.context` for a $select. */
export function contextProjection(select: string[] | null): string {
  return select ? `(${select.join(',')})` : '';
}

function same(a: string | null, b: string): boolean {
  return a !== null && a.toLowerCase() === b.toLowerCase();
}

/** Items in the viewer's calendar: ones they organise or are invited to. */
export function mailboxOf(records: ReadonlyArray<EventRecord>, viewer: DirectoryUser): EventRecord[] {
  return records.filter(
    (record) =>
      same(record.organizer.address, viewer.mail) ||
      record.attendees.some((attendee) => same(attendee.address, viewer.mail)),
  );
}
