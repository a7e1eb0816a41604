import { readTokenClaims } from '../../../src/features/health-check/token-claims';

/** A JWT with `payload` as its claims, base64url without padding as Entra ID writes it. */
function jwt(payload: unknown): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(payload)}.c2lnbmF0dXJl`;
}

describe('readTokenClaims', () => {
  it('reads who signed in, the tenant and the delegated permissions', () => {
    expect(
      readTokenClaims(
        jwt({
          name: 'Maya Chen',
          upn: 'maya.chen@northwind.example',
          tid: '4f8b1c2d-6e3a-4b5c-9d7e-0a1b2c3d4e5f',
          scp: 'User.Read  Mail.Read Sites.Read.All',
        }),
      ),
    ).toEqual({
      name: 'Maya Chen',
      upn: 'maya.chen@northwind.example',
      tenantId: '4f8b1c2d-6e3a-4b5c-9d7e-0a1b2c3d4e5f',
      scopes: ['User.Read', 'Mail.Read', 'Sites.Read.All'],
    });
  });

  it.each([
    [
      'a name outside ASCII',
      { name: 'Zoë Ångström', preferred_username: 'zoe@contoso.example' },
      'Zoë Ångström',
    ],
    ['no name at all', { preferred_username: 'zoe@contoso.example' }, undefined],
  ])('reads %s, and preferred_username where there is no upn', (_, payload, name) => {
    const claims = readTokenClaims(jwt(payload));
    expect(claims?.name).toBe(name);
    expect(claims?.upn).toBe('zoe@contoso.example');
    expect(claims?.scopes).toEqual([]);
  });

  it('ignores claims of the wrong type instead of failing', () => {
    expect(readTokenClaims(jwt({ name: 42, scp: ['User.Read'], tid: 'abc' }))).toEqual({
      tenantId: 'abc',
      scopes: [],
    });
  });

  it.each([
    ['an opaque token', 'EwBwA8l6BAAU7p9QDpi'],
    ['a payload that is not base64', 'aGVhZGVy.!!!.c2ln'],
    ['a payload that is not JSON', `aGVhZGVy.${Buffer.from('not json').toString('base64url')}.c2ln`],
    ['an empty payload', 'aGVhZGVy..c2ln'],
    ['a JSON payload that is not an object', `aGVhZGVy.${Buffer.from('[1]').toString('base64url')}.c2ln`],
  ])('is null for %s', (_, token) => {
    expect(readTokenClaims(token)).toBeNull();
  });
});
