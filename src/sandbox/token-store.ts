import { newAccessToken } from './ids';

/**
 * Demo sign-in tokens: random opaque strings mapped in memory to a UPN. They are deliberately not
 * JWTs, so app code cannot grow a dependency on reading claims the real service would sign.
 */
export class TokenStore {
  private readonly tokens = new Map<string, string>();

  /** Issues a token for `userPrincipalName`. */
  issue(userPrincipalName: string): string {
    const token = newAccessToken();
    this.tokens.set(token, userPrincipalName);
    return token;
  }

  /** The UPN a token was issued to, or undefined when the token is unknown. */
  userOf(token: string): string | undefined {
    return this.tokens.get(token);
  }
}
