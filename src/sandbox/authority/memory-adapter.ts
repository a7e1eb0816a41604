import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

/**
 * Where the authority keeps sessions, codes, grants and refresh tokens: in memory, for as long
 * as the demo tenant runs (a restart signs everyone out, as the signing key changes too).
 *
 * One difference from oidc-provider's own: a refresh token reads as carrying every scope its
 * grant holds now. Entra ID's refresh tokens redeem for any permission the user has consented
 * to for the app, so MSAL renews silently a scope consented after the token was issued.
 */
export function memoryAdapter(): AdapterFactory {
  const entries = new Map<string, { payload: AdapterPayload; expiresAt: number }>();
  const live = (key: string): AdapterPayload | undefined => {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.payload;
  };
  const widened = (token: AdapterPayload): string | undefined => {
    const grant = token.grantId === undefined ? undefined : live(`Grant:${token.grantId}`);
    if (grant === undefined) return token.scope;
    const record = grant as { openid?: { scope?: string }; resources?: Record<string, string> };
    const scopes = new Set((token.scope ?? '').split(' '));
    for (const list of [record.openid?.scope ?? '', ...Object.values(record.resources ?? {})])
      for (const scope of list.split(' ')) if (scope !== '') scopes.add(scope);
    scopes.delete('');
    return [...scopes].join(' ');
  };
  return (name: string): Adapter => {
    const key = (id: string) => `${name}:${id}`;
    const each = (match: (payload: AdapterPayload) => boolean): AdapterPayload | undefined => {
      for (const k of entries.keys()) {
        if (!k.startsWith(`${name}:`)) continue;
        const payload = live(k);
        if (payload !== undefined && match(payload)) return payload;
      }
      return undefined;
    };
    return {
      upsert: (id, payload, expiresIn) => {
        entries.set(key(id), { payload, expiresAt: Date.now() + expiresIn * 1000 });
        return Promise.resolve();
      },
      find: (id) => {
        const payload = live(key(id));
        if (name !== 'RefreshToken' || payload === undefined) return Promise.resolve(payload);
        return Promise.resolve({ ...payload, scope: widened(payload) });
      },
      findByUid: (uid) => Promise.resolve(each((p) => p.uid === uid)),
      findByUserCode: (code) => Promise.resolve(each((p) => p.userCode === code)),
      consume: (id) => {
        const payload = live(key(id));
        if (payload !== undefined) payload.consumed = Math.floor(Date.now() / 1000);
        return Promise.resolve();
      },
      destroy: (id) => {
        entries.delete(key(id));
        return Promise.resolve();
      },
      revokeByGrantId: (grantId) => {
        for (const [k, entry] of entries) if (entry.payload.grantId === grantId) entries.delete(k);
        return Promise.resolve();
      },
    };
  };
}
