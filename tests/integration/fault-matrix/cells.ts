import { STORE_LIST_IDS } from '../../../src/sandbox/seed';

/**
 * The fault matrix's cells: each fault the demo tenant injects, against opening a prep card,
 * saving a value-add note and adding a follow-up to To Do, with what the tenant should count. Requests and faults are the cost of
 * getting through; a change that sends more, or fires a fault that should not fire, fails its cell.
 */

/** Home Turf addresses the store's lists by id. */
export const NOTES_PATH = `/lists/${STORE_LIST_IDS.notes}/items`;
const FILE_ITEMS_PATH = `/lists/${STORE_LIST_IDS.fileItems}/`;

export type Operation = 'card load' | 'note save' | 'To Do task' | 'note and To Do task';

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

export type WriteCell = Cell & {
  /** Saved by the first send; otherwise kept on this device and sent again. */
  firstTry: boolean;
  /** Microsoft 365 asks for a wait beyond what a request holds on for: the write says when it goes. */
  held?: boolean;
  /** A request is never answered: the pane's time limit (HANG_TIME_LIMIT_MS) ends it. */
  hang?: boolean;
};

/** The pane's time limit on a Graph request in the hung cells (the app's is 30 s). */
export const HANG_TIME_LIMIT_MS = 500;
export const HUNG = 'hung request (time limit)';
export const LONG_RETRY_AFTER = 'long Retry-After (3600 s)';

/**
 * A write's POST throttled for an hour (beyond what a request waits for), and written but never
 * answered (the pane's time limit ends it), with the requests each takes in all.
 */
function heldAndHung(what: string, path: string, requests: { held: number; hung: number }): WriteCell[] {
  return [
    {
      fault: LONG_RETRY_AFTER,
      injected: `${what} POST 429 once, Retry-After: 3600`,
      settings: { rules: [{ method: 'POST', path, status: 429, retryAfter: 3600 }] },
      requests: requests.held,
      faults: 1,
      firstTry: false,
      held: true,
    },
    {
      fault: HUNG,
      injected: `${what} written, then no answer: the POST ends at the ${HANG_TIME_LIMIT_MS} ms time limit`,
      settings: { rules: [{ method: 'POST', path, status: 'hang', afterWrite: true }] },
      requests: requests.hung,
      faults: 1,
      firstTry: false,
      hang: true,
    },
  ];
}

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

export const NOTE_CELLS: WriteCell[] = [
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
  // The 429 (not waited for in the pane), the date, and the note an hour later; after the hang,
  // the second POST is refused (409: the NoteId is taken) and a GET finds the note saved.
  ...heldAndHung('note', NOTES_PATH, { held: 3, hung: 4 }),
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
    // The 412 reads the item again and sends the date on its current etag, in the same flush.
    requests: 4,
    faults: 1,
    firstTry: true,
  },
];

const TASKS_PATH = '/tasks';

/** A follow-up added to the advisor's To Do under every fault the note meets on its way. */
export const TODO_CELLS: WriteCell[] = [
  {
    fault: '429, Retry-After: 1',
    injected: 'task POST 429 once',
    settings: { rules: [{ method: 'POST', path: TASKS_PATH, status: 429, retryAfter: 1 }] },
    requests: 3,
    faults: 1,
    firstTry: true,
  },
  // The lists, the 429, then a GET by the task's key and the POST an hour later; after the hang,
  // the lists, the POST, and the GET that finds the task by its key.
  ...heldAndHung('task', TASKS_PATH, { held: 4, hung: 3 }),
  {
    fault: '503',
    injected: 'task POST 503 once, Retry-After: 5',
    settings: { rules: [{ method: 'POST', path: TASKS_PATH, status: 503, retryAfter: 5 }] },
    requests: 4,
    faults: 1,
    firstTry: false,
  },
  {
    fault: '504 after write',
    injected: 'task created, then 504',
    settings: { rules: [{ method: 'POST', path: TASKS_PATH, status: 504, afterWrite: true }] },
    requests: 3,
    faults: 1,
    firstTry: false,
  },
  {
    fault: 'dropped connection',
    injected: 'task created, then the connection dropped',
    settings: { rules: [{ method: 'POST', path: TASKS_PATH, status: 'drop', afterWrite: true }] },
    requests: 3,
    faults: 1,
    firstTry: false,
  },
];

export const PANE_CLOSED = 'pane closed mid-save';
export const WRONG_SITE = "wrong site (another team's pane)";
export const OTHER_USER = 'other user (shared device)';
export const TWO_PANES = 'two panes flushing together';
export const DB_CLOSED = 'IndexedDB closed under the outbox';

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
  ...new Set([...CARD_CELLS, ...NOTE_CELLS, ...TODO_CELLS].map((c) => c.fault)),
  '412 stale etag',
  PANE_CLOSED,
  WRONG_SITE,
  OTHER_USER,
  TWO_PANES,
  DB_CLOSED,
];
