import { guidFrom } from '../ids';
import {
  graphTokenClaims,
  verifyGraphToken,
  type TokenSubject,
  type VerifiedToken,
} from './graph-access-token';
import type { SigningKeys } from './signing-keys';

/** The application id the demo's quick sign-in (`POST /demo/token`) issues its tokens to. */
export const QUICK_SIGN_IN_CLIENT_ID = guidFrom('home-turf-demo-quick-sign-in');

const QUICK_SIGN_IN_SECONDS = 3600;

/**
 * Access tokens for the demo's Graph: the ones its quick sign-in issues and the ones Graph
 * accepts, both against the authority's signing key and issuer, so a token from the OpenID
 * Connect flow and one from `/demo/token` are read the same way. The clock is the wall clock
 * (token lifetimes are real time, whatever day the tenant's data is set on).
 */
export class TokenService {
  constructor(
    private readonly keys: SigningKeys,
    readonly issuer: string,
    readonly tenantId: string,
    private readonly clock: () => number = Date.now,
  ) {}

  /** A signed Graph token for `user` with `scopes`, valid for an hour. */
  issue(user: TokenSubject, scopes: Iterable<string>): { token: string; expiresIn: number } {
    const claims = graphTokenClaims({
      issuer: this.issuer,
      tenantId: this.tenantId,
      clientId: QUICK_SIGN_IN_CLIENT_ID,
      user,
      scopes,
      nowSeconds: Math.floor(this.clock() / 1000),
      lifetimeSeconds: QUICK_SIGN_IN_SECONDS,
    });
    return { token: this.keys.signJwt(claims), expiresIn: QUICK_SIGN_IN_SECONDS };
  }

  /** The user and scopes of a valid token, or Graph's 401 message. */
  verify(token: string): { ok: true; token: VerifiedToken } | { ok: false; message: string } {
    return verifyGraphToken(this.keys, token, {
      issuer: this.issuer,
      nowSeconds: Math.floor(this.clock() / 1000),
    });
  }
}
