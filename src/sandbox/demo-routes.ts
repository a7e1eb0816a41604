import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { FaultSettingsError, parseFaultSettings, type FaultInjector } from './faults';
import { graphError, type GraphResponse } from './graph-http';
import { findUser } from './routes/users-routes';
import type { TenantState } from './tenant-model';
import type { TokenService } from './authority/token-service';

/**
 * The demo's own endpoints under /demo (no token needed): sign-in, what the tenant is, the fault
 * and latency controls, and what the requests have cost SharePoint.
 */

/**
 * What the demo's quick sign-in grants: every delegated permission the README lists, as if an
 * admin had consented for the organisation.
 */
export const DEMO_SIGN_IN_SCOPES = [
  'User.Read',
  'User.Read.All',
  'Calendars.Read',
  'Calendars.Read.Shared',
  'Calendars.ReadWrite',
  'Mail.Read',
  'Sites.Read.All',
  'Sites.ReadWrite.All',
  'Sites.Manage.All',
  'Tasks.ReadWrite',
] as const;

/** A delegated permission's name as Microsoft writes it, e.g. `User.Read` or `Calendars.Read.Shared`. */
const scopeName = z.string().regex(/^[A-Za-z]+(\.[A-Za-z]+)+$/);

const tokenRequestSchema = z.object({
  userPrincipalName: z.string().min(1).optional(),
  /** The delegated permissions the token carries (default: `DEMO_SIGN_IN_SCOPES`); may be empty. */
  scopes: z.array(scopeName).optional(),
});

/** What the demo routes need from the server. */
export type DemoContext = {
  state: TenantState;
  tokens: TokenService;
  faults: FaultInjector;
  /** Reads the request body as JSON (undefined when empty); throws for invalid JSON. */
  readJson: (request: IncomingMessage) => Promise<unknown>;
};

type Ids = { requestId: string; clientRequestId: string };

function json(status: number, body: unknown): GraphResponse {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body };
}

function wrongMethod(ids: Ids, allowed: string): GraphResponse {
  return graphError(ids, 405, 'Request_BadRequest', `Use ${allowed}.`);
}

async function token(request: IncomingMessage, ids: Ids, ctx: DemoContext): Promise<GraphResponse> {
  if (request.method !== 'POST') return wrongMethod(ids, 'POST');
  const parsed = tokenRequestSchema.safeParse((await ctx.readJson(request)) ?? {});
  if (!parsed.success)
    return graphError(
      ids,
      400,
      'BadRequest',
      'Body must be { "userPrincipalName"?: string, "scopes"?: string[] } with scopes such as "User.Read".',
    );
  const asked = parsed.data.userPrincipalName ?? ctx.state.signedInUpn;
  const user = findUser(ctx.state, asked);
  if (!user)
    return graphError(
      ids,
      400,
      'BadRequest',
      `No user ${parsed.data.userPrincipalName ?? ''} in this tenant.`,
    );
  const scopes = [...new Set(parsed.data.scopes ?? DEMO_SIGN_IN_SCOPES)];
  // A real signed JWT from the authority's key, carrying the claims an Entra ID token would.
  const issued = ctx.tokens.issue(user, scopes);
  return json(200, {
    token_type: 'Bearer',
    access_token: issued.token,
    expires_in: issued.expiresIn,
    scope: scopes.join(' '),
  });
}

async function faults(request: IncomingMessage, ids: Ids, ctx: DemoContext): Promise<GraphResponse> {
  switch (request.method) {
    case 'GET':
      return json(200, ctx.faults.snapshot());
    case 'DELETE':
      ctx.faults.reset();
      return json(200, ctx.faults.snapshot());
    case 'POST':
      try {
        ctx.faults.configure(parseFaultSettings(await ctx.readJson(request)));
      } catch (error) {
        if (error instanceof FaultSettingsError) return graphError(ids, 400, 'BadRequest', error.message);
        throw error;
      }
      return json(200, ctx.faults.snapshot());
    default:
      return wrongMethod(ids, 'GET, POST or DELETE');
  }
}

/** SharePoint resource units the Graph requests have cost since the start or the last reset. */
function usage(request: IncomingMessage, ids: Ids, ctx: DemoContext): GraphResponse {
  if (request.method === 'DELETE') ctx.faults.usage.reset();
  else if (request.method !== 'GET') return wrongMethod(ids, 'GET or DELETE');
  return json(200, ctx.faults.usage.snapshot());
}

/** Answers a request under /demo. */
export async function handleDemo(
  request: IncomingMessage,
  pathname: string,
  ids: Ids,
  ctx: DemoContext,
): Promise<GraphResponse> {
  switch (pathname) {
    case '/demo/token':
      return token(request, ids, ctx);
    case '/demo/tenant':
      if (request.method !== 'GET') return wrongMethod(ids, 'GET');
      return json(200, {
        organisation: ctx.state.organisation,
        signedInUser: ctx.state.signedInUpn,
        timeZone: ctx.state.timeZone,
      });
    case '/demo/faults':
      return faults(request, ids, ctx);
    case '/demo/usage':
      return usage(request, ids, ctx);
    default:
      return graphError(ids, 404, 'NotFound', `No demo endpoint ${pathname}.`);
  }
}
