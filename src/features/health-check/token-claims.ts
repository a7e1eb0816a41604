import { z } from 'zod/mini';

/** What an access token says about the sign-in, as Microsoft Entra ID writes it. */
export type TokenClaims = {
  name?: string;
  /** `upn`, else `preferred_username`. */
  upn?: string;
  /** The directory (tenant) id. */
  tenantId?: string;
  /** The delegated permissions the token carries (`scp`, space-separated). */
  scopes: string[];
};

const claimsSchema = z.looseObject({
  name: z.catch(z.optional(z.string()), undefined),
  upn: z.catch(z.optional(z.string()), undefined),
  preferred_username: z.catch(z.optional(z.string()), undefined),
  tid: z.catch(z.optional(z.string()), undefined),
  scp: z.catch(z.optional(z.string()), undefined),
});

/**
 * The claims of a JWT access token, read without checking its signature: only to show an admin who
 * is signed in with which permissions; Graph checks the token itself. Null for a token that is not
 * a readable JWT (Microsoft may make Graph's tokens opaque to clients at any time).
 */
export function readTokenClaims(token: string): TokenClaims | null {
  const [, payload] = token.split('.');
  if (payload === undefined || payload === '') return null;
  let json: unknown;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    json = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return null;
  }
  const parsed = claimsSchema.safeParse(json);
  if (!parsed.success) return null;
  const c = parsed.data;
  const claims: TokenClaims = { scopes: (c.scp ?? '').split(' ').filter((s) => s !== '') };
  if (c.name !== undefined) claims.name = c.name;
  const upn = c.upn ?? c.preferred_username;
  if (upn !== undefined) claims.upn = upn;
  if (c.tid !== undefined) claims.tenantId = c.tid;
  return claims;
}
