import { generateKeyPairSync, randomUUID, sign, verify, type JsonWebKey } from 'node:crypto';

/**
 * The authority's token-signing key: one RSA key made at start-up, published at the keys endpoint
 * (a JWKS, as Entra ID's `discovery/v2.0/keys`), used by the OpenID Connect provider and the demo
 * quick sign-in alike, and the only key the demo's Graph accepts a token signature from.
 */
export class SigningKeys {
  readonly kid = randomUUID().replace(/-/g, '').slice(0, 27);
  private readonly pair = generateKeyPairSync('rsa', { modulusLength: 2048 });

  /** The private key as a JWK, for oidc-provider's `jwks`. */
  privateJwk(): JsonWebKey & { kid: string; alg: string; use: string } {
    return { ...this.pair.privateKey.export({ format: 'jwk' }), kid: this.kid, alg: 'RS256', use: 'sig' };
  }

  /** Signs `payload` as a compact JWS with RS256. */
  signJwt(payload: Record<string, unknown>, typ = 'JWT'): string {
    const header = { typ, alg: 'RS256', kid: this.kid };
    const input = `${encode(header)}.${encode(payload)}`;
    return `${input}.${sign('sha256', Buffer.from(input), this.pair.privateKey).toString('base64url')}`;
  }

  /**
   * The header and payload of a compact JWS when its RS256 signature is this key's; a reason
   * otherwise. Only RS256 with our `kid` counts: `alg: none` and other keys are refused.
   */
  verifyJwt(
    token: string,
  ): { ok: true; payload: Record<string, unknown> } | { ok: false; reason: 'malformed' | 'signature' } {
    const parts = token.split('.');
    if (parts.length !== 3) return { ok: false, reason: 'malformed' };
    const [head = '', body = '', signature = ''] = parts;
    const header = decode(head);
    const payload = decode(body);
    if (header === undefined || payload === undefined) return { ok: false, reason: 'malformed' };
    if (header['alg'] !== 'RS256' || header['kid'] !== this.kid || signature === '')
      return { ok: false, reason: 'signature' };
    const valid = verify(
      'sha256',
      Buffer.from(`${head}.${body}`),
      this.pair.publicKey,
      Buffer.from(signature, 'base64url'),
    );
    return valid ? { ok: true, payload } : { ok: false, reason: 'signature' };
  }
}

function encode(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decode(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
