import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTenantServer, type TenantServer, type TenantServerOptions } from '../../../src/sandbox/server';
import type { TenantSpec } from '../../../src/sandbox/tenant-spec';

/** Wednesday 25 November 2026, 10:20 in London (GMT, so UTC too). */
export const FIXED_NOW = new Date('2026-11-25T10:20:00Z');

/** A running demo tenant plus a signed-in fetch helper. */
export type Harness = {
  server: TenantServer;
  token: string;
  /** GET/POST a Graph path (relative to /graph/v1.0) as the signed-in user. */
  graph(path: string, init?: RequestInit): Promise<Response>;
  /** Same, parsed as JSON. */
  // reason: tests name the Graph JSON shape they assert on; the cast is the point of the helper.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  graphJson<T = Record<string, unknown>>(
    path: string,
    init?: RequestInit,
  ): Promise<{ status: number; body: T; headers: Headers }>;
};

/**
 * Issues a demo token for `upn` (default: the tenant's signed-in user) carrying `scopes` (default:
 * every permission the demo's sign-in grants).
 */
export async function signIn(
  server: TenantServer,
  upn?: string,
  scopes?: readonly string[],
): Promise<string> {
  const response = await fetch(`${server.url}/demo/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...(upn ? { userPrincipalName: upn } : {}), ...(scopes ? { scopes } : {}) }),
  });
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

/** Starts a memory-only server at a fixed clock on a random port and signs in. */
export async function startHarness(options: TenantServerOptions = {}): Promise<Harness> {
  const server = await startTenantServer({ port: 0, dataDir: null, now: () => FIXED_NOW, ...options });
  const token = await signIn(server);
  const graph = (path: string, init: RequestInit = {}): Promise<Response> =>
    fetch(`${server.graphBaseUrl}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string> | undefined) },
    });
  return {
    server,
    token,
    graph,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- reason: as above
    graphJson: async <T>(path: string, init?: RequestInit) => {
      const response = await graph(path, init);
      return { status: response.status, body: (await response.json()) as T, headers: response.headers };
    },
  };
}

/** A Graph collection page. */
export type Page<T = Record<string, unknown>> = {
  value: T[];
  '@odata.nextLink'?: string;
  '@odata.context': string;
  '@odata.count'?: number;
};

/** A Graph error body. */
export type GraphErrorBody = { error: { code: string; message: string; innerError: Record<string, string> } };

/** Shape of the event fields tests read. */
export type EventJson = {
  '@odata.etag': string;
  id: string;
  iCalUId: string;
  subject: string;
  type: string;
  seriesMasterId: string | null;
  isAllDay: boolean;
  isCancelled: boolean;
  isOrganizer: boolean;
  showAs: string;
  sensitivity: string;
  originalStartTimeZone: string;
  bodyPreview: string;
  body: { contentType: string; content: string };
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  responseStatus: { response: string; time: string };
  organizer: { emailAddress: { name: string; address?: string } };
  attendees: Array<{
    type: string;
    status: { response: string };
    emailAddress: { name: string; address?: string };
  }>;
  recurrence: unknown;
};

/** The seeded three-week window (Monday 16 Nov to Monday 7 Dec 2026) around FIXED_NOW. */
export const SEED_WINDOW = { start: '2026-11-16T00:00:00Z', end: '2026-12-07T00:00:00Z' };

/** Every event of a calendarView window, following nextLinks. */
export async function allEvents(
  harness: Harness,
  start: string,
  end: string,
  extra = '',
  headers: Record<string, string> = {},
): Promise<EventJson[]> {
  const events: EventJson[] = [];
  let url: string | undefined =
    `${harness.server.graphBaseUrl}/me/calendarView?startDateTime=${start}&endDateTime=${end}&$top=1000${extra}`;
  while (url) {
    const response: Response = await fetch(url, {
      headers: { Authorization: `Bearer ${harness.token}`, ...headers },
    });
    const page = (await response.json()) as Page<EventJson>;
    events.push(...page.value);
    url = page['@odata.nextLink'];
  }
  return events;
}

/** Host and path of the test tenant's site. */
export const TEST_SITE = { hostname: 'contoso.sharepoint.com', path: '/sites/comms' };

/** The test site in Graph's path form, ready for `/lists/…` to follow. */
export const SITE = `/sites/${TEST_SITE.hostname}:${TEST_SITE.path}:`;

/** The test tenant's people: Ana is signed in; the others are her clients and colleagues. */
export const PEOPLE = {
  ana: 'ana@contoso.example',
  ben: 'ben@contoso.example',
  cleo: 'cleo@contoso.example',
  dev: 'dev@contoso.example',
};

/** A small tenant (four people, no events) with the given sites and messages. */
export function testTenant(parts: Pick<TenantSpec, 'sites' | 'messages'> = {}): TenantSpec {
  return {
    organisation: { displayName: 'Contoso', domains: ['contoso.example'] },
    timeZone: 'Europe/London',
    signedInUser: PEOPLE.ana,
    users: [
      { displayName: 'Ana Lima', mail: PEOPLE.ana, department: 'Communications' },
      { displayName: 'Ben Ode', mail: PEOPLE.ben, department: 'HR' },
      { displayName: "Cleo O'Brien", mail: PEOPLE.cleo, department: 'Finance' },
      { displayName: 'Dev Rao', mail: PEOPLE.dev, department: 'IT' },
    ],
    events: [],
    ...parts,
  };
}

/** POST/PATCH/DELETE with a JSON body through the harness. */
export function sendJson(
  harness: Harness,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return harness.graph(path, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** A fresh temporary folder for the file's tests (a data dir, say), deleted after them. */
export function tempDirFixture(prefix: string): { readonly path: string } {
  let made: string | undefined;
  beforeAll(async () => {
    made = await mkdtemp(path.join(tmpdir(), `home-turf-${prefix}-`));
  });
  afterAll(() => (made === undefined ? undefined : rm(made, { recursive: true, force: true })));
  return {
    get path() {
      if (made === undefined) throw new Error('The temporary folder is used before its beforeAll ran.');
      return made;
    },
  };
}
