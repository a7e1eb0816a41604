import {
  InteractionRequiredAuthError,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type AccountInfo,
  type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { tokenProvider, type TokenProvider } from './token-provider';

export type SignInConfig = {
  /** Application (client) id of the Entra app registration. */
  clientId: string;
  /** Tenant id or domain, or `organizations`. */
  tenantId: string;
  /** Microsoft Entra ID's host in the tenant's cloud, e.g. https://login.microsoftonline.com. */
  authorityHost: string;
  /** The authority is not Microsoft's (the demo tenant): MSAL takes it as given. */
  knownAuthority?: boolean;
  /** A hint from the host (Office's or Teams' signed-in user), so no account picker shows. */
  loginHint?: string;
};

/**
 * The page MSAL's popups, silent frames and redirects come back to: it runs MSAL's redirect bridge
 * (`src/app/auth-redirect`), which hands the answer to the window that asked. Registered as a
 * single-page application redirect URI in the app registration (README).
 */
export const REDIRECT_BRIDGE_PAGE = 'auth-redirect.html';

/** Only MSAL's own entry points touch the network; tests hand in a fake application. */
export type CreateApplication = (
  configuration: Configuration,
  nested: boolean,
) => Promise<IPublicClientApplication>;

const createApplication: CreateApplication = (configuration, nested) =>
  nested
    ? createNestablePublicClientApplication(configuration)
    : createStandardPublicClientApplication(configuration);

/**
 * MSAL configuration: the tenant's authority in its cloud, the redirect bridge on `origin`, and
 * tokens cached in session storage (cleared when the pane closes, never in localStorage; with
 * nested app authentication the host holds the refresh token anyway).
 */
export function msalConfiguration(config: SignInConfig, origin: string): Configuration {
  const host = new URL(config.authorityHost);
  return {
    auth: {
      clientId: config.clientId,
      authority: `${host.origin}/${config.tenantId}`,
      // Microsoft's own hosts are looked up in MSAL's cloud discovery; another is taken as given.
      ...(config.knownAuthority === true ? { knownAuthorities: [host.host] } : {}),
      redirectUri: `${origin}/${REDIRECT_BRIDGE_PAGE}`,
    },
    cache: { cacheLocation: 'sessionStorage' },
  };
}

export type MsalSignInOptions = {
  /** Nested app authentication: the host (Outlook, Teams) brokers every token. */
  nested: boolean;
  /** The origin the redirect bridge is on. @default location.origin */
  origin?: string;
  /**
   * How the first sign-in shows when the user must act: `popup` (a pane or tab, whose page must
   * stay), or `redirect` (a page of its own in the browser: the page goes to the sign-in and comes
   * back, and no popup blocker stands in the way). Later prompts (consent to a write scope, asked
   * when the advisor saves) are popups either way, so nothing typed is lost.
   * @default 'popup'
   */
  firstSignIn?: 'popup' | 'redirect';
  /** The page a redirect sign-in comes back to. @default location.href */
  startPage?: string;
  create?: CreateApplication;
};

/**
 * Sign-in with MSAL: nested app authentication when the host supports it (Outlook with
 * NestedAppAuth 1.1, Teams where it recommends it: the host brokers the token, no popup of our
 * own), otherwise a standard browser flow. Each token is asked for silently first; only when the
 * user must act (consent to a new scope, a password prompt) does a popup open. Scopes are asked
 * for as each request needs them, so consent to a write scope is asked the first time a write
 * happens.
 */
export async function createMsalSignIn(
  config: SignInConfig,
  options: MsalSignInOptions,
): Promise<TokenProvider> {
  const origin = options.origin ?? globalThis.location.origin;
  const pca = await (options.create ?? createApplication)(msalConfiguration(config, origin), options.nested);
  let account: AccountInfo | null = null;
  if (!options.nested) {
    await pca.initialize();
    // Back from a redirect sign-in: its result is this page's account.
    account = (await pca.handleRedirectPromise())?.account ?? null;
  }
  account ??= pca.getAllAccounts()[0] ?? null;
  const hint = config.loginHint === undefined ? {} : { loginHint: config.loginHint };

  const interactive = async (scopes: string[]): Promise<string> => {
    if (account === null && options.firstSignIn === 'redirect') {
      await pca.acquireTokenRedirect({
        scopes,
        ...hint,
        redirectStartPage: options.startPage ?? globalThis.location.href,
      });
      // The page is leaving for the sign-in; it starts again when it comes back.
      return new Promise<never>(() => undefined);
    }
    const result = await pca.acquireTokenPopup({ scopes, ...hint });
    account = result.account;
    return result.accessToken;
  };

  const get = async (requested: readonly string[], tokenOptions?: { forceRefresh?: boolean }) => {
    const scopes = [...requested];
    try {
      if (account === null) {
        // No account yet: the host's session (or the browser's) may sign in without a prompt.
        const result = await pca.ssoSilent({ scopes, ...hint });
        account = result.account;
        return result.accessToken;
      }
      const result = await pca.acquireTokenSilent({
        scopes,
        account,
        forceRefresh: tokenOptions?.forceRefresh === true,
      });
      return result.accessToken;
    } catch (error) {
      if (error instanceof InteractionRequiredAuthError || account === null) return interactive(scopes);
      throw error;
    }
  };
  // MSAL's cache for the account is emptied on this device; no request leaves for the authority.
  const forget = async () => {
    if (account !== null) await pca.clearCache({ account });
    account = null;
  };
  return tokenProvider(get, forget);
}
