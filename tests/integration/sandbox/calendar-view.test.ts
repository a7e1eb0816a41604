import { SEED_SUBJECTS } from '../../../src/sandbox/seed';
import {
  allEvents,
  SEED_WINDOW,
  startHarness,
  type EventJson,
  type GraphErrorBody,
  type Harness,
  type Page,
} from './support';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.server.close());

const view = (query: string, headers?: Record<string, string>) =>
  harness.graphJson<Page<EventJson>>(`/me/calendarView?${query}`, headers ? { headers } : {});

describe('calendarView parameters', () => {
  it('requires both startDateTime and endDateTime', async () => {
    for (const query of ['', 'startDateTime=2026-11-25T00:00:00Z', 'endDateTime=2026-11-25T00:00:00Z']) {
      const { status, body } = await harness.graphJson<GraphErrorBody>(`/me/calendarView?${query}`);
      expect(status).toBe(400);
      expect(body.error.message).toBe(
        'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
      );
    }
  });

  it('rejects an unparseable date-time', async () => {
    const { status, body } = await harness.graphJson<GraphErrorBody>(
      '/me/calendarView?startDateTime=yesterday&endDateTime=2026-11-25T00:00:00Z',
    );
    expect(status).toBe(400);
    expect(body.error.message).toContain("'yesterday'");
  });

  it('rejects an unsupported $orderby and an unknown $select property', async () => {
    expect(
      (await view(`startDateTime=${SEED_WINDOW.start}&endDateTime=${SEED_WINDOW.end}&$orderby=subject`))
        .status,
    ).toBe(400);
    expect(
      (await view(`startDateTime=${SEED_WINDOW.start}&endDateTime=${SEED_WINDOW.end}&$select=nope`)).status,
    ).toBe(400);
  });
});

describe('calendarView window', () => {
  const workshopIn = async (start: string, end: string) =>
    (await allEvents(harness, start, end)).some((e) => e.subject === SEED_SUBJECTS.workshop);

  it('returns instances overlapping [start, end) and nothing touching only an edge', async () => {
    // The workshop runs 10:00–11:30 London (= UTC in November) on Wednesday 25th.
    expect(await workshopIn('2026-11-25T10:30:00Z', '2026-11-25T10:45:00Z')).toBe(true);
    expect(await workshopIn('2026-11-25T09:00:00Z', '2026-11-25T10:00:00Z')).toBe(false);
    expect(await workshopIn('2026-11-25T11:30:00Z', '2026-11-25T12:00:00Z')).toBe(false);
  });

  it('honours an offset in the window, and reads a time without one as UTC', async () => {
    expect(await workshopIn(encodeURIComponent('2026-11-25T11:30:00+01:00'), '2026-11-25T10:45:00')).toBe(
      true,
    );
    expect(await workshopIn(encodeURIComponent('2026-11-25T12:29:00+01:00'), '2026-11-25T12:00:00')).toBe(
      true,
    );
    expect(await workshopIn(encodeURIComponent('2026-11-25T13:30:00+01:00'), '2026-11-25T13:00:00')).toBe(
      false,
    );
  });

  it('sorts by start ascending by default and descending on request', async () => {
    const ascending = await allEvents(harness, SEED_WINDOW.start, SEED_WINDOW.end);
    const starts = ascending.map((e) => e.start.dateTime);
    expect(starts).toEqual([...starts].sort());
    const descending = await allEvents(
      harness,
      SEED_WINDOW.start,
      SEED_WINDOW.end,
      '&$orderby=start/dateTime%20desc',
    );
    expect(descending.map((e) => e.id)).toEqual(ascending.map((e) => e.id).reverse());
  });
});

describe('recurring series in calendarView', () => {
  it('expands the HR series into occurrences and one moved exception, never the master', async () => {
    const events = await allEvents(harness, SEED_WINDOW.start, SEED_WINDOW.end);
    expect(events.some((e) => e.type === 'seriesMaster')).toBe(false);
    const hr = events.filter((e) => e.subject === SEED_SUBJECTS.hrSeries);
    expect(hr.map((e) => [e.type, e.start.dateTime])).toEqual([
      ['occurrence', '2026-11-17T10:00:00.0000000'],
      ['exception', '2026-11-25T14:00:00.0000000'],
      ['occurrence', '2026-12-01T10:00:00.0000000'],
    ]);
    const masterId = hr[0]?.seriesMasterId;
    expect(masterId).toEqual(expect.any(String));
    expect(hr.every((e) => e.seriesMasterId === masterId && e.recurrence === null)).toBe(true);
    expect(new Set(hr.map((e) => e.id)).size).toBe(3);
    expect(new Set(hr.map((e) => e.iCalUId)).size).toBe(3);
    expect(hr.some((e) => e.id === masterId)).toBe(false);

    const master = await harness.graphJson<
      EventJson & {
        recurrence: {
          pattern: { type: string; daysOfWeek: string[] };
          range: { numberOfOccurrences: number };
        };
      }
    >(`/me/events/${encodeURIComponent(masterId ?? '')}`);
    expect(master.body.type).toBe('seriesMaster');
    expect(master.body.recurrence.pattern).toMatchObject({ type: 'weekly', daysOfWeek: ['tuesday'] });
    expect(master.body.recurrence.range.numberOfOccurrences).toBe(6);
  });

  it('repeats the stand-up every weekday of the three weeks', async () => {
    const events = await allEvents(harness, SEED_WINDOW.start, SEED_WINDOW.end);
    const standUps = events.filter((e) => e.subject === SEED_SUBJECTS.standUp);
    expect(standUps).toHaveLength(15);
    expect(standUps.every((e) => e.start.dateTime.endsWith('T09:15:00.0000000'))).toBe(true);
  });
});

