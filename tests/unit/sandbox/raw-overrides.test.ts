import type { GraphResponse } from '../../../src/sandbox/graph-http';
import { withRawOverrides, type RawOverride } from '../../../src/sandbox/raw-overrides';
import { buildGraphRequest as request } from '../../builders/graph-request';

const ok = (body: unknown): GraphResponse => ({ status: 200, headers: {}, body });

const page = () => ({
  value: [
    { id: '1', subject: 'Fine', start: { dateTime: '2026-11-23T10:00:00' } },
    { id: '2', subject: 'Broken', start: { dateTime: '2026-11-23T11:00:00' } },
  ],
});

describe('withRawOverrides', () => {
  it('writes over every object that matches, at any depth, and leaves the others alone', () => {
    const rules: RawOverride[] = [{ match: { subject: 'Broken' }, set: { start: 42, attendees: 'x' } }];
    const out = withRawOverrides(rules, request('GET', '/me/calendarView'), ok(page()));
    expect(out.body).toEqual({
      value: [
        { id: '1', subject: 'Fine', start: { dateTime: '2026-11-23T10:00:00' } },
        { id: '2', subject: 'Broken', start: 42, attendees: 'x' },
      ],
    });
  });

  it('changes the top-level object when no match is given, and removes what it is told to', () => {
    const rules: RawOverride[] = [{ path: '/items', set: { value: 'x' }, remove: ['@odata.nextLink'] }];
    const out = withRawOverrides(
      rules,
      request('GET', '/sites/s/lists/l/items'),
      ok({ value: [], '@odata.nextLink': 'next' }),
    );
    expect(out.body).toEqual({ value: 'x' });
  });

  it('compares matched values as JSON, so objects and null match too', () => {
    const rules: RawOverride[] = [{ match: { emailAddress: null }, set: { emailAddress: 7 } }];
    const out = withRawOverrides(
      rules,
      request('GET', '/me/events/1'),
      ok({ attendees: [{ emailAddress: null }, { emailAddress: { name: 'A' } }] }),
    );
    expect(out.body).toEqual({ attendees: [{ emailAddress: 7 }, { emailAddress: { name: 'A' } }] });
  });

  it.each([
    ['another method', { method: 'POST', path: '/me/events', set: { subject: 1 } }],
    ['another path', { path: '/me/messages', set: { subject: 1 } }],
    ['no matching object', { match: { subject: 'Absent' }, set: { subject: 1 } }],
  ])('leaves the answer as it was for %s', (_name, rule: RawOverride) => {
    const body = page();
    const out = withRawOverrides([rule], request('GET', '/me/events/2'), ok(body));
    expect(out.body).toEqual(page());
  });

  it('never changes the rendered body in place, and leaves a $batch answer to its members', () => {
    const body = page();
    const rules: RawOverride[] = [{ set: { value: 'x' } }];
    withRawOverrides(rules, request('GET', '/me/calendarView'), ok(body));
    expect(body).toEqual(page());
    const batch = ok({ responses: [] });
    expect(withRawOverrides(rules, request('POST', '/$batch'), batch)).toBe(batch);
  });

  it('matches the path case-insensitively and decoded', () => {
    const rules: RawOverride[] = [{ path: '/lists/Home Turf/', set: { value: 'x' } }];
    const out = withRawOverrides(rules, request('GET', '/sites/s/LISTS/home%20turf/items'), ok(page()));
    expect(out.body).toEqual({ value: 'x' });
  });
});
