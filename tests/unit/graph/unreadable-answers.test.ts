import { z } from 'zod/mini';
import { readEvent, readEventBody } from '../../../src/graph/get-event';
import { describeGraphError } from '../../../src/graph/graph-errors';

const event = {
  id: 'AAMk1',
  subject: 'HR 1:1',
  start: { dateTime: '2026-11-26T09:30:00.0000000', timeZone: 'UTC' },
  end: { dateTime: '2026-11-26T10:00:00.0000000', timeZone: 'UTC' },
};

describe('answers Graph sends in a shape Home Turf cannot read', () => {
  it.each([
    ['a start that is a number', { ...event, start: 42 }],
    ['no id', { ...event, id: undefined }],
    ['an end that is text', { ...event, end: 'never' }],
  ])('a meeting with %s is refused in words a person can read', (_name, raw) => {
    expect(() => readEvent(raw)).toThrow();
    let message = '';
    try {
      readEvent(raw);
    } catch (error) {
      message = describeGraphError(error);
    }
    expect(message).toBe("Microsoft 365 sent this meeting's details in a form Home Turf cannot read.");
  });

  it.each([
    ['no body', event, null],
    ['an empty body', { ...event, body: { contentType: 'html', content: '  ' } }, null],
    ['a body that is a number', { ...event, body: 42 }, { kind: 'unreadable' }],
    [
      'content that is an object',
      { ...event, body: { contentType: 'html', content: { a: 1 } } },
      { kind: 'unreadable' },
    ],
    [
      'a content type that is a number',
      { ...event, body: { contentType: 7, content: '<p>Agenda</p>' } },
      { kind: 'html', content: '<p>Agenda</p>', truncated: false },
    ],
    [
      'a text body',
      { ...event, body: { contentType: 'text', content: 'Agenda' } },
      { kind: 'text', content: 'Agenda', truncated: false },
    ],
  ])('reads %s as the agenda it is', (_name, raw, expected) => {
    expect(readEventBody(raw)).toEqual(expected);
  });

  it('describes a schema refusal without its paths and types', () => {
    const refusal = z.object({ value: z.array(z.unknown()) }).safeParse({ value: 'x' }).error;
    expect(describeGraphError(refusal)).toBe('Microsoft 365 sent an answer Home Turf cannot read.');
  });
});
