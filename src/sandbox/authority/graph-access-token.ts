import { randomBytes } from 'node:crypto';
import type { SigningKeys } from './signing-keys';
import { GRAPH_APP_ID, GRAPH_RESOURCE } from './graph-permissions';

/**
 * The claims of a delegated access token for Microsoft Graph, as Entra ID issues them
 * (https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference), and how
 * Graph checks one: signature by the authority's key, issuer, audience, lifetime.
 */

/** Who a token is for, the part of a directory user it names. */
export type TokenSubject = { id: string; userPrincipalName: string; displayName: string };

/** The claims Entra ID puts in a delegated Graph token (`sub` is per app, `oid` per user). */
export function graphTokenClaims(input: {
  issuer: string;
  tenantId: string;
  clientId: string;
  user: TokenSubject;
  scopes: Iterable<string>;
  nowSeconds: number;
  lifetimeSeconds: number;
}): Record<string, unknown> {
  return {
    aud: GRAPH_RESOURCE,
    iss: input.issuer,
    iat: input.nowSeconds,
    nbf: input.nowSeconds,
    exp: input.nowSeconds + input.lifetimeSeconds,
    azp: input.clientId,
    appid: input.clientId,
    idtyp: 'user',
    name: input.user.displayName,
    oid: input.user.id,
    preferred_username: input.user.userPrincipalName,
    scp: [...input.scopes].join(' '),
    sub: input.user.id,
    tid: input.tenantId,
    upn: input.user.userPrincipalName,
    // Entra ID's unique token id: no two tokens are the same string.
    uti: randomBytes(16).toString('base64url'),
    ver: '2.0',
  };
}

/** What Graph learns from a valid token: the user's object id and the delegated scopes. */
export type VerifiedToken = { oid: string; upn: string; scopes: ReadonlySet<string> };

/**
 * Checks a bearer token as Graph does; a failure carries Graph's 401 message. Messages are the
 * ones Graph sends (its wording is not documented; these are what it answers in practice).
 */
export function verifyGraphToken(
  keys: SigningKeys,
  token: string,
  expected: { issuer: string; nowSeconds: number; clockSkewSeconds?: number },
): { ok: true; token: VerifiedToken } | { ok: false; message: string } {
  const checked = keys.verifyJwt(token);
  if (!checked.ok) {
    return {
      ok: false,
      message:
        checked.reason === 'malformed'
          ? 'CompactToken parsing failed with error code: 80049217'
          : 'Access token validation failure. Signature validation failed.',
    };
  }
  const claims = checked.payload;
  const skew = expected.clockSkewSeconds ?? 300;
  if (claims['aud'] !== GRAPH_RESOURCE && claims['aud'] !== GRAPH_APP_ID)
    return { ok: false, message: 'Access token validation failure. Invalid audience.' };
  if (claims['iss'] !== expected.issuer)
    return { ok: false, message: 'Access token validation failure. Invalid issuer.' };
  const exp = claims['exp'];
  const nbf = claims['nbf'];
  if (typeof exp !== 'number' || exp + skew <= expected.nowSeconds)
    return { ok: false, message: 'Lifetime validation failed, the token is expired.' };
  if (typeof nbf === 'number' && nbf - skew > expected.nowSeconds)
    return { ok: false, message: 'Lifetime validation failed, the token is not yet valid.' };
  const oid = claims['oid'];
  const upn = claims['upn'] ?? claims['preferred_username'];
  const scp = claims['scp'];
  if (typeof oid !== 'string' || typeof upn !== 'string' || typeof scp !== 'string')
    return { ok: false, message: 'Access token validation failure. The token carries no delegated user.' };
  return { ok: true, token: { oid, upn, scopes: new Set(scp.split(' ').filter((s) => s !== '')) } };
}
