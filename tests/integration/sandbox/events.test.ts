import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SEED_SUBJECTS } from '../../../src/sandbox/seed';
import {
  allEvents,
  SEED_WINDOW,
  startHarness,
  type EventJson,
  type GraphErrorBody,
  type Harness,
} from './support';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.server.close());

const find = async (subject: string): Promise<EventJson> => {
  const event = (await allEvents(harness, SEED_WINDOW.start, SEED_WINDOW.end)).find(
    (e) => e.subject === subject,
  );
  if (!event) throw new Error(`no ${subject}`);
  return event;
};

describe('GET /me/events/{id}', () => {
  it('returns an occurrence by the id calendarView gave, with $select and time zone', async () => {
    const standUp = await find(SEED_SUBJECTS.standUp);
    const { status, body, headers } = await harness.graphJson(
      `/me/events/${encodeURIComponent(standUp.id)}?$select=subject,start,type,seriesMasterId`,
      { headers: { Prefer: 'outlook.timezone="W. Europe Standard Time"' } },
    );
    expect(status).toBe(200);
    expect(headers.get('preference-applied')).toBe('outlook.timezone="W. Europe Standard Time"');
    const { '@odata.context': context, ...event } = body;
    expect(context).toMatch(/\/events\(subject,start,type,seriesMasterId\)\/\$entity$/);
    expect(event).toEqual({
      '@odata.etag': standUp['@odata.etag'],
      id: standUp.id,
      subject: SEED_SUBJECTS.standUp,
      start: { dateTime: '2026-11-16T10:15:00.0000000', timeZone: 'W. Europe Standard Time' },
      type: 'occurrence',
      seriesMasterId: standUp.seriesMasterId,
    });
  });

  it('returns the hostile body as Outlook stores it, and as text when asked, with no script text', async () => {
    const hostile = await find(SEED_SUBJECTS.hostileBody);
    expect(hostile.body.contentType).toBe('html');
    expect(hostile.body.content).toContain('<script>');
    expect(hostile.body.content).toContain('onerror=');
    // Exchange writes links as text<url> in plain text, so the javascript: URL survives as inert text.
    expect(hostile.bodyPreview).toContain('Open the draft messages<javascript:');
    expect(hostile.bodyPreview).not.toMatch(/<script|<img|script ran/);
    const text = await harness.graphJson<EventJson>(
      `/me/events/${encodeURIComponent(hostile.id)}?$select=body`,
      {
        headers: { Prefer: 'outlook.body-content-type="text"' },
      },
    );
    expect(text.headers.get('preference-applied')).toBe('outlook.body-content-type="text"');
    expect(text.body.body.contentType).toBe('text');
    expect(text.body.body.content).toContain('Hi Maya, here are the draft messages');
    expect(text.body.body.content).toContain('- Day 1: spot the sender');
    expect(text.body.body.content).not.toContain('script ran');
    expect(text.body.body.content).not.toContain('<script');
  });

  it('answers 404 ErrorItemNotFound for an unknown id', async () => {
    const { status, body } = await harness.graphJson<GraphErrorBody>('/me/events/AAMkAGnope%3D');
    expect(status).toBe(404);
    expect(body.error).toMatchObject({
      code: 'ErrorItemNotFound',
      message: 'The specified object was not found in the store.',
    });
  });
});

const newEvent = {
  subject: 'Prep: comms plan review',
  body: { contentType: 'HTML', content: '<p>Bring the <b>draft</b>.</p>' },
  start: { dateTime: '2026-11-26T14:00:00', timeZone: 'GMT Standard Time' },
  end: { dateTime: '2026-11-26T14:30:00', timeZone: 'GMT Standard Time' },
  location: { displayName: 'Room 2.14' },
  attendees: [
    { emailAddress: { address: 'raj.patel@northwind.example', name: 'Raj Patel' }, type: 'required' },
  ],
};

const post = (h: Harness, body: unknown, headers: Record<string, string> = {}) =>
  h.graphJson<EventJson & GraphErrorBody>('/me/events', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('POST /me/events', () => {
  it('creates an event: 201, Location, organizer is me, then visible in calendarView', async () => {
    const { status, body, headers } = await post(harness, newEvent);
    expect(status).toBe(201);
    expect(headers.get('location')).toContain(`/events('${body.id}')`);
    expect(body).toMatchObject({
      subject: newEvent.subject,
      type: 'singleInstance',
      isOrganizer: true,
      seriesMasterId: null,
      responseStatus: { response: 'organizer' },
      organizer: { emailAddress: { name: 'Maya Chen', address: 'maya.chen@northwind.example' } },
      start: { dateTime: '2026-11-26T14:00:00.0000000', timeZone: 'UTC' },
      originalStartTimeZone: 'GMT Standard Time',
      bodyPreview: 'Bring the draft.',
    });
    expect(body.iCalUId).toMatch(/^040000008200E00074C5B7101A82E008/);
    const window = await allEvents(harness, '2026-11-26T13:00:00Z', '2026-11-26T15:00:00Z');
    expect(window.map((e) => e.id)).toContain(body.id);
  });

  it('reads start and end in their own time zone', async () => {
    const { body } = await post(harness, {
      ...newEvent,
      start: { dateTime: '2026-11-26T09:00:00', timeZone: 'Eastern Standard Time' },
      end: { dateTime: '2026-11-26T09:30:00', timeZone: 'Eastern Standard Time' },
    });
    expect(body.start.dateTime).toBe('2026-11-26T14:00:00.0000000');
  });

  it('rejects invalid bodies with a clear 400', async () => {
    const missing = await post(harness, { subject: 'No times' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('ErrorInvalidRequest');
    expect(missing.body.error.message).toContain('$.start');
    const backwards = await post(harness, {
      ...newEvent,
      end: { dateTime: '2026-11-26T13:00:00', timeZone: 'UTC' },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toContain('end must be after');
    const badZone = await post(harness, {
      ...newEvent,
      start: { dateTime: '2026-11-26T13:00:00', timeZone: 'Nowhere' },
    });
    expect(badZone.status).toBe(400);
  });

  it('returns the same event for a repeated transactionId', async () => {
    const first = await post(harness, { ...newEvent, transactionId: 'tx-1' });
    const second = await post(harness, { ...newEvent, transactionId: 'tx-1' });
    expect(second.body.id).toBe(first.body.id);
  });

  it('persists created events across a restart with the same dataDir', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'home-turf-sandbox-'));
    try {
      const before = await startHarness({ dataDir });
      const created = await post(before, { ...newEvent, subject: 'Survives restarts' });
      await before.server.close();
      const stored = JSON.parse(await readFile(path.join(dataDir, 'state.json'), 'utf8')) as {
        createdEvents: unknown[];
      };
      expect(stored.createdEvents).toHaveLength(1);

      const after = await startHarness({ dataDir });
      try {
        const fetched = await after.graphJson<EventJson>(`/me/events/${encodeURIComponent(created.body.id)}`);
        expect(fetched.status).toBe(200);
        expect(fetched.body.subject).toBe('Survives restarts');
        const window = await allEvents(after, '2026-11-26T13:00:00Z', '2026-11-26T15:00:00Z');
        expect(window.filter((e) => e.subject === 'Survives restarts')).toHaveLength(1);
      } finally {
        await after.server.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
