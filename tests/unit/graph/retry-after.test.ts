import { retryAfterOf } from '../../../src/graph/graph-errors';
import { parseRetryAfter, retryDelayMs } from '../../../src/graph/middleware/retry-after';

const NOW = Date.parse('2026-11-24T08:00:00Z');

describe('Retry-After', () => {
  it.each([
    ['1', 1000],
    ['1.5', 1500],
    ['0.25', 250],
    ['2.128', 2128],
    ['0', 0],
    ['Tue, 24 Nov 2026 08:00:03 GMT', 3000],
    ['Tue, 24 Nov 2026 07:59:00 GMT', 0],
  ])('reads %j as a wait of %i ms', (header, ms) => {
    expect(parseRetryAfter(header, NOW)).toBe(ms);
    expect(retryDelayMs(header, 2, NOW)).toBe(ms);
  });

  it.each([[null], [''], ['soon']])('reads %j as no wait asked, and backs off instead', (header) => {
    expect(parseRetryAfter(header, NOW)).toBeNull();
    expect(retryDelayMs(header, 0, NOW)).toBe(1000);
    expect(retryDelayMs(header, 3, NOW)).toBe(8000);
  });

  it("finds the wait in a failed call's response headers, and none elsewhere", () => {
    const throttled = Object.assign(new Error('Too many requests'), {
      statusCode: 429,
      headers: new Headers({ 'Retry-After': '1.5' }),
    });
    expect(retryAfterOf(throttled)).toBe(1500);
    expect(retryAfterOf(Object.assign(new Error('Unavailable'), { headers: new Headers() }))).toBeNull();
    expect(retryAfterOf(new Error('fetch failed'))).toBeNull();
    expect(retryAfterOf('nope')).toBeNull();
  });
});
