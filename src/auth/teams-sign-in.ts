import type { TokenProvider } from './demo-sign-in';
import { createMsalSignIn, type CreateApplication, type SignInConfig } from './msal-sign-in';

/**
 * Sign-in in Teams, after `app.initialize` (MSAL's nested application talks to the host through
 * the channel teams-js opened): nested app authentication where Teams offers it; where it does
 * not, MSAL's nestable application falls back to the standard browser flow by itself.
 */
export function createTeamsSignIn(
  config: SignInConfig,
  options: { create?: CreateApplication } = {},
): Promise<TokenProvider> {
  return createMsalSignIn(
    config,
    options.create === undefined ? { nested: true } : { nested: true, create: options.create },
  );
}
