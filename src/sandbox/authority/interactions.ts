import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import type { TenantState } from '../tenant-model';
import type { AppRegistration } from './authority';
import type { ConsentBook } from './consent-book';
import { GRAPH_RESOURCE, describePermission, needsAdminConsent } from './graph-permissions';
import { accountPicker, adminApprovalNeeded, consentPrompt, sendPage } from './sign-in-pages';

/**
 * The sign-in and consent steps of an authorization request (oidc-provider's "interactions"):
 * GET shows the page, POST records the choice and resumes the request. Permissions that only an
 * administrator may grant end in "Need admin approval" and access_denied, as in Entra ID.
 */

type Context = {
  provider: Provider;
  state: TenantState;
  apps: ReadonlyMap<string, AppRegistration>;
  consents: ConsentBook;
  /** `{uid}` (GET) or `{uid}/submit` (POST). */
  path: string;
};

const OIDC_WORDS: Record<string, string> = {
  openid: 'Sign you in',
  profile: 'View your basic profile',
  email: 'View your email address',
  offline_access: 'Maintain access to data you have given it access to',
};

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > 16 * 1024) break;
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function redirectOrigins(app: AppRegistration | undefined): string[] {
  return (app?.redirectUris ?? []).flatMap((uri) => {
    try {
      return [new URL(uri).origin];
    } catch {
      return [];
    }
  });
}

/** Answers `/{tenant}/oauth2/v2.0/interaction/…`. */
export async function handleInteraction(
  request: IncomingMessage,
  response: ServerResponse,
  ctx: Context,
): Promise<void> {
  let details;
  try {
    details = await ctx.provider.interactionDetails(request, response);
  } catch {
    sendPage(
      response,
      'Sign in',
      '<h1>This sign-in has expired</h1><p>Go back to the app and sign in again.</p>',
      [],
      400,
    );
    return;
  }
  const clientId = typeof details.params['client_id'] === 'string' ? details.params['client_id'] : '';
  const app = ctx.apps.get(clientId);
  const appName = app?.displayName ?? clientId;
  const action = `${new URL(request.url ?? '/', 'http://x').pathname.replace(/\/submit$/, '')}/submit`;
  const targets = redirectOrigins(app);
  const submitted = request.method === 'POST' ? await readForm(request) : undefined;

  if (details.prompt.name === 'login') {
    if (submitted !== undefined) {
      const user = ctx.state.users.find((u) => u.id === submitted.get('account'));
      if (user !== undefined) {
        await ctx.provider.interactionFinished(
          request,
          response,
          { login: { accountId: user.id } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
    }
    const hint = details.params['login_hint'];
    sendPage(
      response,
      'Sign in to your account',
      accountPicker({
        organisation: ctx.state.organisation.displayName,
        appName,
        action,
        accounts: ctx.state.users,
        loginHint: typeof hint === 'string' ? hint : undefined,
      }),
      targets,
    );
    return;
  }

  const accountId = details.session?.accountId ?? '';
  const missing = details.prompt.details as {
    missingOIDCScope?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  const graphScopes = missing.missingResourceScopes?.[GRAPH_RESOURCE] ?? [];
  const adminOnly = graphScopes.filter(needsAdminConsent);
  if (submitted !== undefined) {
    if (submitted.get('decision') !== 'accept' || adminOnly.length > 0) {
      await ctx.provider.interactionFinished(
        request,
        response,
        adminOnly.length > 0
          ? {
              error: 'access_denied',
              error_description: `AADSTS65001: The user or administrator has not consented to use the application with ID '${clientId}'. Send an interactive authorization request for this user and resource.`,
            }
          : {
              error: 'access_denied',
              error_description: 'AADSTS65004: User declined to consent to access the app.',
            },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const existing = details.grantId ?? ctx.consents.grantIdFor(accountId, clientId);
    const grant =
      (existing === undefined ? undefined : await ctx.provider.Grant.find(existing)) ??
      new ctx.provider.Grant({ accountId, clientId });
    // offline_access too: Entra ID grants it with the app (OpenID Connect drops it without prompt=consent).
    grant.addOIDCScope([...(missing.missingOIDCScope ?? []), 'offline_access'].join(' '));
    if (graphScopes.length > 0) grant.addResourceScope(GRAPH_RESOURCE, graphScopes.join(' '));
    const grantId = await grant.save();
    ctx.consents.remember(accountId, clientId, grantId);
    await ctx.provider.interactionFinished(
      request,
      response,
      { consent: { grantId } },
      { mergeWithLastSubmission: true },
    );
    return;
  }
  if (adminOnly.length > 0) {
    sendPage(
      response,
      'Need admin approval',
      adminApprovalNeeded({ appName, action, permissions: adminOnly.map(describePermission) }),
      targets,
    );
    return;
  }
  const user = ctx.state.users.find((u) => u.id === accountId);
  sendPage(
    response,
    'Permissions requested',
    consentPrompt({
      appName,
      user: user?.userPrincipalName ?? '',
      action,
      permissions: [
        ...(missing.missingOIDCScope ?? []).map((s) => OIDC_WORDS[s] ?? s),
        ...graphScopes.map(describePermission),
      ],
    }),
    targets,
  );
}
