import {
  InteractionRequiredAuthError,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type AccountInfo,
  type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { TokenProvider } from './demo-sign-in';

export type SignInConfig = {
  /** Application (client) id of the Entra app registration. */
  clientId: string;
  /** Tenant id or domain, or `organizations`. */
  tenantId: string;
  /** A hint from the host (Office's or Teams' signed-in user), so no account picker shows. */
  loginHint?: string;
};

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
 * MSAL configuration: the tenant's authority, and tokens cached in session storage (cleared when
 * the pane closes, never in localStorage; with nested app authentication the host holds the
 * refresh token anyway).
 */
export function msalConfiguration(config: SignInConfig, redirectUri?: string): Configuration {
  return {
    auth: {
      clientId: config.clientId,
      authority: `https://login.microsoftonline.com/${config.tenantId}`,
      ...(redirectUri === undefined ? {} : { redirectUri }),
    },
    cache: { cacheLocation: 'sessionStorage' },
  };
}

/**
 * Sign-in with MSAL: nested app authentication when the host supports it (Outlook with
 * NestedAppAuth 1.1, Teams once initialised: the host brokers the token, no popup of our own),
 * otherwise a standard browser flow. Each token is asked for silently first; only when the user
 * must act (consent to a new scope, a password prompt) does a popup open. Scopes are asked for as
 * each request needs them, so consent to a write scope is asked the first time a write happens.
 */
export async function createMsalSignIn(
  config: SignInConfig,
  options: { nested: boolean; redirectUri?: string; create?: CreateApplication },
): Promise<TokenProvider> {
  const pca = await (options.create ?? createApplication)(
    msalConfiguration(config, options.redirectUri),
    options.nested,
  );
  if (!options.nested) await pca.initialize();
  let account: AccountInfo | null = pca.getAllAccounts()[0] ?? null;

  const interactive = async (scopes: string[]): Promise<string> => {
    const result = await pca.acquireTokenPopup({
      scopes,
      ...(config.loginHint === undefined ? {} : { loginHint: config.loginHint }),
    });
    account = result.account;
    return result.accessToken;
  };

  return async (requested, tokenOptions) => {
    const scopes = [...requested];
    try {
      if (account === null) {
        // No account yet: the host's session (or the browser's) may sign in without a prompt.
        const result = await pca.ssoSilent({
          scopes,
          ...(config.loginHint === undefined ? {} : { loginHint: config.loginHint }),
        });
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
}
