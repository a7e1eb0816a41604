import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { FaultSettingsError, parseFaultSettings, type FaultInjector } from './faults';
import { graphError, type GraphResponse } from './graph-http';
import { findUserByAnyName } from './routes/users-routes';
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
  /** Writes the tenant's changes to disk (a no-op without a data dir). */
  persist: () => Promise<void>;
};

const renameSchema = z.object({ displayName: z.string().trim().min(1).max(255) });

/**
 * `PATCH /demo/sites/{site-id}/lists/{list-id}` `{ "displayName": "…" }`: a team member renaming a
 * list in SharePoint's list settings (Graph v1.0 documents no way to update a list). The list keeps
 * its id and internal name; its old title no longer finds it.
 */
async function renameList(
  request: IncomingMessage,
  ids: Ids,
  ctx: DemoContext,
  siteId: string,
  listId: string,
): Promise<GraphResponse> {
  if (request.method !== 'PATCH') return wrongMethod(ids, 'PATCH');
  const site = ctx.state.sites.find((candidate) => candidate.id === siteId.toLowerCase());
  const list = site?.lists.find((candidate) => candidate.id === listId.toLowerCase());
  if (!site || !list) return graphError(ids, 404, 'itemNotFound', 'The specified list was not found.');
  const parsed = renameSchema.safeParse((await ctx.readJson(request)) ?? {});
  if (!parsed.success)
    return graphError(
      ids,
      400,
      'BadRequest',
      'Body must be { "displayName": string } (1 to 255 characters).',
    );
  const title = parsed.data.displayName;
  const clash = site.lists.some(
    (other) => other !== list && other.displayName.toLowerCase() === title.toLowerCase(),
  );
  if (clash)
    return graphError(ids, 409, 'nameAlreadyExists', `Another list in this site is titled ${title}.`);
  list.displayName = title;
  await ctx.persist();
  return json(200, { id: list.id, name: list.name, displayName: list.displayName });
}

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
  const user = findUserByAnyName(ctx.state, asked);
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
  const rename = /^\/demo\/sites\/([^/]+)\/lists\/([^/]+)$/.exec(pathname);
  if (rename) {
    let siteId: string;
    try {
      siteId = decodeURIComponent(rename[1] ?? '');
    } catch {
      return graphError(ids, 404, 'itemNotFound', 'Requested site could not be found');
    }
    return renameList(request, ids, ctx, siteId, rename[2] ?? '');
  }
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
