import { newAccessToken } from './ids';

/**
 * Demo sign-in tokens: random opaque strings mapped in memory to a UPN and the scopes granted.
 * They are deliberately not JWTs, so app code cannot grow a dependency on reading claims the real
 * service would sign.
 */
export class TokenStore {
  private readonly tokens = new Map<string, { upn: string; scopes: ReadonlySet<string> }>();

  /** Issues a token for `userPrincipalName` carrying `scopes`. */
  issue(userPrincipalName: string, scopes: Iterable<string>): string {
    const token = newAccessToken();
    this.tokens.set(token, { upn: userPrincipalName, scopes: new Set(scopes) });
    return token;
  }

  /** The UPN and scopes a token was issued with, or undefined when the token is unknown. */
  grantOf(token: string): { upn: string; scopes: ReadonlySet<string> } | undefined {
    return this.tokens.get(token);
  }
}
