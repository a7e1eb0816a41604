import { createMsalSignIn, type CreateApplication, type SignInConfig } from './msal-sign-in';
import { windowSignIn } from './sign-in-window';
import type { TokenProvider } from './token-provider';

/** What sign-in needs from Teams, passed in: auth/ never imports teams-js. */
export type TeamsForSignIn = {
  /** teams-js `nestedAppAuth.isNAAChannelRecommended()`, read after `app.initialize`. */
  naaRecommended: boolean;
  /**
   * teams-js `authentication.authenticate({ url })`: Teams opens `url` in a sign-in window of its
   * own and resolves with what that page passed to `authentication.notifySuccess`.
   */
  authenticate(url: string): Promise<string>;
};

/** The page Teams' sign-in window opens (`src/app/teams-auth`). */
export const TEAMS_AUTH_PAGE = 'teams-auth.html';

/** Nested app authentication where Teams recommends it, else Teams' own sign-in window. */
export function teamsSignInPath(teams: Pick<TeamsForSignIn, 'naaRecommended'>): 'nested' | 'teams-window' {
  return teams.naaRecommended ? 'nested' : 'teams-window';
}

/**
 * Sign-in in Teams, after `app.initialize` (MSAL's nested application talks to the host through
 * the channel teams-js opened). Where Teams recommends nested app authentication, the host
 * brokers every token. Where it does not (older clients, some mobile ones), a tab cannot open a
 * sign-in popup itself (Teams' desktop client blocks it), so Teams' own sign-in window runs the
 * standard MSAL sign-in on `teams-auth.html` and hands the token back; it is kept in memory.
 */
export function createTeamsSignIn(
  config: SignInConfig,
  teams: TeamsForSignIn,
  options: { origin?: string; create?: CreateApplication } = {},
): Promise<TokenProvider> {
  const origin = options.origin ?? globalThis.location.origin;
  if (teamsSignInPath(teams) === 'teams-window')
    return Promise.resolve(windowSignIn(TEAMS_AUTH_PAGE, origin, (url) => teams.authenticate(url)));
  return createMsalSignIn(config, {
    nested: true,
    origin,
    ...(options.create === undefined ? {} : { create: options.create }),
  });
}
