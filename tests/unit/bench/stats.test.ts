import { graphRequestsIn, median, sequentialRoundTrips } from '../../../scripts/bench/stats';

const GRAPH = 'http://127.0.0.1:3000/graph/v1.0';

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[5], 5],
    [[4, 1, 3, 2], 3],
    [[10, 10, 1, 10, 90], 10],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });
});

describe('graphRequestsIn', () => {
  const batch = (members: number) =>
    JSON.stringify({
      requests: Array.from({ length: members }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' })),
    });

  it.each([
    ['a $batch carries its members', 'POST', `${GRAPH}/$batch`, batch(12), 12],
    ['an empty $batch carries none', 'POST', `${GRAPH}/$batch`, batch(0), 0],
    ['a GET is one', 'GET', `${GRAPH}/me?$select=id`, null, 1],
    ['a list item POST is one', 'POST', `${GRAPH}/sites/x/lists/y/items`, '{"fields":{}}', 1],
    ['an unreadable $batch body is one', 'POST', `${GRAPH}/$batch`, 'not json', 1],
    ['a $batch without requests is one', 'POST', `${GRAPH}/$batch`, '{}', 1],
  ])('%s', (_, method, url, body, expected) => {
    expect(graphRequestsIn(method, url, body)).toBe(expected);
  });
});

describe('sequentialRoundTrips', () => {
  it.each([
    ['none', [], 0],
    ['one batch', [{ start: 0, end: 150 }], 1],
    [
      'requests side by side',
      [
        { start: 0, end: 150 },
        { start: 1, end: 152 },
        { start: 2, end: 149 },
      ],
      1,
    ],
    [
      'requests one after another',
      [
        { start: 0, end: 50 },
        { start: 51, end: 101 },
        { start: 102, end: 152 },
      ],
      3,
    ],
    [
      'two waves, the second after the first',
      [
        { start: 0, end: 50 },
        { start: 0, end: 60 },
        { start: 61, end: 120 },
        { start: 62, end: 121 },
      ],
      2,
    ],
    [
      'a long request beside a chain of short ones',
      [
        { start: 0, end: 300 },
        { start: 0, end: 100 },
        { start: 100, end: 200 },
        { start: 200, end: 300 },
      ],
      3,
    ],
  ])('%s', (_, requests, expected) => {
    expect(sequentialRoundTrips(requests)).toBe(expected);
  });
});
