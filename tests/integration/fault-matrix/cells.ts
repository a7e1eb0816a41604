import { STORE_LIST_IDS } from '../../../src/sandbox/seed';

/**
 * The fault matrix's cells: each fault the demo tenant injects, against opening a prep card and
 * saving a value-add note, with what the tenant should count. Requests and faults are the cost of
 * getting through; a change that sends more, or fires a fault that should not fire, fails its cell.
 */

/** Home Turf addresses the store's lists by id. */
export const NOTES_PATH = `/lists/${STORE_LIST_IDS.notes}/items`;
const FILE_ITEMS_PATH = `/lists/${STORE_LIST_IDS.fileItems}/`;

export type Operation = 'card load' | 'note save';

type Cell = {
  fault: string;
  /** The rule in words, for the report. */
  injected: string;
  /** Body of `POST /demo/faults`. */
  settings: unknown;
  /** HTTP requests the tenant should count. */
  requests: number;
  /** Faults the tenant should fire. */
  faults: number;
  /** New tokens the pane should fetch. @default 0 */
  signIns?: number;
};

export type CardCell = Cell & {
  /** The advisor is told this first, and tries again. */
  message?: RegExp;
};

export type NoteCell = Cell & {
  /** Saved for the team by the first send; otherwise kept on this device and sent again. */
  firstTry: boolean;
};

const LATENCY = {
  fault: 'latency 300 ms',
  injected: 'every request 300 ms slower',
  settings: { latencyMs: 300 },
  faults: 0,
};
const EXPIRED = '401 expired token';

export const CARD_CELLS: CardCell[] = [
  { ...LATENCY, requests: 1 },
  {
    fault: '429, Retry-After: 1',
    injected: '$batch 429 once',
    settings: { rules: [{ path: '/$batch', status: 429, retryAfter: 1 }] },
    requests: 2,
    faults: 1,
  },
  {
    fault: '429, Retry-After: 1.5',
    injected: '$batch 429 once',
    settings: { rules: [{ path: '/$batch', status: 429, retryAfter: 1.5 }] },
    requests: 2,
    faults: 1,
  },
  {
    fault: '429 on $batch members',
    injected: 'file items 429 (0.25 s), mail 429 (0.5 s), inside a 200 batch',
    settings: {
      rules: [
        { path: FILE_ITEMS_PATH, status: 429, retryAfter: 0.25 },
        { path: '/me/messages', status: 429, retryAfter: 0.5 },
      ],
    },
    requests: 2,
    faults: 2,
  },
  {
    fault: '503',
    injected: '$batch 503 once, Retry-After: 0.5',
    settings: { rules: [{ path: '/$batch', status: 503, retryAfter: 0.5 }] },
    requests: 2,
    faults: 1,
  },
  {
    fault: '504 after write',
    injected: '$batch runs, then 504',
    settings: { rules: [{ path: '/$batch', status: 504, afterWrite: true }] },
    requests: 2,
    faults: 1,
  },
  {
    fault: 'dropped connection',
    injected: '$batch connection dropped',
    settings: { rules: [{ path: '/$batch', status: 'drop' }] },
    requests: 2,
    faults: 1,
    message: /Microsoft 365 could not be reached/,
  },
  {
    fault: EXPIRED,
    injected: 'token expires on the $batch',
    settings: { rules: [{ path: '/$batch', status: 401 }] },
    requests: 2,
    faults: 1,
    signIns: 1,
  },
  {
    fault: EXPIRED,
    injected: 'token expires on a $batch member (calendar)',
    settings: { rules: [{ path: '/me/calendarView', status: 401 }] },
    requests: 2,
    faults: 1,
    signIns: 1,
  },
];

export const NOTE_CELLS: NoteCell[] = [
  { ...LATENCY, requests: 2, firstTry: true },
  {
    fault: '429, Retry-After: 1',
    injected: 'note POST 429 once',
    settings: { rules: [{ method: 'POST', path: NOTES_PATH, status: 429, retryAfter: 1 }] },
    requests: 3,
    faults: 1,
    firstTry: true,
  },
  {
    fault: '429, Retry-After: 1.5',
    injected: 'note POST 429 once',
    settings: { rules: [{ method: 'POST', path: NOTES_PATH, status: 429, retryAfter: 1.5 }] },
    requests: 3,
    faults: 1,
    firstTry: true,
  },
  {
    fault: '503',
    injected: 'note POST 503 once, Retry-After: 5',
    settings: { rules: [{ method: 'POST', path: NOTES_PATH, status: 503, retryAfter: 5 }] },
    requests: 3,
    faults: 1,
    firstTry: false,
  },
  {
    fault: '504 after write',
    injected: 'note saved, then 504',
    settings: { rules: [{ method: 'POST', path: NOTES_PATH, status: 504, afterWrite: true }] },
    // The second POST is refused (409: the NoteId is taken), and a GET finds the note saved.
    requests: 4,
    faults: 1,
    firstTry: false,
  },
  {
    fault: 'dropped connection',
    injected: 'note saved, then the connection dropped',
    settings: { rules: [{ method: 'POST', path: NOTES_PATH, status: 'drop', afterWrite: true }] },
    requests: 4,
    faults: 1,
    firstTry: false,
  },
  {
    fault: EXPIRED,
    injected: 'token expires on the note POST',
    settings: { rules: [{ method: 'POST', path: NOTES_PATH, status: 401 }] },
    requests: 3,
    faults: 1,
    firstTry: true,
    signIns: 1,
  },
  {
    fault: '412 stale etag',
    injected: '"last update sent" PATCH 412 once',
    settings: { rules: [{ method: 'PATCH', path: FILE_ITEMS_PATH, status: 412 }] },
    // The 412 reads the item again and sends the date on its current etag.
    requests: 4,
    faults: 1,
    firstTry: false,
  },
];

export const PANE_CLOSED = 'pane closed mid-save';

/** Where a fault cannot meet an operation, and why: the report says so instead of faking a cell. */
export const NOT_APPLICABLE: { fault: string; operation: Operation; why: string }[] = [
  {
    fault: '412 stale etag',
    operation: 'card load',
    why: 'the card only reads; no request carries If-Match',
  },
  {
    fault: '429 on $batch members',
    operation: 'note save',
    why: "the note's writes go one by one, never in a $batch",
  },
  { fault: PANE_CLOSED, operation: 'card load', why: 'a read keeps nothing on the device to lose' },
];

/** The order the report lists faults in. */
export const FAULT_ORDER = [
  ...new Set([...CARD_CELLS, ...NOTE_CELLS].map((c) => c.fault)),
  '412 stale etag',
  PANE_CLOSED,
];
