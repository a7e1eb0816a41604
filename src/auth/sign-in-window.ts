import { tokenProvider, type TokenProvider } from './token-provider';

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
 *
 * One window at a time: Office shows one dialog at a time (a second fails with 12007) and Teams
 * one sign-in window, and a surface starts with several Graph requests at once. A request that
 * arrives while a window is open waits for it, then takes the token it brought if its scopes are
 * the same, so the advisor signs in once.
 */
export function windowSignIn(
  page: string,
  origin: string,
  open: (url: string) => Promise<string>,
): TokenProvider {
  const cache = new Map<string, { token: string; expiresAt: number }>();
  let previous: Promise<unknown> = Promise.resolve();
  const cached = (key: string): string | undefined => {
    const hit = cache.get(key);
    return hit !== undefined && hit.expiresAt > Date.now() + 60_000 ? hit.token : undefined;
  };
  const signIn = async (key: string): Promise<string> => {
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
  const get = (scopes: readonly string[], options?: { forceRefresh?: boolean }): Promise<string> => {
    const key = [...scopes].sort().join(' ');
    const refresh = options?.forceRefresh === true;
    const hit = refresh ? undefined : cached(key);
    if (hit !== undefined) return Promise.resolve(hit);
    const turn = previous.then(() => (refresh ? undefined : cached(key)) ?? signIn(key));
    previous = turn.catch(() => undefined);
    return turn;
  };
  return tokenProvider(get, () => {
    cache.clear();
    return Promise.resolve();
  });
}
