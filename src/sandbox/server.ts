import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createAuthority, type AppRegistration, type Authority } from './authority/authority';
import { SigningKeys } from './authority/signing-keys';
import { TokenService } from './authority/token-service';
import { handleDemo } from './demo-routes';
import { DroppedConnection, FaultInjector, parseFaultSettings, type FaultSettings } from './faults';
import {
  GRAPH_JSON_CONTENT_TYPE,
  graphError,
  newRequestId,
  type GraphRequest,
  type GraphResponse,
} from './graph-http';
import { dispatchGraph, type GraphContext } from './graph-router';
import { applyPersistedState, snapshotState } from './list-persistence';
import { createStateWriter, loadPersistedState } from './persistence';
import { resolveTenant } from './resolve-tenant';
import { generateSeedTenant } from './seed/generate-seed-tenant';
import { serveStatic } from './static-files';
import type { TenantState } from './tenant-model';
import { parseTenantSpec, type TenantSpec } from './tenant-spec';

/**
 * The demo tenant: a local HTTP(S) server speaking a Microsoft Graph v1.0 subset at /graph/v1.0,
 * its Entra ID (an OpenID Connect authority at `/{tenant}/oauth2/v2.0/…`), a demo quick sign-in
 * at /demo, and optionally the built app at '/'. It imports nothing from the app's own
 * folders: it stands in for Microsoft's service, so the app is tested against a contract, not itself.
 */

export type TenantServerOptions = {
  /** 0 = a random free port. @default 3000 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** When set, this folder is served at '/' (index.html for '/'). */
  staticDir?: string;
  /** @default generateSeedTenant(now()) */
  tenant?: TenantSpec;
  /** Where user writes persist (state.json); null keeps them in memory only. @default '.demo-data' */
  dataDir?: string | null;
  /** Clock; relative times in the tenant resolve against it at start. @default () => new Date() */
  now?: () => Date;
  /** Latency and fault rules to start with (`POST /demo/faults` changes them, `DELETE` restores these). */
  faults?: FaultSettings;
  log?: (line: string) => void;
  /** Serve https with this certificate (MSAL accepts only an https authority). */
  tls?: { key: string | Buffer; cert: string | Buffer };
  /** Wall clock for token lifetimes (tests move it to expire tokens). @default Date.now */
  tokenClock?: () => number;
};

export type TenantServer = {
  /** `http://localhost:PORT`, or `https://…` with `tls`. */
  url: string;
  /** `${url}/graph/v1.0` */
  graphBaseUrl: string;
  /** The tenant's authority for MSAL, `${url}/{tenant id}`. */
  authority: string;
  /** The tenant (directory) id. */
  tenantId: string;
  close(): Promise<void>;
};

/** The tenant's app registrations, `{origin}` in a redirect URI read as the server's own origin. */
function appRegistrations(state: TenantState, origin: string): AppRegistration[] {
  return state.applications.map((app) => ({
    displayName: app.displayName,
    clientId: app.clientId,
    redirectUris: app.spaRedirectUris.map((uri) => uri.replace('{origin}', origin)),
    adminConsent: app.adminConsent ?? [],
  }));
}

const GRAPH_PREFIX = '/graph/v1.0';
const MAX_BODY_BYTES = 4 * 1024 * 1024;

const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers':
    'Authorization, Content-Type, Prefer, ConsistencyLevel, If-Match, client-request-id',
  'Access-Control-Expose-Headers':
    'Retry-After, Location, Preference-Applied, request-id, client-request-id, ETag',
  'Access-Control-Max-Age': '600',
};

class BodyError extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyError('Request body too large.');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError(
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    );
  }
}

function send(
  response: ServerResponse,
  result: GraphResponse,
  ids: { requestId: string; clientRequestId: string },
): void {
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    ...result.headers,
    'request-id': ids.requestId,
    'client-request-id': ids.clientRequestId,
    'Cache-Control': 'no-cache',
  };
  if (result.body === null || result.body === undefined) {
    response.writeHead(result.status, headers);
    response.end();
    return;
  }
  response.writeHead(result.status, headers);
  response.end(JSON.stringify(result.body));
}

function lowerHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** Starts the demo tenant; resolves once it is listening. Rejects when the port is taken. */
export async function startTenantServer(options: TenantServerOptions = {}): Promise<TenantServer> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const spec = parseTenantSpec(options.tenant ?? generateSeedTenant(now()));
  const state = resolveTenant(spec, now());
  const dataDir = options.dataDir === undefined ? '.demo-data' : options.dataDir;
  if (dataDir !== null) applyPersistedState(state, await loadPersistedState(dataDir, log), log);
  const write = dataDir === null ? null : createStateWriter(dataDir);
  const persist = (): Promise<void> => (write ? write(snapshotState(state)) : Promise.resolve());
  const faults = new FaultInjector(parseFaultSettings(options.faults ?? {}));
  const keys = new SigningKeys();
  const scheme = options.tls === undefined ? 'http' : 'https';
  // Both need the origin, known once the server listens.
  const runtime: { ready?: { ctx: GraphContext; authority: Authority } } = {};
  const readJson = async (request: IncomingMessage): Promise<unknown> =>
    parseJsonBody(await readBody(request));

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (runtime.ready === undefined) throw new Error('The demo tenant is not listening yet.');
    const { ctx, authority } = runtime.ready;
    const { tokens } = ctx;
    const headers = lowerHeaders(request);
    const host = headers['host'] ?? 'localhost';
    const url = new URL(request.url ?? '/', `${scheme}://${host}`);
    if (authority.handles(url.pathname)) {
      await authority.handle(request, response);
      return;
    }
    const ids = {
      requestId: newRequestId(),
      clientRequestId: headers['client-request-id'] ?? newRequestId(),
    };
    const isApi = /^\/(graph|demo)(\/|$)/.test(url.pathname);
    if (!isApi) {
      if (options.staticDir) await serveStatic(options.staticDir, request, response, url.pathname);
      else {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Not found');
      }
      return;
    }
    if (request.method === 'OPTIONS') {
      send(response, { status: 204, headers: {}, body: null }, ids);
      return;
    }
    try {
      if (url.pathname.startsWith('/demo/')) {
        send(
          response,
          await handleDemo(request, url.pathname, ids, { state, tokens, faults, readJson, persist }),
          ids,
        );
        return;
      }
      if (url.pathname !== GRAPH_PREFIX && !url.pathname.startsWith(`${GRAPH_PREFIX}/`)) {
        const version = url.pathname.split('/')[2] ?? '';
        send(response, graphError(ids, 400, 'BadRequest', `Invalid version: ${version}`), ids);
        return;
      }
      const graphRequest: GraphRequest = {
        method: (request.method ?? 'GET').toUpperCase(),
        path: url.pathname.slice(GRAPH_PREFIX.length),
        query: url.searchParams,
        headers,
        body: parseJsonBody(await readBody(request)),
        baseUrl: `${scheme}://${host}${GRAPH_PREFIX}`,
        ...ids,
        inBatch: false,
      };
      await faults.beforeHttpRequest();
      send(response, await faults.apply(graphRequest, () => dispatchGraph(graphRequest, ctx)), ids);
    } catch (error) {
      if (error instanceof DroppedConnection) response.socket?.destroy();
      else if (error instanceof BodyError)
        send(response, graphError(ids, 400, 'BadRequest', error.message), ids);
      else {
        log(
          `Request ${request.method ?? ''} ${url.pathname} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        send(
          response,
          graphError(ids, 500, 'InternalServerError', 'An internal server error occurred.'),
          ids,
        );
      }
    }
  };

  const listener = (request: IncomingMessage, response: ServerResponse): void => {
    handle(request, response).catch((error: unknown) => {
      log(`Unhandled: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  };
  const server =
    options.tls === undefined ? createServer(listener) : createHttpsServer(options.tls, listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `${scheme}://localhost:${port}`;
  const authority = createAuthority({
    origin: url,
    state,
    applications: appRegistrations(state, url),
    keys,
  });
  const tokens = new TokenService(keys, authority.issuer, state.tenantId, options.tokenClock);
  runtime.ready = { ctx: { state, tokens, now, persist, faults, log }, authority };
  return {
    url,
    graphBaseUrl: `${url}${GRAPH_PREFIX}`,
    authority: `${url}/${state.tenantId}`,
    tenantId: state.tenantId,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Content type Graph JSON responses carry, re-exported for tests. */
export { GRAPH_JSON_CONTENT_TYPE };
