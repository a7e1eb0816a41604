import { createHash, randomBytes } from 'node:crypto';
import { request as httpsRequest } from 'node:https';
import { developmentCertificate } from '../../../src/sandbox/dev-certificate';
import { DEMO_CLIENT_ID, DEMO_USER_UPN } from '../../../src/sandbox/seed';
import { startTenantServer, type TenantServer, type TenantServerOptions } from '../../../src/sandbox/server';

/**
 * Drives the demo tenant's authority as a browser would, over https with the development
 * certificate: a cookie jar, manual redirects, PKCE.
 */

/** An answer, read whole. */
export type Reply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  header(name: string): string | undefined;
  // reason: tests name the JSON shape they read; the cast is the point.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  json<T = Record<string, unknown>>(): T;
};

export type Browser = {
  server: TenantServer;
  /** GET or POST on the tenant, keeping cookies; redirects are returned, not followed. */
  request(
    url: string,
    init?: { method?: string; form?: Record<string, string>; origin?: string },
  ): Promise<Reply>;
};

let ca: Buffer | undefined;

/** Starts an https tenant (seeded, memory only) on a random port. */
export async function startHttpsTenant(options: TenantServerOptions = {}): Promise<TenantServer> {
  const certificate = await developmentCertificate();
  ca = certificate.ca;
  return startTenantServer({
    port: 0,
    dataDir: null,
    tls: { key: certificate.key, cert: certificate.cert },
    ...options,
  });
}

/** An https request that trusts the development CA (Node's fetch cannot be given a CA). */
export function send(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      url,
      { method: init.method ?? 'GET', headers: init.headers ?? {}, ca },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const headers = res.headers;
          resolve({
            status: res.statusCode ?? 0,
            headers,
            text,
            header: (name) => {
              const value = headers[name.toLowerCase()];
              return Array.isArray(value) ? value.join(', ') : value;
            },
            // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- reason: as above
            json: <T>() => JSON.parse(text) as T,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

export function browser(server: TenantServer): Browser {
  const jar = new Map<string, string>();
  return {
    server,
    request: async (url, init = {}) => {
      const headers: Record<string, string> = {};
      if (jar.size > 0) headers['Cookie'] = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
      if (init.origin !== undefined) headers['Origin'] = init.origin;
      let body: string | undefined;
      if (init.form !== undefined) {
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
        body = new URLSearchParams(init.form).toString();
      }
      const response = await send(new URL(url, server.url).href, {
        method: init.method ?? (body === undefined ? 'GET' : 'POST'),
        headers,
        ...(body === undefined ? {} : { body }),
      });
      const setCookie = response.headers['set-cookie'] ?? [];
      for (const cookie of Array.isArray(setCookie) ? setCookie : [setCookie]) {
        const [pair = ''] = cookie.split(';');
        const at = pair.indexOf('=');
        const name = pair.slice(0, at);
        const value = pair.slice(at + 1);
        if (value === '' || /expires=Thu, 01 Jan 1970/i.test(cookie)) jar.delete(name);
        else jar.set(name, value);
      }
      return response;
    },
  };
}

/** A PKCE verifier and its S256 challenge. */
export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The claims of a JWT (unverified: tests read what the authority put in). */
export function claimsOf(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

export const REDIRECT = (server: TenantServer) => `${server.url}/auth-redirect.html`;

/** The query of an authorization request for Home Turf asking for `scope`. */
export function authorizeUrl(
  server: TenantServer,
  scope: string,
  challenge: string,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams({
    client_id: DEMO_CLIENT_ID,
    response_type: 'code',
    redirect_uri: REDIRECT(server),
    scope,
    state: 'st',
    nonce: 'n0',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    response_mode: 'fragment',
    ...extra,
  });
  return `${server.authority}/oauth2/v2.0/authorize?${params.toString()}`;
}

/** Follows redirects on the tenant's own origin until a page or the app's redirect URI. */
export async function follow(b: Browser, response: Reply): Promise<Reply | URL> {
  let current = response;
  for (let hops = 0; hops < 10; hops += 1) {
    const location = current.header('location');
    if (current.status < 300 || current.status >= 400 || location === undefined) return current;
    const next = new URL(location, b.server.url);
    if (next.href.startsWith(REDIRECT(b.server))) return next;
    current = await b.request(next.href);
  }
  throw new Error('Too many redirects.');
}

/** The fields of a form post redirect's fragment (or query). */
export function responseParams(url: URL): URLSearchParams {
  return new URLSearchParams(url.hash.length > 1 ? url.hash.slice(1) : url.search);
}

const formAction = (reply: Reply) => /<form method="post" action="([^"]+)"/.exec(reply.text)?.[1] ?? '';
const accountOf = (reply: Reply, upn: string) =>
  new RegExp(`value="([^"]+)"[^>]*>[^<]*<small>${upn.replace(/\./g, '\\.')}<`).exec(reply.text)?.[1] ?? '';

export type AuthorizeSteps = {
  /** The account to pick. @default DEMO_USER_UPN */
  upn?: string;
  /** The answer to a consent prompt. @default 'accept' */
  consent?: 'accept' | 'cancel';
  /** Collects the pages shown: 'account', 'consent', 'admin'. */
  seen?: string[];
  /** More authorization request parameters (login_hint, prompt). */
  extra?: Record<string, string>;
};

/** Runs an authorization request to its end: the picked account, consent when asked; the redirect. */
export async function authorizeToEnd(
  b: Browser,
  scope: string,
  challenge: string,
  steps: AuthorizeSteps = {},
): Promise<URL> {
  let reply = await follow(b, await b.request(authorizeUrl(b.server, scope, challenge, steps.extra)));
  for (let step = 0; step < 4 && !(reply instanceof URL); step += 1) {
    if (reply.text.includes('Pick an account')) {
      steps.seen?.push('account');
      reply = await b.request(formAction(reply), {
        form: { account: accountOf(reply, steps.upn ?? DEMO_USER_UPN) },
      });
    } else if (reply.text.includes('Permissions requested') || reply.text.includes('Need admin approval')) {
      steps.seen?.push(reply.text.includes('Need admin approval') ? 'admin' : 'consent');
      reply = await b.request(formAction(reply), { form: { decision: steps.consent ?? 'accept' } });
    } else throw new Error(`Unexpected page: ${String(reply.status)} ${reply.text.slice(0, 300)}`);
    reply = await follow(b, reply);
  }
  if (!(reply instanceof URL)) throw new Error('The authorization request did not come back to the app.');
  return reply;
}

/** Redeems an authorization code at the token endpoint, as the app on `origin` does. */
export function redeemCode(
  server: TenantServer,
  code: string,
  verifier: string,
  options: { origin?: string; scope?: string } = {},
): Promise<Reply> {
  return send(`${server.authority}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: options.origin ?? server.url },
    body: new URLSearchParams({
      client_id: DEMO_CLIENT_ID,
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: REDIRECT(server),
      scope: options.scope ?? 'User.Read openid profile offline_access',
    }).toString(),
  });
}
