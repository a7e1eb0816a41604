import type { TokenProvider } from './token-provider';

/** What a sign-in window (Office's dialog, Teams' authentication window) sends back, as JSON. */
export type SignInWindowReply = { accessToken: string; expiresOn?: number } | { error: string };

/** The reply, serialised as the window sends it. */
export function signInReply(reply: SignInWindowReply): string {
  return JSON.stringify(reply);
}

/**
 * Tokens from a sign-in window that the host opens for us (a pane or tab cannot open a sign-in
 * popup of its own): `open` shows `{origin}/{page}?scopes=…` and resolves with the window's reply.
 * Each token is kept in memory, per set of scopes, until a minute before it expires.
 */
export function windowSignIn(
  page: string,
  origin: string,
  open: (url: string) => Promise<string>,
): TokenProvider {
  const cache = new Map<string, { token: string; expiresAt: number }>();
  return async (scopes, options) => {
    const key = [...scopes].sort().join(' ');
    const hit = cache.get(key);
    if (hit !== undefined && options?.forceRefresh !== true && hit.expiresAt > Date.now() + 60_000)
      return hit.token;
    const message = await open(`${origin}/${page}?scopes=${encodeURIComponent(key)}`);
    let parsed: Partial<{ accessToken: string; expiresOn: number; error: string }>;
    try {
      parsed = JSON.parse(message) as typeof parsed;
    } catch {
      throw new Error('The sign-in window sent back something that is not a sign-in result.');
    }
    if (typeof parsed.accessToken !== 'string') throw new Error(parsed.error ?? 'Sign-in did not complete.');
    cache.set(key, { token: parsed.accessToken, expiresAt: parsed.expiresOn ?? Date.now() + 300_000 });
    return parsed.accessToken;
  };
}
