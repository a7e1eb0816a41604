import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { msalConfiguration, type SignInConfig } from './msal-sign-in';
import type { SignInWindowReply } from './sign-in-window';

/**
 * The standard MSAL sign-in that runs inside a sign-in window (Office's dialog, Teams'
 * authentication window): the first visit goes to the authority by redirect; the authority comes
 * back to the redirect bridge, which returns to this same page, and the second visit has the
 * token. Resolves with the reply for the window's opener, or null while the page is leaving for
 * the sign-in.
 */
export async function redirectSignIn(
  config: SignInConfig,
  location: { origin: string; href: string; search: string },
): Promise<SignInWindowReply | null> {
  try {
    const scopes = (new URLSearchParams(location.search).get('scopes') ?? 'User.Read')
      .split(' ')
      .filter((scope) => scope !== '');
    const pca = await createStandardPublicClientApplication(msalConfiguration(config, location.origin));
    const result = await pca.handleRedirectPromise();
    if (result === null) {
      await pca.acquireTokenRedirect({
        scopes,
        redirectStartPage: location.href,
        ...(config.loginHint === undefined ? {} : { loginHint: config.loginHint }),
      });
      return null;
    }
    return {
      accessToken: result.accessToken,
      ...(result.expiresOn === null ? {} : { expiresOn: result.expiresOn.getTime() }),
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : 'Sign-in failed.' };
  }
}
