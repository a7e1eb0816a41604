import { graphTokenClaims, verifyGraphToken } from '../../../src/sandbox/authority/graph-access-token';
import { SigningKeys } from '../../../src/sandbox/authority/signing-keys';

const keys = new SigningKeys();
const issuer = 'https://localhost:3443/tid/v2.0';
const now = 1_800_000_000;
const user = { id: 'oid-1', userPrincipalName: 'maya@northwind.example', displayName: 'Maya' };
const claims = (overrides: Record<string, unknown> = {}) => ({
  ...graphTokenClaims({
    issuer,
    tenantId: 'tid',
    clientId: 'app',
    user,
    scopes: ['User.Read'],
    nowSeconds: now,
    lifetimeSeconds: 3600,
  }),
  ...overrides,
});
const check = (token: string) => verifyGraphToken(keys, token, { issuer, nowSeconds: now });

describe('verifyGraphToken, as Graph checks a bearer token', () => {
  it('accepts a token for Graph by either of its audience names', () => {
    expect(check(keys.signJwt(claims()))).toMatchObject({
      ok: true,
      token: { oid: 'oid-1', scopes: new Set(['User.Read']) },
    });
    expect(check(keys.signJwt(claims({ aud: '00000003-0000-0000-c000-000000000000' }))).ok).toBe(true);
  });

  it.each([
    [
      'another audience',
      { aud: 'api://something-else' },
      'Access token validation failure. Invalid audience.',
    ],
    [
      'another issuer',
      { iss: 'https://login.microsoftonline.com/x/v2.0' },
      'Access token validation failure. Invalid issuer.',
    ],
    ['an expired token', { exp: now - 301 }, 'Lifetime validation failed, the token is expired.'],
    ['a token not yet valid', { nbf: now + 301 }, 'Lifetime validation failed, the token is not yet valid.'],
    [
      'no delegated user',
      { oid: undefined, scp: undefined },
      'Access token validation failure. The token carries no delegated user.',
    ],
  ])('refuses %s', (_name, overrides, message) => {
    expect(check(keys.signJwt(claims(overrides)))).toEqual({ ok: false, message });
  });

  it('refuses a signature by another key', () => {
    expect(check(new SigningKeys().signJwt(claims()))).toMatchObject({ ok: false });
  });
});