describe('calendarView query options', () => {
  it('projects $select, always keeping id and @odata.etag, and reflects it in @odata.context', async () => {
    const { body } = await view(
      `startDateTime=${SEED_WINDOW.start}&endDateTime=${SEED_WINDOW.end}&$select=subject,start`,
    );
    expect(body['@odata.context']).toMatch(
      /\/\$metadata#users\('[0-9a-f-]+'\)\/calendarView\(subject,start\)$/,
    );
    expect(body.value.length).toBeGreaterThan(0);
    for (const event of body.value)
      expect(Object.keys(event)).toEqual(['@odata.etag', 'id', 'subject', 'start']);
  });

  it('pages with $top and $skip nextLinks that keep the window and select, visiting each item once', async () => {
    const all = await allEvents(harness, SEED_WINDOW.start, SEED_WINDOW.end);
    const first = await view(
      `startDateTime=${SEED_WINDOW.start}&endDateTime=${SEED_WINDOW.end}&$top=7&$select=subject`,
    );
    expect(first.body.value).toHaveLength(7);
    const ids = first.body.value.map((e) => e.id);
    let next = first.body['@odata.nextLink'];
    expect(next).toContain('startDateTime=');
    expect(next).toContain('$select=subject');
    expect(next).toContain('$skip=7');
    let pages = 1;
    while (next) {
      const response = await fetch(next, { headers: { Authorization: `Bearer ${harness.token}` } });
      const page = (await response.json()) as Page<EventJson>;
      ids.push(...page.value.map((e) => e.id));
      next = page['@odata.nextLink'];
      pages += 1;
    }
    expect(pages).toBe(Math.ceil(all.length / 7));
    expect(ids).toEqual(all.map((e) => e.id));
  });

  it('defaults $top to 10', async () => {
    const { body } = await view(`startDateTime=${SEED_WINDOW.start}&endDateTime=${SEED_WINDOW.end}`);
    expect(body.value).toHaveLength(10);
    expect(body['@odata.nextLink']).toContain('$skip=10');
  });

  it('renders times in the Prefer: outlook.timezone zone, same instant, and says so', async () => {
    const query = `startDateTime=2026-11-25T10:30:00Z&endDateTime=2026-11-25T10:45:00Z&$select=subject,start,end`;
    const utc = await view(query);
    const pacific = await view(query, { Prefer: 'outlook.timezone="Pacific Standard Time"' });
    const tokyo = await view(query, { Prefer: 'outlook.timezone="Asia/Tokyo"' });
    const pick = (page: Page<EventJson>) => page.value.find((e) => e.subject === SEED_SUBJECTS.workshop);
    expect(pick(utc.body)?.start).toEqual({ dateTime: '2026-11-25T10:00:00.0000000', timeZone: 'UTC' });
    expect(utc.headers.get('preference-applied')).toBeNull();
    expect(pick(pacific.body)?.start).toEqual({
      dateTime: '2026-11-25T02:00:00.0000000',
      timeZone: 'Pacific Standard Time',
    });
    expect(pick(pacific.body)?.end).toEqual({
      dateTime: '2026-11-25T03:30:00.0000000',
      timeZone: 'Pacific Standard Time',
    });
    expect(pacific.headers.get('preference-applied')).toBe('outlook.timezone="Pacific Standard Time"');
    expect(pick(tokyo.body)?.start).toEqual({
      dateTime: '2026-11-25T19:00:00.0000000',
      timeZone: 'Asia/Tokyo',
    });
  });

  it('keeps all-day events at midnight whatever the zone', async () => {
    const events = await allEvents(harness, SEED_WINDOW.start, SEED_WINDOW.end, '', {
      Prefer: 'outlook.timezone="Tokyo Standard Time"',
    });
    const ooo = events.find((e) => e.subject === SEED_SUBJECTS.outOfOffice);
    expect(ooo?.isAllDay).toBe(true);
    expect(ooo?.start).toEqual({ dateTime: '2026-12-04T00:00:00.0000000', timeZone: 'Tokyo Standard Time' });
    expect(ooo?.end.dateTime).toBe('2026-12-05T00:00:00.0000000');
  });

  it('refuses an unknown time zone', async () => {
    const { status } = await view(`startDateTime=${SEED_WINDOW.start}&endDateTime=${SEED_WINDOW.end}`, {
      Prefer: 'outlook.timezone="Mars Standard Time"',
    });
    expect(status).toBe(400);
  });
});
